"""Rule tuning_summary: what tuning chose per method -> results/tables/tuning.{md,csv}."""

from pathlib import Path

from imbalbench.jobs import job_logging
from imbalbench.summaries import tuning_markdown, tuning_summary

with job_logging(snakemake.log[0]):
    summary = tuning_summary(snakemake.input.tuning)
    summary.to_csv(snakemake.output.csv, index=False)
    Path(snakemake.output.markdown).write_text(
        tuning_markdown(summary, snakemake.params.trials, snakemake.params.epochs)
    )
