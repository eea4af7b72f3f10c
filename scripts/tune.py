"""Rule tune: one method's Optuna study on one fold -> results/tuning/{dataset}/{method}/fold{k}.json."""

import sys

from imbalbench.jobs.spec import JobSpec
from imbalbench.workflow.worker import run_job

p = snakemake.params
study = dict(space=p.space, trials=p.trials, seed=p.seed, startup_trials=p.startup_trials, inner_folds=p.inner_folds)
job = JobSpec.from_rule(snakemake).as_dict()
output = snakemake.output.tuning
sys.exit(run_job("imbalbench.jobs.tune:tune_job", dict(job=job, **study, output=output, code=p.code)))
