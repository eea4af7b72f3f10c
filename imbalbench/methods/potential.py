"""``potential``: the upper bound of the induced-imbalance runs: real held-back minority rows added."""

from __future__ import annotations

import numpy as np

from ..algorithms.settings import AUGMENTATION
from .base import Method, MethodNotApplicable


class Potential(Method):
    """Plain training on the imbalanced rows plus ``augmentation`` times as many held-back real
    minority rows as the training minority has (1: the minority doubles, as the oversamplers)."""

    parameters = (AUGMENTATION,)
    upper_bound = True

    def fit(self, fold, learner, seeds, device):
        if fold.X_heldout is None:
            raise MethodNotApplicable("potential needs held-back minority rows: induced-imbalance runs only")
        n_new = int(round(self.augmentation * fold.y_train.sum()))
        if n_new > len(fold.X_heldout):
            raise MethodNotApplicable(f"potential needs {n_new} held-back minority rows, {len(fold.X_heldout)} exist")
        X = np.vstack([fold.X_train, fold.X_heldout[:n_new]])
        y = np.concatenate([fold.y_train, np.ones(n_new, dtype=fold.y_train.dtype)])
        return learner.fit(X, y, fold.X_valid, fold.y_valid, seeds, device=device)
