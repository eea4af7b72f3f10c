"""What training and tuning jobs do before they train: the fold, the learner, the tuned settings and
the warm start (:func:`prepare_run`)."""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from ..core.artifacts import (
    ArtifactError,
    check_run_output,
    read_arrays,
    read_json,
    read_scores,
    rerun_command,
    sha256_of,
)
from ..data.induced import load_induced_fold
from ..data.splits import Fold, load_fold
from ..learners import make_learner
from ..learners.base import Learner
from ..models.training import Recipe, TrainResult, pick_device, use_threads
from .spec import JobSpec

log = logging.getLogger(__name__)


@dataclass
class PreparedRun:
    """A job's fold and settings, ready to train."""

    fold: Fold
    learner: Learner
    """The learner with its configured settings, updated by the tuned ones."""
    device: torch.device
    params: dict
    """The method's parameters: the configured ones, updated by its tuning's best."""
    tuned_training: dict
    warm_start: list[TrainResult] | None
    """Per seed, the trained model the method continues from; None without one or after ``failure``."""
    failure: str | None
    """Why the run cannot train (its tuning or its shared resampling failed), known before training."""
    rows: tuple | None = None
    """``(X, y)``: every seed's training rows made by a resampling job (:mod:`imbalbench.jobs.resample`)."""


def prepare_run(job: JobSpec, parts=("train", "valid", "test")) -> PreparedRun:
    """Threads, the fold's ``parts`` (a tuning job: never ``test``), the tuned settings and the warm
    start of ``job``. An induced run's PCA uses its first seed, so that every repeat and method
    sees the same features."""
    use_threads(job.threads)
    if job.induced is None:
        fold = load_fold(job.data, job.splits, job.fold, parts=parts)
    else:
        fold = load_induced_fold(
            job.data, job.splits, job.induced["ratio"], job.fold, job.induced["pca_components"], job.seeds[0]
        )
    tuned_params, tuned_training, failure = tuned_settings(job.tuning, job.warm_tuning)
    if job.tuning or job.warm_tuning:
        log.info("tuned: parameters %s, training %s", tuned_params, tuned_training)
    learner = make_learner(job.learner, {**job.training, **tuned_training}, job.threads)
    rows = None
    if job.rows is not None and failure is None:
        rows, failure = read_rows(job.rows, job.seeds)
    warm = None
    if job.warm_models is not None and failure is None:
        warm = read_warm_start(job.warm_models, job.warm_trace, job.seeds, learner.recipe, fold.X_train.shape[1])
    return PreparedRun(
        fold, learner, pick_device(job.device), {**job.params, **tuned_params}, tuned_training, warm, failure, rows
    )


def tuned_settings(own: str | Path | None, warm: str | Path | None) -> tuple[dict, dict, str | None]:
    """What tuning files give a training job: ``(method parameters, training settings, failure)``.
    ``own``: the method's tuning result; ``warm``: that of the method it continues from, whose
    training settings it inherits. ``failure``: the reason when the method's tuning failed."""
    params, training = {}, {}
    if warm is not None:
        result = read_json(warm)
        training.update(result["best"]["training"] if result["status"] == "ok" else {})
    if own is not None:
        result = read_json(own)
        if result["status"] != "ok":
            return {}, training, f"tuning: {result['reason']}"
        params.update(result["best"]["params"])
        training.update(result["best"]["training"])
    return params, training, None


def read_warm_start(
    models: str | Path, trace: str | Path, seeds: list[int], recipe: Recipe, in_features: int
) -> list[TrainResult]:
    """Per seed, the plain model and trace that another job wrote (``model.npz``, ``trace.csv``):
    EGL's warm start (``seeds``: all of the file's seeds, or some of them for tuning). Refuses
    files other than the run wrote (:func:`~imbalbench.core.artifacts.check_run_output`), without these
    seeds, or for another MLP."""
    (saved_seeds,) = read_arrays(check_run_output(models), "seed")
    check_run_output(trace)
    saved_seeds = saved_seeds.tolist()
    if not set(seeds) <= set(saved_seeds):
        raise ArtifactError(
            f"{models} holds seeds {saved_seeds}, this job trains {list(seeds)}; rebuild it: {rerun_command(models)}"
        )
    try:
        best_epoch, best_valid, names = read_arrays(models, "best_epoch", "best_valid_auc_pr", "parameter_names")
    except ArtifactError:
        raise ArtifactError(f"{models} holds no trained MLP to start from") from None
    states = read_arrays(models, *(f"state.{name}" for name in names))
    traces = {seed: {"epoch": [], "train_loss": [], "valid_auc_pr": []} for seed in seeds}
    with open(trace, newline="") as handle:
        for row in csv.DictReader(handle):
            if int(row["seed"]) not in traces:
                continue
            columns = traces[int(row["seed"])]
            columns["epoch"].append(int(row["epoch"]))
            for key in ("train_loss", "valid_auc_pr", "test_auc_pr"):  # test_auc_pr: an audited run's
                if row.get(key) not in (None, ""):
                    columns.setdefault(key, []).append(float(row[key]))
    results = []
    for seed in seeds:
        r = saved_seeds.index(seed)
        model = recipe.make_model(in_features)
        try:
            model.load_state_dict({name: torch.as_tensor(state[r]) for name, state in zip(names, states)})
        except RuntimeError as error:
            raise ArtifactError(
                f"{models} holds another MLP than this job's recipe ({error}); rebuild it: {rerun_command(models)}"
            ) from None
        results.append(TrainResult(model, int(best_epoch[r]), float(best_valid[r]), traces[seed]))
    return results


def read_rows(about: str | Path, seeds: list[int]) -> tuple[tuple[np.ndarray, np.ndarray] | None, str | None]:
    """``((X, y), None)`` from a resampling job's files (``about``: its ``.json``; the ``.npz``
    beside it; per-seed lists where the seeds got different class counts), or ``(None, reason)``
    where the sampler could not run. :class:`ArtifactError` for files other than the job wrote,
    or for other seeds than ``seeds``."""
    about = Path(about)
    record = read_scores(about)
    rows = about.with_suffix(".npz")
    if record.get("rows_sha256") != sha256_of(rows):
        raise ArtifactError(
            f"{rows} is not the file its resampling job wrote (its sha256 is not the one sealed in {about}); "
            f"rerun it with: {rerun_command(about)}"
        )
    if record["seeds"] != list(seeds):
        raise ArtifactError(f"{rows} holds the rows of seeds {record['seeds']}, this job trains {list(seeds)}")
    if record["status"] != "ok":
        return None, f"resampling: {record['reason']}"
    X, y = read_arrays(rows, "X", "y")
    if "seed_rows" in record:
        ends = np.cumsum(record["seed_rows"])[:-1]
        return (np.split(X, ends), np.split(y, ends)), None
    return (X, y), None
