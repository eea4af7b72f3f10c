"""Training core shared by every MLP method: the recipe, minibatches, and model selection by the
best validation AUC-PR (METHOD.md section 6, the same rule for all methods)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, fields

import numpy as np
import torch
import torch.nn.functional as F

from ..scoring.metrics import average_precision
from .mlp import MLP, StackedMLP

log = logging.getLogger(__name__)

Loss = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
"""``loss(logits (R, n), targets (R, n) float 0/1) -> (R,)``: each seed's mean over its batch (the
training sums them, so that every seed's parameters get their own gradient)."""


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
    def from_config(cls, training: dict | None) -> Recipe:
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

    def make_models(self, in_features: int, seeds) -> StackedMLP:
        """One model per seed, each initialised exactly as ``make_model`` under :func:`seeded`, stacked."""
        models = []
        for seed in seeds:
            with seeded(seed):
                models.append(self.make_model(in_features))
        return StackedMLP(models)

    def make_optimizer(self, params) -> torch.optim.Optimizer:
        params = list(params)
        if self.optimizer == "sgd":
            return torch.optim.SGD(params, lr=self.lr, weight_decay=self.weight_decay)
        return adam(params, lr=self.lr, betas=self.betas, weight_decay=self.weight_decay)


def adam(params, **settings) -> torch.optim.Optimizer:
    """Adam, fused where torch has it: one kernel instead of a dozen small ops per tensor, half the
    time of a plain step for this MLP on CPU (benchmarks/meta_step.py). CPU support came in torch 2.4."""
    params = list(params)
    try:
        return torch.optim.Adam(params, fused=True, **settings)
    except (RuntimeError, TypeError):
        return torch.optim.Adam(params, **settings)


def use_threads(threads: int) -> None:
    """Let torch, OpenMP and BLAS (the tree and linear learners') use exactly the threads the job's
    rule declares: two jobs that each use every core run several times slower than one thread each."""
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(threads)
    threadpool_limits(limits=threads)


def pick_device(preference: str = "auto") -> torch.device:
    """``auto``: the GPU when one is present, else the CPU; ``cuda`` without a GPU is an error
    (:class:`~imbalbench.core.errors.ConfigError`: the job's log gets one line saying so)."""
    if preference == "cuda" and not torch.cuda.is_available():
        import platform

        from ..core.errors import ConfigError

        raise ConfigError(
            f"this job trains on 'cuda' (config: device, gpu_methods) but torch sees no GPU on "
            f"{platform.node()}; run it on a GPU node or leave its method out of gpu_methods"
        )
    if preference in ("auto", "cuda") and torch.cuda.is_available():
        return torch.device("cuda")
    return torch.device("cpu")


def bce_loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(logits, targets, reduction="none").mean(-1)


def class_weighted_bce(class_weight) -> Loss:
    """Cross-entropy with a weight per class, ``class_weight`` (2,): each seed's weighted mean over
    its batch, sum(w_i * l_i) / sum(w_i), as scikit-learn's ``log_loss(..., sample_weight=w)``."""
    w0, w1 = (float(w) for w in class_weight)

    def loss(logits: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
        weights = w0 + (w1 - w0) * targets
        rows = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
        return (weights * rows).sum(-1) / weights.sum(-1)

    return loss


def shuffled_batches(y: torch.Tensor, batch_size: int, generator: torch.Generator) -> list[torch.Tensor]:
    """One epoch of minibatch row indices: a random permutation cut into ``batch_size`` pieces."""
    order = torch.randperm(len(y), generator=generator, device=generator.device)
    return list(torch.split(order, batch_size))


BatchPlan = Callable[[torch.Tensor, int, torch.Generator], list]
"""``plan(labels (n,), batch_size, generator) -> [row indices (b,), ...]``: one seed's epoch."""


def stacked_plan(plans: list[list[torch.Tensor]]) -> list[torch.Tensor]:
    """Per-seed plans of one epoch as one: step ``i`` holds every seed's rows, (R, b_i)."""
    if len({tuple(len(rows) for rows in plan) for plan in plans}) > 1:
        raise ValueError("the seeds' minibatch plans differ in shape; stacked seeds need equally many rows")
    return [torch.stack(step) for step in zip(*plans)]


def per_seed_rows(X: torch.Tensor, rows: torch.Tensor) -> torch.Tensor:
    """Rows ``rows`` (R, b) of each seed's data ``X`` (R, n, ...) -> (R, b, ...)."""
    return X[torch.arange(len(rows), device=rows.device)[:, None], rows]


def stack_seeds(array, copies: int, device, shared: bool) -> torch.Tensor:
    """``array`` with a leading seed dimension: (n, ...) ``shared`` by every seed is expanded to
    (R, n, ...) without a copy; a per-seed (R, n, ...) is kept."""
    tensor = torch.as_tensor(np.asarray(array), device=device)
    return tensor.expand(copies, *tensor.shape) if shared else tensor


@torch.no_grad()
def predict_logits(model: torch.nn.Module, X) -> torch.Tensor:
    """Logits for rows ``X`` (n, d), in eval mode, on the model's device: (n,) for an :class:`MLP`,
    (R, n) for a :class:`StackedMLP`."""
    model.eval()
    device = next(model.parameters()).device
    logits = model(torch.as_tensor(X, device=device))
    model.train()
    return logits


_AUDIT_ROWS: ContextVar[tuple | None] = ContextVar("audit_rows", default=None)


@contextmanager
def auditing(X_test, y_test):
    """Inside the block, every :class:`BestEpochs` also scores these rows (a fold's test rows)
    each epoch, for the audit of published protocols (``audit: true``); the scores go into the
    trace as ``test_auc_pr`` and nothing else reads them: no trained number changes."""
    token = _AUDIT_ROWS.set((X_test, y_test))
    try:
        yield
    finally:
        _AUDIT_ROWS.reset(token)


class BestEpochs:
    """Per seed, the parameters of the epoch with the best validation AUC-PR (the first one on ties)."""

    def __init__(self, model: StackedMLP, X_valid: torch.Tensor, y_valid: torch.Tensor):
        self.model, self.X_valid, self.y_valid = model, X_valid, y_valid
        self.epochs, self.scores = [-1] * model.copies, [-float("inf")] * model.copies
        self.state = {name: value.detach().clone() for name, value in model.state_dict().items()}
        audit = _AUDIT_ROWS.get()
        device = X_valid.device
        self.audit = (
            None
            if audit is None
            else (torch.as_tensor(audit[0], device=device), torch.as_tensor(audit[1], device=device))
        )

    def audit_columns(self) -> dict[str, list[float]]:
        """``{"test_auc_pr": per seed}`` of the current parameters under :func:`auditing`, else ``{}``."""
        if self.audit is None:
            return {}
        logits = predict_logits(self.model, self.audit[0])
        return {"test_auc_pr": [average_precision(self.audit[1], seed_logits) for seed_logits in logits]}

    def update(self, epoch: int) -> list[float]:
        """Score every seed's current parameters; keep those that beat the seed's best so far."""
        logits = predict_logits(self.model, self.X_valid)
        scores = [average_precision(self.y_valid, seed_logits) for seed_logits in logits]
        improved = [r for r, score in enumerate(scores) if score > self.scores[r]]
        if improved:
            index = torch.tensor(improved, device=logits.device)
            for name, value in self.model.state_dict().items():
                self.state[name][index] = value[index]
            for r in improved:
                self.epochs[r], self.scores[r] = epoch, scores[r]
        return scores

    def restore(self) -> None:
        self.model.load_state_dict(self.state)


@dataclass
class TrainResult:
    """One seed's trained model (parameters of the selected epoch) and its per-epoch trace."""

    model: torch.nn.Module | None
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


@dataclass
class StackedTraining:
    """The stacked models of R seeds after training, and each seed's selected epoch and trace."""

    model: StackedMLP
    best_epochs: list[int]
    best_scores: list[float]
    traces: list[dict[str, list]]

    def results(self) -> list[TrainResult]:
        """One :class:`TrainResult` per seed, each with its own plain :class:`MLP`."""
        return [
            TrainResult(self.model.model(r), self.best_epochs[r], self.best_scores[r], self.traces[r])
            for r in range(self.model.copies)
        ]


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
    """Logs a line about every tenth of the epochs, with the elapsed time and the time left at the
    pace so far; values given per seed are shown as their mean over the seeds."""

    def __init__(self, epochs: int, what: str = "epoch", logger: logging.Logger = log):
        self.epochs, self.what, self.start, self.logger = epochs, what, time.perf_counter(), logger
        self.every = max(1, epochs // 10)

    def due(self, epoch: int) -> bool:
        return (epoch + 1) % self.every == 0 or epoch + 1 == self.epochs

    def __call__(self, epoch: int, **values) -> None:
        if self.due(epoch):
            shown = " ".join(f"{k}={float(np.mean(v)):.4g}" for k, v in values.items())
            elapsed = time.perf_counter() - self.start
            left = elapsed / (epoch + 1) * (self.epochs - epoch - 1)
            self.logger.info(
                "%s %d/%d %s (%.1f s, %.0f s left)", self.what, epoch + 1, self.epochs, shown, elapsed, left
            )


def append_trace(traces: list[dict], **columns) -> None:
    """Add one epoch to every seed's trace: a column's value is the same for all seeds or a list with one per seed."""
    for r, trace in enumerate(traces):
        for key, value in columns.items():
            trace.setdefault(key, []).append(value[r] if isinstance(value, (list, tuple)) else value)


def train_classifier(
    X,
    y,
    X_valid,
    y_valid,
    recipe: Recipe,
    seeds,
    *,
    loss: Loss = bce_loss,
    batches: BatchPlan = shuffled_batches,
    device: torch.device | str = "cpu",
    model: StackedMLP | None = None,
) -> StackedTraining:
    """Train the recipe's MLP once per seed, the R seeds stacked, on rows ``X`` float32 with
    labels ``y`` 0/1: (n, d) and (n,) shared by every seed, or (R, n, d) and (R, n) per seed.

    Seed ``r`` gets its own initial weights (``recipe.make_model`` under ``seeded(seeds[r])``),
    its own minibatches from ``batches`` with a generator seeded ``seeds[r]``, one optimizer step
    per batch on ``loss``; every epoch scores the validation rows (n_valid, d), and each seed keeps
    the parameters of its epoch with the best validation AUC-PR. The result equals R separate
    runs up to float rounding. ``model`` continues from given parameters instead.
    """
    device = torch.device(device)
    seeds = list(seeds)
    copies = len(seeds)
    if model is None:
        model = recipe.make_models(np.shape(X)[-1], seeds)
    model = model.to(device)
    shared = np.ndim(X) == 2
    X, y = stack_seeds(X, copies, device, shared), stack_seeds(y, copies, device, shared)
    X_valid, y_valid = as_tensors(device, X_valid, y_valid)
    targets = y.to(torch.float32)
    optimizer = recipe.make_optimizer(model.parameters())
    generators = [torch.Generator(device=device).manual_seed(seed) for seed in seeds]
    best = BestEpochs(model, X_valid, y_valid)
    traces = [{} for _ in seeds]
    progress = Progress(recipe.epochs)
    for epoch in range(recipe.epochs):
        total = torch.zeros(copies, device=device)
        plan = stacked_plan([batches(y[r], recipe.batch_size, generator) for r, generator in enumerate(generators)])
        for rows in plan:
            optimizer.zero_grad(set_to_none=True)
            batch_loss = loss(model(per_seed_rows(X, rows)), per_seed_rows(targets, rows))
            batch_loss.sum().backward()
            optimizer.step()
            total += batch_loss.detach()
        train_loss = (total / len(plan)).tolist()
        valid_auc_pr = best.update(epoch)
        append_trace(traces, epoch=epoch, train_loss=train_loss, valid_auc_pr=valid_auc_pr, **best.audit_columns())
        progress(epoch, train_loss=train_loss, valid_auc_pr=valid_auc_pr)
    best.restore()
    return StackedTraining(model, best.epochs, best.scores, traces)
