"""What every method shares: its declaration, and plain training of the recipe's MLP, which a method
changes through one of three hooks (the training rows, the loss or the minibatches).

A method's class declares, as class attributes, all that the workflow needs to know of it: its
:attr:`Method.parameters`, the method it continues from (:attr:`Method.warm_start`), whether it
trains the recipe's MLP (:attr:`Method.trains_recipe`), its default search space and its roles in
the analysis. Torch and the samplers are imported when a method trains, not when its module is
imported: the workflow imports every method's module to read the declarations while it plans.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import numpy as np

from ..core.parameters import Parameter, check_values

if TYPE_CHECKING:
    import torch

    from ..data.splits import Fold
    from ..models.training import BatchPlan, Loss, Recipe, TrainResult


class MethodNotApplicable(RuntimeError):
    """The method cannot run on this data (e.g. too few minority neighbours); the run is recorded as failed."""


class Method:
    """Base class: plain training of the recipe's MLP. A method is the one public subclass in its
    module ``imbalbench/methods/<name>.py``; ``<name>`` is the method's name in the config."""

    parameters: ClassVar[tuple[Parameter, ...]] = ()
    """The method's parameters (the config's ``methods.<name>`` entries): kind, bounds, default."""
    warm_start: ClassVar[str | None] = None
    """The method whose trained models of the same fold and seeds this one continues from."""
    trains_recipe: ClassVar[bool] = True
    """Whether it trains the recipe's MLP (so that tuning the shared training settings applies)."""
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

    def __init__(self, **params):
        for name, value in check_values(self.parameters, params, f"method {self.name()}").items():
            setattr(self, name, value)

    @classmethod
    def name(cls) -> str:
        return cls.__module__.rsplit(".", 1)[-1]

    def get_params(self) -> dict:
        return {parameter.name: getattr(self, parameter.name) for parameter in self.parameters}

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

    def make_loss(self, y: np.ndarray) -> Loss:
        """Loss for training labels ``y`` (the rows after :meth:`resample`; (n,) or (R, n), the
        same class counts for every seed)."""
        from ..models.training import bce_loss

        return bce_loss

    def batch_plan(self) -> BatchPlan:
        from ..models.training import shuffled_batches

        return shuffled_batches

    def fit(self, fold: Fold, recipe: Recipe, seeds: list[int], device: torch.device) -> list[TrainResult]:
        """Train one model per seed (stacked, :func:`~imbalbench.models.training.train_classifier`); one result per seed."""
        from ..models.training import train_classifier

        X, y = self.resample_seeds(fold.X_train, fold.y_train, seeds, device)
        return train_classifier(
            X.astype(np.float32),
            y,
            fold.X_valid,
            fold.y_valid,
            recipe,
            seeds,
            loss=self.make_loss(y),
            batches=self.batch_plan(),
            device=device,
        ).results()

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"
