"""Training core shared by every MLP method: the recipe, minibatches, and model selection by the
best validation AUC-PR (METHOD.md section 6, the same rule for all methods)."""

from __future__ import annotations

import copy
import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F

from .metrics import average_precision
from .mlp import MLP

log = logging.getLogger(__name__)

Loss = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
"""``loss(logits (n,), targets (n,) float 0/1) -> scalar``, a mean over the batch."""


@dataclass(frozen=True)
class Recipe:
    """How the MLP is trained (METHOD.md section 2: the paper's hyperparameters are the defaults)."""

    hidden: tuple[int, ...] = (128, 16)
    activation: str = "relu"
    optimizer: str = "adam"
    lr: float = 1e-3
    betas: tuple[float, float] = (0.5, 0.999)
    weight_decay: float = 0.0
    batch_size: int = 128
    epochs: int = 200

    @classmethod
    def from_config(cls, training: dict | None) -> "Recipe":
        values = dict(training or {})
        for key in ("hidden", "betas"):
            if key in values:
                values[key] = tuple(values[key])
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown training settings: {sorted(unknown)}")
        return cls(**values)

    def make_model(self, in_features: int) -> MLP:
        return MLP(in_features, self.hidden, self.activation)

    def make_optimizer(self, params) -> torch.optim.Optimizer:
        params = list(params)
        if self.optimizer == "sgd":
            return torch.optim.SGD(params, lr=self.lr, weight_decay=self.weight_decay)
        settings = dict(lr=self.lr, betas=self.betas, weight_decay=self.weight_decay)
        try:
            # One fused kernel instead of a dozen small ops per tensor: half the time of a plain
            # step for this MLP on CPU (benchmarks/meta_step.py). CPU support came in torch 2.4.
            return torch.optim.Adam(params, fused=True, **settings)
        except (RuntimeError, TypeError):
            return torch.optim.Adam(params, **settings)


def use_threads(threads: int) -> None:
    """Let torch use exactly the threads the job's rule declares: two jobs that each let torch use
    every core run several times slower than one thread each."""
    torch.set_num_threads(threads)


def pick_device(preference: str = "auto") -> torch.device:
    """``auto``: the GPU when one is present, else the CPU; ``cuda`` without a GPU is an error."""
    if preference == "cuda" and not torch.cuda.is_available():
        raise RuntimeError("device 'cuda' was asked for but torch sees no GPU")
    if preference in ("auto", "cuda") and torch.cuda.is_available():
        return torch.device("cuda")
    return torch.device("cpu")


def bce_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(logits, targets)


def shuffled_batches(y: torch.Tensor, batch_size: int, generator: torch.Generator) -> list[torch.Tensor]:
    """One epoch of minibatch row indices: a random permutation cut into ``batch_size`` pieces."""
    order = torch.randperm(len(y), generator=generator, device=generator.device)
    return list(torch.split(order, batch_size))


BatchPlan = Callable[[torch.Tensor, int, torch.Generator], list]


@torch.no_grad()
def predict_logits(model: torch.nn.Module, X) -> torch.Tensor:
    """Logits (n,) for rows ``X`` (n, d), in eval mode, on the model's device."""
    model.eval()
    device = next(model.parameters()).device
    logits = model(torch.as_tensor(X, device=device))
    model.train()
    return logits


class BestEpoch:
    """Keeps the parameters of the epoch with the best validation AUC-PR (the first one on ties)."""

    def __init__(self, model: torch.nn.Module, X_valid: torch.Tensor, y_valid: torch.Tensor):
        self.model, self.X_valid, self.y_valid = model, X_valid, y_valid
        self.epoch, self.score, self.state = -1, -float("inf"), None

    def update(self, epoch: int) -> float:
        score = average_precision(self.y_valid, predict_logits(self.model, self.X_valid))
        if score > self.score:
            self.epoch, self.score = epoch, score
            self.state = copy.deepcopy(self.model.state_dict())
        return score

    def restore(self) -> None:
        self.model.load_state_dict(self.state)


@dataclass
class TrainResult:
    """A trained model (parameters of the selected epoch) and its per-epoch trace."""

    model: torch.nn.Module
    best_epoch: int
    best_valid_auc_pr: float
    trace: dict[str, list] = field(default_factory=dict)
    extras: dict = field(default_factory=dict)
    """Method-specific outputs (EGL: the learned synthetic rows)."""
    predict: Callable | None = None
    """Scores (n,) for rows (n, d), for a model that is not a torch module (MESA's trees)."""

    def scores(self, X) -> np.ndarray:
        """Scores (n,) for rows ``X`` (n, d), higher = more likely minority: the MLP's logits, or ``predict``."""
        if self.predict is not None:
            return np.asarray(self.predict(X), dtype=np.float64)
        return predict_logits(self.model, X).double().cpu().numpy()


@contextmanager
def seeded(seed: int):
    """torch's CPU generator seeded with ``seed`` inside the block and restored after it: weights
    initialise reproducibly without changing the caller's random state."""
    with torch.random.fork_rng(devices=[]):
        torch.random.default_generator.manual_seed(seed)
        yield


def as_tensors(device: torch.device, *arrays):
    return [torch.as_tensor(np.asarray(a), device=device) for a in arrays]


class Progress:
    """Logs a line about every tenth of the epochs, with the elapsed time."""

    def __init__(self, epochs: int, what: str = "epoch"):
        self.epochs, self.what, self.start = epochs, what, time.perf_counter()
        self.every = max(1, epochs // 10)

    def __call__(self, epoch: int, **values) -> None:
        if (epoch + 1) % self.every == 0 or epoch + 1 == self.epochs:
            shown = " ".join(f"{k}={v:.4g}" for k, v in values.items())
            log.info("%s %d/%d %s (%.1f s)", self.what, epoch + 1, self.epochs, shown, time.perf_counter() - self.start)


def train_classifier(
    X, y, X_valid, y_valid, recipe: Recipe, *,
    loss: Loss = bce_loss, batches: BatchPlan = shuffled_batches,
    seed: int = 0, device: torch.device | str = "cpu", model: torch.nn.Module | None = None,
) -> TrainResult:
    """Train the recipe's MLP on rows ``X`` (n, d) float32 with labels ``y`` (n,) 0/1.

    Every epoch draws minibatches from ``batches``, takes one optimizer step per batch on
    ``loss``, then scores the validation rows; the returned model holds the parameters of the
    epoch with the best validation AUC-PR. ``model`` continues from given parameters
    (EGL's warm start), else a new one is made from ``seed``.
    """
    device = torch.device(device)
    if model is None:
        with seeded(seed):
            model = recipe.make_model(np.asarray(X).shape[1])
    model = model.to(device)
    X, y, X_valid, y_valid = as_tensors(device, X, y, X_valid, y_valid)
    targets = y.to(torch.float32)
    optimizer = recipe.make_optimizer(model.parameters())
    generator = torch.Generator(device=device).manual_seed(seed)
    best = BestEpoch(model, X_valid, y_valid)
    trace = {"epoch": [], "train_loss": [], "valid_auc_pr": []}
    progress = Progress(recipe.epochs)
    for epoch in range(recipe.epochs):
        total = torch.zeros((), device=device)
        plan = batches(y, recipe.batch_size, generator)
        for rows in plan:
            optimizer.zero_grad(set_to_none=True)
            batch_loss = loss(model(X[rows]), targets[rows])
            batch_loss.backward()
            optimizer.step()
            total += batch_loss.detach()
        train_loss = float(total) / len(plan)
        valid_auc_pr = best.update(epoch)
        trace["epoch"].append(epoch)
        trace["train_loss"].append(train_loss)
        trace["valid_auc_pr"].append(valid_auc_pr)
        progress(epoch, train_loss=train_loss, valid_auc_pr=valid_auc_pr)
    best.restore()
    return TrainResult(model, best.epoch, best.score, trace)
