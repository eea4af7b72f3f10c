"""Rule download: a dataset's raw files into resources/raw/{dataset}/ with their checksums."""

from pathlib import Path

from imbalbench.core.logs import job_logging
from imbalbench.data.sources import fetch_raw

with job_logging(snakemake.log[0]):
    fetch_raw(
        snakemake.wildcards.dataset,
        snakemake.params.spec,
        Path(snakemake.output.manifest).parent,
        Path(snakemake.params.cache),
    )
