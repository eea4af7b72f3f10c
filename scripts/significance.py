"""Rule significance: Friedman / Iman-Davenport, Holm against the control, Nemenyi CD and its diagram."""

import json
from pathlib import Path

import pandas as pd

from imbalbench.analysis.plots import plot_critical_difference, plot_message
from imbalbench.analysis.stats import significance_markdown, significance_report
from imbalbench.analysis.tables import fold_summary
from imbalbench.core.logs import job_logging
from imbalbench.scoring.metric_specs import metric_spec

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    mean, _ = fold_summary(pd.read_csv(snakemake.input.scores), p.metric)
    mean = mean.reindex(columns=p.methods)
    report = significance_report(mean, p.control, p.alpha)
    Path(snakemake.output.json).write_text(json.dumps(report, indent=2) + "\n")
    Path(snakemake.output.markdown).write_text(significance_markdown(report, metric_spec(p.metric).label))
    if "error" in report:
        log.warning("%s", report["error"])
        plot_message(report["error"], snakemake.output.cd_diagram)
    else:
        log.info(
            "Friedman chi2 %.3f, Iman-Davenport F %.3f (p %.3g)",
            report["chi2"],
            report["iman_davenport_f"],
            report["iman_davenport_p"],
        )
        plot_critical_difference(
            pd.Series(report["mean_ranks"]),
            pd.DataFrame(report["nemenyi_p"]),
            report["nemenyi_cd"],
            p.alpha,
            snakemake.output.cd_diagram,
            f"Mean ranks by {metric_spec(p.metric).label} over {report['n_datasets']} datasets "
            f"(Nemenyi, α = {p.alpha})",
        )
