"""``mesa``: the meta-sampler tree ensemble of Liu et al. (:mod:`imbalbench.mesa`).

Not an MLP: its scores come from decision trees, a different model family than the other methods.
"""

from __future__ import annotations

from dataclasses import asdict

import numpy as np

from ..mesa import MESASettings, fit_mesa
from ..training import TrainResult
from .base import Method


class MESA(Method):
    """Parameters are those of :class:`~imbalbench.mesa.MESASettings` (n_estimators, episodes, ...)."""

    def __init__(self, **params):
        self.settings = MESASettings(**params)

    def get_params(self) -> dict:
        return asdict(self.settings)

    def fit(self, fold, recipe, seeds, device) -> list[TrainResult]:
        """One ensemble per seed, one after the other (trees do not stack)."""
        results = []
        for seed in seeds:
            ensemble = fit_mesa(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, self.settings, seed)
            best = int(np.argmax(ensemble.trace["valid_auc_pr"]))
            results.append(
                TrainResult(
                    None, best, ensemble.trace["valid_auc_pr"][-1], ensemble.trace, predict=ensemble.minority_logit
                )
            )
        return results
