"""Rule zenodo_archive: imbalanced-learn's Zenodo archive, downloaded and extracted once."""

from pathlib import Path

from imbalbench.core.logs import job_logging
from imbalbench.data.sources import SOURCES, zenodo

with job_logging(snakemake.log[0]):
    data_home = Path(snakemake.output.marker).parent
    SOURCES["imblearn"].locate(zenodo.NAMES[0], {}, data_home, data_home)
    Path(snakemake.output.marker).write_text("extracted\n")
