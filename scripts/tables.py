"""Rule tables: results/scores.csv -> AUC-PR and AUC-ROC tables as CSV, Markdown and LaTeX."""

from pathlib import Path

import pandas as pd

from imbalbench.jobs import job_logging
from imbalbench.tables import ResultTable

with job_logging(snakemake.log[0]):
    scores = pd.read_csv(snakemake.input.scores)
    for metric in ("auc_pr", "auc_roc"):
        table = ResultTable.from_scores(scores, metric, snakemake.params.datasets, snakemake.params.methods)
        table.to_frame().to_csv(snakemake.output[f"{metric}_csv"], float_format="%.6g")
        Path(snakemake.output[f"{metric}_md"]).write_text(table.to_markdown())
        Path(snakemake.output[f"{metric}_tex"]).write_text(table.to_latex())
