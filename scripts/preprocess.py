"""Rule preprocess: raw files -> results/data/{dataset}.npz (X, y) and its metadata JSON."""

from pathlib import Path

import numpy as np

from imbalbench.core.artifacts import write_arrays, write_json
from imbalbench.core.logs import job_logging
from imbalbench.data.sources import load_dataset

with job_logging(snakemake.log[0]) as log:
    dataset = load_dataset(
        snakemake.wildcards.dataset,
        snakemake.params.spec,
        Path(snakemake.input.manifest),
        allow_balanced=snakemake.params.allow_balanced,
    )
    log.info("%s", dataset.metadata)
    write_arrays(snakemake.output.data, X=dataset.X, y=dataset.y, feature_names=np.array(dataset.feature_names))
    write_json(dataset.metadata, snakemake.output.metadata)
