"""Rule induced_table: AUC-PR, Δ to the upper bound (potential) and precision at recall 0.75 / 0.5 / 0.25 per ratio and method."""

from pathlib import Path

from imbalbench.analysis import induced_tables as induced
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]):
    p = snakemake.params
    per_run = induced.collect_runs(snakemake.input.scores)
    table = induced.summary_table(per_run, p.methods, p.upper_bound)
    table.to_csv(snakemake.output.csv, index=False, float_format="%.6g")
    n_seeds = int(per_run.groupby(["imbalance_ratio", "method", "fold"]).size().max())
    caption = induced.caption(p.folds, n_seeds, p.imbalance_valid_test, p.dataset, p.upper_bound)
    Path(snakemake.output.markdown).write_text(induced.to_markdown(table, caption, p.upper_bound))
    Path(snakemake.output.latex).write_text(induced.to_latex(table, caption, p.upper_bound))
