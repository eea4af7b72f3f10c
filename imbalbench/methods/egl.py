"""``egl``: explicit-gradient augmentation (:mod:`imbalbench.egl`) as a pipeline method."""

from __future__ import annotations

from dataclasses import asdict

from ..egl import MetaSettings, fit_egl
from ..training import TrainResult
from .base import Method


class ExplicitGradientLearning(Method):
    """EGL on the fold's train and valid rows; parameters are those of :class:`~imbalbench.egl.MetaSettings`
    (eta1, eta2, confidence, ...). The MLP, its warm start and the seed come from the workflow."""

    def __init__(self, **params):
        self.settings = MetaSettings(**params)

    def get_params(self) -> dict:
        return asdict(self.settings)

    def fit(self, fold, recipe, seed, device) -> TrainResult:
        return fit_egl(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, recipe, self.settings, seed, device)
