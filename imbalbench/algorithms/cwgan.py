"""Conditional Wasserstein GAN with gradient penalty for oversampling tabular data
(Engelmann & Lessmann, 2021): the networks, the gradient penalty and the training loop. The
imbalanced-learn sampler is :class:`imbalbench.estimators.api.CWGANSampler`.

Generator and critic are MLPs conditioned on the label (one-hot, concatenated to their input).
The critic minimises D(fake) - D(real) + lambda (||grad D(x_hat)|| - 1)^2 on points x_hat between
real and generated rows (WGAN-GP, Gulrajani et al., 2017); the generator minimises -D(fake). Rows
are min-max scaled inside the sampler and the generator ends in a sigmoid, so generated rows lie
in the training rows' feature range. Defaults follow WGAN-GP's published settings (Adam lr 1e-4,
betas (0.5, 0.9), 5 critic steps per generator step, lambda 10), with the training budget given
in generator steps. Several seeds train as one stacked pair of networks
(:func:`~imbalbench.models.mlp.stack_sequential`), each seed with its own draws.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

from ..models.mlp import StackedLinear, stack_sequential, unstack_sequential
from ..models.training import Progress, adam, seeded
from .settings import CWGANSettings

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


class StackedConditional(nn.Module):
    """R conditional networks (generators or critics, one per seed) as one:
    (input (R, n, k), one-hot label (R, n, 2)) -> (R, n, out), or (R, n) for critics."""

    def __init__(self, networks: list[nn.Module]):
        super().__init__()
        self.net = stack_sequential([network.net for network in networks])
        self.critic = isinstance(networks[0], ConditionalCritic)

    def forward(self, x, label):
        out = self.net(torch.cat([x, label], dim=-1))
        return out.squeeze(-1) if self.critic else out

    def unstacked(self, r: int) -> nn.Module:
        """Copy ``r`` as a plain :class:`ConditionalCritic` or :class:`ConditionalGenerator`."""
        cls = ConditionalCritic if self.critic else ConditionalGenerator
        network = cls.__new__(cls)  # its layers come from the stack: no constructor, no random init
        nn.Module.__init__(network)
        network.net = unstack_sequential(self.net, r)
        return network


def gradient_penalty(
    critic: nn.Module,
    real: torch.Tensor,
    fake: torch.Tensor,
    label: torch.Tensor,
    epsilon: torch.Tensor,
    weight: float = 10.0,
) -> torch.Tensor:
    """weight * mean over rows of (||d critic(x_hat) / d x_hat|| - 1)^2, x_hat = eps real + (1 - eps) fake
    (``epsilon``: (n, 1) in [0, 1]). The gradient is taken with respect to the rows, not the label.
    Rows (R, n, d) of a stacked critic give one penalty per seed (R,)."""
    mixed = (epsilon * real + (1 - epsilon) * fake).requires_grad_(True)
    (grad,) = torch.autograd.grad(critic(mixed, label).sum(), mixed, create_graph=True)
    return weight * ((grad.norm(dim=-1) - 1) ** 2).mean(-1)


def stacked_gradient_penalty(
    critic: StackedConditional,
    real: torch.Tensor,
    fake: torch.Tensor,
    label: torch.Tensor,
    epsilon: torch.Tensor,
    weight: float = 10.0,
) -> torch.Tensor:
    """:func:`gradient_penalty` (R,) for a stacked LeakyReLU critic, rows (R, n, d), at lower cost.

    A LeakyReLU network's input gradient is a product of its weights and of the slopes at x_hat
    (1 or the negative slope, constant almost everywhere):
    d D / d x = W_1 S_1 W_2 S_2 ... w_L. Written so, the penalty is a first-order function of the
    weights: autograd differentiates it once, with no double backward through the forward pass.
    """
    mixed = epsilon * real + (1 - epsilon) * fake
    slopes, h = [], torch.cat([mixed, label], dim=-1)
    with torch.no_grad():  # only where each unit is active
        for module in critic.net[:-1]:
            if not isinstance(module, StackedLinear):
                slopes.append(torch.full_like(h, module.negative_slope).masked_fill_(h > 0, 1.0))
            h = module(h)
    linears = [module for module in critic.net if isinstance(module, StackedLinear)]
    grad = linears[-1].weight.transpose(1, 2)  # (R, 1, width): d D / d (last hidden layer)
    for linear, slope in zip(reversed(linears[:-1]), reversed(slopes)):
        grad = torch.bmm(slope * grad, linear.weight.transpose(1, 2))
    grad = grad[..., : real.shape[-1]]  # with respect to the rows, not the label
    return weight * ((grad.norm(dim=-1) - 1) ** 2).mean(-1)


@dataclass
class TrainedCWGAN:
    """Every seed's generator and critic, stacked."""

    generator: StackedConditional
    critic: StackedConditional
    losses: list[list[float]]
    """Per seed and generator step, the critic's Wasserstein estimate D(real) - D(fake)."""

    def seed_networks(self, r: int) -> tuple[ConditionalGenerator, ConditionalCritic]:
        """Seed ``r``'s generator and critic as plain networks."""
        return self.generator.unstacked(r), self.critic.unstacked(r)


def _draw(seed_draws) -> torch.Tensor:
    return torch.stack(list(seed_draws))


def train_cwgan(X: torch.Tensor, labels: torch.Tensor, settings: CWGANSettings, seeds) -> TrainedCWGAN:
    """Train one generator and critic per seed, stacked, on rows ``X`` (n, d) scaled to [0, 1] with
    labels (n,) 0/1 (1 = minority), on their device. Seed ``r`` initialises its networks and draws
    its rows, noise and mixing weights from its own generators, as a run alone would."""
    device, seeds = X.device, list(seeds)
    randoms = [torch.Generator(device=device).manual_seed(seed) for seed in seeds]
    d = X.shape[1]
    generators, critics = [], []
    for seed in seeds:
        with seeded(seed):
            generators.append(ConditionalGenerator(settings.noise_dim, d, settings.hidden))
            critics.append(ConditionalCritic(d, settings.hidden))
    gen_net, critic = StackedConditional(generators).to(device), StackedConditional(critics).to(device)
    g_opt = adam(gen_net.parameters(), lr=settings.lr, betas=settings.betas)
    c_opt = adam(critic.parameters(), lr=settings.lr, betas=settings.betas)
    one_hot = nn.functional.one_hot(labels, 2).float()
    # Classes drawn equally often, so that the few minority rows shape the generator as much as the rest.
    weights = torch.where(labels == 1, 0.5 / labels.sum(), 0.5 / (len(labels) - labels.sum())).float()
    batch = min(settings.batch_size, len(labels))
    progress = Progress(settings.generator_steps, "generator step")
    losses = []

    def draw_rows():
        return _draw(torch.multinomial(weights, batch, replacement=True, generator=r) for r in randoms)

    for step in range(settings.generator_steps):
        for _ in range(settings.critic_steps):
            rows = draw_rows()
            real, label = X[rows], one_hot[rows]
            noise = _draw(torch.randn(batch, settings.noise_dim, device=device, generator=r) for r in randoms)
            with torch.no_grad():
                fake = gen_net(noise, label)
            epsilon = _draw(torch.rand(batch, 1, device=device, generator=r) for r in randoms)
            wasserstein = critic(real, label).mean(-1) - critic(fake, label).mean(-1)
            loss = -wasserstein + stacked_gradient_penalty(critic, real, fake, label, epsilon, settings.gp_weight)
            c_opt.zero_grad(set_to_none=True)
            loss.sum().backward()
            c_opt.step()
        rows = draw_rows()
        noise = _draw(torch.randn(batch, settings.noise_dim, device=device, generator=r) for r in randoms)
        critic.requires_grad_(False)  # the generator's step needs no critic gradients
        g_loss = -critic(gen_net(noise, one_hot[rows]), one_hot[rows]).mean(-1)
        g_opt.zero_grad(set_to_none=True)
        g_loss.sum().backward()
        g_opt.step()
        critic.requires_grad_(True)
        losses.append(wasserstein.detach())
        if progress.due(step):
            progress(step, wasserstein=losses[-1].tolist())
    per_seed = torch.stack(losses).T.tolist() if losses else [[] for _ in seeds]
    return TrainedCWGAN(gen_net, critic, per_seed)


@torch.no_grad()
def generate_minority(generator: nn.Module, n: int, noise_dim: int, random: torch.Generator) -> np.ndarray:
    """``n`` generated minority rows (n, d) in the scaled units [0, 1] from a plain generator."""
    device = next(generator.parameters()).device
    noise = torch.randn(n, noise_dim, device=device, generator=random)
    label = nn.functional.one_hot(torch.ones(n, dtype=torch.long, device=device), 2).float()
    return generator(noise, label).cpu().numpy().astype(np.float64)


def oversample(
    X: np.ndarray, minority: np.ndarray, n_new: int, settings: CWGANSettings, seeds, device: torch.device
) -> tuple[list[np.ndarray], TrainedCWGAN, list[torch.Generator]]:
    """Per seed, ``n_new`` generated minority rows (n_new, d) in the units of ``X`` (n, d), from a
    cWGAN trained on ``X`` min-max scaled, ``minority`` (n,) 0/1; the trained networks; and the
    random generators the rows were drawn with (seed ``s``'s seeded ``s + 1``), to draw more."""
    low, span = X.min(axis=0), np.ptp(X, axis=0)
    span = np.where(span > 0, span, 1.0)
    scaled = torch.as_tensor((X - low) / span, dtype=torch.float32, device=device)
    labels = torch.as_tensor(minority.astype(np.int64), device=device)
    trained = train_cwgan(scaled, labels, settings, seeds)
    randoms = [torch.Generator(device=device).manual_seed(seed + 1) for seed in seeds]
    new = [
        generate_minority(trained.seed_networks(r)[0], n_new, settings.noise_dim, random) * span + low
        for r, random in enumerate(randoms)
    ]
    return new, trained, randoms
