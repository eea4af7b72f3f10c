"""What every MLP method shares: a method may change the training rows, the loss or the minibatches."""

from __future__ import annotations

import numpy as np
import torch

from ..splits import Fold
from ..training import BatchPlan, Loss, Recipe, TrainResult, bce_loss, shuffled_batches, train_classifier


class MethodNotApplicable(RuntimeError):
    """The method cannot run on this data (e.g. too few minority neighbours); the run is recorded as failed."""


class Method:
    """Base class: plain training of the recipe's MLP. Subclasses override one of the three hooks."""

    def get_params(self) -> dict:
        return dict(vars(self))

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
        return bce_loss

    def batch_plan(self) -> BatchPlan:
        return shuffled_batches

    def fit(self, fold: Fold, recipe: Recipe, seeds: list[int], device: torch.device) -> list[TrainResult]:
        """Train one model per seed (stacked, :func:`~imbalbench.training.train_classifier`); one result per seed."""
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
