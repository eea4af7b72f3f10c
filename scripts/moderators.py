"""Rule moderators: each method's paired gain over the control against the datasets' rows, features,
imbalance ratio and minority rows (Spearman, permutation p, Holm) -> moderators.{md,csv}, moderators.png."""

from pathlib import Path

import pandas as pd

from imbalbench.analysis import moderators
from imbalbench.analysis.plots import plot_moderators
from imbalbench.core.artifacts import read_json
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    scores = pd.read_csv(snakemake.input.scores)
    properties = moderators.dataset_moderators([read_json(path) for path in snakemake.input.metadata])
    tables = {}
    for metric in p.metrics:
        gains = moderators.paired_gains(scores, p.control, metric).reindex(columns=p.methods).dropna(how="all", axis=1)
        tables[metric] = moderators.moderator_table(gains, properties, seed=p.seed)
        log.info(
            "%s: %d methods x %d moderators on %d datasets", metric, gains.shape[1], len(properties.columns), len(gains)
        )
        if metric == p.metrics[0]:
            plot_moderators(gains, properties, tables[metric], snakemake.output.figure, metric)
    pd.concat([table.assign(metric=metric) for metric, table in tables.items()]).to_csv(
        snakemake.output.csv, index=False, float_format="%.6g"
    )
    Path(snakemake.output.markdown).write_text(moderators.moderator_markdown(tables, p.control, p.alpha))
