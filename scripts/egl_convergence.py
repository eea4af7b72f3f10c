"""Rule egl_convergence: EGL's per-epoch validation AUC-PR, training loss and synthetic-row displacement."""

from imbalbench.analysis.aggregate import group_runs, meta_traces
from imbalbench.analysis.plots import plot_egl_traces
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    runs = group_runs(snakemake.input.scores, "dataset", "fold")
    plot_egl_traces(
        meta_traces({key: folders[0] / "trace.csv" for key, folders in runs.items()}), snakemake.output.figure
    )
