"""Figures of the benchmark (matplotlib / seaborn), one colour per method in every figure."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .methods import METHODS

# Methods outside the registry (the induced-imbalance upper bound) get fixed colours after it.
_ORDER = [*METHODS, "potential"]


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def method_colors(methods=None) -> dict[str, tuple]:
    """The colour of every method, fixed by the registry's order so that it is the same in every figure."""
    import seaborn as sns

    palette = sns.color_palette("tab20", len(_ORDER)) if len(_ORDER) > 10 else sns.color_palette("tab10")
    colors = dict(zip(_ORDER, palette))
    extra = [m for m in (list(methods) if methods is not None else []) if m not in colors]
    colors.update(zip(extra, sns.color_palette("husl", max(len(extra), 1))))
    return colors


def plot_message(message: str, path) -> None:
    """A figure that says why the real one could not be drawn (so that the output still exists)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 1.5))
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True)
    ax.axis("off")
    fig.savefig(path, dpi=100)
    plt.close(fig)


def _legend_right(ax) -> None:
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)


def plot_profile(profile: pd.DataFrame, path, metric_name: str = "AUC-PR") -> None:
    """Dolan-Moré performance profile: share of datasets within a factor theta of the best, per method."""
    plt = _pyplot()
    colors = method_colors(profile.columns)
    fig, ax = plt.subplots(figsize=(7, 4.5), constrained_layout=True)
    for method in profile.columns:
        ax.step(profile.index, profile[method], where="post", label=method, color=colors[method], lw=1.8)
    ax.set(xlabel=f"θ (score ≥ θ × best {metric_name} on the dataset)", ylabel="share of datasets",
           title=f"Performance profile ({metric_name})", xlim=(profile.index.min(), 1.0), ylim=(0, 1.02))
    _legend_right(ax)
    fig.savefig(path, dpi=150)
    plt.close(fig)


def plot_critical_difference(mean_ranks: pd.Series, p_values: pd.DataFrame, cd: float, alpha: float, path,
                             title: str) -> None:
    """Critical-difference diagram (scikit-posthocs): methods on the mean-rank axis, 1 = best;
    a bar joins methods whose pairwise Nemenyi test is not significant at ``alpha``."""
    plt = _pyplot()
    import scikit_posthocs

    fig, ax = plt.subplots(figsize=(8, 1.5 + 0.25 * len(mean_ranks)), constrained_layout=True)
    scikit_posthocs.critical_difference_diagram(mean_ranks, p_values, alpha=alpha, ax=ax,
                                                color_palette=method_colors(mean_ranks.index))
    ax.set_title(f"{title}\nNemenyi critical difference {cd:.2f}")
    fig.savefig(path, dpi=150)
    plt.close(fig)


def plot_pr_curves(curves: dict[str, dict[str, np.ndarray]], recall: np.ndarray, path,
                   dashed=("potential",), panel_title=str) -> None:
    """Precision-recall curves, one panel per key of ``curves`` and one line per method
    (``curves[panel][method]`` = precision at each ``recall`` level, mean over folds)."""
    plt = _pyplot()
    methods = sorted({m for panel in curves.values() for m in panel}, key=lambda m: _ORDER.index(m) if m in _ORDER else 99)
    colors = method_colors(methods)
    n = len(curves)
    columns = min(n, 4)
    rows = math.ceil(n / columns)
    fig, axes = plt.subplots(rows, columns, figsize=(3.6 * columns, 3.2 * rows), squeeze=False,
                             constrained_layout=True, sharex=True, sharey=True)
    for ax, (panel, lines) in zip(axes.flat, curves.items()):
        for method in methods:
            if method in lines:
                ax.plot(recall, lines[method], color=colors[method], label=method,
                        ls="--" if method in dashed else "-", lw=1.4)
        ax.set_title(panel_title(panel), fontsize="medium")
        ax.set(xlim=(0, 1), ylim=(0, 1.02))
    for ax in axes[-1]:
        ax.set_xlabel("recall")
    for ax in axes[:, 0]:
        ax.set_ylabel("precision")
    for ax in axes.flat[n:]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside right upper", frameon=False)
    fig.savefig(path, dpi=130)
    plt.close(fig)


def plot_egl_traces(traces: pd.DataFrame, path) -> None:
    """EGL's convergence check: per meta epoch, validation AUC-PR, training loss and the mean
    displacement of the synthetic rows; one line per dataset (mean over folds)."""
    plt = _pyplot()
    import seaborn as sns

    metrics = [("valid_auc_pr", "validation AUC-PR"), ("train_loss", "training loss"),
               ("mean_displacement", "mean displacement of synthetic rows")]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2), constrained_layout=True)
    datasets = list(dict.fromkeys(traces["dataset"]))
    palette = dict(zip(datasets, sns.color_palette("husl", len(datasets))))
    for ax, (column, label) in zip(axes, metrics):
        sns.lineplot(data=traces, x="epoch", y=column, hue="dataset", palette=palette, ax=ax,
                     legend=column == "mean_displacement", errorbar=None, lw=1.2)
        ax.set(xlabel="meta epoch", ylabel=label)
    if len(datasets):
        axes[-1].legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize="small", title="dataset")
    fig.suptitle("EGL convergence (mean over folds)")
    fig.savefig(path, dpi=130)
    plt.close(fig)


def plot_job_costs(jobs: pd.DataFrame, path) -> None:
    """Training jobs' cost: CPU seconds per method (sum) and peak memory per job (MB, one dot per
    job), then CPU seconds per dataset and method as a heat map. ``jobs``: one row per job with
    ``dataset``, ``method``, ``job_cpu_seconds``, ``peak_memory_mb``."""
    plt = _pyplot()
    import seaborn as sns

    methods = list(dict.fromkeys(jobs["method"]))
    colors = method_colors(methods)
    fig = plt.figure(figsize=(13, 4.5 + 0.25 * jobs["dataset"].nunique()), constrained_layout=True)
    grid = fig.add_gridspec(2, 2, height_ratios=[1, 1.2])
    cpu, memory, heat = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[0, 1]), fig.add_subplot(grid[1, :])
    totals = jobs.groupby("method", sort=False)["job_cpu_seconds"].sum().reindex(methods)
    cpu.barh(methods, totals.to_numpy(), color=[colors[m] for m in methods])
    cpu.invert_yaxis()
    cpu.set(xlabel="CPU seconds, sum over jobs", title="Training CPU time per method")
    sns.stripplot(data=jobs, x="peak_memory_mb", y="method", hue="method", palette=colors, order=methods,
                  ax=memory, legend=False, size=3, jitter=0.25)
    memory.set(xlabel="peak resident memory per job (MB)", ylabel="", title="Memory of each training job")
    table = jobs.pivot_table(index="dataset", columns="method", values="job_cpu_seconds", aggfunc="sum")
    sns.heatmap(table.reindex(columns=methods), ax=heat, cmap="viridis", annot=table.shape[1] <= 12, fmt=".3g",
                cbar_kws={"label": "CPU seconds (sum over folds)"})
    heat.set(xlabel="", ylabel="", title="CPU seconds per dataset and method")
    fig.savefig(path, dpi=110)
    plt.close(fig)
