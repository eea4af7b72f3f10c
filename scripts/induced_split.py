"""Rule induced_split: each fold's training rows made imbalanced at every configured ratio."""

from imbalbench.core.artifacts import read_arrays, read_json, write_json
from imbalbench.core.logs import job_logging
from imbalbench.data.induced import induced_splits

with job_logging(snakemake.log[0]) as log:
    (y,) = read_arrays(snakemake.input.data, "y")
    folds = read_json(snakemake.input.splits)["folds"]
    p = snakemake.params
    splits = induced_splits(y, folds, p.ratios, p.seed, p.imbalance_valid_test)
    for ratio, parts in splits.items():
        log.info(
            "IR %s: train minority per fold %s, held back %s",
            ratio,
            [int(y[part["train"]].sum()) for part in parts],
            [len(part["heldout"]) for part in parts],
        )
    write_json(splits, snakemake.output.splits, indent=None)
