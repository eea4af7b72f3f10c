"""Rule induced_pr_curves: one panel per imbalance ratio, one curve per method (potential dashed)."""

import re

import numpy as np

from imbalbench.aggregate import mean_pr_curves
from imbalbench.jobs import job_logging
from imbalbench.plots import plot_pr_curves

with job_logging(snakemake.log[0]):
    pattern = re.compile(r"ir([^/]+)/([^/]+)/fold\d+/predictions\.parquet$")
    runs = {}
    for path in snakemake.input.predictions:
        runs.setdefault(pattern.search(path).groups(), []).append(path)
    recall = np.linspace(0, 1, 101)
    curves = mean_pr_curves(runs, recall)
    ordered = {ratio: curves[ratio] for ratio in snakemake.params.ratios if ratio in curves}
    plot_pr_curves(ordered, recall, snakemake.output.figure, dashed=("potential",), panel_title=lambda r: f"IR {r}:1")
