"""A tuning job: the Optuna study of one method on one fold (:mod:`imbalbench.tuning.study`), from
the same preparation as a training job (:func:`~imbalbench.jobs.prepare.prepare_run`) without the
fold's test rows. Each trial is scored by the pooled out-of-fold log loss of an inner stratified
cross-validation over the fold's training and validation rows
(:func:`~imbalbench.data.splits.load_inner_folds`).

A method that continues from another's models (EGL from ce) trains with that method's tuned
training settings and tunes only its own parameters. Its warm start in a trial is that method
(at its defaults) trained on the same inner fold, once per job: the outer fold's published models
have seen every inner validation row.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

import numpy as np

from ..core.artifacts import write_json
from ..core.logs import job_logging
from ..data.splits import INNER_FOLDS, load_inner_folds
from ..learners import make_learner
from ..methods import make_method, method_spec
from ..scoring.metrics import log_loss_from_logits
from ..tuning.search import SearchSpace
from ..tuning.study import SIGNAL, study_name, tune
from .prepare import prepare_run
from .spec import JobSpec

logger = logging.getLogger(__name__)


def tune_job(
    *,
    job: dict,
    space: dict,
    trials: int,
    seed: int,
    startup_trials: int,
    output: str,
    code: str,
    inner_folds: int = INNER_FOLDS,
):
    """The ``tune`` rule's work: tune ``job``'s method (:class:`~imbalbench.jobs.spec.JobSpec` as a
    dict; its one seed is every trial's) on its fold and write the result to ``output``
    (``results/tuning/{dataset}/{method}/fold{k}.json``). ``inner_folds``: of the cross-validation
    that scores each trial, its shuffle seeded ``seed``.

    The job's ``params`` / ``training`` are the configured values that trials start from (sampled
    ones replace them); ``space``: :meth:`SearchSpace.as_config`; ``code``: the digest of the job's
    code (its ``code`` param), which with its data identifies the study a killed job resumes.
    """
    job = JobSpec(**job)
    (run_seed,) = job.seeds
    with job_logging(job.log, prefix=f"{job.dataset}/{job.method}/fold{job.fold}/tune"):
        run = prepare_run(job, parts=("train", "valid"))
        inherited = run.tuned_training
        inner = load_inner_folds(job.data, job.splits, job.fold, inner_folds, seed)
        source = method_spec(job.base).warm_start
        warm = None
        if source is not None:
            learner = make_learner(job.learner, {**job.training, **inherited}, job.threads)
            warm = [make_method(source).fit(part, learner, [run_seed], run.device) for part in inner]

        def evaluate(method_params: dict, trial_training: dict) -> float:
            learner = make_learner(job.learner, {**job.training, **inherited, **trial_training}, job.threads)
            model = make_method(job.base, {**job.params, **method_params})
            y, logits = [], []
            for k, part in enumerate(inner):
                extra = {} if warm is None else {"warm_start": copy.deepcopy(warm[k])}
                (result,) = model.fit(part, learner, [run_seed], run.device, **extra)
                y.append(part.y_valid)
                logits.append(result.scores(part.X_valid))
            return log_loss_from_logits(np.concatenate(y), np.concatenate(logits))

        settings = {
            "method": job.method,
            "base": job.base,
            "learner": job.learner,
            "params": job.params,
            "training": job.training,
            "space": space,
            "budget": trials,
            "seed": seed,
            "startup_trials": startup_trials,
            "run_seed": run_seed,
            "signal": SIGNAL,
            "inner_folds": inner_folds,
            "code": code,
        }
        warm_files = (job.warm_models, job.warm_trace, job.warm_tuning)
        inputs = [job.data, job.splits, *(path for path in warm_files if path is not None)]
        journal = Path(output).with_suffix(".journal")
        logger.info(
            "tuning %s (%s): %d trials, space %s, each scored by the %s of %d inner folds over %d rows",
            job.method,
            job.base,
            trials,
            space,
            SIGNAL,
            len(inner),
            len(run.fold.y_train) + len(run.fold.y_valid),
        )
        result = tune(
            evaluate,
            SearchSpace.from_config(space),
            trials,
            seed,
            startup_trials,
            journal,
            study_name(settings, inputs),
        )
        if result["status"] == "ok":
            best = result["best"]
            logger.info(
                "best trial %d: %s %.4f, %s",
                best["number"],
                SIGNAL,
                best["value"],
                {**best["params"], **best["training"]},
            )
        else:
            logger.warning("%s", result["reason"])
        record = {
            "dataset": job.dataset,
            "fold": job.fold,
            **settings,
            "inner_folds_used": len(inner),
            "inherited_training": inherited,
            **result,
        }
        write_json(record, output)
        journal.unlink(missing_ok=True)
