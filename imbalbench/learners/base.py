"""What every learner shares: its declaration, and the contract by which a method trains it.

A method changes training through hooks (:class:`~imbalbench.methods.base.Method`): the rows
(every learner), class weights (learners that take sample weights), a minibatch loss and batch
plan (learners trained by minibatches). A learner declares which of these it can take in
:attr:`Learner.capabilities`; the workflow runs a method on a learner only where the learner has
every capability the method requires (:func:`applies`).
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..core.parameters import Declared, Parameter

if TYPE_CHECKING:
    from ..models.training import TrainResult

MINIBATCH = "minibatch"
"""Trained by minibatches: takes a method's loss (focal, LDAM) and batch plan (class-balanced batches)."""
SAMPLE_WEIGHT = "sample_weight"
"""Takes per-row weights: class weights (``cw``)."""
DIFFERENTIABLE = "differentiable"
"""A torch model that a meta-learner can differentiate through and continue from (EGL)."""


class Learner(Declared):
    """Base class of a learner: the model a method's rows train. A learner is the one public
    subclass in its module ``imbalbench/learners/<name>.py``; ``<name>`` is its name in the config."""

    parameters: ClassVar[tuple[Parameter, ...]] = ()
    """Its parameters (the config's ``learners.<name>`` entry): kind, bounds, default."""
    kind = "learner"
    search_space: ClassVar[dict] = {}
    """Its default search space, as the config's ``tuning.spaces.<name>`` writes one."""
    capabilities: ClassVar[frozenset[str]] = frozenset()
    """What it can take from a method: :data:`MINIBATCH`, :data:`SAMPLE_WEIGHT`, :data:`DIFFERENTIABLE`."""
    uses_device: ClassVar[bool] = False
    """It trains on the job's device (a GPU where configured); otherwise always on the CPU."""
    default: ClassVar[bool] = False
    """The learner of a config without ``learners`` (the MLP); its runs keep the method's name."""
    settings_section: ClassVar[str | None] = None
    """The config section that holds its settings instead of its ``learners`` entry (the MLP: ``training``)."""
    packages: ClassVar[tuple[str, ...]] = ()
    """Python packages it imports (an optional learner), checked at planning."""
    extra: ClassVar[str | None] = None
    """The package extra that installs :attr:`packages`."""
    label: ClassVar[str] = ""
    """What it is, in a few words (tables, README)."""
    threads: int = 1
    """CPU threads a fit may use (set by :func:`~imbalbench.learners.make_learner` to the job's)."""

    @classmethod
    def missing_packages(cls) -> list[str]:
        """The packages of :attr:`packages` that are not installed."""
        return [package for package in cls.packages if importlib.util.find_spec(package) is None]

    @classmethod
    def tunable(cls) -> tuple[str, ...]:
        """The settings a search space may tune."""
        return tuple(parameter.name for parameter in cls.parameters)

    def fit(
        self,
        X: np.ndarray,
        y: np.ndarray,
        X_valid: np.ndarray,
        y_valid: np.ndarray,
        seeds: list[int],
        *,
        device=None,
        class_weight: np.ndarray | None = None,
        loss=None,
        batches=None,
    ) -> list[TrainResult]:
        """One model per seed, each kept at the step (epoch, iteration) with the best validation
        AUC-PR (METHOD.md section 6).

        ``X``, ``y``: the training rows, (n, d) and (n,) shared by every seed, or (R, n, d) and
        (R, n) per seed; ``X_valid`` (n_valid, d), ``y_valid`` (n_valid,). ``class_weight``: (2,),
        the weight of a class-0 and a class-1 row (:data:`SAMPLE_WEIGHT`); ``loss`` and
        ``batches``: a method's minibatch hooks (:data:`MINIBATCH`); None: plain training.
        Returns one :class:`~imbalbench.models.training.TrainResult` per seed.
        """
        raise NotImplementedError

    def matching_steps(self, train_rows: int, rows: int) -> Learner:
        """This learner, to train on ``rows`` rows with at least the optimiser steps it takes on
        ``train_rows`` (the fold's training rows): an under-sampler's budget (METHOD.md, "Training
        budget"). A learner without optimiser steps per row (trees, a linear model) is unchanged."""
        return self

    def refuse_hooks(self, **hooks) -> None:
        """ValueError for hooks this learner cannot take (the workflow never plans such a pair)."""
        needs = {"loss": MINIBATCH, "batches": MINIBATCH, "class_weight": SAMPLE_WEIGHT}
        given = [name for name, value in hooks.items() if value is not None and needs[name] not in self.capabilities]
        if given:
            raise ValueError(f"learner {self.name()} cannot take a method's {', '.join(given)}")


def applies(requires: frozenset[str], learner: type[Learner]) -> bool:
    """Whether a method that ``requires`` these capabilities can train ``learner``."""
    return requires <= learner.capabilities
