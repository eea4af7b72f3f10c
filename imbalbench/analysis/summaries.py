"""Summaries that explain a result: what tuning chose, and what EGL's meta phase did.

- :func:`tuning_summary`: per tuned method, the chosen values of every tuned parameter (median and
  range over datasets x folds), the best validation AUC-PR, failed trials and seconds per trial.
- :func:`failed_runs`: per run with a failure, how many of its runs failed, on which datasets,
  and the first reason (a sampler that cannot run on a dataset, a tuning that failed).
- :func:`meta_phase_summary`: per EGL method (and variant), the kept meta epoch, how often the
  meta phase beat its warm start on validation rows, how far the synthetic rows moved, and the
  paired test AUC-PR change against the method it starts from.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.artifacts import read_json, read_trace


def failed_runs(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per run (``method``) with a failed run in ``scores`` (``results/scores.csv``):
    ``failed`` and ``runs`` (dataset x fold x seed), ``datasets`` where it failed, comma-separated,
    and the first failure's ``reason``. Its verdict rests on the other datasets."""
    rows = []
    for method, group in scores.groupby("method", sort=False):
        failed = group[group["status"] == "failed"]
        if failed.empty:
            continue
        rows.append(
            {
                "method": method,
                "failed": len(failed),
                "runs": len(group),
                "datasets": ", ".join(dict.fromkeys(failed["dataset"])),
                "reason": str(failed["reason"].iloc[0]),
            }
        )
    return pd.DataFrame(rows, columns=["method", "failed", "runs", "datasets", "reason"])


def run_sources(scores: pd.DataFrame) -> pd.DataFrame:
    """Where each run's scores come from (``source`` of ``results/scores.csv``: ``here``, or a
    reference's folder): one row per run and source with its ``jobs`` (dataset x fold)."""
    if "source" not in scores:
        scores = scores.assign(source="here")
    jobs = scores.drop_duplicates(["method", "source", "dataset", "fold"])
    counts = jobs.groupby(["method", "source"], sort=False).size()
    return counts.rename("jobs").reset_index()


def tuning_summary(paths) -> pd.DataFrame:
    """One row per tuned method and parameter, from ``results/tuning/*/*/fold*.json``."""
    rows = []
    for path in paths:
        result = read_json(path)
        seconds = [t["seconds"] for t in result["trials"] if t["seconds"] is not None]
        about = {
            "method": result["method"],
            "dataset": result["dataset"],
            "fold": result["fold"],
            "trials": len(result["trials"]),
            "failed": sum(t["state"] == "failed" for t in result["trials"]),
            "seconds_per_trial": float(np.mean(seconds)) if seconds else np.nan,
        }
        best = result["best"] or {"params": {}, "training": {}, "value": np.nan}
        chosen = {**best["params"], **{f"training.{k}": v for k, v in best["training"].items()}}
        # The trial value's name: tuning files written before the selection rule was recorded scored validation AUC-PR.
        rows.append({**about, "parameter": f"({result.get('signal', 'validation AUC-PR')})", "value": best["value"]})
        rows.extend({**about, "parameter": name, "value": value} for name, value in chosen.items())
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(
            columns=[
                "method",
                "parameter",
                "jobs",
                "median",
                "low",
                "high",
                "trials",
                "failed_share",
                "seconds_per_trial",
            ]
        )

    def describe(group: pd.DataFrame) -> pd.Series:
        values = group["value"].dropna()
        numeric = pd.to_numeric(values, errors="coerce")
        if values.empty:  # every tuning of this method failed
            middle, low, high = np.nan, np.nan, np.nan
        elif numeric.notna().all():
            middle, low, high = numeric.median(), numeric.min(), numeric.max()
        else:  # a categorical parameter: its most chosen value, and how often
            counts = values.value_counts()
            middle, low, high = f"{counts.index[0]} ({counts.iloc[0]}/{len(values)})", "", ""
        return pd.Series(
            {
                "jobs": len(group),
                "median": middle,
                "low": low,
                "high": high,
                "trials": int(group["trials"].sum()),
                "failed_share": group["failed"].sum() / group["trials"].sum(),
                "seconds_per_trial": group["seconds_per_trial"].mean(),
            }
        )

    return (
        table.groupby(["method", "parameter"], sort=False)[table.columns.drop(["method", "parameter"])]
        .apply(describe)
        .reset_index()
    )


def meta_phase_summary(
    scores: pd.DataFrame, traces: dict[tuple[str, str, int], str], warm_method: str, split_methods=()
) -> pd.DataFrame:
    """Per EGL method: from the runs table ``scores`` (every method's runs, as
    :func:`imbalbench.analysis.aggregate.collect_scores`) and its traces ``{(dataset, method, fold): trace.csv}``.

    Columns: ``runs``; ``median_kept_epoch`` and ``kept_epoch_0`` (share of runs that keep the
    first meta epoch); ``beats_warm_start`` (share whose kept meta epoch has a higher validation
    AUC-PR than the warm start's kept epoch, on the same rows; NaN for ``split_methods``, whose
    selection used half of them); ``displacement_kept`` / ``displacement_final``: median over runs of the synthetic rows'
    mean distance from where they started, at the kept and the last meta epoch (min-max scaled
    units: the training rows span [0, 1] per feature); ``test_gain``: mean paired test AUC-PR
    change against ``warm_method`` on the same fold and seed, and ``test_wins`` the share of
    runs where it is positive."""
    rows = []
    warm_scores = scores[scores["method"] == warm_method].set_index(["dataset", "fold", "seed"])["auc_pr"]
    for (dataset, method, fold), path in traces.items():
        trace = read_trace(path)
        if "phase" not in trace:
            continue
        runs = scores[
            (scores["dataset"] == dataset)
            & (scores["method"] == method)
            & (scores["fold"] == fold)
            & (scores["status"] == "ok")
        ]
        for run in runs.itertuples():
            seed_trace = trace[trace["seed"] == run.seed]
            warm, meta = seed_trace[seed_trace["phase"] == "warm_start"], seed_trace[seed_trace["phase"] == "meta"]
            kept = meta[meta["epoch"] == run.best_epoch]
            same_rows = method not in split_methods
            rows.append(
                {
                    "method": method,
                    "kept_epoch": run.best_epoch,
                    "beats_warm_start": float(run.best_valid_auc_pr > warm["valid_auc_pr"].max())
                    if same_rows
                    else np.nan,
                    "displacement_kept": kept["mean_displacement"].iloc[0] if len(kept) else np.nan,
                    "displacement_final": meta["mean_displacement"].iloc[-1] if len(meta) else np.nan,
                    "test_gain": run.auc_pr - warm_scores.get((dataset, fold, run.seed), np.nan),
                }
            )
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(columns=["method", "runs"])
    return (
        table.groupby("method", sort=False)
        .agg(
            runs=("kept_epoch", "size"),
            median_kept_epoch=("kept_epoch", "median"),
            kept_epoch_0=("kept_epoch", lambda e: float((e == 0).mean())),
            beats_warm_start=("beats_warm_start", "mean"),
            displacement_kept=("displacement_kept", "median"),
            displacement_final=("displacement_final", "median"),
            test_gain=("test_gain", "mean"),
            test_wins=("test_gain", lambda g: float((g > 0).mean())),
        )
        .reset_index()
    )


def _text(value, digits: int = 3) -> str:
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "n/a"
    if isinstance(value, (int, np.integer)) or float(value).is_integer() and abs(value) >= 1:
        return f"{int(value)}"
    return f"{value:.{digits}g}"


def tuning_markdown(summary: pd.DataFrame, trials: int, epochs: int) -> str:
    """:func:`tuning_summary` as a pipe table under a caption."""
    from .tables import markdown_table

    caption = (
        f"What tuning chose. Every tuned method ran {trials} Optuna TPE trials per dataset and fold, each "
        f"scored by the parameter in brackets, that of its tuning files: today the log loss of the out-of-fold "
        f"predictions of an inner cross-validation over the fold's training and validation rows, one training "
        f"run (an MLP's: {epochs} epochs) per inner fold, lower best (never the test rows); "
        "per parameter, the median and range of the best trial's value over datasets x folds "
        "(categorical: the most chosen value), then the trials that failed and seconds per trial."
    )
    header = ["method", "parameter", "jobs", "median", "min", "max", "failed trials", "s / trial"]
    rows = [
        [
            (str(r.method), False),
            (str(r.parameter), False),
            (str(int(r.jobs)), False),
            (_text(r.median), False),
            (_text(r.low), False),
            (_text(r.high), False),
            (f"{r.failed_share:.0%}", False),
            (f"{r.seconds_per_trial:.2f}", False),
        ]
        for r in summary.itertuples()
    ]
    return markdown_table(caption, header, rows, n_left=2)


def meta_phase_markdown(summary: pd.DataFrame, warm_method: str) -> str:
    """:func:`meta_phase_summary` as a pipe table under a caption."""
    from .tables import markdown_table

    caption = (
        "EGL's meta phase, per EGL method over all runs (datasets x folds x seeds). Meta epochs count from 0. "
        "'beats warm start': share of runs whose kept meta epoch has a higher validation AUC-PR than the "
        f"warm start ({warm_method}'s kept epoch) on the same rows (n/a where selection used half of them); "
        "displacement: median of the synthetic rows' mean distance from where they started, in min-max "
        "scaled units, at the kept and the last meta epoch; test gain: mean paired test AUC-PR change "
        f"against {warm_method} (same fold and seed), and the share of runs where it is positive."
    )
    header = [
        "method",
        "runs",
        "median kept epoch",
        "kept epoch 0",
        "beats warm start",
        "displacement (kept)",
        "displacement (last)",
        "test gain",
        "test wins",
    ]
    rows = [
        [
            (str(r.method), False),
            (str(r.runs), False),
            (_text(r.median_kept_epoch), False),
            (f"{r.kept_epoch_0:.0%}", False),
            ("n/a" if np.isnan(r.beats_warm_start) else f"{r.beats_warm_start:.0%}", False),
            (_text(r.displacement_kept), False),
            (_text(r.displacement_final), False),
            (f"{r.test_gain:+.4f}", False),
            (f"{r.test_wins:.0%}", False),
        ]
        for r in summary.itertuples()
    ]
    return markdown_table(caption, header, rows)
