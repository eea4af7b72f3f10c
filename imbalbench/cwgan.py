"""Conditional Wasserstein GAN with gradient penalty for oversampling tabular data
(Engelmann & Lessmann, 2021): the networks, the gradient penalty and the training loop. The
imbalanced-learn sampler is :class:`imbalbench.estimators.CWGANSampler`.

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
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from .training import Progress, seeded

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


@dataclass(frozen=True)
class CWGANSettings:
    """The WGAN-GP optimisation (defaults: Gulrajani et al.'s published settings); see
    :class:`imbalbench.estimators.CWGANSampler`."""

    generator_steps: int = 1000
    critic_steps: int = 5
    noise_dim: int = 32
    hidden: tuple = (128, 128)
    batch_size: int = 128
    lr: float = 1e-4
    betas: tuple = (0.5, 0.9)
    gp_weight: float = 10.0


@dataclass
class TrainedCWGAN:
    generator: ConditionalGenerator
    critic: ConditionalCritic
    losses: list[float]
    """Per generator step, the critic's Wasserstein estimate D(real) - D(fake)."""


def train_cwgan(X: torch.Tensor, labels: torch.Tensor, settings: CWGANSettings, seed: int) -> TrainedCWGAN:
    """Train on rows ``X`` (n, d) scaled to [0, 1] with labels (n,) 0/1 (1 = minority), on their device."""
    device = X.device
    generator = torch.Generator(device=device).manual_seed(seed)
    d = X.shape[1]
    with seeded(seed):
        gen_net = ConditionalGenerator(settings.noise_dim, d, settings.hidden).to(device)
        critic = ConditionalCritic(d, settings.hidden).to(device)
    g_opt = torch.optim.Adam(gen_net.parameters(), lr=settings.lr, betas=settings.betas)
    c_opt = torch.optim.Adam(critic.parameters(), lr=settings.lr, betas=settings.betas)
    one_hot = nn.functional.one_hot(labels, 2).float()
    # Classes drawn equally often, so that the few minority rows shape the generator as much as the rest.
    weights = torch.where(labels == 1, 0.5 / labels.sum(), 0.5 / (len(labels) - labels.sum())).float()
    batch = min(settings.batch_size, len(labels))
    progress = Progress(settings.generator_steps, "generator step")
    losses = []
    for step in range(settings.generator_steps):
        for _ in range(settings.critic_steps):
            rows = torch.multinomial(weights, batch, replacement=True, generator=generator)
            real, label = X[rows], one_hot[rows]
            noise = torch.randn(batch, settings.noise_dim, device=device, generator=generator)
            with torch.no_grad():
                fake = gen_net(noise, label)
            epsilon = torch.rand(batch, 1, device=device, generator=generator)
            wasserstein = critic(real, label).mean() - critic(fake, label).mean()
            loss = -wasserstein + gradient_penalty(critic, real, fake, label, epsilon, settings.gp_weight)
            c_opt.zero_grad(set_to_none=True)
            loss.backward()
            c_opt.step()
        rows = torch.multinomial(weights, batch, replacement=True, generator=generator)
        noise = torch.randn(batch, settings.noise_dim, device=device, generator=generator)
        g_loss = -critic(gen_net(noise, one_hot[rows]), one_hot[rows]).mean()
        g_opt.zero_grad(set_to_none=True)
        g_loss.backward()
        g_opt.step()
        losses.append(float(wasserstein.detach()))
        progress(step, wasserstein=losses[-1])
    return TrainedCWGAN(gen_net, critic, losses)


@torch.no_grad()
def generate_minority(generator: ConditionalGenerator, n: int, noise_dim: int, random: torch.Generator) -> np.ndarray:
    """``n`` generated minority rows (n, d) in the scaled units [0, 1]."""
    device = next(generator.parameters()).device
    noise = torch.randn(n, noise_dim, device=device, generator=random)
    label = nn.functional.one_hot(torch.ones(n, dtype=torch.long, device=device), 2).float()
    return generator(noise, label).cpu().numpy().astype(np.float64)
