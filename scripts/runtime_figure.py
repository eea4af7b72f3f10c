"""Rule runtime_figure: CPU seconds and peak memory of the training jobs -> results/figures/runtime.png
(a job taken from a reference shows its published cost, under ``method (reference)``)."""

import pandas as pd

from imbalbench.analysis.plots import plot_job_costs
from imbalbench.core.artifacts import read_scores
from imbalbench.core.logs import job_logging
from imbalbench.workflow.reference import reference_rows

COLUMNS = ["dataset", "method", "fold", "job_cpu_seconds", "peak_memory_mb"]

with job_logging(snakemake.log[0]):
    jobs = pd.DataFrame([{key: read_scores(path).get(key) for key in COLUMNS} for path in snakemake.input.scores])
    published = reference_rows(snakemake.params.reused)
    if len(published):
        published = published.drop_duplicates("job")[COLUMNS]
        jobs = pd.concat([jobs, published.assign(method=published["method"] + " (reference)")], ignore_index=True)
    plot_job_costs(jobs, snakemake.output.figure)
