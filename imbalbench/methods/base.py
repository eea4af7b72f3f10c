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

    def make_loss(self, y: np.ndarray) -> Loss:
        """Loss for training labels ``y`` (the rows after :meth:`resample`)."""
        return bce_loss

    def batch_plan(self) -> BatchPlan:
        return shuffled_batches

    def fit(self, fold: Fold, recipe: Recipe, seed: int, device: torch.device) -> TrainResult:
        X, y = self.resample(fold.X_train, fold.y_train, seed, device)
        return train_classifier(
            X.astype(np.float32), y, fold.X_valid, fold.y_valid, recipe,
            loss=self.make_loss(y), batches=self.batch_plan(), seed=seed, device=device,
        )

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"
