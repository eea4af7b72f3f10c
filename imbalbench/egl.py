"""Explicit-gradient augmentation (EGL, METHOD.md section 2).

A meta-learner that copies minority training rows and moves them by a gradient through a
gradient: each step takes a virtual SGD step of the classifier on a training batch plus a batch
of synthetic rows, measures the validation loss after it, and moves the synthetic rows down the
gradient of that loss. Classifier parameters are handled functionally (``torch.func``), so the
virtual step is a differentiable function of the synthetic rows without copying the module.

This module holds the algorithm: one step (:class:`ExplicitGradientStep`) and the meta-training
loop (:func:`fit_egl`). :class:`imbalbench.estimators.EGLClassifier` and
:class:`~imbalbench.estimators.EGLSampler` wrap it in scikit-learn's and imbalanced-learn's
conventions for use outside the workflow.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch.func import functional_call

from .training import BestEpoch, Progress, Recipe, TrainResult, as_tensors, predict_logits, train_classifier

log = logging.getLogger(__name__)

CLASSIFIER_STEPS = ("virtual", "optimizer")


def meta_batches(n_train: int, n_synthetic: int, n_valid: int, batch_size: int, synthetic_batch_size: int,
                 generator: torch.Generator) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    """One meta epoch of row indices ``(train rows, synthetic rows, valid rows)`` per step.

    Train rows: a random permutation cut into ``batch_size`` pieces (one epoch). Synthetic and
    valid rows: a fresh random draw without repetition for every step, so a synthetic row is
    moved at most once per step.
    """
    device = generator.device
    order = torch.randperm(n_train, generator=generator, device=device)
    steps = []
    for rows in torch.split(order, batch_size):
        synthetic = torch.randperm(n_synthetic, generator=generator, device=device)[:synthetic_batch_size]
        valid = torch.randperm(n_valid, generator=generator, device=device)[:batch_size]
        steps.append((rows, synthetic, valid))
    return steps


def bce(outputs: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(outputs, targets)


class ExplicitGradientStep:
    """One EGL step on a model's parameters given as a dict of tensors (``torch.func`` style).

    ``__call__(params, X1, y1, Xs, ys, X2, y2)`` returns

    - the parameters after the virtual step theta' = theta - eta1 * grad L(X1 u Xs; theta)
      (``inner_steps`` times; computed before the synthetic rows move),
    - the moved synthetic rows Xs - eta2 * d L(X2; theta'(Xs)) / d Xs, clipped to ``bounds``
      (and their targets ys moved likewise when ``learn_targets``, as in the sine illustration),
    - the training loss L(X1 u Xs; theta).

    ``loss(outputs, targets)`` is a mean over the batch (default: binary cross-entropy on logits).
    """

    def __init__(self, model: torch.nn.Module, eta1: float, eta2: float, inner_steps: int = 1, bounds=None,
                 loss=bce, learn_targets: bool = False):
        self.model, self.eta1, self.eta2, self.inner_steps = model, eta1, eta2, inner_steps
        self.bounds, self.loss_fn, self.learn_targets = bounds, loss, learn_targets

    def loss(self, params: dict, X: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        # Every parameter is given and none is tied: skipping those checks halves functional_call's overhead.
        return self.loss_fn(functional_call(self.model, params, (X,), tie_weights=False, strict=False), y)

    def virtual_step(self, params: dict, X: torch.Tensor, y: torch.Tensor, create_graph: bool):
        """theta - eta1 * grad L(X; theta), ``inner_steps`` times; returns it and the first loss."""
        first_loss = None
        for _ in range(self.inner_steps):
            loss = self.loss(params, X, y)
            first_loss = loss if first_loss is None else first_loss
            grads = torch.autograd.grad(loss, list(params.values()), create_graph=create_graph)
            params = {name: w - self.eta1 * g for (name, w), g in zip(params.items(), grads)}
        return params, first_loss

    def synthetic_gradient(self, params, X1, y1, Xs, ys, X2, y2):
        """Gradients of L(X2; theta'(Xs, ys)) with respect to Xs (and ys when learned; else None),
        theta' detached, and the training loss."""
        Xs = Xs.detach().requires_grad_(True)
        ys = ys.detach().requires_grad_(self.learn_targets)
        moved, train_loss = self.virtual_step(params, torch.cat([X1, Xs]), torch.cat([y1, ys]), create_graph=True)
        wrt = [Xs, ys] if self.learn_targets else [Xs]
        grads = torch.autograd.grad(self.loss(moved, X2, y2), wrt)
        grad_ys = grads[1] if self.learn_targets else None
        return grads[0], grad_ys, {name: w.detach() for name, w in moved.items()}, train_loss.detach()

    def __call__(self, params, X1, y1, Xs, ys, X2, y2):
        grad_Xs, grad_ys, moved, train_loss = self.synthetic_gradient(params, X1, y1, Xs, ys, X2, y2)
        new_Xs = Xs - self.eta2 * grad_Xs
        if self.bounds is not None:
            new_Xs = torch.clamp(new_Xs, *self.bounds)
        new_ys = ys - self.eta2 * grad_ys if self.learn_targets else ys
        return moved, new_Xs, new_ys, train_loss


@dataclass(frozen=True)
class MetaSettings:
    """EGL's own hyperparameters (METHOD.md section 2.6); see :class:`imbalbench.estimators.EGLClassifier`."""

    eta1: float = 1e-2
    eta2: float = 1e3
    confidence: float = 1.0
    synthetic_batch_size: int = 128
    inner_steps: int = 1
    meta_epochs: int | None = None
    clip: bool = True
    classifier_step: str = "virtual"

    def __post_init__(self):
        if self.classifier_step not in CLASSIFIER_STEPS:
            raise ValueError(f"classifier_step must be one of {CLASSIFIER_STEPS}, got {self.classifier_step!r}")
        if self.eta1 <= 0 or self.eta2 < 0:
            raise ValueError(f"eta1 must be > 0 and eta2 >= 0, got eta1={self.eta1}, eta2={self.eta2}")


def fit_egl(X, y, X_valid, y_valid, recipe: Recipe, settings: MetaSettings, seed: int = 0,
            device: torch.device | str = "cpu") -> TrainResult:
    """EGL on train rows ``X`` (n, d) float32, ``y`` (n,) 0/1 (1 = minority) and validation rows.

    1. warm start: the recipe's plain training on the train rows;
    2. the synthetic set: minority rows whose warm-start probability is <= ``confidence``;
    3. meta-training for ``meta_epochs`` (default ``recipe.epochs``), keeping the meta epoch with
       the best validation AUC-PR.

    Returns the model, its epoch, the trace (``phase``, ``epoch``, ``train_loss``,
    ``valid_auc_pr``, ``mean_displacement``: mean Euclidean distance of the synthetic rows from
    where they started) and extras ``synthetic_start`` and ``synthetic`` ((n_synthetic, d) arrays).
    With no row to copy it warns and returns the warm start (best epoch -1).
    """
    device = torch.device(device)
    warm = train_classifier(X, y, X_valid, y_valid, recipe, seed=seed, device=device)
    trace = {"phase": ["warm_start"] * len(warm.trace["epoch"]), **warm.trace,
             "mean_displacement": [float("nan")] * len(warm.trace["epoch"])}
    X, y, X_valid, y_valid = as_tensors(device, X, y, X_valid, y_valid)
    minority = X[y == 1]
    start = minority[torch.sigmoid(predict_logits(warm.model, minority)) <= settings.confidence]
    if len(start) == 0:
        warnings.warn(f"EGL: no minority row has predicted probability <= confidence={settings.confidence}; "
                      "nothing to copy, falling back to plain training", RuntimeWarning, stacklevel=2)
        empty = start.cpu().numpy()
        return TrainResult(warm.model, -1, warm.best_valid_auc_pr, trace,
                           {"synthetic_start": empty, "synthetic": empty})
    log.info("EGL: %d of %d minority rows copied (confidence <= %g)", len(start), len(minority), settings.confidence)
    model, synthetic = warm.model, start.clone()
    bounds = (X.min(dim=0).values, X.max(dim=0).values) if settings.clip else None
    step = ExplicitGradientStep(model, settings.eta1, settings.eta2, settings.inner_steps, bounds)
    targets, valid_targets = y.to(torch.float32), y_valid.to(torch.float32)
    ones = targets.new_ones(settings.synthetic_batch_size)
    optimizer = recipe.make_optimizer(model.parameters()) if settings.classifier_step == "optimizer" else None
    generator = torch.Generator(device=device).manual_seed(seed)
    best = BestEpoch(model, X_valid, y_valid)
    epochs = settings.meta_epochs if settings.meta_epochs is not None else recipe.epochs
    progress = Progress(epochs, "meta epoch")
    for epoch in range(epochs):
        total = torch.zeros((), device=device)
        plan = meta_batches(len(y), len(synthetic), len(y_valid), recipe.batch_size,
                            settings.synthetic_batch_size, generator)
        params = {name: p.detach() for name, p in model.named_parameters()}
        for rows, synthetic_rows, valid_rows in plan:
            params = {name: p.requires_grad_(True) for name, p in params.items()}
            moved, new_rows, _, loss = step(params, X[rows], targets[rows], synthetic[synthetic_rows],
                                            ones[: len(synthetic_rows)], X_valid[valid_rows], valid_targets[valid_rows])
            synthetic[synthetic_rows] = new_rows.detach()
            if optimizer is None:  # theta <- theta': the virtual step made real
                params = moved
            else:
                optimizer.zero_grad(set_to_none=True)
                batch = torch.cat([X[rows], synthetic[synthetic_rows]])
                batch_targets = torch.cat([targets[rows], ones[: len(synthetic_rows)]])
                bce(model(batch), batch_targets).backward()
                optimizer.step()
                params = {name: p.detach() for name, p in model.named_parameters()}
            total += loss
        if optimizer is None:
            with torch.no_grad():
                for name, p in model.named_parameters():
                    p.copy_(params[name])
        values = {"train_loss": float(total) / len(plan), "valid_auc_pr": best.update(epoch),
                  "mean_displacement": float((synthetic - start).norm(dim=1).mean())}
        for key, value in {"phase": "meta", "epoch": epoch, **values}.items():
            trace[key].append(value)
        progress(epoch, **values)
    best.restore()
    return TrainResult(model, best.epoch, best.score, trace,
                       {"synthetic_start": start.cpu().numpy(), "synthetic": synthetic.cpu().numpy()})
