"""Rule split: stratified folds of one dataset -> results/splits/{dataset}.json."""

import json
from pathlib import Path

import numpy as np

from imbalbench.jobs import job_logging
from imbalbench.splits import make_splits

with job_logging(snakemake.log[0]) as log:
    with np.load(snakemake.input.data) as arrays:
        y = arrays["y"]
    p = snakemake.params
    folds = make_splits(snakemake.wildcards.dataset, y, p.folds, p.valid_size, p.seed)
    for k, fold in enumerate(folds):
        log.info("fold %d: %s", k, {part: (len(rows), int(y[rows].sum())) for part, rows in fold.items()})
    record = {"folds": folds, "seed": p.seed, "valid_size": p.valid_size}
    Path(snakemake.output.splits).write_text(json.dumps(record) + "\n")
