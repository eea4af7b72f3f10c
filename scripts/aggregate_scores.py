"""Rule aggregate_scores: every run's scores.json -> results/scores.csv (one row per dataset x method x fold)."""

from imbalbench.analysis.aggregate import check_distinct_datasets, collect_scores
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]) as log:
    check_distinct_datasets(snakemake.input.data)
    table = collect_scores(snakemake.input.scores)
    table.to_csv(snakemake.output.table, index=False)
    log.info("%d runs, %d failed", len(table), int((table["status"] != "ok").sum()))
