"""Rule induced_split: each fold's training rows made imbalanced at every configured ratio."""

import json
from pathlib import Path

import numpy as np

from imbalbench.induced import induced_splits
from imbalbench.jobs import job_logging

with job_logging(snakemake.log[0]) as log:
    with np.load(snakemake.input.data) as arrays:
        y = arrays["y"]
    folds = json.loads(Path(snakemake.input.splits).read_text())["folds"]
    p = snakemake.params
    splits = induced_splits(y, folds, p.ratios, p.seed, p.imbalance_valid_test)
    for ratio, parts in splits.items():
        log.info("IR %s: train minority per fold %s, held back %s", ratio,
                 [int(y[part["train"]].sum()) for part in parts], [len(part["heldout"]) for part in parts])
    Path(snakemake.output.splits).write_text(json.dumps(splits) + "\n")
