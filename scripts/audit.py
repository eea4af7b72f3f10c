"""Rule audit: the optimism table of published protocols -> results/tables/audit.{md,csv}."""

from pathlib import Path

import pandas as pd

from imbalbench.analysis import audit
from imbalbench.analysis.aggregate import group_runs
from imbalbench.core.artifacts import read_trace
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    runs = group_runs(snakemake.input.runs, "dataset", "method", "fold")
    traces = {key: read_trace(folders[0] / "trace.csv") for key, folders in runs.items()}
    per_run = audit.protocol_scores(pd.read_csv(snakemake.input.scores), traces)
    per_run.to_csv(snakemake.output.runs, index=False, float_format="%.6g")
    table = audit.optimism_table(per_run, p.control, p.methods)
    table.to_csv(snakemake.output.csv, index=False, float_format="%.6g")
    Path(snakemake.output.markdown).write_text(audit.optimism_markdown(table, p.control, per_run["dataset"].nunique()))
    for row in table.to_dict("records"):
        log.info("%s: (a) %.4f (b) %.4f (c) %.4f", row["method"], row["honest"], row["test_chosen"], row["selection"])
