"""One training job (method x dataset x fold): one run per seed (the repeats), then its outputs.

A job's outputs (``results/runs/{dataset}/{method}/fold{k}/``), every seed's rows in each file:

- ``scores.json``: dataset, method, fold and ``runs``: per seed, its ``repeat`` and ``seed``, status
  (``ok`` or ``failed`` with the reason), test AUC-PR and AUC-ROC, the decision and calibration
  metrics (:func:`imbalbench.scoring.decision.decision_metrics`), the selected epoch, seconds;
- ``predictions.parquet``: the test and validation rows of the kept epoch, ``repeat``, ``seed``,
  ``part`` (``test`` or ``valid``), ``y_true``, ``logit``, ``probability`` and
  ``probability_calibrated`` (after the Platt calibrator fitted on the validation rows);
- ``trace.csv``: one row per seed and epoch (train loss, validation AUC-PR, method-specific columns);
- ``synthetic.parquet``: EGL's copied and learned minority rows per seed (no rows for other methods);
- ``model.npz``: every seed's kept MLP parameters (``state.<name>``, a leading seed dimension over
  :class:`~imbalbench.models.mlp.MLP`'s ``state_dict``), ``seed``, ``best_epoch``, ``best_valid_auc_pr``;
  only ``seed`` for a method without an MLP. EGL's warm start is ce's file.

The seeds of a job train as one stacked model (:func:`imbalbench.models.training.train_classifier`):
``wall_seconds`` and ``fit_cpu_seconds`` of a run are those of the whole stacked fit.
"""

from __future__ import annotations

import csv
import logging
import os
import resource
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from scipy.special import expit

from ..core.artifacts import (
    RUN_OUTPUTS,
    atomic,
    seal,
    sha256_of,
    write_arrays,
    write_json,
)
from ..core.logs import job_logging
from ..data.splits import Fold
from ..learners.base import Learner
from ..methods import make_method
from ..methods.base import MethodNotApplicable
from ..models.training import TrainResult, auditing
from ..scoring.decision import PlattCalibrator, decision_metrics
from ..scoring.metrics import average_precision, roc_auc
from .prepare import prepare_run
from .spec import JobSpec

log = logging.getLogger(__name__)


@dataclass
class RunOutcome:
    scores: dict
    y_true: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    logits: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """Test rows' logits (n_test,) of the kept epoch."""
    trace: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)
    model: torch.nn.Module | None = None
    y_valid: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    logits_valid: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """Validation rows' logits (n_valid,) of the kept epoch: the thresholds' and calibrator's rows."""
    calibrator: PlattCalibrator | None = None


def run_method(
    name: str,
    params: dict,
    fold: Fold,
    learner: Learner,
    seeds: list[int],
    device: torch.device,
    warm_start: list[TrainResult] | None = None,
    failure: str | None = None,
    audit: bool = False,
    rows: tuple | None = None,
) -> list[RunOutcome]:
    """Train method ``name`` with ``learner`` on ``fold`` once per seed (the MLP's seeds stacked)
    and score each on the fold's test rows.

    ``warm_start``: per seed, the trained plain model a method continues from (EGL). ``rows``:
    ``(X, y)``, the seeds' training rows made by a resampling job (the method does not resample
    them again). ``audit``:
    the trace also records every epoch's test AUC-PR (:func:`imbalbench.models.training.auditing`),
    which changes no trained number.
    A :class:`MethodNotApplicable` from the method, or a ``failure`` known before training (its
    tuning failed), gives every seed ``status: failed`` with the reason; any other exception
    propagates (the job fails and keeps no outputs).
    """
    method = make_method(name, params)
    log.info(
        "method %r, learner %r, %d seed(s), on %d train rows (%d minority), device %s",
        method,
        learner,
        len(seeds),
        len(fold.y_train),
        int(fold.y_train.sum()),
        device,
    )
    start, start_cpu = time.perf_counter(), time.process_time()
    about = {
        "method": name,
        "params": method.get_params(),
        "learner": learner.name(),
        "learner_params": learner.get_params(),
        "device": str(device),
        "stacked_seeds": len(seeds),
    }
    try:
        if failure is not None:
            raise MethodNotApplicable(failure)
        continued = {} if warm_start is None else {"warm_start": warm_start}
        if rows is not None:
            continued["rows"] = rows
        with auditing(fold.X_test, fold.y_test) if audit else nullcontext():
            results = method.fit(fold, learner, seeds, device, **continued)
    except MethodNotApplicable as error:
        log.warning("run failed: %s", error)
        seconds = {"wall_seconds": time.perf_counter() - start, "fit_cpu_seconds": time.process_time() - start_cpu}
        return [
            RunOutcome({**about, "seed": seed, "status": "failed", "reason": str(error), **seconds}) for seed in seeds
        ]
    seconds = {"wall_seconds": time.perf_counter() - start, "fit_cpu_seconds": time.process_time() - start_cpu}
    y_true, outcomes = torch.as_tensor(fold.y_test), []
    for seed, result in zip(seeds, results):
        logits, logits_valid = torch.as_tensor(result.scores(fold.X_test)), result.scores(fold.X_valid)
        broken = {
            part: int((~np.isfinite(np.asarray(v))).sum())
            for part, v in (("test", logits), ("validation", logits_valid))
        }
        if any(broken.values()):
            reason = f"the model of method {name!r} gave NaN or infinite scores ({broken['test']} test, {broken['validation']} validation rows)"
            log.warning("seed %d failed: %s", seed, reason)
            outcomes.append(RunOutcome({**about, "seed": seed, "status": "failed", "reason": reason, **seconds}))
            continue
        start_metrics = time.perf_counter()
        decisions, calibrator = decision_metrics(fold.y_valid, logits_valid, fold.y_test, logits.numpy())
        scores = {
            **about,
            "seed": seed,
            "status": "ok",
            "auc_pr": average_precision(y_true, logits),
            "auc_roc": roc_auc(y_true, logits),
            **decisions,
            "best_epoch": result.best_epoch,
            "best_valid_auc_pr": result.best_valid_auc_pr,
            **seconds,
            "metrics_seconds": time.perf_counter() - start_metrics,
        }
        log.info(
            "seed %d: test AUC-PR %.4f, AUC-ROC %.4f (epoch %d); F1 %.4f at 0.5, %.4f at the validation "
            "rows' threshold %.3g; Brier %.4f, %.4f calibrated",
            seed,
            scores["auc_pr"],
            scores["auc_roc"],
            result.best_epoch,
            scores["f1"],
            scores["f1_tuned"],
            scores["threshold_tuned"],
            scores["brier"],
            scores["brier_calibrated"],
        )
        outcomes.append(
            RunOutcome(
                scores,
                fold.y_test,
                logits.numpy(),
                result.trace,
                result.extras,
                result.model,
                fold.y_valid,
                logits_valid,
                calibrator,
            )
        )
    return outcomes


def write_models(outcomes: list[RunOutcome], path: Path) -> None:
    """Every seed's kept MLP parameters (see the module docstring); only the seeds without MLPs."""
    arrays = {"seed": np.array([o.scores["seed"] for o in outcomes], dtype=np.int64)}
    if all(isinstance(o.model, torch.nn.Module) for o in outcomes):
        states = [o.model.state_dict() for o in outcomes]
        arrays.update(
            best_epoch=np.array([o.scores["best_epoch"] for o in outcomes], dtype=np.int64),
            best_valid_auc_pr=np.array([o.scores["best_valid_auc_pr"] for o in outcomes]),
            parameter_names=np.array(list(states[0])),
        )
        arrays.update({f"state.{name}": np.stack([s[name].cpu().numpy() for s in states]) for name in states[0]})
    write_arrays(path, **arrays)


def peak_memory_mb() -> float:
    """This process's peak resident memory in MB (on Linux, a forked worker child counts from its fork)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _seed_columns(outcomes: list[RunOutcome], lengths) -> dict:
    """``repeat`` and ``seed`` columns for rows stacked from each outcome (``lengths`` rows each)."""
    return {
        "repeat": np.repeat(np.arange(len(outcomes), dtype=np.int64), lengths),
        "seed": np.repeat(np.array([o.scores["seed"] for o in outcomes], dtype=np.int64), lengths),
    }


def write_predictions(outcomes: list[RunOutcome], path: Path) -> None:
    """Every seed's test rows, then its validation rows: ``repeat``, ``seed``, ``part``, ``y_true``,
    ``logit``, ``probability``, ``probability_calibrated`` (see the module docstring)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    blocks = []
    for repeat, outcome in enumerate(outcomes):
        for part, y, logits in (
            ("test", outcome.y_true, outcome.logits),
            ("valid", outcome.y_valid, outcome.logits_valid),
        ):
            logits, n = np.asarray(logits, dtype=np.float64), len(logits)
            calibrated = np.full(n, np.nan) if outcome.calibrator is None else outcome.calibrator.predict_proba(logits)
            blocks.append(
                {
                    "repeat": np.full(n, repeat, dtype=np.int64),
                    "seed": np.full(n, outcome.scores["seed"], dtype=np.int64),
                    "part": np.full(n, part),
                    "y_true": np.asarray(y, dtype=np.int64),
                    "logit": logits,
                    "probability": expit(logits),
                    "probability_calibrated": calibrated,
                }
            )
    table = pa.table({column: np.concatenate([block[column] for block in blocks]) for column in blocks[0]})
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


def write_synthetic(outcomes: list[RunOutcome], path: Path, feature_names=(), scaling=None) -> None:
    """EGL's synthetic rows of every seed: one row per seed, synthetic point and stage (``start``:
    the copied minority row, ``learned``: after meta-training), then per feature ``scaled.{name}``
    (min-max scaled with the fold's train rows, as the model sees it) and, given the fold's
    ``scaling``, ``original.{name}`` (the same value in the dataset's units). Names default to
    ``x0 .. x{d-1}``. No rows for a method that makes no synthetic rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    parts = []
    for outcome in outcomes:
        start = np.asarray(outcome.extras.get("synthetic_start", np.zeros((0, 0))))
        learned = np.asarray(outcome.extras.get("synthetic", start))
        parts.append([(stage, rows) for stage, rows in (("start", start), ("learned", learned)) if len(rows)])
    blocks = [rows for stages in parts for _, rows in stages]
    d = blocks[0].shape[1] if blocks else len(feature_names)
    names = list(feature_names) or [f"x{j}" for j in range(d)]
    scaled = np.concatenate(blocks).astype(np.float64) if blocks else np.zeros((0, d))
    columns = {
        **_seed_columns(outcomes, [sum(len(rows) for _, rows in stages) for stages in parts]),
        "point": np.concatenate([np.arange(len(rows)) for rows in blocks] + [np.zeros(0)]).astype(np.int64),
        "stage": [stage for stages in parts for stage, rows in stages for _ in range(len(rows))],
        **{f"scaled.{name}": scaled[:, j] for j, name in enumerate(names)},
    }
    if scaling is not None:
        original = scaling.inverse_transform(scaled)
        columns.update({f"original.{name}": original[:, j] for j, name in enumerate(names)})
    with atomic(path) as partial:
        pq.write_table(pa.table(columns), partial)


def write_run(
    outcomes: list[RunOutcome],
    about: dict,
    scores: Path,
    predictions: Path,
    trace: Path,
    synthetic: Path,
    models: Path,
    fold: Fold | None = None,
) -> None:
    """Write a job's outputs: every seed's rows in each file (columns ``repeat`` and ``seed``), and
    ``scores.json`` last, so that it marks a complete job: ``about`` (dataset, method, fold, ...)
    and ``runs``, one entry per seed. It records the sha256 of the other outputs and is sealed with
    a digest of its own content (:func:`imbalbench.core.artifacts.read_scores` checks it)."""
    write_predictions(outcomes, predictions)
    write_trace(outcomes, trace)
    write_synthetic(outcomes, synthetic, *(() if fold is None else (fold.feature_names, fold.scaling)))
    write_models(outcomes, models)
    others = dict(zip(RUN_OUTPUTS, (predictions, trace, synthetic, models)))
    runs = [{"repeat": repeat, **o.scores} for repeat, o in enumerate(outcomes)]
    record = {**about, "runs": runs, "outputs_sha256": {k: sha256_of(v) for k, v in others.items()}}
    write_json(seal(record), scores)


def train_job(*, job: dict, outputs: dict, audit: bool = False) -> None:
    """The ``train`` rule's work: ``job``'s method (:class:`~imbalbench.jobs.spec.JobSpec` as a dict)
    on its fold, its seeds (the repeats) trained stacked, outputs written at the end.

    ``outputs`` maps ``scores``, ``predictions``, ``trace``, ``synthetic`` and ``models`` to paths.
    Tuning results replace the configured parameters and training settings with their best
    (:func:`imbalbench.jobs.prepare.tuned_settings`). ``audit``: see :func:`run_method`.
    """
    job = JobSpec(**job)
    with job_logging(job.log, prefix=f"{job.dataset}/{job.method}/fold{job.fold}"):
        run = prepare_run(job)
        outcomes = run_method(
            job.base,
            run.params,
            run.fold,
            run.learner,
            job.seeds,
            run.device,
            run.warm_start,
            run.failure,
            audit,
            run.rows,
        )
        for outcome in outcomes:
            outcome.scores.update(
                method=job.method, base=job.base, tuned_training=run.tuned_training, tuned=job.tuning is not None
            )
        # The job's whole CPU time (with imports, unless it runs in a forked warm worker) for benchmarks/job_overhead.py.
        about = {
            "dataset": job.dataset,
            "method": job.method,
            "fold": job.fold,
            "job_cpu_seconds": time.process_time(),
            "peak_memory_mb": peak_memory_mb(),
            "in_worker": os.environ.get("IMBALBENCH_IN_WORKER") == "1",
        }
        if job.induced is not None:
            about["imbalance_ratio"] = float(job.induced["ratio"])
        write_run(outcomes, about, *(outputs[name] for name in ("scores", *RUN_OUTPUTS)), run.fold)


def train_job_in_fresh_process(
    folder: Path,
    *,
    data: Path,
    splits: Path,
    method: str,
    params: dict,
    training: dict,
    seeds: list[int],
    warm_from: Path | None = None,
    timeout: float | None = None,
    learner: str = "mlp",
) -> dict:
    """Fold 0 of ``data`` / ``splits``: one job of ``method`` (a registry name) on the CPU, one thread,
    its outputs in ``folder``, run by :func:`train_job` in a new Python process, every import paid
    and no warm worker: what a job's time and peak memory are when it runs alone (benchmarks,
    memory checks). ``training``: the learner's settings (the MLP's recipe); ``warm_from``: the
    folder of the run it continues from (EGL: ce's). Returns
    its scores.json; a failure raises ``RuntimeError`` with the end of the job's stderr."""
    import json
    import subprocess
    import sys

    from ..core.artifacts import RUN_OUTPUTS

    folder = Path(folder)
    job = JobSpec(
        dataset=Path(data).stem,
        method=method,
        base=method,
        fold=0,
        data=str(data),
        splits=str(splits),
        params=params,
        training=training,
        seeds=list(seeds),
        device="cpu",
        threads=1,
        learner=learner,
        log=str(folder / "train.log"),
        warm_models=str(Path(warm_from) / RUN_OUTPUTS["models"]) if warm_from else None,
        warm_trace=str(Path(warm_from) / RUN_OUTPUTS["trace"]) if warm_from else None,
    )
    outputs = {"scores": str(folder / "scores.json")} | {name: str(folder / file) for name, file in RUN_OUTPUTS.items()}
    code = "import json, sys; from imbalbench.jobs.train import train_job; train_job(**json.loads(sys.argv[1]))"
    done = subprocess.run(
        [sys.executable, "-c", code, json.dumps({"job": job.as_dict(), "outputs": outputs})],
        env={**os.environ, "IMBALBENCH_WORKER": "0"},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{method} on {job.dataset} failed:\n{done.stderr[-3000:]}")
    return json.loads((folder / "scores.json").read_text())
