"""Rule reliability: reliability diagrams of every method's test probabilities, pooled over the
datasets or for one (aggregate.reliability_dataset)."""

import pandas as pd

from imbalbench.analysis.aggregate import group_runs
from imbalbench.analysis.plots import plot_message, plot_reliability
from imbalbench.core.artifacts import read_predictions
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    p = snakemake.params
    runs = group_runs(snakemake.input.scores, "method", "dataset")
    columns = ["y_true", "probability", "probability_calibrated"]
    predictions = {}
    for method in p.methods:
        folders = [
            run
            for (name, dataset), found in runs.items()
            if name == method and p.dataset in (None, dataset)
            for run in found
        ]
        rows = [read_predictions(run / "predictions.parquet", columns=columns) for run in folders]
        if rows and sum(map(len, rows)):  # none: failed everywhere, or taken from a reference
            predictions[method] = pd.concat(rows)
    where = f"dataset {p.dataset}" if p.dataset else "every dataset pooled, all folds and seeds"
    missing = [m for m in p.methods if m not in predictions]
    if missing:
        where += f"; no test predictions (failed, or from a reference): {', '.join(missing)}"
    if predictions:
        plot_reliability(predictions, snakemake.output.figure, where)
    else:
        plot_message(f"No method has test predictions ({where}).", snakemake.output.figure)
