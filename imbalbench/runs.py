"""One training run (method x dataset x fold): run it, then write its outputs.

A run's outputs (``results/runs/{dataset}/{method}/fold{k}/``):

- ``scores.json``: status (``ok`` or ``failed`` with the reason), test AUC-PR and AUC-ROC, the
  selected epoch, wall seconds;
- ``predictions.parquet``: the test rows' ``y_true``, ``logit`` and ``probability``;
- ``trace.csv``: one row per epoch (train loss, validation AUC-PR, and method-specific columns).
"""

from __future__ import annotations

import csv
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from .artifacts import atomic, seal, sha256_of, write_json
from .methods import make_method
from .methods.base import MethodNotApplicable
from .metrics import average_precision, roc_auc
from .splits import Fold
from .training import Recipe

log = logging.getLogger(__name__)


@dataclass
class RunOutcome:
    scores: dict
    y_true: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    logits: np.ndarray = field(default_factory=lambda: np.zeros(0))
    trace: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)


def run_method(name: str, params: dict, fold: Fold, recipe: Recipe, seed: int, device: torch.device) -> RunOutcome:
    """Train method ``name`` on ``fold`` and score it on the fold's test rows.

    A :class:`MethodNotApplicable` from the method gives ``status: failed`` with the reason;
    any other exception propagates (the job fails and keeps no outputs).
    """
    method = make_method(name, params)
    log.info("method %r on %d train rows (%d minority), device %s", method, len(fold.y_train), int(fold.y_train.sum()), device)
    start, start_cpu = time.perf_counter(), time.process_time()
    scores = {"method": name, "params": method.get_params(), "seed": seed, "device": str(device)}
    try:
        result = method.fit(fold, recipe, seed, device)
    except MethodNotApplicable as error:
        log.warning("run failed: %s", error)
        return RunOutcome({**scores, "status": "failed", "reason": str(error), "wall_seconds": time.perf_counter() - start,
                           "fit_cpu_seconds": time.process_time() - start_cpu})
    logits = torch.as_tensor(result.scores(fold.X_test))
    y_true = torch.as_tensor(fold.y_test)
    scores.update(
        status="ok",
        auc_pr=average_precision(y_true, logits),
        auc_roc=roc_auc(y_true, logits),
        best_epoch=result.best_epoch,
        best_valid_auc_pr=result.best_valid_auc_pr,
        wall_seconds=time.perf_counter() - start,
        fit_cpu_seconds=time.process_time() - start_cpu,
    )
    log.info("test AUC-PR %.4f, AUC-ROC %.4f (epoch %d)", scores["auc_pr"], scores["auc_roc"], result.best_epoch)
    return RunOutcome(scores, fold.y_test, logits.numpy(), result.trace, result.extras)


def write_predictions(y_true, logits, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    logits = np.asarray(logits, dtype=np.float64)
    table = pa.table({
        "y_true": np.asarray(y_true, dtype=np.int64),
        "logit": logits,
        "probability": 1.0 / (1.0 + np.exp(-logits)),
    })
    with atomic(path) as partial:
        pq.write_table(table, partial)


def write_trace(trace: dict, path: Path) -> None:
    with atomic(path) as partial, open(partial, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(trace.keys())
        writer.writerows(zip(*trace.values()))


def write_synthetic(extras: dict, path: Path) -> None:
    """EGL's synthetic rows: one row per synthetic point and stage (``start``: the copied minority
    row, ``learned``: after meta-training), feature columns ``x0 .. x{d-1}`` in scaled units."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    start = np.asarray(extras.get("synthetic_start", np.zeros((0, 0))))
    learned = np.asarray(extras.get("synthetic", start))
    stacked = np.vstack([start, learned]) if start.size else np.zeros((0, start.shape[1] if start.ndim == 2 else 0))
    columns = {
        "point": np.concatenate([np.arange(len(start)), np.arange(len(learned))]).astype(np.int64),
        "stage": ["start"] * len(start) + ["learned"] * len(learned),
        **{f"x{j}": stacked[:, j].astype(np.float64) for j in range(stacked.shape[1])},
    }
    with atomic(path) as partial:
        pq.write_table(pa.table(columns), partial)


def write_run(outcome: RunOutcome, scores: Path, predictions: Path, trace: Path, synthetic: Path) -> None:
    """Write a run's outputs (``synthetic`` has no rows for a method that makes none); ``scores.json``
    last, so that it marks a complete run. It records the sha256 of the other outputs and is sealed
    with a digest of its own content (:func:`imbalbench.artifacts.read_scores` checks it)."""
    write_predictions(outcome.y_true, outcome.logits, predictions)
    write_trace(outcome.trace or {"epoch": []}, trace)
    write_synthetic(outcome.extras, synthetic)
    others = {"predictions": predictions, "trace": trace, "synthetic": synthetic}
    write_json(seal({**outcome.scores, "outputs_sha256": {k: sha256_of(v) for k, v in others.items()}}), scores)


def train_job(*, data: str, splits: str, dataset: str, method: str, fold: int, params: dict, training: dict,
              seed: int, device: str, threads: int, log: str, outputs: dict, induced: dict | None = None) -> None:
    """The ``train`` rule's work: one method on one fold, outputs written at the end.

    ``outputs`` maps ``scores``, ``predictions``, ``trace`` and ``synthetic`` to paths.
    ``induced`` (``ratio``, ``pca_components``): a fold of the induced-imbalance experiment, whose
    ``splits`` come from :func:`imbalbench.induced.induced_splits`.
    """
    from .jobs import job_logging
    from .splits import load_fold
    from .training import pick_device, use_threads

    with job_logging(log):
        use_threads(threads)
        if induced is None:
            fold_data = load_fold(data, splits, fold)
        else:
            from .induced import load_induced_fold

            fold_data = load_induced_fold(data, splits, induced["ratio"], fold, induced["pca_components"], seed)
        outcome = run_method(method, params, fold_data, Recipe.from_config(training), seed, pick_device(device))
        # The job's whole CPU time (with imports, unless it runs in a forked warm worker) for benchmarks/job_overhead.py.
        outcome.scores.update(dataset=dataset, fold=fold, job_cpu_seconds=time.process_time(),
                              in_worker=os.environ.get("IMBALBENCH_IN_WORKER") == "1")
        if induced is not None:
            outcome.scores["imbalance_ratio"] = float(induced["ratio"])
        write_run(outcome, outputs["scores"], outputs["predictions"], outputs["trace"], outputs["synthetic"])
