"""Rule reference_warm_start: a published warm-start job's files, checked against the sha256 sealed in
its scores.json -> results/reference/warm/{dataset}/{method}/fold{k}/ (imbalbench.workflow.reference)."""

from pathlib import Path

from imbalbench.core.logs import job_logging
from imbalbench.workflow.reference import WARM_FILES, copy_warm

with job_logging(snakemake.log[0]) as log:
    source = Path(snakemake.params.source)
    copy_warm(source, {name: Path(snakemake.output[name.split(".")[0]]) for name in WARM_FILES})
    log.info("%s copied from %s", ", ".join(WARM_FILES), source)
