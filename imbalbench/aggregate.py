"""Reading the runs back: one table of every run's scores."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .artifacts import read_scores
from .metrics import precision_at_recall

COLUMNS = ["dataset", "method", "fold", "status", "auc_pr", "auc_roc", "best_epoch", "best_valid_auc_pr",
           "wall_seconds", "reason"]


def collect_scores(paths) -> pd.DataFrame:
    """One row per ``scores.json``, columns :data:`COLUMNS` (failed runs have NaN scores and a reason)."""
    rows = [read_scores(p) for p in paths]
    table = pd.DataFrame(rows).reindex(columns=COLUMNS)
    return table.sort_values(["dataset", "method", "fold"], ignore_index=True)


def group_runs(scores_paths, *fields: str) -> dict[tuple, list[Path]]:
    """Run folders grouped by ``fields`` of their ``scores.json`` (e.g. ``"dataset", "method"``), in
    the order given; what a run is comes from its scores, never from its path."""
    groups: dict[tuple, list[Path]] = {}
    for path in scores_paths:
        scores = read_scores(path)
        groups.setdefault(tuple(scores[field] for field in fields), []).append(Path(path).parent)
    return groups


def mean_pr_curves(prediction_files: dict[tuple[str, str], list], recall: np.ndarray) -> dict[str, dict[str, np.ndarray]]:
    """Precision at each ``recall`` level, averaged over folds: ``{dataset: {method: (len(recall),)}}``.

    ``prediction_files`` maps (dataset, method) to its folds' ``predictions.parquet``; folds of a
    failed run (no predictions) are skipped, and a pair with none is left out.
    """
    curves: dict[str, dict[str, np.ndarray]] = {}
    for (dataset, method), files in prediction_files.items():
        folds = []
        for path in files:
            frame = pd.read_parquet(path)
            if len(frame) and frame["y_true"].sum() > 0:
                folds.append(precision_at_recall(frame["y_true"].to_numpy(), frame["logit"].to_numpy(), recall))
        if folds:
            curves.setdefault(dataset, {})[method] = np.mean(folds, axis=0)
    return curves


def meta_traces(trace_files: dict[tuple[str, int], str]) -> pd.DataFrame:
    """EGL's meta-training traces, ``{(dataset, fold): trace.csv}`` -> one frame with dataset and fold columns."""
    frames = []
    for (dataset, fold), path in trace_files.items():
        trace = pd.read_csv(path)
        if "phase" in trace:
            frames.append(trace[trace["phase"] == "meta"].assign(dataset=dataset, fold=fold))
    columns = ["dataset", "fold", "epoch", "train_loss", "valid_auc_pr", "mean_displacement"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)
