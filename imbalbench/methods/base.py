"""What every method shares: its declaration, and plain training of a learner, which a method
changes through its hooks: the training rows (:meth:`Method.resample`, every learner), class
weights (:meth:`Method.class_weight`, learners that take sample weights), or the minibatch loss and
batch plan (:meth:`Method.make_loss`, :meth:`Method.batch_plan`, learners trained by minibatches).

A method's class declares, as class attributes, all that the workflow needs to know of it: its
:attr:`Method.parameters`, what it requires of a learner (:attr:`Method.requires`), whether it has
a model of its own (:attr:`Method.own_model`), the method it continues from
(:attr:`Method.warm_start`), its default search space and its roles in the analysis. Torch and the
samplers are imported when a method trains, not when its module is imported: the workflow imports
every method's module to read the declarations while it plans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..core.parameters import Declared, Parameter
from ..learners.base import MINIBATCH, SAMPLE_WEIGHT, Learner, applies

if TYPE_CHECKING:
    import torch

    from ..data.splits import Fold
    from ..models.training import BatchPlan, Loss, TrainResult


class MethodNotApplicable(RuntimeError):
    """The method cannot run on this data (e.g. too few minority neighbours); the run is recorded as failed."""


class Method(Declared):
    """Base class: plain training of a learner. A method is the one public subclass in its module
    ``imbalbench/methods/<name>.py``; ``<name>`` is the method's name in the config."""

    parameters: ClassVar[tuple[Parameter, ...]] = ()
    """The method's parameters (the config's ``methods.<name>`` entries): kind, bounds, default."""
    kind = "method"
    warm_start: ClassVar[str | None] = None
    """The method whose trained models of the same fold and seeds this one continues from."""
    requires: ClassVar[frozenset[str]] = frozenset()
    """Learner capabilities it needs beyond those its hooks imply (:meth:`requirements`); EGL, which
    overrides ``fit``, declares its own."""
    own_model: ClassVar[bool] = False
    """It trains a model of its own (MESA's trees), not a learner: one run per fold, judged with
    the default learner's methods."""
    search_space: ClassVar[dict] = {}
    """Its default search space, as the config's ``tuning.spaces.<name>`` writes one."""
    control: ClassVar[bool] = False
    """The default control of the verdict when it is configured (plain training)."""
    upper_bound: ClassVar[bool] = False
    """It trains on held-back real rows: the induced experiment's upper bound, not a benchmark method."""
    meta_learner: ClassVar[bool] = False
    """Its traces hold meta-training epochs (``phase``, ``mean_displacement``): the convergence
    figure and the meta-phase table show it."""
    note: ClassVar[str | None] = None
    """A sentence that the result tables add when the method is in them."""

    def resample(self, X: np.ndarray, y: np.ndarray, seed: int, device=None) -> tuple[np.ndarray, np.ndarray]:
        """Training rows to use: ``X`` (n, d), ``y`` (n,) in; (n', d), (n',) out (``device``: where a
        learned sampler may train)."""
        return X, y

    def resample_seeds(self, X: np.ndarray, y: np.ndarray, seeds: list[int], device=None):
        """:meth:`resample` for every seed (:func:`stack_seed_rows`): ``X`` and ``y`` as they are
        when the method keeps the rows; (n', d) and (n',) when every seed got the same rows (a
        deterministic sampler); (R, n', d) and (R, n') when their class counts agree; else lists
        of each seed's (n'_r, d) and (n'_r,)."""
        pairs = [self.resample(X, y, seed, device) for seed in seeds]
        if all(X_seed is X for X_seed, _ in pairs):
            return X, y
        return stack_seed_rows(pairs)

    def class_weight(self, y: np.ndarray) -> np.ndarray | None:
        """Weights (2,) of a class-0 and a class-1 training row, for labels ``y`` after
        :meth:`resample`; None: every row weighs 1."""
        return None

    def make_loss(self, y: np.ndarray) -> Loss | None:
        """Minibatch loss for training labels ``y`` (the rows after :meth:`resample`; (n,) or
        (R, n), the same class counts for every seed); None: cross-entropy."""
        return None

    def batch_plan(self) -> BatchPlan | None:
        """How an epoch's minibatches are drawn; None: shuffled."""
        return None

    @classmethod
    def requirements(cls) -> frozenset[str]:
        """The learner capabilities it needs (:mod:`imbalbench.learners.base`): those its hooks
        imply (a loss or batch plan: minibatches; class weights: sample weights) and :attr:`requires`."""
        implied = {
            MINIBATCH: cls.make_loss is not Method.make_loss or cls.batch_plan is not Method.batch_plan,
            SAMPLE_WEIGHT: cls.class_weight is not Method.class_weight,
        }
        return cls.requires | {capability for capability, used in implied.items() if used}

    @classmethod
    def applies_to(cls, learner: type[Learner]) -> bool:
        """Whether it runs on ``learner``: every capability it needs (a method with its own model runs on none)."""
        return not cls.own_model and applies(cls.requirements(), learner)

    @classmethod
    def resamples(cls) -> bool:
        """Whether it changes the training rows (a sampler): its rows can be made once and shared
        by every learner (:mod:`imbalbench.jobs.resample`)."""
        return cls.resample is not Method.resample or cls.resample_seeds is not Method.resample_seeds

    def fit(self, fold: Fold, learner: Learner, seeds: list[int], device: torch.device, rows=None) -> list[TrainResult]:
        """Train ``learner`` once per seed on the method's rows, with its hooks; one result per
        seed. ``rows``: ``(X, y)`` that :meth:`resample_seeds` made earlier for these seeds.

        Seeds whose class counts differ train in groups of equal counts, each group stacked. A
        group with fewer rows than the fold's training rows trains for at least the optimiser
        steps of plain training (:meth:`~imbalbench.learners.base.Learner.matching_steps`;
        METHOD.md, "Training budget")."""
        X, y = rows if rows is not None else self.resample_seeds(fold.X_train, fold.y_train, seeds, device)
        results: list = [None] * len(seeds)
        for members, X_group, y_group in seed_groups(X, y, len(seeds)):
            check_rows(X_group, y_group, f"method {self.name()!r}")
            trained = learner.matching_steps(len(fold.y_train), np.shape(y_group)[-1]).fit(
                X_group,
                y_group,
                fold.X_valid,
                fold.y_valid,
                [seeds[r] for r in members],
                device=device,
                class_weight=self.class_weight(y_group),
                loss=self.make_loss(y_group),
                batches=self.batch_plan(),
            )
            for r, result in zip(members, trained):
                results[r] = result
        return results


def stack_seed_rows(pairs: list[tuple[np.ndarray, np.ndarray]]):
    """Each seed's rows ``(X_r (n_r, d), y_r (n_r,))`` as one value: the shared (n, d) and (n,)
    when every seed got the same rows, (R, n, d) and (R, n) when every seed got equally many rows
    of each class, else the lists ``[X_r]`` and ``[y_r]``."""
    (X_first, y_first), rest = pairs[0], pairs[1:]
    if all(np.array_equal(X_r, X_first) and np.array_equal(y_r, y_first) for X_r, y_r in rest):
        return X_first, y_first
    if len({class_counts(y_r) for _, y_r in pairs}) == 1:
        return np.stack([X_r for X_r, _ in pairs]), np.stack([y_r for _, y_r in pairs])
    return [X_r for X_r, _ in pairs], [y_r for _, y_r in pairs]


def check_rows(X, y, made_by: str) -> None:
    """Refuse training rows that no learner can be trained on: ``X`` (n, d) or (R, n, d) and ``y``
    (n,) or (R, n), whatever made them (a method's :meth:`Method.resample`, a shared resampling
    job). Raises :class:`MethodNotApplicable` naming ``made_by`` and what is wrong, so that the run
    is recorded as failed, not scored on one class or stopped deep inside a library."""
    y = np.asarray(y)
    for r, y_r in enumerate(np.atleast_2d(y)):
        if 0 in class_counts(y_r):
            where = f" (stacked seed {r})" if y.ndim > 1 else ""
            raise MethodNotApplicable(f"the rows of {made_by} hold no row of class {class_counts(y_r).index(0)}{where}")
    rows = np.asarray(X).reshape(-1, np.shape(X)[-1])
    bad = int((~np.isfinite(rows)).any(axis=1).sum())
    if bad:
        raise MethodNotApplicable(f"the rows of {made_by} hold NaN or infinity ({bad} of {len(rows)} rows)")


def class_counts(y: np.ndarray) -> tuple[int, int]:
    """Rows of class 0 and class 1 in labels ``y`` (n,)."""
    return tuple(np.bincount(np.asarray(y, dtype=np.int64), minlength=2)[:2].tolist())


def seed_groups(X, y, n_seeds: int):
    """``(seed indices, X, y)`` per group of seeds that train stacked: one group of all ``n_seeds``
    for shared or stacked rows; for per-seed lists (:func:`stack_seed_rows`), the seeds with equal
    class counts, stacked, in the order of their first seed."""
    if not isinstance(X, list):
        yield list(range(n_seeds)), X, y
        return
    groups: dict[tuple[int, int], list[int]] = {}
    for r, y_r in enumerate(y):
        groups.setdefault(class_counts(y_r), []).append(r)
    for members in groups.values():
        yield members, np.stack([X[r] for r in members]), np.stack([y[r] for r in members])
