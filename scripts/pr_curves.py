"""Rule pr_curves: precision-recall curves per dataset (mean over folds), one line per method."""

import numpy as np

from imbalbench.aggregate import mean_pr_curves
from imbalbench.jobs import job_logging
from imbalbench.plots import plot_pr_curves

with job_logging(snakemake.log[0]):
    recall = np.linspace(0, 1, 101)
    runs = {tuple(key.split("|")): files for key, files in snakemake.params.runs.items()}
    plot_pr_curves(mean_pr_curves(runs, recall), recall, snakemake.output.figure)
