"""Rule resample: one sampler's rows of one fold, every seed's -> results/rows/{dataset}/{method}/fold{k}.{npz,json}.

The work runs in the warm worker (imbalbench.workflow.worker), as training does.
"""

import sys

from imbalbench.jobs.spec import JobSpec
from imbalbench.workflow.worker import run_job

job = JobSpec.from_rule(snakemake)
sys.exit(
    run_job("imbalbench.jobs.resample:resample_job", dict(job=job.as_dict(), outputs=dict(snakemake.output.items())))
)
