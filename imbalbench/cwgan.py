"""Conditional Wasserstein GAN with gradient penalty for oversampling tabular data
(Engelmann & Lessmann, 2021), as an imbalanced-learn style sampler.

Generator and critic are MLPs conditioned on the label (one-hot, concatenated to their input).
The critic minimises D(fake) - D(real) + lambda (||grad D(x_hat)|| - 1)^2 on points x_hat between
real and generated rows (WGAN-GP, Gulrajani et al., 2017); the generator minimises -D(fake). Rows
are min-max scaled inside the sampler and the generator ends in a sigmoid, so generated rows lie
in the training rows' feature range. Defaults follow WGAN-GP's published settings (Adam lr 1e-4,
betas (0.5, 0.9), 5 critic steps per generator step, lambda 10), with the training budget given
in generator steps.
"""

from __future__ import annotations

import logging

import numpy as np
import torch
from imblearn.base import BaseSampler
from torch import nn

from .training import Progress, pick_device

log = logging.getLogger(__name__)


def _mlp(sizes: list[int], last: nn.Module | None) -> nn.Sequential:
    layers = []
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(sizes) - 2:
            layers.append(nn.LeakyReLU(0.2))
    if last is not None:
        layers.append(last)
    return nn.Sequential(*layers)


class ConditionalGenerator(nn.Module):
    """(noise (n, noise_dim), one-hot label (n, 2)) -> rows (n, d) in [0, 1]."""

    def __init__(self, noise_dim: int, n_features: int, hidden=(128, 128)):
        super().__init__()
        self.net = _mlp([noise_dim + 2, *hidden, n_features], nn.Sigmoid())

    def forward(self, noise, label):
        return self.net(torch.cat([noise, label], dim=1))


class ConditionalCritic(nn.Module):
    """(rows (n, d), one-hot label (n, 2)) -> critic values (n,)."""

    def __init__(self, n_features: int, hidden=(128, 128)):
        super().__init__()
        self.net = _mlp([n_features + 2, *hidden, 1], None)

    def forward(self, x, label):
        return self.net(torch.cat([x, label], dim=1)).squeeze(-1)


def gradient_penalty(critic: nn.Module, real: torch.Tensor, fake: torch.Tensor, label: torch.Tensor,
                     epsilon: torch.Tensor, weight: float = 10.0) -> torch.Tensor:
    """weight * mean over rows of (||d critic(x_hat) / d x_hat|| - 1)^2, x_hat = eps real + (1 - eps) fake
    (``epsilon``: (n, 1) in [0, 1]). The gradient is taken with respect to the rows, not the label."""
    mixed = (epsilon * real + (1 - epsilon) * fake).requires_grad_(True)
    (grad,) = torch.autograd.grad(critic(mixed, label).sum(), mixed, create_graph=True)
    return weight * ((grad.norm(dim=1) - 1) ** 2).mean()


class CWGANSampler(BaseSampler):
    """Oversampling by a conditional WGAN-GP: ``fit_resample(X, y)`` returns the rows followed by
    ``round(augmentation * n_minority)`` generated minority rows.

    Parameters
    ----------
    augmentation : new minority rows per minority row (1 doubles the minority).
    generator_steps : training budget, in generator updates.
    critic_steps : critic updates per generator update.
    noise_dim, hidden : generator input noise size and hidden layer sizes (both networks).
    batch_size, lr, betas, gp_weight : the WGAN-GP optimisation settings.
    random_state, device : seed; ``"auto"`` takes a GPU when there is one.

    Attributes
    ----------
    generator_, critic_ : the trained networks; ``minority_class_``; ``losses_``: per generator
    step, the critic's Wasserstein estimate D(real) - D(fake).
    """

    _sampling_type = "over-sampling"
    _parameter_constraints: dict = {}

    def __init__(self, augmentation=1.0, generator_steps=1000, critic_steps=5, noise_dim=32, hidden=(128, 128),
                 batch_size=128, lr=1e-4, betas=(0.5, 0.9), gp_weight=10.0, random_state=0, device="auto"):
        super().__init__(sampling_strategy="auto")
        self.augmentation = augmentation
        self.generator_steps = generator_steps
        self.critic_steps = critic_steps
        self.noise_dim = noise_dim
        self.hidden = hidden
        self.batch_size = batch_size
        self.lr = lr
        self.betas = betas
        self.gp_weight = gp_weight
        self.random_state = random_state
        self.device = device

    def _fit_resample(self, X, y):
        classes, counts = np.unique(y, return_counts=True)
        if len(classes) != 2:
            raise ValueError(f"CWGANSampler is binary: y has {len(classes)} class(es)")
        self.minority_class_ = classes[np.argmin(counts)]
        n_new = int(round(self.augmentation * counts.min()))
        device = pick_device(self.device) if isinstance(self.device, str) else torch.device(self.device)
        low, span = X.min(axis=0), np.where(np.ptp(X, axis=0) > 0, np.ptp(X, axis=0), 1.0)
        scaled = torch.as_tensor((X - low) / span, dtype=torch.float32, device=device)
        labels = torch.as_tensor((y == self.minority_class_).astype(np.int64), device=device)
        self._train(scaled, labels, device)
        new = self.sample(n_new) * span + low
        return (np.vstack([X, new.astype(X.dtype)]),
                np.concatenate([y, np.full(n_new, self.minority_class_, dtype=y.dtype)]))

    def _train(self, X: torch.Tensor, labels: torch.Tensor, device: torch.device) -> None:
        torch.manual_seed(self.random_state)
        generator = torch.Generator(device=device).manual_seed(self.random_state)
        d = X.shape[1]
        self.generator_ = ConditionalGenerator(self.noise_dim, d, self.hidden).to(device)
        self.critic_ = ConditionalCritic(d, self.hidden).to(device)
        g_opt = torch.optim.Adam(self.generator_.parameters(), lr=self.lr, betas=self.betas)
        c_opt = torch.optim.Adam(self.critic_.parameters(), lr=self.lr, betas=self.betas)
        one_hot = nn.functional.one_hot(labels, 2).float()
        # Classes drawn equally often, so that the few minority rows shape the generator as much as the rest.
        weights = torch.where(labels == 1, 0.5 / labels.sum(), 0.5 / (len(labels) - labels.sum())).float()
        batch = min(self.batch_size, len(labels))
        progress = Progress(self.generator_steps, "generator step")
        self.losses_ = []
        for step in range(self.generator_steps):
            for _ in range(self.critic_steps):
                rows = torch.multinomial(weights, batch, replacement=True, generator=generator)
                real, label = X[rows], one_hot[rows]
                noise = torch.randn(batch, self.noise_dim, device=device, generator=generator)
                with torch.no_grad():
                    fake = self.generator_(noise, label)
                epsilon = torch.rand(batch, 1, device=device, generator=generator)
                wasserstein = self.critic_(real, label).mean() - self.critic_(fake, label).mean()
                loss = -wasserstein + gradient_penalty(self.critic_, real, fake, label, epsilon, self.gp_weight)
                c_opt.zero_grad(set_to_none=True)
                loss.backward()
                c_opt.step()
            rows = torch.multinomial(weights, batch, replacement=True, generator=generator)
            noise = torch.randn(batch, self.noise_dim, device=device, generator=generator)
            g_loss = -self.critic_(self.generator_(noise, one_hot[rows]), one_hot[rows]).mean()
            g_opt.zero_grad(set_to_none=True)
            g_loss.backward()
            g_opt.step()
            self.losses_.append(float(wasserstein.detach()))
            progress(step, wasserstein=self.losses_[-1])
        self._sample_generator = torch.Generator(device=device).manual_seed(self.random_state + 1)

    @torch.no_grad()
    def sample(self, n: int) -> np.ndarray:
        """``n`` generated minority rows (n, d) in the sampler's scaled units [0, 1]."""
        device = next(self.generator_.parameters()).device
        noise = torch.randn(n, self.noise_dim, device=device, generator=self._sample_generator)
        label = nn.functional.one_hot(torch.ones(n, dtype=torch.long, device=device), 2).float()
        return self.generator_(noise, label).cpu().numpy().astype(np.float64)
