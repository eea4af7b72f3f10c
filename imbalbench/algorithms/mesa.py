"""MESA: an ensemble of decision trees whose training sets a learned meta-sampler chooses
(Liu et al., "MESA: Boost Ensemble Imbalanced Learning with MEta-SAmpler", NeurIPS 2020).

Each new tree is trained on every minority row and as many majority rows, drawn with
probability exp(-(e - mu)^2 / (2 sigma^2)) of their error e = |y - p| under the current ensemble.
The meta-sampler (policy) picks mu in [0, 1] from the state: the histograms of the ensemble's
errors on the training and the validation rows. It is meta-trained with soft actor-critic
(Haarnoja et al., 2018) over ``episodes`` ensemble builds, the reward being the gain in
validation AUC-PR that each new tree brings. The base learner is a scikit-learn decision tree,
so MESA's scores come from a different model family than the MLP methods.

This module holds the algorithm (:func:`fit_mesa`); the scikit-learn classifier is
:class:`imbalbench.estimators.api.MESAClassifier`.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from sklearn.tree import DecisionTreeClassifier
from torch import nn

from ..models.training import Progress, seeded
from ..scoring.metrics import average_precision
from .ensembles import log_odds
from .settings import MESASettings

log = logging.getLogger(__name__)


def error_histogram(errors: np.ndarray, bins: int) -> np.ndarray:
    """Share of rows in each of ``bins`` equal bins of [0, 1]: (bins,) summing to 1."""
    counts, _ = np.histogram(errors, bins=bins, range=(0.0, 1.0))
    return counts / max(len(errors), 1)


def meta_sample(errors: np.ndarray, mu: float, sigma: float, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` distinct indices into ``errors``, drawn with probability proportional to the Gaussian
    weight exp(-(e - mu)^2 / (2 sigma^2)) of each row's error (all rows when n >= len(errors))."""
    if n >= len(errors):
        return np.arange(len(errors))
    weights = np.exp(-((errors - mu) ** 2) / (2 * sigma**2)) + 1e-12
    return rng.choice(len(errors), size=n, replace=False, p=weights / weights.sum())


class _Actor(nn.Module):
    """Gaussian policy on a squashed action: mu = (tanh(u) + 1) / 2 in [0, 1]."""

    def __init__(self, state_dim: int, hidden: int):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(state_dim, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU())
        self.mean, self.log_std = nn.Linear(hidden, 1), nn.Linear(hidden, 1)

    def forward(self, state, generator=None, deterministic=False):
        h = self.body(state)
        mean, log_std = self.mean(h), self.log_std(h).clamp(-5, 2)
        u = mean if deterministic else mean + log_std.exp() * torch.randn(mean.shape, generator=generator)
        log_prob = (
            -0.5 * ((u - mean) / log_std.exp()) ** 2
            - log_std
            - 0.5 * np.log(2 * np.pi)
            - torch.log(1 - torch.tanh(u) ** 2 + 1e-6)
            + np.log(2.0)
        ).sum(-1)
        return (torch.tanh(u) + 1) / 2, log_prob


def _critic(state_dim: int, hidden: int) -> nn.Module:
    return nn.Sequential(
        nn.Linear(state_dim + 1, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1)
    )


class SoftActorCritic:
    """Soft actor-critic for a one-dimensional action in [0, 1], with two critics, target critics
    updated by Polyak averaging and a fixed entropy weight ``alpha``."""

    def __init__(self, state_dim, hidden=64, lr=1e-3, gamma=0.99, tau=0.01, alpha=0.1, batch_size=64, seed=0):
        with seeded(seed):
            self.actor = _Actor(state_dim, hidden)
            self.critics = nn.ModuleList([_critic(state_dim, hidden), _critic(state_dim, hidden)])
        self.targets = copy.deepcopy(self.critics)
        self.actor_opt = torch.optim.Adam(self.actor.parameters(), lr=lr)
        self.critic_opt = torch.optim.Adam(self.critics.parameters(), lr=lr)
        self.gamma, self.tau, self.alpha, self.batch_size = gamma, tau, alpha, batch_size
        self.generator = torch.Generator().manual_seed(seed)
        self.memory: list[tuple] = []

    def act(self, state: np.ndarray, deterministic: bool = False) -> float:
        with torch.no_grad():
            action, _ = self.actor(torch.as_tensor(state, dtype=torch.float32)[None], self.generator, deterministic)
        return float(action)

    def _q(self, nets, state, action):
        x = torch.cat([state, action], dim=1)
        return torch.min(nets[0](x), nets[1](x)).squeeze(-1)

    def update(self) -> None:
        if len(self.memory) < self.batch_size:
            return
        rows = torch.randint(len(self.memory), (self.batch_size,), generator=self.generator)
        state, action, reward, next_state, done = (
            torch.as_tensor(np.array(c), dtype=torch.float32) for c in zip(*(self.memory[i] for i in rows))
        )
        action = action[:, None]
        with torch.no_grad():
            next_action, next_log_prob = self.actor(next_state, self.generator)
            target = reward + self.gamma * (1 - done) * (
                self._q(self.targets, next_state, next_action) - self.alpha * next_log_prob
            )
        x = torch.cat([state, action], dim=1)
        critic_loss = sum(F.mse_loss(net(x).squeeze(-1), target) for net in self.critics)
        self.critic_opt.zero_grad()
        critic_loss.backward()
        self.critic_opt.step()
        new_action, log_prob = self.actor(state, self.generator)
        actor_loss = (self.alpha * log_prob - self._q(self.critics, state, new_action)).mean()
        self.actor_opt.zero_grad()
        actor_loss.backward()
        self.actor_opt.step()
        with torch.no_grad():
            for target_param, param in zip(self.targets.parameters(), self.critics.parameters()):
                target_param.mul_(1 - self.tau).add_(self.tau * param)


@dataclass
class MESAEnsemble:
    trees: list
    sampler: SoftActorCritic
    trace: dict
    """Per tree: ``epoch`` (its index), ``valid_auc_pr`` of the ensemble so far, ``action`` (mu)."""
    episode_rewards: list[float]

    def minority_proba(self, X: np.ndarray) -> np.ndarray:
        """Mean over the trees of the minority probability, (n,)."""
        return np.mean([_minority_proba(tree, X) for tree in self.trees], axis=0)

    def minority_logit(self, X: np.ndarray) -> np.ndarray:
        """The probability as log-odds (n,) (:func:`~imbalbench.algorithms.ensembles.log_odds`)."""
        return log_odds(self.minority_proba(X))


def fit_mesa(X, y, X_valid, y_valid, settings: MESASettings, seed: int) -> MESAEnsemble:
    """Meta-train the sampler over ``settings.episodes`` ensemble builds, then build the final
    ensemble with its deterministic policy. ``y``, ``y_valid``: 0/1 with 1 = minority."""
    sampler = SoftActorCritic(2 * settings.bins, seed=seed)
    rng = np.random.default_rng(seed)
    rewards = []
    progress = Progress(settings.episodes, "meta-training episode")
    for episode in range(settings.episodes):
        _, episode_rewards, _ = _build(X, y, X_valid, y_valid, settings, sampler, rng, learn=True)
        rewards.append(float(sum(episode_rewards)))
        progress(episode, reward=rewards[-1])
    trees, _, trace = _build(X, y, X_valid, y_valid, settings, sampler, rng, learn=False)
    return MESAEnsemble(trees, sampler, trace, rewards)


def _state(p_train, y, p_valid, y_valid, bins):
    return np.concatenate(
        [error_histogram(np.abs(y - p_train), bins), error_histogram(np.abs(y_valid - p_valid), bins)]
    ).astype(np.float32)


def _build(X, y, X_valid, y_valid, settings: MESASettings, sampler: SoftActorCritic, rng, learn: bool):
    """One ensemble build with the current sampler (exploring and learning when ``learn``)."""
    minority, majority = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    p_train, p_valid = np.full(len(y), 0.5), np.full(len(y_valid), 0.5)
    score = average_precision(y_valid, p_valid)
    trees, rewards = [], []
    trace = {"epoch": [], "valid_auc_pr": [], "action": []}
    state = _state(p_train, y, p_valid, y_valid, settings.bins)
    for t in range(settings.n_estimators):
        action = sampler.act(state, deterministic=not learn)
        chosen = majority[meta_sample(p_train[majority], action, settings.sigma, len(minority), rng)]
        rows = np.concatenate([minority, chosen])
        tree = DecisionTreeClassifier(max_depth=settings.max_depth, random_state=int(rng.integers(2**31)))
        tree.fit(X[rows], y[rows])
        trees.append(tree)
        p_train += (_minority_proba(tree, X) - p_train) / (t + 1)
        p_valid += (_minority_proba(tree, X_valid) - p_valid) / (t + 1)
        new_score = average_precision(y_valid, p_valid)
        next_state = _state(p_train, y, p_valid, y_valid, settings.bins)
        rewards.append(new_score - score)
        if learn:
            sampler.memory.append((state, action, rewards[-1], next_state, float(t == settings.n_estimators - 1)))
            sampler.update()
        trace["epoch"].append(t)
        trace["valid_auc_pr"].append(new_score)
        trace["action"].append(action)
        state, score = next_state, new_score
    return trees, rewards, trace


def _minority_proba(tree, X) -> np.ndarray:
    proba = tree.predict_proba(X)
    return proba[:, list(tree.classes_).index(1)] if 1 in tree.classes_ else np.zeros(len(X))
