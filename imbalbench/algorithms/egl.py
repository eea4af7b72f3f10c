"""Explicit-gradient augmentation (EGL, METHOD.md section 2).

A meta-learner that copies minority training rows and moves them by a gradient through a
gradient: each step takes a virtual SGD step of the classifier on a training batch plus a batch
of synthetic rows, measures the validation loss after it, and moves the synthetic rows down the
gradient of that loss. Classifier parameters are handled functionally (``torch.func``), so the
virtual step is a differentiable function of the synthetic rows without copying the module.

This module holds the algorithm: one step (:class:`ExplicitGradientStep`, autograd through the
virtual step, any network and loss), the same step with its gradients written out for the
benchmark's ReLU MLP and cross-entropy (:class:`ReluMLPStep`, the fast path, tested against the
autograd one), and the meta-training loop (:func:`fit_egl`), which trains every seed's model as
one stacked model (:class:`~imbalbench.models.mlp.StackedMLP`). :class:`imbalbench.estimators.api.EGLClassifier` and
:class:`~imbalbench.estimators.api.EGLSampler` wrap it in scikit-learn's and imbalanced-learn's
conventions for use outside the workflow.
"""

from __future__ import annotations

import logging
import math
import warnings

import torch
from torch.func import functional_call

from ..models.mlp import StackedMLP, stacked_addmm, stacked_matmul
from ..models.training import (
    BestEpochs,
    Progress,
    Recipe,
    TrainResult,
    append_trace,
    as_tensors,
    bce_loss,
    per_seed_rows,
    predict_logits,
    train_classifier,
)
from .settings import MetaSettings

log = logging.getLogger(__name__)


def meta_batches(
    n_train: int,
    n_synthetic: int,
    n_valid: int,
    batch_size: int,
    synthetic_batch_size: int,
    generator: torch.Generator,
    valid_batch_size: int | None = None,
) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
    """One meta epoch of one seed's row indices ``(train rows, synthetic rows, valid rows)`` per step.
    Train rows: a random permutation cut into ``batch_size`` pieces (one epoch). Synthetic and
    valid rows (``valid_batch_size``, default ``batch_size``): a fresh random draw without
    repetition for every step, so a synthetic row is moved at most once per step.
    """
    valid_batch_size = batch_size if valid_batch_size is None else valid_batch_size
    device = generator.device
    order = torch.randperm(n_train, generator=generator, device=device)
    steps = []
    for rows in torch.split(order, batch_size):
        synthetic = torch.randperm(n_synthetic, generator=generator, device=device)[:synthetic_batch_size]
        valid = torch.randperm(n_valid, generator=generator, device=device)[:valid_batch_size]
        steps.append((rows, synthetic, valid))
    return steps


class ExplicitGradientStep:
    """One EGL step on a model's parameters given as a dict of tensors (``torch.func`` style).

    ``__call__(params, X1, y1, Xs, ys, X2, y2)`` returns

    - the parameters after the virtual step theta' = theta - eta1 * grad L(X1 u Xs; theta)
      (``inner_steps`` times; computed before the synthetic rows move),
    - the moved synthetic rows Xs - eta2 * d L(X2; theta'(Xs)) / d Xs, clipped to ``bounds``
      (and their targets ys moved likewise when ``learn_targets``, as in the sine illustration),
    - the training loss L(X1 u Xs; theta), per seed.

    Rows are (n, d) for a plain model, or (R, n, d) with targets (R, n) for a
    :class:`~imbalbench.models.mlp.StackedMLP`, whose R seeds move their own rows: the loss is the sum of
    the seeds' losses. ``loss(outputs, targets)`` is a mean over the last dimension (default:
    binary cross-entropy on logits).
    """

    def __init__(
        self,
        model: torch.nn.Module,
        eta1: float,
        eta2: float,
        inner_steps: int = 1,
        bounds=None,
        loss=bce_loss,
        learn_targets: bool = False,
    ):
        self.model, self.eta1, self.eta2, self.inner_steps = model, eta1, eta2, inner_steps
        self.bounds, self.loss_fn, self.learn_targets = bounds, loss, learn_targets

    def losses(self, params: dict, X: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """Each seed's loss (R,), or the loss () of a plain model."""
        # Every parameter is given and none is tied: skipping those checks halves functional_call's overhead.
        return self.loss_fn(functional_call(self.model, params, (X,), tie_weights=False, strict=False), y)

    def loss(self, params: dict, X: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return self.losses(params, X, y).sum()

    def virtual_step(self, params: dict, X: torch.Tensor, y: torch.Tensor, create_graph: bool):
        """theta - eta1 * grad L(X; theta), ``inner_steps`` times; returns it and the first losses."""
        first_losses = None
        for _ in range(self.inner_steps):
            losses = self.losses(params, X, y)
            first_losses = losses if first_losses is None else first_losses
            grads = torch.autograd.grad(losses.sum(), list(params.values()), create_graph=create_graph)
            params = {name: w - self.eta1 * g for (name, w), g in zip(params.items(), grads)}
        return params, first_losses

    def synthetic_gradient(self, params, X1, y1, Xs, ys, X2, y2):
        """Gradients of L(X2; theta'(Xs, ys)) with respect to Xs (and ys when learned; else None),
        theta' detached, and the training losses."""
        Xs = Xs.detach().requires_grad_(True)
        ys = ys.detach().requires_grad_(self.learn_targets)
        moved, train_loss = self.virtual_step(
            params, torch.cat([X1, Xs], dim=-2), torch.cat([y1, ys], dim=-1), create_graph=True
        )
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


class ReluMLPStep:
    """:class:`ExplicitGradientStep` for a :class:`~imbalbench.models.mlp.StackedMLP` with ReLU, binary
    cross-entropy and one virtual step, its gradients written out instead of taken by autograd
    (the same result, in about half the time: benchmarks/meta_step.py).

    With delta = sigmoid(z) - y per row, v = grad L(X2; theta') and z' the derivative of a row's
    logit along v (forward mode), d L(X2; theta') / d Xs_i = -eta1 / N1 * d (delta_i z'_i) / d Xs_i,
    N1 the rows of X1 u Xs: one forward-mode pass along v over the synthetic rows and one reverse
    pass through it. ReLU's second derivative is zero, so its masks are constants of both passes.
    """

    def __init__(self, eta1: float, eta2: float, bounds=None):
        self.eta1, self.eta2, self.bounds = eta1, eta2, bounds

    @staticmethod
    def forward(weights, biases, X):
        """Logits (R, n) and each layer's input (R, n, width): the rows, then the ReLU outputs."""
        inputs, h = [], X
        for weight, bias in zip(weights[:-1], biases[:-1]):
            inputs.append(h)
            h = torch.relu(stacked_addmm(bias, h, weight))
        inputs.append(h)
        return stacked_addmm(biases[-1], h, weights[-1]).squeeze(-1), inputs

    @staticmethod
    def through_relu(grad, output):
        """``grad`` where the ReLU's ``output`` is positive, else 0: ReLU's backward, one fused op."""
        return torch.ops.aten.threshold_backward(grad, output, 0)

    def backward(self, weights, inputs, upstream):
        """Gradients of sum(upstream * logits) with respect to the weights and biases (upstream (R, n))."""
        grad = upstream.unsqueeze(-1)
        grad_weights, grad_biases = [None] * len(weights), [None] * len(weights)
        for layer in reversed(range(len(weights))):
            grad_weights[layer] = stacked_matmul(inputs[layer].transpose(1, 2), grad)
            grad_biases[layer] = grad.sum(1, keepdim=True)
            if layer:
                grad = self.through_relu(stacked_matmul(grad, weights[layer].transpose(1, 2)), inputs[layer])
        return grad_weights, grad_biases

    def __call__(self, params, X1, y1, Xs, ys, X2, y2):
        names = list(params)
        weights, biases = [params[n] for n in names[0::2]], [params[n] for n in names[1::2]]
        X, y = torch.cat([X1, Xs], dim=1), torch.cat([y1, ys], dim=1)
        n1, n_synthetic = X.shape[1], Xs.shape[1]
        logits, inputs = self.forward(weights, biases, X)
        train_loss = bce_loss(logits, y)
        probability = torch.sigmoid(logits)
        delta = probability - y
        grad_weights, grad_biases = self.backward(weights, inputs, delta / n1)
        moved_weights = torch._foreach_add(weights, grad_weights, alpha=-self.eta1)
        moved_biases = torch._foreach_add(biases, grad_biases, alpha=-self.eta1)
        logits2, inputs2 = self.forward(moved_weights, moved_biases, X2)
        v_weights, v_biases = self.backward(moved_weights, inputs2, (torch.sigmoid(logits2) - y2) / X2.shape[1])

        # Forward mode along v over the synthetic rows (the last n_synthetic rows of the batch).
        inputs_s = [h[:, n1 - n_synthetic :] for h in inputs]
        tangent = torch.baddbmm(v_biases[0], Xs, v_weights[0])
        for layer in range(1, len(weights)):
            tangent = (
                stacked_matmul(inputs_s[layer], v_weights[layer])
                + v_biases[layer]
                + stacked_matmul(self.through_relu(tangent, inputs_s[layer]), weights[layer])
            )
        p_s = probability[:, n1 - n_synthetic :]
        # Reverse pass of delta * z' through the primal logit (coefficient sigmoid' z') and the tangent (delta).
        grad = (p_s * (1 - p_s) * tangent.squeeze(-1)).unsqueeze(-1)
        grad_tangent = delta[:, n1 - n_synthetic :].unsqueeze(-1)
        for layer in reversed(range(len(weights))):
            weight_t = weights[layer].transpose(1, 2)
            grad = stacked_matmul(grad_tangent, v_weights[layer].transpose(1, 2)) + stacked_matmul(grad, weight_t)
            if layer:
                grad_tangent = self.through_relu(stacked_matmul(grad_tangent, weight_t), inputs_s[layer])
                grad = self.through_relu(grad, inputs_s[layer])
        new_Xs = torch.add(Xs, grad, alpha=self.eta2 * self.eta1 / n1)
        if self.bounds is not None:
            new_Xs = torch.clamp(new_Xs, *self.bounds)
        moved = {
            name: value for name, value in zip(names, (t for pair in zip(moved_weights, moved_biases) for t in pair))
        }
        return moved, new_Xs, ys, train_loss


def make_step(model: torch.nn.Module, settings: MetaSettings, bounds) -> ExplicitGradientStep | ReluMLPStep:
    """The hand-written step where it applies (stacked ReLU MLP, one virtual step), else autograd's."""
    if isinstance(model, StackedMLP) and model.architecture[2] == "relu" and settings.inner_steps == 1:
        return ReluMLPStep(settings.eta1, settings.eta2, bounds)
    return ExplicitGradientStep(model, settings.eta1, settings.eta2, settings.inner_steps, bounds)


def hardest_rows(probabilities: torch.Tensor, share: float) -> torch.Tensor:
    """Indices, in row order, of the ceil(share * n) rows with the lowest ``probabilities`` (n,):
    the minority rows the warm start is least confident about. Ties: the earlier row first."""
    n_keep = math.ceil(share * len(probabilities) - 1e-9)
    order = torch.argsort(probabilities, stable=True)
    return torch.sort(order[:n_keep]).values


def split_validation(y_valid: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Row indices of two halves of the validation rows, each class split evenly at random (a fixed
    generator: the same halves for every seed and method): (meta-gradient rows, selection rows)."""
    generator = torch.Generator().manual_seed(0)
    halves = [], []
    for label in (0, 1):
        rows = torch.nonzero(y_valid.cpu() == label).flatten()
        rows = rows[torch.randperm(len(rows), generator=generator)]
        halves[0].append(rows[0::2])
        halves[1].append(rows[1::2])
    return tuple(torch.sort(torch.cat(half)).values.to(y_valid.device) for half in halves)


def fit_egl(
    X,
    y,
    X_valid,
    y_valid,
    recipe: Recipe,
    settings: MetaSettings,
    seeds,
    device: torch.device | str = "cpu",
    warm_start: list[TrainResult] | None = None,
) -> list[TrainResult]:
    """EGL on train rows ``X`` (n, d) float32, ``y`` (n,) 0/1 (1 = minority) and validation rows,
    once per seed, the seeds stacked.

    1. warm start: the recipe's plain training on the train rows, one result per seed
       (``warm_start``, e.g. ce's run of the same fold and seeds, or trained here);
    2. the synthetic set: minority rows whose warm-start probability is <= ``confidence``;
    3. meta-training for ``meta_epochs`` (default ``recipe.epochs``), keeping the meta epoch with
       the best validation AUC-PR (with ``valid_split``: the meta-gradient sees one half of the
       validation rows, the selection the other).

    Returns, per seed, the model, its epoch, the trace (``phase``, ``epoch``, ``train_loss``,
    ``valid_auc_pr``, ``mean_displacement``: mean Euclidean distance of the synthetic rows from
    where they started) and extras ``synthetic_start`` and ``synthetic`` ((n_synthetic, d) arrays).
    A seed with no row to copy warns and returns its warm start (best epoch -1). Seeds whose
    synthetic sets differ in size (``confidence`` < 1) are meta-trained in groups of equal size.
    """
    device, seeds = torch.device(device), list(seeds)
    if warm_start is None:
        warm_start = train_classifier(X, y, X_valid, y_valid, recipe, seeds, device=device).results()
    X, y, X_valid, y_valid = as_tensors(device, X, y, X_valid, y_valid)
    minority = X[y == 1]
    results, groups = [None] * len(seeds), {}
    for r, warm in enumerate(warm_start):
        warm.model = warm.model.to(device)
        warm.trace = {
            "phase": ["warm_start"] * len(warm.trace["epoch"]),
            **warm.trace,
            "mean_displacement": [math.nan] * len(warm.trace["epoch"]),
        }
        probabilities = torch.sigmoid(predict_logits(warm.model, minority))
        if settings.confidence_quantile is None:
            start = minority[probabilities <= settings.confidence]
        else:
            start = minority[hardest_rows(probabilities, settings.confidence_quantile)]
        if len(start) == 0:
            warnings.warn(
                f"EGL: no minority row has predicted probability <= confidence={settings.confidence}; "
                "nothing to copy, falling back to plain training",
                RuntimeWarning,
                stacklevel=2,
            )
            empty = start.cpu().numpy()
            results[r] = TrainResult(
                warm.model, -1, warm.best_valid_auc_pr, warm.trace, {"synthetic_start": empty, "synthetic": empty}
            )
            continue
        rule = (
            f"confidence <= {settings.confidence:g}"
            if settings.confidence_quantile is None
            else f"the {settings.confidence_quantile:g} least confident"
        )
        log.info("EGL seed %d: %d of %d minority rows copied (%s)", seeds[r], len(start), len(minority), rule)
        groups.setdefault(len(start), []).append((r, start))
    for members in groups.values():
        index = [r for r, _ in members]
        group = meta_train(
            X,
            y,
            X_valid,
            y_valid,
            recipe,
            settings,
            [seeds[r] for r in index],
            [warm_start[r] for r in index],
            torch.stack([start for _, start in members]),
        )
        for r, result in zip(index, group):
            results[r] = result
    return results


def meta_train(
    X,
    y,
    X_valid,
    y_valid,
    recipe: Recipe,
    settings: MetaSettings,
    seeds: list[int],
    warm: list[TrainResult],
    start: torch.Tensor,
) -> list[TrainResult]:
    """Meta-training of :func:`fit_egl` for seeds with equally many synthetic rows ``start``
    (R, n_synthetic, d), from their warm-start models, as one stacked model."""
    device = X.device
    X_meta, y_meta, X_select, y_select = X_valid, y_valid, X_valid, y_valid
    if settings.valid_split:
        meta_rows, select_rows = split_validation(y_valid)
        X_meta, y_meta = X_valid[meta_rows], y_valid[meta_rows]
        X_select, y_select = X_valid[select_rows], y_valid[select_rows]
    model, synthetic = StackedMLP([w.model for w in warm]).to(device), start.clone()
    bounds = (X.min(dim=0).values, X.max(dim=0).values) if settings.clip else None
    step = make_step(model, settings, bounds)
    targets, valid_targets = y.to(torch.float32), y_meta.to(torch.float32)
    ones = targets.new_ones(len(seeds), min(settings.synthetic_batch_size, start.shape[1]))
    optimizer = recipe.make_optimizer(model.parameters()) if settings.classifier_step == "optimizer" else None
    generators = [torch.Generator(device=device).manual_seed(seed) for seed in seeds]
    seed_index = torch.arange(len(seeds), device=device)[:, None]
    best = BestEpochs(model, X_select, y_select)
    traces = [dict((key, list(values)) for key, values in w.trace.items()) for w in warm]
    epochs = settings.meta_epochs if settings.meta_epochs is not None else recipe.epochs
    batch_size = settings.batch_size or recipe.batch_size
    progress = Progress(epochs, "meta epoch")
    for epoch in range(epochs):
        total = torch.zeros(len(seeds), device=device)
        plans = [
            meta_batches(
                len(y),
                start.shape[1],
                len(y_meta),
                batch_size,
                settings.synthetic_batch_size,
                generator,
                settings.meta_batch_size,
            )
            for generator in generators
        ]
        plan = [[torch.stack(parts) for parts in zip(*seed_steps)] for seed_steps in zip(*plans)]
        params = {name: p.detach() for name, p in model.named_parameters()}
        for rows, synthetic_rows, valid_rows in plan:
            if not isinstance(step, ReluMLPStep):
                params = {name: p.requires_grad_(True) for name, p in params.items()}
            moved, new_rows, _, loss = step(
                params,
                X[rows],
                targets[rows],
                per_seed_rows(synthetic, synthetic_rows),
                ones,
                X_meta[valid_rows],
                valid_targets[valid_rows],
            )
            synthetic[seed_index, synthetic_rows] = new_rows.detach()
            if optimizer is None:  # theta <- theta': the virtual step made real
                params = moved
            else:
                optimizer.zero_grad(set_to_none=True)
                batch = torch.cat([X[rows], per_seed_rows(synthetic, synthetic_rows)], dim=1)
                batch_targets = torch.cat([targets[rows], ones], dim=1)
                bce_loss(model(batch), batch_targets).sum().backward()
                optimizer.step()
                params = {name: p.detach() for name, p in model.named_parameters()}
            total += loss
        if optimizer is None:
            with torch.no_grad():
                for name, p in model.named_parameters():
                    p.copy_(params[name])
        values = {
            "train_loss": (total / len(plan)).tolist(),
            "valid_auc_pr": best.update(epoch),
            "mean_displacement": (synthetic - start).norm(dim=-1).mean(dim=-1).tolist(),
            **best.audit_columns(),
        }
        append_trace(traces, phase="meta", epoch=epoch, **values)
        progress(epoch, **values)
    best.restore()
    extras = [
        {"synthetic_start": start[r].cpu().numpy(), "synthetic": synthetic[r].cpu().numpy()} for r in range(len(seeds))
    ]
    return [
        TrainResult(model.model(r), best.epochs[r], best.scores[r], traces[r], extras[r]) for r in range(len(seeds))
    ]
