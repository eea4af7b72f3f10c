"""Rule verdict: each method against the control on every verdict metric, per dataset (intervals)
and across datasets (Wilcoxon-Holm, Bayesian signed-rank, detectable difference) ->
verdict.{md,json}, evidence.{md,csv}."""

import json
from pathlib import Path

import pandas as pd

from imbalbench.analysis import evidence
from imbalbench.analysis.tables import fold_summary
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    scores = pd.read_csv(snakemake.input.scores)
    per_dataset = pd.concat(
        [evidence.dataset_evidence(scores, p.control, metric).assign(metric=metric) for metric in p.metrics],
        ignore_index=True,
    )
    per_dataset.to_csv(snakemake.output.evidence_csv, index=False, float_format="%.6g")
    Path(snakemake.output.evidence_md).write_text(
        evidence.evidence_document(
            per_dataset, p.control, p.methods, p.metrics, scores["fold"].nunique(), scores["repeat"].nunique()
        )
    )
    lines = []
    for metric in p.metrics:
        mean, _ = fold_summary(scores, metric)
        lines += evidence.verdict(
            mean.reindex(columns=p.methods), p.control, p.ropes[metric], metric=metric, alpha=p.alpha
        )
    for line in lines:
        log.info("%s", line.text())
    Path(snakemake.output.json).write_text(json.dumps(evidence.verdict_records(lines), indent=2) + "\n")
    Path(snakemake.output.markdown).write_text(evidence.verdict_document(lines, p.metrics, p.control, p.ropes, p.alpha))
