"""Oversampling through imbalanced-learn's samplers, adding an exact number of minority rows."""

from __future__ import annotations

import numpy as np

from ..algorithms.settings import AUGMENTATION
from ..core.parameters import Parameter
from ._sampling import fit_resample
from .base import Method, MethodNotApplicable

K_NEIGHBORS = Parameter("k_neighbors", int, 5, at_least=1, doc="nearest minority neighbours to interpolate with")
NEIGHBOUR_SEARCH_SPACE = {"k_neighbors": {"type": "int", "low": 1, "high": 10}}


class _ImblearnOversampling(Method):
    """Adds ``round(augmentation * n_minority)`` new minority rows made by an imbalanced-learn sampler.

    ``augmentation=1`` doubles the minority, the count EGL adds. Samplers whose count is only
    approximate (ADASYN, Borderline-SMOTE) are trimmed at random or topped up with random repeats
    of their own new rows so that every oversampler adds the same number.
    """

    parameters = (AUGMENTATION,)

    def make_sampler(self, target_minority: int, seed: int):
        raise NotImplementedError

    def resample(self, X, y, seed, device=None):
        n_minority = int(y.sum())
        n_new = int(round(self.augmentation * n_minority))
        sampler = self.make_sampler(n_minority + n_new, seed)
        X_out, _ = fit_resample(sampler, X, y)
        new = X_out[len(X) :]
        if len(new) == 0:
            raise MethodNotApplicable(f"{type(sampler).__name__} made no new minority rows")
        if len(new) != n_new:
            rng = np.random.default_rng(seed)
            new = new[rng.choice(len(new), size=n_new, replace=len(new) < n_new)]
        return np.vstack([X, new]).astype(X.dtype), np.concatenate([y, np.ones(n_new, dtype=y.dtype)])


class _NeighbourOversampling(_ImblearnOversampling):
    """An oversampler that interpolates between a minority row and one of its ``k_neighbors`` nearest."""

    parameters = (AUGMENTATION, K_NEIGHBORS)
    search_space = NEIGHBOUR_SEARCH_SPACE
