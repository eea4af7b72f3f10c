"""Rule tuning_summary: what tuning chose per method -> results/tables/tuning.{md,csv}."""

from pathlib import Path

from imbalbench.analysis.summaries import tuning_markdown, tuning_summary
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    summary = tuning_summary(snakemake.input.tuning)
    summary.to_csv(snakemake.output.csv, index=False)
    Path(snakemake.output.markdown).write_text(
        tuning_markdown(summary, snakemake.params.trials, snakemake.params.epochs)
    )
