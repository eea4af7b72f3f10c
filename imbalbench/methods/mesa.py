"""``mesa``: the meta-sampler tree ensemble of Liu et al. (:mod:`imbalbench.algorithms.mesa`).

Not an MLP: its scores come from decision trees, a different model family than the other methods.
"""

from __future__ import annotations

import numpy as np

from ..algorithms.settings import MESASettings
from ..core.parameters import declared
from .base import Method


class MESA(Method):
    """Parameters are those of :class:`~imbalbench.algorithms.settings.MESASettings` (n_estimators, episodes, ...)."""

    parameters = declared(MESASettings)
    own_model = True
    search_space = {"n_estimators": {"type": "int", "low": 5, "high": 20}}
    note = "{name} is an ensemble of decision trees, not the MLP that every other method trains."

    def fit(self, fold, learner, seeds, device):
        """One ensemble per seed, one after the other (trees do not stack)."""
        from ..algorithms.mesa import fit_mesa
        from ..models.training import TrainResult

        settings = MESASettings(**self.get_params())
        results = []
        for seed in seeds:
            ensemble = fit_mesa(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, settings, seed)
            best = int(np.argmax(ensemble.trace["valid_auc_pr"]))
            results.append(
                TrainResult(
                    None, best, ensemble.trace["valid_auc_pr"][-1], ensemble.trace, predict=ensemble.minority_logit
                )
            )
        return results
