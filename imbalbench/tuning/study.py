"""The Optuna study of one method on one fold, on validation rows only (equal-budget tuning).

A tune job runs ``trials`` trials of Optuna's TPE sampler for one method x dataset x fold. Each
trial scores sampled parameters by :data:`SIGNAL`, which it minimises: the method trains on each
inner fold of a stratified cross-validation over the fold's training and validation rows (the
fold's first training seed, one run, the config's epochs, the iteration kept on the inner fold's
validation rows), and the log loss of the out-of-fold predictions, pooled over the inner folds,
is the trial's value (METHOD.md section 8, "The selection signal"). The job never loads the
fold's test rows.

Every tuned method gets the same number of trials. A trial the method cannot run
(:class:`~imbalbench.methods.base.MethodNotApplicable`, e.g. SMOTE's k above the minority count)
or with a non-finite score is a failed trial and counts towards the budget; when all fail, the
tuning result says ``failed`` with the reason and the method's training job records that.

Reproducible and resumable: trial k uses a TPE sampler seeded ``seed + k``, so that the trials
depend only on the config and on the trials before them; the study lives in an Optuna journal
file beside the output while the job runs, so that a killed job resumes its trials (those that were
running are marked failed and do not count), and it is removed when the result is written.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from contextlib import contextmanager
from pathlib import Path

import optuna
from optuna.storages import JournalStorage
from optuna.storages.journal import JournalFileBackend
from optuna.trial import TrialState

from ..core.artifacts import sha256_of
from ..methods.base import MethodNotApplicable
from ..models.training import Progress
from .search import SearchSpace

logger = logging.getLogger(__name__)
SIGNAL = "cross-validated log loss"
"""What a trial's value is (lower is better): the pooled out-of-fold log loss of inner folds."""


def study_name(settings: dict, inputs: list[str]) -> str:
    """Identifies a study by everything it depends on (settings and the content of its input
    files, code included): a journal is resumed only by the job that wrote it."""
    body = json.dumps({"settings": settings, "inputs": sorted(sha256_of(p) for p in inputs)}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def _open_study(journal: Path | None, name: str):
    """The journal's study ``name`` (created if new; in memory without a journal); trials left
    running by a killed job are marked failed with the user attribute ``interrupted``."""
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    if journal is None:
        return optuna.create_study(study_name=name, direction="minimize")
    storage = JournalStorage(JournalFileBackend(str(journal)))
    study = optuna.create_study(study_name=name, storage=storage, direction="minimize", load_if_exists=True)
    study_id = storage.get_study_id_from_name(name)
    for trial in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
        trial_id = storage.get_trial_id_from_study_id_trial_number(study_id, trial.number)
        storage.set_trial_user_attr(trial_id, "interrupted", True)
        storage.set_trial_state_values(trial_id, optuna.trial.TrialState.FAIL)
        logger.info("trial %d was interrupted by a kill: marked failed, not counted", trial.number)
    return study


def _counted(study) -> list:
    """Trials that count towards the budget: finished or failed, not interrupted."""
    return [
        t
        for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE, TrialState.FAIL))
        if not t.user_attrs.get("interrupted")
    ]


def _record(trial) -> dict:
    params = {k: v for k, v in trial.params.items() if not k.startswith("training.")}
    training = {k.removeprefix("training."): v for k, v in trial.params.items() if k.startswith("training.")}
    return {
        "number": trial.number,
        "state": "complete" if trial.state.name == "COMPLETE" else "failed",
        "params": params,
        "training": training,
        "value": trial.value,
        "seconds": trial.user_attrs.get("seconds"),
        "reason": trial.user_attrs.get("reason"),
    }


@contextmanager
def _only_warnings(*names: str):
    """Raise these loggers to WARNING inside the block, and put their levels back after it."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [each.level for each in loggers]
    for each in loggers:
        each.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for each, level in zip(loggers, levels):
            each.setLevel(level)


def tune(
    evaluate, space: SearchSpace, trials: int, seed: int, startup_trials: int, journal: Path | None, study_name: str
) -> dict:
    """Run the study until ``trials`` trials count; ``evaluate(method_params, training)`` returns the
    trial's :data:`SIGNAL` (lower is better) or raises :class:`~imbalbench.methods.base.MethodNotApplicable`. Returns the
    result (``status``, ``best``, ``trials``) as written to the tuning file."""
    import optuna

    study = _open_study(journal, study_name)
    done = len(_counted(study))
    if done:
        logger.info("resuming: %d of %d trials already done", done, trials)
    progress = Progress(trials, "trial", logger)
    # Trials log only warnings (every training layer's loggers): the study's progress is one line per tenth
    # of the trials.
    with _only_warnings("imbalbench.models", "imbalbench.algorithms", "imbalbench.methods"):
        for k in range(done, trials):
            # A fresh sampler per trial, seeded by its position: the same trials after a resume.
            study.sampler = optuna.samplers.TPESampler(seed=seed + k, n_startup_trials=startup_trials)
            trial = study.ask()
            method_params, training = space.sample(trial)
            start = time.perf_counter()
            try:
                value = float(evaluate(method_params, training))
                reason = None if math.isfinite(value) else f"{SIGNAL} is {value}"
            except MethodNotApplicable as error:
                reason = str(error)
            trial.set_user_attr("seconds", time.perf_counter() - start)
            if reason is None:
                study.tell(trial, value)
            else:
                trial.set_user_attr("reason", reason)
                study.tell(trial, state=TrialState.FAIL)
                logger.warning("trial %d failed: %s", trial.number, reason)
            best = min((t.value for t in _counted(study) if t.state == TrialState.COMPLETE), default=math.nan)
            progress(k, best_cv_log_loss=best)
    records = [_record(t) for t in sorted(_counted(study), key=lambda t: t.number)]
    complete = [r for r in records if r["state"] == "complete"]
    if not complete:
        reasons = list(dict.fromkeys(r["reason"] for r in records))
        shown = "; ".join(reasons[:3]) + (f"; and {len(reasons) - 3} more" if len(reasons) > 3 else "")
        return {"status": "failed", "reason": f"all {trials} trials failed: {shown}", "best": None, "trials": records}
    best = min(complete, key=lambda r: (r["value"], r["number"]))  # a tie: the earlier trial
    return {"status": "ok", "best": {k: best[k] for k in ("number", "params", "training", "value")}, "trials": records}
