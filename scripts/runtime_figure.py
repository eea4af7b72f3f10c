"""Rule runtime_figure: CPU seconds and peak memory of the training jobs -> results/figures/runtime.png."""

import pandas as pd

from imbalbench.analysis.plots import plot_job_costs
from imbalbench.core.artifacts import read_scores
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    jobs = pd.DataFrame(
        [
            {
                key: read_scores(path).get(key)
                for key in ("dataset", "method", "fold", "job_cpu_seconds", "peak_memory_mb")
            }
            for path in snakemake.input.scores
        ]
    )
    plot_job_costs(jobs, snakemake.output.figure)
