"""Rule egl_convergence: EGL's per-epoch validation AUC-PR, training loss and synthetic-row displacement."""

from imbalbench.aggregate import meta_traces
from imbalbench.jobs import job_logging
from imbalbench.plots import plot_egl_traces

with job_logging(snakemake.log[0]):
    runs = {(key.split("|")[0], int(key.split("|")[1])): path for key, path in snakemake.params.runs.items()}
    plot_egl_traces(meta_traces(runs), snakemake.output.figure)
