"""``cwgan``: oversampling with a conditional Wasserstein GAN (:mod:`imbalbench.cwgan`)."""

from __future__ import annotations

from dataclasses import asdict

from ..cwgan import CWGANSettings
from ..estimators import CWGANSampler
from .base import Method


class CWGANOversampling(Method):
    """Adds as many generated minority rows as the other oversamplers (``augmentation`` per minority
    row), then trains the MLP as usual; the GAN trains on the job's device. Other parameters are
    those of :class:`~imbalbench.cwgan.CWGANSettings` (generator_steps, critic_steps, ...)."""

    def __init__(self, augmentation: float = 1.0, **params):
        self.augmentation = augmentation
        self.settings = CWGANSettings(**params)

    def get_params(self) -> dict:
        return {"augmentation": self.augmentation, **asdict(self.settings)}

    def resample(self, X, y, seed, device=None):
        sampler = CWGANSampler(**self.get_params(), random_state=seed, device=device or "cpu")
        return sampler.fit_resample(X, y)
