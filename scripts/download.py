"""Rule download: a dataset's raw files into resources/raw/{dataset}/ with their checksums."""

from pathlib import Path

from imbalbench.datasets import fetch_raw
from imbalbench.jobs import job_logging

with job_logging(snakemake.log[0]):
    fetch_raw(
        snakemake.wildcards.dataset,
        snakemake.params.spec,
        Path(snakemake.output.manifest).parent,
        Path(snakemake.params.cache),
    )
