"""``mesa``: the meta-sampler tree ensemble of Liu et al. (:mod:`imbalbench.mesa`).

Not an MLP: its scores come from decision trees, a different model family than the other methods.
"""

from __future__ import annotations

import numpy as np

from ..mesa import MESAClassifier
from ..training import TrainResult
from .base import Method


class MESA(Method):
    def __init__(self, n_estimators: int = 10, episodes: int = 20, bins: int = 5, sigma: float = 0.2,
                 max_depth: int | None = None):
        self.n_estimators = n_estimators
        self.episodes = episodes
        self.bins = bins
        self.sigma = sigma
        self.max_depth = max_depth

    def fit(self, fold, recipe, seed, device) -> TrainResult:
        clf = MESAClassifier(**self.get_params(), random_state=seed)
        clf.fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid)

        def log_odds(X):  # MESA's probability as a logit, like the MLP methods' scores
            p = np.clip(clf.minority_proba(X), 1e-6, 1 - 1e-6)
            return np.log(p / (1 - p))

        best = int(np.argmax(clf.trace_["valid_auc_pr"]))
        return TrainResult(None, best, clf.trace_["valid_auc_pr"][-1], clf.trace_, predict=log_odds)
