"""``cwgan``: oversampling with a conditional Wasserstein GAN (:mod:`imbalbench.cwgan`)."""

from __future__ import annotations

from ..cwgan import CWGANSampler
from .base import Method


class CWGANOversampling(Method):
    """Adds as many generated minority rows as the other oversamplers (``augmentation`` per minority
    row), then trains the MLP as usual; the GAN trains on the job's device."""

    def __init__(self, augmentation: float = 1.0, generator_steps: int = 1000, critic_steps: int = 5,
                 noise_dim: int = 32, batch_size: int = 128):
        self.augmentation = augmentation
        self.generator_steps = generator_steps
        self.critic_steps = critic_steps
        self.noise_dim = noise_dim
        self.batch_size = batch_size

    def resample(self, X, y, seed, device=None):
        sampler = CWGANSampler(**self.get_params(), random_state=seed, device=device or "cpu")
        return sampler.fit_resample(X, y)
