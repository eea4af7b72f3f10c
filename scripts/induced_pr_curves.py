"""Rule induced_pr_curves: one panel per imbalance ratio, one curve per method (the upper bound dashed)."""

import numpy as np

from imbalbench.analysis.aggregate import group_runs, mean_pr_curves, positive_rates
from imbalbench.analysis.plots import plot_pr_curves
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    runs = group_runs(snakemake.input.scores, "imbalance_ratio", "method")
    predictions = {
        (f"{ratio:g}", method): [run / "predictions.parquet" for run in folders]
        for (ratio, method), folders in runs.items()
    }
    recall = np.linspace(0, 1, 101)
    curves = mean_pr_curves(predictions, recall)
    ordered = {ratio: curves[ratio] for ratio in snakemake.params.ratios if ratio in curves}
    plot_pr_curves(
        ordered,
        recall,
        snakemake.output.figure,
        dashed=snakemake.params.upper_bounds,
        panel_title=lambda r: f"IR {r}:1",
        positive_rates=positive_rates(predictions),
        methods=snakemake.params.methods,
    )
