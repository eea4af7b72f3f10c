"""Rule tables: results/scores.csv -> one table per metric as CSV, Markdown and LaTeX, and every
metric's mean per method (all_metrics.{md,csv})."""

from pathlib import Path

import pandas as pd

from imbalbench.analysis.tables import ResultTable, metric_overview, overview_markdown
from imbalbench.core.logs import job_logging
from imbalbench.scoring.metric_specs import METRICS

with job_logging(snakemake.log[0]):
    p = snakemake.params
    scores = pd.read_csv(snakemake.input.scores)
    for metric in p.metrics:
        table = ResultTable.from_scores(scores, metric, p.datasets, p.methods, p.notes)
        table.to_frame().to_csv(snakemake.output[f"{metric}_csv"], float_format="%.6g")
        Path(snakemake.output[f"{metric}_md"]).write_text(table.to_markdown())
        Path(snakemake.output[f"{metric}_tex"]).write_text(table.to_latex())
    overview = metric_overview(scores, p.datasets, p.methods, METRICS)
    overview.to_csv(snakemake.output.all_metrics_csv, index_label="metric", float_format="%.6g")
    n_complete = len(ResultTable.from_scores(scores, "auc_pr", p.datasets, p.methods).complete)
    Path(snakemake.output.all_metrics_md).write_text(overview_markdown(overview, n_complete))
