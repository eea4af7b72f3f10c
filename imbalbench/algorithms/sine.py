"""The sine-wave illustration (METHOD.md section 3): EGL as a regression meta-learner.

Five training and five validation points of y = sin(pi/2 x) on [-5, 5], twenty synthetic points
whose x and y are both learned; a one-hidden-layer tanh regressor trained with EGL's steps
(virtual step eta1 on train u synthetic, synthetic step eta2 against the validation loss,
theta <- theta'), compared with the same regressor trained on train u valid.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from ..models.mlp import MLP
from .egl import ExplicitGradientStep


def true_curve(x):
    return np.sin(np.pi / 2 * np.asarray(x))


@dataclass
class SineResult:
    """Arrays (n,) of the illustration and the two test MSEs on a dense grid."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_valid: np.ndarray
    y_valid: np.ndarray
    synthetic_start: np.ndarray  # (20, 2): x, y
    synthetic_end: np.ndarray
    grid: np.ndarray
    egl_fit: np.ndarray
    baseline_fit: np.ndarray
    egl_test_mse: float
    baseline_test_mse: float
    egl_valid_mse: float
    """MSE of the EGL regressor on the validation points: the quantity its synthetic steps lower."""

    def residual(self, points: np.ndarray) -> float:
        """Mean absolute distance |y - sin(pi/2 x)| of (x, y) points from the true curve."""
        return float(np.abs(points[:, 1] - true_curve(points[:, 0])).mean())

    def summary(self) -> dict:
        return {
            "egl_test_mse": self.egl_test_mse,
            "baseline_test_mse": self.baseline_test_mse,
            "egl_valid_mse": self.egl_valid_mse,
            "synthetic_residual_start": self.residual(self.synthetic_start),
            "synthetic_residual_end": self.residual(self.synthetic_end),
        }


def run_sine(
    seed: int = 0,
    steps: int = 3000,
    eta1: float = 0.1,
    eta2: float = 1.0,
    n_points: int = 5,
    n_synthetic: int = 20,
    hidden: int = 10,
) -> SineResult:
    """Run the illustration; the baseline takes the same number of plain SGD steps (lr eta1) on train u valid."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-5, 5, size=2 * n_points)
    y = true_curve(x)
    synthetic = np.column_stack([rng.uniform(-5, 5, n_synthetic), rng.uniform(-1, 1, n_synthetic)])
    as_tensor = lambda a: torch.as_tensor(a, dtype=torch.float64)
    X1, y1 = as_tensor(x[:n_points, None]), as_tensor(y[:n_points])
    X2, y2 = as_tensor(x[n_points:, None]), as_tensor(y[n_points:])
    Xs, ys = as_tensor(synthetic[:, :1]), as_tensor(synthetic[:, 1])

    torch.manual_seed(seed)
    model = MLP(1, (hidden,), "tanh").double()
    baseline = MLP(1, (hidden,), "tanh").double()
    baseline.load_state_dict(model.state_dict())

    step = ExplicitGradientStep(model, eta1, eta2, loss=F.mse_loss, learn_targets=True)
    params = {name: p.detach() for name, p in model.named_parameters()}
    for _ in range(steps):
        params = {name: p.requires_grad_(True) for name, p in params.items()}
        params, Xs, ys, _ = step(params, X1, y1, Xs, ys, X2, y2)
        Xs, ys = Xs.detach(), ys.detach()
    model.load_state_dict(params)

    optimizer = torch.optim.SGD(baseline.parameters(), lr=eta1)
    X_all, y_all = torch.cat([X1, X2]), torch.cat([y1, y2])
    for _ in range(steps):
        optimizer.zero_grad()
        F.mse_loss(baseline(X_all), y_all).backward()
        optimizer.step()

    grid = np.linspace(-5, 5, 1001)
    with torch.no_grad():
        egl_fit = model(as_tensor(grid[:, None])).numpy()
        baseline_fit = baseline(as_tensor(grid[:, None])).numpy()
        valid_mse = float(F.mse_loss(model(X2), y2))
    truth = true_curve(grid)
    return SineResult(
        x[:n_points],
        y[:n_points],
        x[n_points:],
        y[n_points:],
        synthetic,
        np.column_stack([Xs.numpy()[:, 0], ys.numpy()]),
        grid,
        egl_fit,
        baseline_fit,
        float(np.mean((egl_fit - truth) ** 2)),
        float(np.mean((baseline_fit - truth) ** 2)),
        valid_mse,
    )


def plot_sine(result: SineResult, path) -> None:
    """The figure of METHOD.md section 3: true curve, real points, synthetic points before and after, both fits."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), constrained_layout=True)
    ax.plot(result.grid, true_curve(result.grid), color="black", lw=2, label="true: sin(πx/2)")
    ax.plot(
        result.grid,
        result.baseline_fit,
        color="tab:blue",
        ls="--",
        label=f"baseline on train ∪ valid (test MSE {result.baseline_test_mse:.3f})",
    )
    ax.plot(result.grid, result.egl_fit, color="tab:red", label=f"EGL (test MSE {result.egl_test_mse:.3f})")
    ax.scatter(result.x_train, result.y_train, marker="o", s=60, color="black", label="train points", zorder=3)
    ax.scatter(
        result.x_valid,
        result.y_valid,
        marker="s",
        s=60,
        facecolor="white",
        edgecolor="black",
        label="validation points",
        zorder=3,
    )
    ax.scatter(*result.synthetic_start.T, marker="x", color="grey", label="synthetic, start")
    ax.scatter(*result.synthetic_end.T, marker="^", color="tab:red", label="synthetic, learned")
    for start, end in zip(result.synthetic_start, result.synthetic_end):
        ax.annotate("", xy=end, xytext=start, arrowprops={"arrowstyle": "->", "color": "tab:red", "alpha": 0.3})
    ax.set(xlabel="x", ylabel="y", title="Explicit-gradient augmentation on a sine wave", xlim=(-5.3, 5.3))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
    fig.savefig(path, dpi=150)
    plt.close(fig)
