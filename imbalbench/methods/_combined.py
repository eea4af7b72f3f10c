"""SMOTE and then a cleaning rule (imbalanced-learn's ``combine`` module)."""

from __future__ import annotations

from ..algorithms.settings import AUGMENTATION
from ._oversampling import K_NEIGHBORS, NEIGHBOUR_SEARCH_SPACE
from ._sampling import fit_resample
from .base import Method


class _SMOTEThenCleaning(Method):
    """Its SMOTE step adds ``round(augmentation x n_minority)`` rows, as the oversamplers do; the
    cleaning then removes rows of either class, so the count that remains is the sampler's."""

    parameters = (AUGMENTATION, K_NEIGHBORS)
    search_space = NEIGHBOUR_SEARCH_SPACE

    def make_sampler(self, smote, seed: int):
        """The combined imbalanced-learn sampler of one seed around its SMOTE step ``smote``."""
        raise NotImplementedError

    def resample(self, X, y, seed, device=None):
        from imblearn.over_sampling import SMOTE

        n_minority = int(y.sum())
        target = n_minority + int(round(self.augmentation * n_minority))
        smote = SMOTE(sampling_strategy={1: target}, k_neighbors=self.k_neighbors, random_state=seed)
        return fit_resample(self.make_sampler(smote, seed), X, y)
