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
        """:meth:`resample` for every seed, stacked: (R, n', d) and (R, n'); ``X`` and ``y`` as they
        are when the method keeps the rows. Every seed must get equally many rows of each class."""
        pairs = [self.resample(X, y, seed, device) for seed in seeds]
        if all(X_seed is X for X_seed, _ in pairs):
            return X, y
        if len({tuple(np.bincount(y_seed, minlength=2)) for _, y_seed in pairs}) > 1:
            raise RuntimeError(
                f"{type(self).__name__} gave the seeds different class counts; stacked seeds need equal ones"
            )
        return np.stack([X_seed for X_seed, _ in pairs]), np.stack([y_seed for _, y_seed in pairs])

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
        seed. ``rows``: ``(X, y)`` that :meth:`resample_seeds` made earlier for these seeds."""
        X, y = rows if rows is not None else self.resample_seeds(fold.X_train, fold.y_train, seeds, device)
        return learner.fit(
            X,
            y,
            fold.X_valid,
            fold.y_valid,
            seeds,
            device=device,
            class_weight=self.class_weight(y),
            loss=self.make_loss(y),
            batches=self.batch_plan(),
        )
