"""Rule pr_curves: precision-recall curves per dataset (mean over folds), one line per method."""

import numpy as np

from imbalbench.analysis.aggregate import group_runs, mean_pr_curves, positive_rates
from imbalbench.analysis.plots import plot_pr_curves
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    recall = np.linspace(0, 1, 101)
    runs = group_runs(snakemake.input.scores, "dataset", "method")
    predictions = {key: [run / "predictions.parquet" for run in folders] for key, folders in runs.items()}
    plot_pr_curves(
        mean_pr_curves(predictions, recall),
        recall,
        snakemake.output.figure,
        positive_rates=positive_rates(predictions),
        methods=snakemake.params.methods,
    )
