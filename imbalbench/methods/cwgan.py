"""``cwgan``: oversampling with a conditional Wasserstein GAN (:mod:`imbalbench.algorithms.cwgan`)."""

from __future__ import annotations

import numpy as np

from ..algorithms.settings import AUGMENTATION, CWGANSettings
from ..core.parameters import declared
from .base import Method


class CWGANOversampling(Method):
    """Adds as many generated minority rows as the other oversamplers (``augmentation`` per minority
    row), then trains the MLP as usual; the GANs of every seed train stacked on the job's device.
    Other parameters are those of :class:`~imbalbench.algorithms.settings.CWGANSettings` (generator_steps, ...)."""

    parameters = (AUGMENTATION, *declared(CWGANSettings))
    search_space = {"generator_steps": {"type": "int", "low": 200, "high": 2000, "log": True}}

    def resample_seeds(self, X, y, seeds, device=None):
        from ..algorithms.cwgan import oversample

        settings = CWGANSettings(**{k: v for k, v in self.get_params().items() if k != "augmentation"})
        n_new = int(round(self.augmentation * y.sum()))
        new, _, _ = oversample(X, y == 1, n_new, settings, seeds, device or "cpu")
        labels = np.concatenate([y, np.ones(n_new, dtype=y.dtype)])
        return (
            np.stack([np.vstack([X, rows.astype(X.dtype)]) for rows in new]),
            np.stack([labels] * len(seeds)),
        )
