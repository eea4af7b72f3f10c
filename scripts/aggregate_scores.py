"""Rule aggregate_scores: every run's scores.json, and the jobs taken from a reference ->
results/scores.csv (one row per dataset x method x fold x seed; column ``source``: where it ran)."""

from imbalbench.analysis.aggregate import check_distinct_datasets, collect_scores
from imbalbench.core.logs import job_logging
from imbalbench.workflow.reference import reference_rows

with job_logging(snakemake.log[0]) as log:
    check_distinct_datasets(snakemake.input.data)
    table = collect_scores(snakemake.input.scores, reference_rows(snakemake.params.reused))
    table.to_csv(snakemake.output.table, index=False)
    log.info(
        "%d runs, %d failed, %d from a reference",
        len(table),
        int((table["status"] != "ok").sum()),
        int((table["source"] != "here").sum()),
    )
