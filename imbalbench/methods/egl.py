"""``egl``: explicit-gradient augmentation (:mod:`imbalbench.egl`) as a pipeline method."""

from __future__ import annotations

from dataclasses import asdict

from ..egl import MetaSettings, fit_egl
from ..training import TrainResult
from .base import Method


class ExplicitGradientLearning(Method):
    """EGL on the fold's train and valid rows; parameters are those of :class:`~imbalbench.egl.MetaSettings`
    (eta1, eta2, confidence, ...). The MLP and the seeds come from the workflow; the warm start is
    the plain recipe's run of the same fold and seeds (the workflow passes ce's), else trained here."""

    def __init__(self, **params):
        self.settings = MetaSettings(**params)

    def get_params(self) -> dict:
        return asdict(self.settings)

    def fit(self, fold, recipe, seeds, device, warm_start: list[TrainResult] | None = None) -> list[TrainResult]:
        return fit_egl(
            fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, recipe, self.settings, seeds, device, warm_start
        )
