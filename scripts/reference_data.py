"""Rule reference_data: a dataset's rows and splits here equal those of every reference part that
its jobs are taken from -> results/reference/data/{dataset}.json (the digests); else one error line."""

from pathlib import Path

from imbalbench.core.artifacts import write_json
from imbalbench.core.logs import job_logging
from imbalbench.workflow.reference import check_dataset

with job_logging(snakemake.log[0]) as log:
    dataset = Path(snakemake.input.data).stem
    digests = check_dataset(dataset, snakemake.params.expected, snakemake.input.data, snakemake.input.splits)
    write_json(digests, snakemake.output.check)
    log.info("%s: rows and splits equal those of %s", dataset, ", ".join(snakemake.params.expected))
