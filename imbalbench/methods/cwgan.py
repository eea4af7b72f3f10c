"""``cwgan``: oversampling with a conditional Wasserstein GAN (:mod:`imbalbench.cwgan`)."""

from __future__ import annotations

from dataclasses import asdict

import numpy as np

from ..cwgan import CWGANSettings, oversample
from .base import Method


class CWGANOversampling(Method):
    """Adds as many generated minority rows as the other oversamplers (``augmentation`` per minority
    row), then trains the MLP as usual; the GANs of every seed train stacked on the job's device.
    Other parameters are those of :class:`~imbalbench.cwgan.CWGANSettings` (generator_steps, ...)."""

    def __init__(self, augmentation: float = 1.0, **params):
        self.augmentation = augmentation
        self.settings = CWGANSettings(**params)

    def get_params(self) -> dict:
        return {"augmentation": self.augmentation, **asdict(self.settings)}

    def resample_seeds(self, X, y, seeds, device=None):
        n_new = int(round(self.augmentation * y.sum()))
        new, _, _ = oversample(X, y == 1, n_new, self.settings, seeds, device or "cpu")
        labels = np.concatenate([y, np.ones(n_new, dtype=y.dtype)])
        return (np.stack([np.vstack([X, rows.astype(X.dtype)]) for rows in new]), np.stack([labels] * len(seeds)))
