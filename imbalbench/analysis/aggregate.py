"""Reading the runs back: one table of every run's scores."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..core.artifacts import read_predictions, read_scores, read_trace
from ..scoring.metric_specs import METRICS
from ..scoring.metrics import precision_at_recall

COLUMNS = [
    "dataset",
    "method",
    "learner",
    "fold",
    "repeat",
    "seed",
    "status",
    *METRICS,
    "threshold_tuned",
    "best_epoch",
    "best_valid_auc_pr",
    "wall_seconds",
    "metrics_seconds",
    "reason",
    "source",
]
INTEGER_COLUMNS = ["fold", "repeat", "seed", "best_epoch"]


def run_rows(scores: dict) -> list[dict]:
    """One row per seed of a job's ``scores.json``: the job's own fields, then the seed's."""
    about = {key: value for key, value in scores.items() if key not in ("runs", "outputs_sha256", "digest")}
    return [{**about, **run} for run in scores["runs"]]


def rows_digest(data_path) -> str:
    """The sha256 of a dataset's rows and labels (``results/data/{dataset}.npz``), not of the file:
    the archive's bytes are not part of the data."""
    import hashlib

    from ..core.artifacts import read_arrays

    X, y = read_arrays(data_path, "X", "y")
    return hashlib.sha256(np.ascontiguousarray(X).tobytes() + np.ascontiguousarray(y).tobytes()).hexdigest()


def check_distinct_datasets(data_paths) -> None:
    """Refuse two datasets with the same rows and labels (``results/data/{dataset}.npz``): one
    dataset under two names would count twice in every test across datasets. The data, not the
    raw files: abalone and abalone_19 share one raw file and differ in their minority class."""
    from ..core.errors import DatasetError

    names: dict[str, str] = {}
    for path in map(Path, data_paths):
        first = names.setdefault(rows_digest(path), path.stem)
        if first != path.stem:
            raise DatasetError(
                f"datasets {first!r} and {path.stem!r} hold the same rows and labels; keep one of them in the config"
            )


def collect_scores(paths, published: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per dataset x method x fold x seed, columns :data:`COLUMNS` (failed runs have NaN
    scores and a reason; integer columns stay integer): the runs of ``paths`` (``scores.json``),
    source ``here``, and the ``published`` rows of a reference (their own ``source``)."""
    rows = [{**row, "source": "here"} for path in paths for row in run_rows(read_scores(path))]
    frames = [pd.DataFrame(rows).reindex(columns=COLUMNS)]
    if published is not None and len(published):
        frames = [frame for frame in frames if len(frame)] + [published.reindex(columns=COLUMNS)]
    table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    table[INTEGER_COLUMNS] = table[INTEGER_COLUMNS].astype("Int64")
    return table.sort_values(["dataset", "method", "fold", "repeat"], ignore_index=True)


def group_runs(scores_paths, *fields: str) -> dict[tuple, list[Path]]:
    """Run folders grouped by ``fields`` of their ``scores.json`` (e.g. ``"dataset", "method"``), in
    the order given; what a run is comes from its scores, never from its path."""
    groups: dict[tuple, list[Path]] = {}
    for path in scores_paths:
        scores = read_scores(path)
        groups.setdefault(tuple(scores[field] for field in fields), []).append(Path(path).parent)
    return groups


def mean_pr_curves(
    prediction_files: dict[tuple[str, str], list], recall: np.ndarray
) -> dict[str, dict[str, np.ndarray]]:
    """Precision at each ``recall`` level, averaged over folds: ``{dataset: {method: (len(recall),)}}``.

    ``prediction_files`` maps (dataset, method) to its folds' ``predictions.parquet`` (every seed's
    test rows, column ``seed``); the mean is over folds and seeds. Failed runs (no predictions) are
    skipped, and a pair with none is left out.
    """
    curves: dict[str, dict[str, np.ndarray]] = {}
    for (dataset, method), files in prediction_files.items():
        runs = []
        for path in files:
            for _, run in read_predictions(path).groupby("seed"):
                if run["y_true"].sum() > 0:
                    runs.append(precision_at_recall(run["y_true"].to_numpy(), run["logit"].to_numpy(), recall))
        if runs:
            curves.setdefault(dataset, {})[method] = np.mean(runs, axis=0)
    return curves


def positive_rates(prediction_files: dict[tuple[str, str], list]) -> dict[str, float]:
    """Share of positive test rows per panel (the first key), over its folds and seeds: the
    precision of a classifier without skill."""
    rates: dict[str, list] = {}
    for (panel, _), files in prediction_files.items():
        if panel not in rates:
            rates[panel] = [read_predictions(path, columns=["y_true"])["y_true"].mean() for path in files]
    return {panel: float(np.mean(values)) for panel, values in rates.items() if values}


def meta_traces(trace_files: dict[tuple[str, int], str]) -> pd.DataFrame:
    """EGL's traces, warm start and meta phase, ``{(dataset, fold): trace.csv}`` -> one frame with
    dataset and fold columns and ``step``: the epoch on one axis over both phases (the meta phase's
    epoch 0 follows the warm start's last)."""
    frames = []
    for (dataset, fold), path in trace_files.items():
        trace = read_trace(path)
        if "phase" in trace:
            warm_epochs = trace.loc[trace["phase"] == "warm_start"].groupby("seed")["epoch"].max() + 1
            offset = np.where(trace["phase"] == "meta", trace["seed"].map(warm_epochs).fillna(0), 0)
            frames.append(trace.assign(dataset=dataset, fold=fold, step=trace["epoch"] + offset))
    columns = ["dataset", "fold", "phase", "step", "epoch", "train_loss", "valid_auc_pr", "mean_displacement"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)
