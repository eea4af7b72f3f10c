"""One training job (method x dataset x fold): one run per seed (the repeats), then its outputs.

A job's outputs (``results/runs/{dataset}/{method}/fold{k}/``), every seed's rows in each file:

- ``scores.json``: dataset, method, fold and ``runs``: per seed, its ``repeat`` and ``seed``, status
  (``ok`` or ``failed`` with the reason), test AUC-PR and AUC-ROC, the selected epoch, seconds;
- ``predictions.parquet``: the test rows' ``repeat``, ``seed``, ``y_true``, ``logit``, ``probability``;
- ``trace.csv``: one row per seed and epoch (train loss, validation AUC-PR, method-specific columns);
- ``synthetic.parquet``: EGL's copied and learned minority rows per seed (no rows for other methods).
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


def _seed_columns(outcomes: list[RunOutcome], lengths) -> dict:
    """``repeat`` and ``seed`` columns for rows stacked from each outcome (``lengths`` rows each)."""
    return {"repeat": np.repeat(np.arange(len(outcomes), dtype=np.int64), lengths),
            "seed": np.repeat(np.array([o.scores["seed"] for o in outcomes], dtype=np.int64), lengths)}


def write_predictions(outcomes: list[RunOutcome], path: Path) -> None:
    """Test rows of every seed: ``repeat``, ``seed``, ``y_true``, ``logit``, ``probability``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    logits = np.concatenate([np.asarray(o.logits, dtype=np.float64) for o in outcomes])
    table = pa.table({
        **_seed_columns(outcomes, [len(o.logits) for o in outcomes]),
        "y_true": np.concatenate([np.asarray(o.y_true, dtype=np.int64) for o in outcomes]),
        "logit": logits,
        "probability": 1.0 / (1.0 + np.exp(-logits)),
    })
    with atomic(path) as partial:
        pq.write_table(table, partial)


def write_trace(outcomes: list[RunOutcome], path: Path) -> None:
    """Per epoch and seed: ``repeat``, ``seed``, then the method's trace columns."""
    keys = list(dict.fromkeys(key for o in outcomes for key in o.trace)) or ["epoch"]
    with atomic(path) as partial, open(partial, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["repeat", "seed", *keys])
        for repeat, outcome in enumerate(outcomes):
            n = max((len(v) for v in outcome.trace.values()), default=0)
            for i in range(n):
                writer.writerow([repeat, outcome.scores["seed"], *(outcome.trace.get(k, [""] * n)[i] for k in keys)])


def write_synthetic(outcomes: list[RunOutcome], path: Path) -> None:
    """EGL's synthetic rows of every seed: one row per seed, synthetic point and stage (``start``:
    the copied minority row, ``learned``: after meta-training), feature columns ``x0 .. x{d-1}`` in
    scaled units. No rows for a method that makes no synthetic rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = []
    for outcome in outcomes:
        start = np.asarray(outcome.extras.get("synthetic_start", np.zeros((0, 0))))
        learned = np.asarray(outcome.extras.get("synthetic", start))
        parts.append([(stage, rows) for stage, rows in (("start", start), ("learned", learned)) if len(rows)])
    blocks = [rows for stages in parts for _, rows in stages]
    d = blocks[0].shape[1] if blocks else 0
    columns = {
        **_seed_columns(outcomes, [sum(len(rows) for _, rows in stages) for stages in parts]),
        "point": np.concatenate([np.arange(len(rows)) for rows in blocks] + [np.zeros(0)]).astype(np.int64),
        "stage": [stage for stages in parts for stage, rows in stages for _ in range(len(rows))],
        **{f"x{j}": np.concatenate([rows[:, j] for rows in blocks]).astype(np.float64) for j in range(d)},
    }
    with atomic(path) as partial:
        pq.write_table(pa.table(columns), partial)


def write_run(outcomes: list[RunOutcome], about: dict, scores: Path, predictions: Path, trace: Path,
              synthetic: Path) -> None:
    """Write a job's outputs: every seed's rows in each file (columns ``repeat`` and ``seed``), and
    ``scores.json`` last, so that it marks a complete job: ``about`` (dataset, method, fold, ...)
    and ``runs``, one entry per seed. It records the sha256 of the other outputs and is sealed with
    a digest of its own content (:func:`imbalbench.artifacts.read_scores` checks it)."""
    write_predictions(outcomes, predictions)
    write_trace(outcomes, trace)
    write_synthetic(outcomes, synthetic)
    others = {"predictions": predictions, "trace": trace, "synthetic": synthetic}
    runs = [{"repeat": repeat, **o.scores} for repeat, o in enumerate(outcomes)]
    record = {**about, "runs": runs, "outputs_sha256": {k: sha256_of(v) for k, v in others.items()}}
    write_json(seal(record), scores)


def train_job(*, data: str, splits: str, dataset: str, method: str, fold: int, params: dict, training: dict,
              seeds: list[int], device: str, threads: int, log: str, outputs: dict, induced: dict | None = None) -> None:
    """The ``train`` rule's work: one method on one fold, once per seed (the repeats), outputs
    written at the end.

    ``outputs`` maps ``scores``, ``predictions``, ``trace`` and ``synthetic`` to paths.
    ``induced`` (``ratio``, ``pca_components``): a fold of the induced-imbalance experiment, whose
    ``splits`` come from :func:`imbalbench.induced.induced_splits` (its PCA uses the first seed,
    so that every repeat and method sees the same features).
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

            fold_data = load_induced_fold(data, splits, induced["ratio"], fold, induced["pca_components"], seeds[0])
        recipe, torch_device = Recipe.from_config(training), pick_device(device)
        outcomes = []
        for repeat, seed in enumerate(seeds):
            logging.getLogger(__name__).info("repeat %d of %d (seed %d)", repeat + 1, len(seeds), seed)
            outcomes.append(run_method(method, params, fold_data, recipe, seed, torch_device))
        # The job's whole CPU time (with imports, unless it runs in a forked warm worker) for benchmarks/job_overhead.py.
        about = {"dataset": dataset, "method": method, "fold": fold, "job_cpu_seconds": time.process_time(),
                 "in_worker": os.environ.get("IMBALBENCH_IN_WORKER") == "1"}
        if induced is not None:
            about["imbalance_ratio"] = float(induced["ratio"])
        write_run(outcomes, about, outputs["scores"], outputs["predictions"], outputs["trace"], outputs["synthetic"])
