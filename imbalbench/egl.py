"""Explicit-gradient augmentation (EGL, METHOD.md section 2).

A meta-learner that copies minority training rows and moves them by a gradient through a
gradient: each step takes a virtual SGD step of the classifier on a training batch plus a batch
of synthetic rows, measures the validation loss after it, and moves the synthetic rows down the
gradient of that loss. Classifier parameters are handled functionally (``torch.func``), so the
virtual step is a differentiable function of the synthetic rows without copying the module.

:class:`EGLClassifier` and :class:`EGLSampler` follow scikit-learn's and imbalanced-learn's
conventions and work outside the workflow.
"""

from __future__ import annotations

import logging
import warnings
import numpy as np
import torch
import torch.nn.functional as F
from torch.func import functional_call

from .training import BestEpoch, Progress, Recipe, as_tensors, pick_device, predict_logits, train_classifier

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


class ExplicitGradientStep:
    """One EGL step on a model's parameters given as a dict of tensors (``torch.func`` style).

    ``__call__(params, X1, y1, Xs, X2, y2)`` returns the parameters after the virtual step
    (theta' = theta - eta1 * grad L(X1 u Xs; theta), ``inner_steps`` times), the moved synthetic rows
    (Xs - eta2 * d L(X2; theta'(Xs)) / d Xs, clipped to ``bounds``) and the training loss.
    Losses are means over their batch.
    """

    def __init__(self, model: torch.nn.Module, eta1: float, eta2: float, inner_steps: int = 1, bounds=None):
        self.model, self.eta1, self.eta2, self.inner_steps, self.bounds = model, eta1, eta2, inner_steps, bounds

    def loss(self, params: dict, X: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return F.binary_cross_entropy_with_logits(functional_call(self.model, params, (X,)), y)

    def virtual_step(self, params: dict, X: torch.Tensor, y: torch.Tensor, create_graph: bool):
        """theta - eta1 * grad L(X; theta), ``inner_steps`` times; returns it and the first loss."""
        first_loss = None
        for _ in range(self.inner_steps):
            loss = self.loss(params, X, y)
            first_loss = loss if first_loss is None else first_loss
            grads = torch.autograd.grad(loss, list(params.values()), create_graph=create_graph)
            params = {name: w - self.eta1 * g for (name, w), g in zip(params.items(), grads)}
        return params, first_loss

    def synthetic_gradient(self, params, X1, y1, Xs, X2, y2):
        """d L(X2; theta'(Xs)) / d Xs, and theta'(Xs) detached, and the training loss."""
        Xs = Xs.detach().requires_grad_(True)
        X = torch.cat([X1, Xs])
        y = torch.cat([y1, y1.new_ones(len(Xs))])
        moved, train_loss = self.virtual_step(params, X, y, create_graph=True)
        (grad,) = torch.autograd.grad(self.loss(moved, X2, y2), Xs)
        return grad, {name: w.detach() for name, w in moved.items()}, train_loss.detach()

    def __call__(self, params, X1, y1, Xs, X2, y2):
        grad, moved, train_loss = self.synthetic_gradient(params, X1, y1, Xs, X2, y2)
        new_Xs = Xs - self.eta2 * grad
        if self.bounds is not None:
            new_Xs = torch.clamp(new_Xs, *self.bounds)
        return moved, new_Xs, train_loss


class EGLClassifier:
    """The benchmark's MLP trained with explicit-gradient augmentation.

    Parameters
    ----------
    eta1 : step size of the virtual (and, by default, the real) classifier step.
    eta2 : step size of the synthetic rows' update, in feature units per unit of gradient.
    confidence : c; minority training rows with predicted probability <= c after the warm start are copied.
    synthetic_batch_size : synthetic rows per step.
    inner_steps : virtual SGD steps per meta step.
    meta_epochs : epochs of meta-training (default: ``recipe.epochs``).
    clip : keep synthetic rows inside the training rows' feature range.
    classifier_step : ``"virtual"`` (theta <- theta', plain SGD with eta1, as Algorithm 1) or
        ``"optimizer"`` (the recipe's optimizer on the training batch plus the moved rows).
    recipe : :class:`~imbalbench.training.Recipe` of the MLP and its warm start.
    valid_size : share of rows held out for validation when ``fit`` is given no validation rows.
    random_state : seed of the split, the initial weights and the batches.
    device : ``"auto"``, ``"cpu"`` or ``"cuda"``.

    Attributes
    ----------
    model_ : the trained MLP (parameters of the meta epoch with the best validation AUC-PR).
    synthetic_start_ : (n_synthetic, d) the copied minority rows.
    synthetic_X_ : (n_synthetic, d) the learned synthetic rows at the end of meta-training.
    trace_ : dict of per-epoch lists (phase, epoch, train_loss, valid_auc_pr, mean_displacement).
    best_epoch_ : index of the selected meta epoch (-1: fell back to the warm start).
    """

    def __init__(self, eta1: float = 1e-2, eta2: float = 1e3, confidence: float = 1.0,
                 synthetic_batch_size: int = 128, inner_steps: int = 1, meta_epochs: int | None = None,
                 clip: bool = True, classifier_step: str = "virtual", recipe: Recipe | None = None,
                 valid_size: float = 0.2, random_state: int = 0, device: str = "auto"):
        self.eta1 = eta1
        self.eta2 = eta2
        self.confidence = confidence
        self.synthetic_batch_size = synthetic_batch_size
        self.inner_steps = inner_steps
        self.meta_epochs = meta_epochs
        self.clip = clip
        self.classifier_step = classifier_step
        self.recipe = recipe
        self.valid_size = valid_size
        self.random_state = random_state
        self.device = device

    def get_params(self, deep: bool = False) -> dict:
        return {name: getattr(self, name) for name in (
            "eta1", "eta2", "confidence", "synthetic_batch_size", "inner_steps", "meta_epochs", "clip",
            "classifier_step", "recipe", "valid_size", "random_state", "device")}

    def _check(self) -> None:
        if self.classifier_step not in CLASSIFIER_STEPS:
            raise ValueError(f"classifier_step must be one of {CLASSIFIER_STEPS}, got {self.classifier_step!r}")
        if self.eta1 <= 0 or self.eta2 < 0:
            raise ValueError(f"eta1 must be > 0 and eta2 >= 0, got eta1={self.eta1}, eta2={self.eta2}")

    def fit(self, X, y, X_valid=None, y_valid=None) -> "EGLClassifier":
        """Fit on rows ``X`` (n, d) with labels ``y`` (n,) in {0, 1}, 1 the minority.

        Without ``X_valid``/``y_valid``, a stratified ``valid_size`` share of the rows is held out.
        """
        self._check()
        X, y = np.asarray(X, dtype=np.float32), np.asarray(y).astype(np.int64)
        if X_valid is None:
            from sklearn.model_selection import train_test_split

            X, X_valid, y, y_valid = train_test_split(X, y, test_size=self.valid_size, stratify=y,
                                                      random_state=self.random_state)
        X_valid, y_valid = np.asarray(X_valid, dtype=np.float32), np.asarray(y_valid).astype(np.int64)
        recipe = self.recipe or Recipe()
        device = pick_device(self.device) if isinstance(self.device, str) else torch.device(self.device)
        seed = self.random_state
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.array([0, 1])

        warm = train_classifier(X, y, X_valid, y_valid, recipe, seed=seed, device=device)
        self.trace_ = {"phase": ["warm_start"] * len(warm.trace["epoch"]), **warm.trace,
                       "mean_displacement": [float("nan")] * len(warm.trace["epoch"])}
        X_t, y_t, Xv_t, yv_t = as_tensors(device, X, y, X_valid, y_valid)
        minority = X_t[y_t == 1]
        probability = torch.sigmoid(predict_logits(warm.model, minority))
        start = minority[probability <= self.confidence]
        self.synthetic_start_ = start.cpu().numpy()
        if len(start) == 0:
            warnings.warn(f"EGL: no minority row has predicted probability <= confidence={self.confidence}; "
                          "nothing to copy, falling back to plain training", RuntimeWarning, stacklevel=2)
            self.model_, self.best_epoch_, self.best_valid_auc_pr_ = warm.model, -1, warm.best_valid_auc_pr
            self.synthetic_X_ = self.synthetic_start_
            return self
        log.info("EGL: %d of %d minority rows copied (confidence <= %g)", len(start), len(minority), self.confidence)
        self._meta_train(warm.model, X_t, y_t, Xv_t, yv_t, start, recipe, seed)
        return self

    def _meta_train(self, model, X, y, X_valid, y_valid, start, recipe, seed) -> None:
        bounds = (X.min(dim=0).values, X.max(dim=0).values) if self.clip else None
        step = ExplicitGradientStep(model, self.eta1, self.eta2, self.inner_steps, bounds)
        synthetic = start.clone()
        targets, valid_targets = y.to(torch.float32), y_valid.to(torch.float32)
        optimizer = recipe.make_optimizer(model.parameters()) if self.classifier_step == "optimizer" else None
        generator = torch.Generator(device=X.device).manual_seed(seed)
        best = BestEpoch(model, X_valid, y_valid)
        epochs = self.meta_epochs if self.meta_epochs is not None else recipe.epochs
        progress = Progress(epochs, "meta epoch")
        for epoch in range(epochs):
            total = torch.zeros((), device=X.device)
            plan = meta_batches(len(y), len(synthetic), len(y_valid), recipe.batch_size,
                                self.synthetic_batch_size, generator)
            for rows, synthetic_rows, valid_rows in plan:
                params = {name: p.detach().requires_grad_(True) for name, p in model.named_parameters()}
                moved, new_rows, loss = step(params, X[rows], targets[rows], synthetic[synthetic_rows],
                                             X_valid[valid_rows], valid_targets[valid_rows])
                synthetic[synthetic_rows] = new_rows.detach()
                if optimizer is None:
                    with torch.no_grad():
                        for name, p in model.named_parameters():
                            p.copy_(moved[name])
                else:
                    optimizer.zero_grad(set_to_none=True)
                    batch = torch.cat([X[rows], synthetic[synthetic_rows]])
                    batch_targets = torch.cat([targets[rows], targets.new_ones(len(synthetic_rows))])
                    F.binary_cross_entropy_with_logits(model(batch), batch_targets).backward()
                    optimizer.step()
                total += loss
            valid_auc_pr = best.update(epoch)
            displacement = float((synthetic - start).norm(dim=1).mean())
            for key, value in (("phase", "meta"), ("epoch", epoch), ("train_loss", float(total) / len(plan)),
                               ("valid_auc_pr", valid_auc_pr), ("mean_displacement", displacement)):
                self.trace_[key].append(value)
            progress(epoch, train_loss=self.trace_["train_loss"][-1], valid_auc_pr=valid_auc_pr,
                     mean_displacement=displacement)
        best.restore()
        self.model_, self.best_epoch_, self.best_valid_auc_pr_ = model, best.epoch, best.score
        self.synthetic_X_ = synthetic.cpu().numpy()

    def decision_function(self, X) -> np.ndarray:
        """Logits (n,) for rows ``X`` (n, d)."""
        return predict_logits(self.model_, np.asarray(X, dtype=np.float32)).cpu().numpy()

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities (n, 2): columns P(y=0), P(y=1)."""
        p = 1.0 / (1.0 + np.exp(-self.decision_function(X).astype(np.float64)))
        return np.column_stack([1 - p, p])

    def predict(self, X) -> np.ndarray:
        return (self.decision_function(X) > 0).astype(np.int64)


class EGLSampler:
    """imbalanced-learn style sampler: ``fit_resample(X, y)`` returns the rows plus EGL's learned
    synthetic minority rows (labelled 1), for training any other classifier on them.

    Takes the parameters of :class:`EGLClassifier`; ``estimator_`` is the fitted classifier.
    """

    def __init__(self, **params):
        self.params = params

    def fit_resample(self, X, y):
        """``X`` (n, d), ``y`` (n,) -> (n + n_synthetic, d), (n + n_synthetic,); the originals come first."""
        X, y = np.asarray(X), np.asarray(y)
        self.estimator_ = EGLClassifier(**self.params).fit(X, y)
        synthetic = self.estimator_.synthetic_X_.astype(X.dtype, copy=False)
        return np.vstack([X, synthetic]), np.concatenate([y, np.ones(len(synthetic), dtype=y.dtype)])

