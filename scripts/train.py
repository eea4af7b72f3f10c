"""Rule train: one method on one fold of one dataset -> results/runs/{dataset}/{method}/fold{k}/.

The work runs in a warm worker that already has torch imported (imbalbench.workflow.worker).
"""

import sys

from imbalbench.jobs.spec import JobSpec
from imbalbench.workflow.worker import run_job

job = JobSpec.from_rule(snakemake)
outputs = dict(snakemake.output.items())
sys.exit(
    run_job("imbalbench.jobs.train:train_job", dict(job=job.as_dict(), outputs=outputs, audit=snakemake.params.audit))
)
