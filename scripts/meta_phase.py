"""Rule meta_phase: what EGL's meta phase did (kept epochs, displacement, gain) -> results/tables/meta_phase.{md,csv}."""

from pathlib import Path

import pandas as pd

from imbalbench.analysis.aggregate import group_runs
from imbalbench.analysis.summaries import meta_phase_markdown, meta_phase_summary
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    p = snakemake.params
    runs = group_runs(snakemake.input.egl_scores, "dataset", "method", "fold")
    traces = {key: folders[0] / "trace.csv" for key, folders in runs.items()}
    summary = meta_phase_summary(pd.read_csv(snakemake.input.scores), traces, p.warm_method, p.split_methods)
    summary.to_csv(snakemake.output.csv, index=False)
    Path(snakemake.output.markdown).write_text(meta_phase_markdown(summary, p.warm_method))
