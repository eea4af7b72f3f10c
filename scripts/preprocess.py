"""Rule preprocess: raw files -> results/data/{dataset}.npz (X, y) and its metadata JSON."""

import json
from pathlib import Path

import numpy as np

from imbalbench.datasets import load_dataset
from imbalbench.jobs import job_logging

with job_logging(snakemake.log[0]) as log:
    dataset = load_dataset(snakemake.wildcards.dataset, snakemake.params.spec, Path(snakemake.input.manifest),
                           allow_balanced=snakemake.params.allow_balanced)
    log.info("%s", dataset.metadata)
    np.savez_compressed(snakemake.output.data, X=dataset.X, y=dataset.y)
    Path(snakemake.output.metadata).write_text(json.dumps(dataset.metadata, indent=2) + "\n")
