"""Rule pr_curves: precision-recall curves per dataset (mean over folds), one line per method."""

import numpy as np

from imbalbench.analysis.aggregate import group_runs, mean_pr_curves, positive_rates
from imbalbench.analysis.plots import plot_message, plot_pr_curves
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    recall = np.linspace(0, 1, 101)
    runs = group_runs(snakemake.input.scores, "dataset", "method")
    predictions = {key: [run / "predictions.parquet" for run in folders] for key, folders in runs.items()}
    curves = mean_pr_curves(predictions, recall)
    if curves:
        plot_pr_curves(
            curves,
            recall,
            snakemake.output.figure,
            positive_rates=positive_rates(predictions),
            methods=snakemake.params.methods,
        )
    else:  # every run failed, or came from a reference, which holds no predictions
        plot_message("No run trained here has test predictions (a reference holds none).", snakemake.output.figure)
