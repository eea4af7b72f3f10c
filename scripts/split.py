"""Rule split: stratified folds of one dataset -> results/splits/{dataset}.json."""

from imbalbench.core.artifacts import read_arrays, write_json
from imbalbench.core.logs import job_logging
from imbalbench.data.splits import make_splits

with job_logging(snakemake.log[0]) as log:
    (y,) = read_arrays(snakemake.input.data, "y")
    p = snakemake.params
    folds = make_splits(snakemake.wildcards.dataset, y, p.folds, p.valid_size, p.seed)
    for k, fold in enumerate(folds):
        log.info("fold %d: %s", k, {part: (len(rows), int(y[rows].sum())) for part, rows in fold.items()})
    record = {"folds": folds, "seed": p.seed, "valid_size": p.valid_size}
    write_json(record, snakemake.output.splits, indent=None)
