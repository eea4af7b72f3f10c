"""Figures of the benchmark (matplotlib / seaborn), one colour per method in every figure."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..methods import all_methods
from ..scoring.metric_specs import metric_spec


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def method_colors(methods=None) -> dict[str, tuple]:
    """The colour of every method, fixed by the registry's order so that it is the same in every figure."""
    import seaborn as sns

    order = list(all_methods())  # every method keeps its colour in every figure; variants get theirs after
    palette = sns.color_palette("tab20", len(order)) if len(order) > 10 else sns.color_palette("tab10")
    colors = dict(zip(order, palette))
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
    ax.set(
        xlabel=f"θ (score ≥ θ × best {metric_name} on the dataset)",
        ylabel="share of datasets",
        title=f"Performance profile ({metric_name})",
        xlim=(profile.index.min(), 1.0),
        ylim=(0, 1.02),
    )
    _legend_right(ax)
    fig.savefig(path, dpi=150)
    plt.close(fig)


def plot_critical_difference(
    mean_ranks: pd.Series, p_values: pd.DataFrame, cd: float, alpha: float, path, title: str
) -> None:
    """Critical-difference diagram (scikit-posthocs): methods on the mean-rank axis, 1 = best;
    a bar joins methods whose pairwise Nemenyi test is not significant at ``alpha``, and a bar of
    the critical difference's length, under the axis, gives the scale."""
    plt = _pyplot()
    import scikit_posthocs

    fig, ax = plt.subplots(figsize=(8, 2.0 + 0.25 * len(mean_ranks)), constrained_layout=True)
    scikit_posthocs.critical_difference_diagram(
        mean_ranks, p_values, alpha=alpha, ax=ax, color_palette=method_colors(mean_ranks.index)
    )
    ax.set_xlabel("mean rank (lower is better)")
    ax.xaxis.set_label_position("top")
    left, right = ax.get_xlim()
    bottom = ax.get_ylim()[0]
    y = bottom - 0.6
    ax.plot([left, left + cd], [y, y], color="black", lw=2.5, solid_capstyle="butt", clip_on=False)
    ax.text(
        left + cd / 2,
        y - 0.25,
        f"critical difference (Nemenyi, α = {alpha}) = {cd:.2f}",
        ha="center",
        va="top",
        fontsize="small",
    )
    ax.set_ylim(y - 1.0, ax.get_ylim()[1])
    ax.set_xlim(left, max(right, left + cd))
    ax.set_title(title)
    fig.savefig(path, dpi=150)
    plt.close(fig)


def plot_pr_curves(
    curves: dict[str, dict[str, np.ndarray]],
    recall: np.ndarray,
    path,
    dashed=(),
    panel_title=str,
    positive_rates: dict[str, float] | None = None,
    methods=None,
) -> None:
    """Precision-recall curves, one panel per key of ``curves`` and one line per method
    (``curves[panel][method]`` = precision at each ``recall`` level, mean over folds), drawn as
    steps like scikit-learn's ``PrecisionRecallDisplay``; a dotted no-skill line at each panel's
    ``positive_rates``. ``methods``: every method expected; one without a curve in some panel is
    listed in the legend with "n/a" and where."""
    plt = _pyplot()
    drawn = {m for panel in curves.values() for m in panel}
    methods = (
        list(methods)
        if methods is not None
        else sorted(drawn, key=lambda m: list(all_methods()).index(m) if m in all_methods() else 99)
    )
    colors = method_colors(methods)
    n = len(curves)
    columns = min(n, 4)
    rows = math.ceil(n / columns)
    fig, axes = plt.subplots(
        rows,
        columns,
        figsize=(3.6 * columns, 3.2 * rows),
        squeeze=False,
        constrained_layout=True,
        sharex=True,
        sharey=True,
    )
    for ax, (panel, lines) in zip(axes.flat, curves.items()):
        for method in methods:
            if method in lines:
                ax.step(
                    recall,
                    lines[method],
                    where="post",
                    color=colors[method],
                    ls="--" if method in dashed else "-",
                    lw=1.4,
                )
        if positive_rates and panel in positive_rates:
            ax.axhline(positive_rates[panel], color="grey", ls=":", lw=1)
        ax.set_title(panel_title(panel), fontsize="medium")
        ax.set(xlim=(0, 1), ylim=(0, 1.02))
    for ax in axes[-1]:
        ax.set_xlabel("recall")
    for ax in axes[:, 0]:
        ax.set_ylabel("precision")
    for ax in axes.flat[n:]:
        ax.axis("off")
    from matplotlib.lines import Line2D

    handles, labels = [], []
    for method in methods:
        missing = [panel_title(panel) for panel, lines in curves.items() if method not in lines]
        handles.append(
            Line2D(
                [],
                [],
                color=colors[method],
                ls="--" if method in dashed else "-",
                lw=1.4,
                alpha=0.3 if missing else 1.0,
            )
        )
        shown = ", ".join(missing[:3]) + (" ..." if len(missing) > 3 else "")
        labels.append(method if not missing else f"{method} (n/a: {'all' if len(missing) == n else shown})")
    if positive_rates:
        handles.append(Line2D([], [], color="grey", ls=":", lw=1))
        labels.append("no skill (positive rate)")
    fig.legend(handles, labels, loc="outside right upper", frameon=False)
    fig.savefig(path, dpi=130)
    plt.close(fig)


def plot_egl_traces(traces: pd.DataFrame, path) -> None:
    """EGL's convergence check: per epoch of the warm start and then the meta phase (one axis,
    a line where the meta phase starts), validation AUC-PR, training loss and the mean
    displacement of the synthetic rows; one line per dataset (mean over folds and seeds)."""
    plt = _pyplot()
    import seaborn as sns

    metrics = [
        ("valid_auc_pr", "validation AUC-PR"),
        ("train_loss", "training loss"),
        ("mean_displacement", "mean displacement of synthetic rows"),
    ]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2), constrained_layout=True)
    datasets = list(dict.fromkeys(traces["dataset"]))
    palette = dict(zip(datasets, sns.color_palette("husl", len(datasets))))
    for ax, (column, label) in zip(axes, metrics):
        sns.lineplot(
            data=traces,
            x="step",
            y=column,
            hue="dataset",
            palette=palette,
            ax=ax,
            legend=column == "mean_displacement",
            errorbar=None,
            lw=1.2,
        )
        meta = traces.loc[traces["phase"] == "meta", "step"]
        if len(meta):
            ax.axvline(meta.min(), color="black", ls="--", lw=0.8)
            ax.text(meta.min(), 1.0, " meta phase →", transform=ax.get_xaxis_transform(), va="top", fontsize="small")
        ax.set(xlabel="epoch (warm start, then meta phase; from 0)", ylabel=label)
    if len(datasets):
        axes[-1].legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize="small", title="dataset")
    fig.suptitle("EGL convergence (mean over folds and seeds)")
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
    sns.stripplot(
        data=jobs,
        x="peak_memory_mb",
        y="method",
        hue="method",
        palette=colors,
        order=methods,
        ax=memory,
        legend=False,
        size=3,
        jitter=0.25,
    )
    memory.set(xlabel="peak resident memory per job (MB)", ylabel="", title="Memory of each training job")
    table = jobs.pivot_table(index="dataset", columns="method", values="job_cpu_seconds", aggfunc="sum")
    sns.heatmap(
        table.reindex(columns=methods),
        ax=heat,
        cmap="viridis",
        annot=table.shape[1] <= 12,
        fmt=".3g",
        cbar_kws={"label": "CPU seconds (sum over folds)"},
    )
    heat.set(xlabel="", ylabel="", title="CPU seconds per dataset and method")
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_reliability(predictions: dict[str, pd.DataFrame], path, where: str, bins: int = 10) -> None:
    """Reliability diagrams, one panel per method: the observed minority share against the mean
    predicted probability in ``bins`` equal-width bins (scikit-learn's ``calibration_curve``), as
    trained and after Platt scaling; a marker's area grows with its bin's rows. ``predictions``:
    per method, test rows with ``y_true``, ``probability`` and ``probability_calibrated``; ``where``
    names the rows in the title (a dataset, or every dataset pooled)."""
    plt = _pyplot()
    from sklearn.calibration import calibration_curve

    from ..scoring.decision import expected_calibration_error

    colors = method_colors(predictions)
    columns = min(len(predictions), 4)
    rows = math.ceil(len(predictions) / columns)
    fig, axes = plt.subplots(
        rows,
        columns,
        figsize=(3.4 * columns, 3.3 * rows),
        squeeze=False,
        sharex=True,
        sharey=True,
        constrained_layout=True,
    )
    edges = np.linspace(0, 1, bins + 1)
    for ax, (method, rows_of) in zip(axes.flat, predictions.items()):
        ax.plot([0, 1], [0, 1], color="grey", ls=":", lw=1)
        for column, style, label in (("probability", "-", "as trained"), ("probability_calibrated", "--", "Platt")):
            y, p = rows_of["y_true"].to_numpy(), rows_of[column].to_numpy()
            observed, predicted = calibration_curve(y, p, n_bins=bins, strategy="uniform")
            counts = np.bincount(np.searchsorted(edges[1:-1], p), minlength=bins)
            sizes = 4 + 60 * np.sqrt(counts[counts > 0] / counts.max())
            ax.plot(
                predicted,
                observed,
                ls=style,
                color=colors[method],
                lw=1.3,
                label=f"{label}, ECE {expected_calibration_error(y, p):.3f}",
            )
            ax.scatter(predicted, observed, s=sizes, color=colors[method], alpha=0.6, lw=0)
        ax.set_title(method, fontsize="medium")
        ax.legend(loc="upper left", fontsize="x-small", frameon=False)
        ax.set(xlim=(0, 1), ylim=(0, 1))
    for ax in axes[-1]:
        ax.set_xlabel("mean predicted probability")
    for ax in axes[:, 0]:
        ax.set_ylabel("observed minority share")
    for ax in axes.flat[len(predictions) :]:
        ax.axis("off")
    fig.suptitle(f"Reliability of the test probabilities ({where})")
    fig.savefig(path, dpi=120)
    plt.close(fig)


def plot_verdict_grid(records: pd.DataFrame, metrics: list[str], labels: list[str], path) -> None:
    """The verdict grid as a heat map: per method (rows) and metric (columns), P(better) − P(worse)
    of the Bayesian signed-rank test (from −1, worse, to +1, better), each cell labelled with the
    conclusion and Δ. ``records``: rows of ``verdict.json``."""
    plt = _pyplot()
    methods = list(dict.fromkeys(records["method"]))
    by_cell = records.set_index(["method", "metric"])
    balance = pd.DataFrame(
        [
            [
                by_cell.loc[(m, k), "p_better"] - by_cell.loc[(m, k), "p_worse"] if (m, k) in by_cell.index else np.nan
                for k in metrics
            ]
            for m in methods
        ],
        index=methods,
        columns=labels,
    )
    text = [
        [
            f"{by_cell.loc[(m, k), 'conclusion']}\n{by_cell.loc[(m, k), 'diff']:+.{metric_spec(k).decimals}f}"
            if (m, k) in by_cell.index
            else "N/A"
            for k in metrics
        ]
        for m in methods
    ]
    fig, ax = plt.subplots(figsize=(2.3 * len(metrics) + 2.5, 0.55 * len(methods) + 1.8), constrained_layout=True)
    _balance_heatmap(ax, balance, text, f"Each method against {records['control'].iloc[0]}: conclusion and Δ")
    ax.tick_params(axis="x", labelrotation=20)
    fig.savefig(path, dpi=130)
    plt.close(fig)


def _balance_heatmap(ax, balance: pd.DataFrame, text, title: str, colorbar: bool = True, size: int = 7) -> None:
    """One verdict heat map: P(better) − P(worse) per cell (``balance``), labelled with ``text``."""
    import seaborn as sns

    sns.heatmap(
        balance,
        ax=ax,
        cmap="RdBu",
        vmin=-1,
        vmax=1,
        annot=np.array(text),
        fmt="",
        annot_kws={"size": size},
        linewidths=0.5,
        cbar=colorbar,
        cbar_kws={"label": "P(better) − P(worse)"},
    )
    ax.set(xlabel="", ylabel="", title=title)
    ax.tick_params(axis="y", labelrotation=0)


def plot_moderators(gains: pd.DataFrame, moderators: pd.DataFrame, table: pd.DataFrame, path, metric: str) -> None:
    """Each method's paired gain over the control (rows of panels) against each dataset property
    (columns, log10), one point per dataset, titled with rho and Holm's p from ``table``
    (:func:`imbalbench.analysis.moderators.moderator_table`)."""
    plt = _pyplot()
    colors = method_colors(gains.columns)
    names = list(moderators.columns)
    fig, axes = plt.subplots(
        len(gains.columns), len(names), figsize=(3 * len(names), 2.2 * len(gains.columns)), squeeze=False, sharex="col"
    )
    cells = table.set_index(["method", "moderator"])
    for row, method in zip(axes, gains.columns):
        gain = gains[method].dropna()
        for ax, name in zip(row, names):
            ax.scatter(np.log10(moderators.loc[gain.index, name]), gain, s=12, color=colors[method])
            ax.axhline(0, color="grey", linewidth=0.8)
            cell = cells.loc[(method, name)]
            ax.set_title(f"{method}: rho {cell['rho']:+.2f}, Holm p {cell['p_holm']:.2f}", fontsize=8)
        row[0].set_ylabel(f"gain in {metric_spec(metric).label}")
    for ax, name in zip(axes[-1], names):
        ax.set_xlabel(f"log10 {name.replace('_', ' ')}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_learner_grid(records: pd.DataFrame, metrics: list[str], learners: list[str], path) -> None:
    """The verdict per learner as heat maps, one per metric: configured methods (rows) by learners
    (columns), each cell P(better) − P(worse) of the method against its learner's control,
    labelled with the conclusion and Δ; blank where the method does not run on the learner.
    ``records``: rows of ``learner_verdict.json``."""
    plt = _pyplot()
    methods = list(dict.fromkeys(records["base"]))
    by_cell = records.set_index(["base", "learner", "metric"])
    columns = min(3, len(metrics))
    rows = math.ceil(len(metrics) / columns)
    fig, axes = plt.subplots(
        rows,
        columns,
        figsize=(2.2 * len(learners) * columns + 2, (0.45 * len(methods) + 1.2) * rows + 0.6),
        squeeze=False,
        constrained_layout=True,
    )
    for ax in axes.flat[len(metrics) :]:
        ax.set_axis_off()
    for ax, metric in zip(axes.flat, metrics):
        decimals = metric_spec(metric).decimals
        cells = [[(m, learner, metric) in by_cell.index for learner in learners] for m in methods]
        balance = pd.DataFrame(
            [
                [
                    by_cell.loc[(m, learner, metric), "p_better"] - by_cell.loc[(m, learner, metric), "p_worse"]
                    if cells[i][j]
                    else np.nan
                    for j, learner in enumerate(learners)
                ]
                for i, m in enumerate(methods)
            ],
            index=methods,
            columns=learners,
        )
        text = [
            [
                f"{by_cell.loc[(m, learner, metric), 'conclusion']}\n{by_cell.loc[(m, learner, metric), 'diff']:+.{decimals}f}"
                if cells[i][j]
                else ""
                for j, learner in enumerate(learners)
            ]
            for i, m in enumerate(methods)
        ]
        _balance_heatmap(ax, balance, text, metric_spec(metric).label, colorbar=False, size=6)
    fig.suptitle(
        "Each method against its own learner's control: conclusion and Δ "
        "(blue: P(better) − P(worse) > 0, red: < 0; blank: the method does not run there)"
    )
    fig.savefig(path, dpi=130)
    plt.close(fig)
