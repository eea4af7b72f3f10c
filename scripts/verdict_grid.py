"""Rule verdict_grid: the verdict's grid (method x metric) as a heat map."""

import pandas as pd

from imbalbench.analysis.plots import plot_message, plot_verdict_grid
from imbalbench.core.logs import job_logging
from imbalbench.scoring.metric_specs import metric_spec

with job_logging(snakemake.log[0]):
    metrics = snakemake.params.metrics
    records = pd.read_json(snakemake.input.verdict)
    if len(records):
        plot_verdict_grid(records, metrics, [metric_spec(m).label for m in metrics], snakemake.output.figure)
    else:
        plot_message("No method to compare with the control: the verdict is empty.", snakemake.output.figure)
