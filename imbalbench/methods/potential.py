"""``potential``: the upper bound of the induced-imbalance runs: real held-back minority rows added."""

from __future__ import annotations

import numpy as np

from ..training import train_classifier
from .base import Method, MethodNotApplicable


class Potential(Method):
    """Plain training on the imbalanced rows plus ``augmentation`` times as many held-back real
    minority rows as the training minority has (1: the minority doubles, as the oversamplers)."""

    def __init__(self, augmentation: float = 1.0):
        self.augmentation = augmentation

    def fit(self, fold, recipe, seeds, device):
        if fold.X_heldout is None:
            raise MethodNotApplicable("potential needs held-back minority rows: induced-imbalance runs only")
        n_new = int(round(self.augmentation * fold.y_train.sum()))
        if n_new > len(fold.X_heldout):
            raise MethodNotApplicable(f"potential needs {n_new} held-back minority rows, {len(fold.X_heldout)} exist")
        X = np.vstack([fold.X_train, fold.X_heldout[:n_new]])
        y = np.concatenate([fold.y_train, np.ones(n_new, dtype=fold.y_train.dtype)])
        return train_classifier(X, y, fold.X_valid, fold.y_valid, recipe, seeds, device=device).results()
