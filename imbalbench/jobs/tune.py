"""A tuning job: the Optuna study of one method on one fold (:mod:`imbalbench.tuning.study`), from
the same preparation as a training job (:func:`~imbalbench.jobs.prepare.prepare_run`) without the
fold's test rows.

A method that continues from another's models (EGL from ce) trains with that method's tuned
training settings and tunes only its own parameters.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path

from ..core.artifacts import write_json
from ..core.logs import job_logging
from ..learners import make_learner
from ..methods import make_method
from ..tuning.search import SearchSpace
from ..tuning.study import study_name, tune
from .prepare import prepare_run
from .spec import JobSpec

logger = logging.getLogger(__name__)


def tune_job(*, job: dict, space: dict, trials: int, seed: int, startup_trials: int, output: str, code: str):
    """The ``tune`` rule's work: tune ``job``'s method (:class:`~imbalbench.jobs.spec.JobSpec` as a
    dict; its one seed is every trial's) on its fold and write the result to ``output``
    (``results/tuning/{dataset}/{method}/fold{k}.json``).

    The job's ``params`` / ``training`` are the configured values that trials start from (sampled
    ones replace them); ``space``: :meth:`SearchSpace.as_config`; ``code``: the digest of the job's
    code (its ``code`` param), which with its data identifies the study a killed job resumes.
    """
    job = JobSpec(**job)
    (run_seed,) = job.seeds
    with job_logging(job.log, prefix=f"{job.dataset}/{job.method}/fold{job.fold}/tune"):
        run = prepare_run(job, parts=("train", "valid"))
        inherited = run.tuned_training

        def evaluate(method_params: dict, trial_training: dict) -> float:
            learner = make_learner(job.learner, {**job.training, **inherited, **trial_training}, job.threads)
            model = make_method(job.base, {**job.params, **method_params})
            extra = {} if run.warm_start is None else {"warm_start": copy.deepcopy(run.warm_start)}
            (result,) = model.fit(run.fold, learner, [run_seed], run.device, **extra)
            return result.best_valid_auc_pr

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
            "code": code,
        }
        warm_files = (job.warm_models, job.warm_trace, job.warm_tuning)
        inputs = [job.data, job.splits, *(path for path in warm_files if path is not None)]
        journal = Path(output).with_suffix(".journal")
        logger.info(
            "tuning %s (%s): %d trials, space %s, on %d train / %d validation rows",
            job.method,
            job.base,
            trials,
            space,
            len(run.fold.y_train),
            len(run.fold.y_valid),
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
                "best trial %d: validation AUC-PR %.4f, %s",
                best["number"],
                best["value"],
                {**best["params"], **best["training"]},
            )
        else:
            logger.warning("%s", result["reason"])
        record = {"dataset": job.dataset, "fold": job.fold, **settings, "inherited_training": inherited, **result}
        write_json(record, output)
        journal.unlink(missing_ok=True)
