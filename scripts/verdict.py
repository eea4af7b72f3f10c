"""Rule verdict: each method against the control, per dataset (intervals) and across datasets
(Wilcoxon-Holm, Bayesian signed-rank) -> verdict.{md,json}, evidence.{md,csv}."""

import json
from pathlib import Path

import pandas as pd

from imbalbench import evidence
from imbalbench.jobs import job_logging
from imbalbench.tables import METRIC_NAMES, fold_summary

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    scores = pd.read_csv(snakemake.input.scores)
    name = METRIC_NAMES[p.metric]
    per_dataset = evidence.dataset_evidence(scores, p.control, p.metric)
    per_dataset.to_csv(snakemake.output.evidence_csv, index=False, float_format="%.6g")
    caption = evidence.evidence_caption(p.control, scores["fold"].nunique(), scores["repeat"].nunique(), name)
    Path(snakemake.output.evidence_md).write_text(evidence.evidence_markdown(per_dataset, p.control, p.methods, caption))
    mean, _ = fold_summary(scores, p.metric)
    lines = evidence.verdict(mean.reindex(columns=p.methods), p.control, p.rope)
    for line in lines:
        log.info("%s", line.text())
    Path(snakemake.output.json).write_text(json.dumps(evidence.verdict_records(lines), indent=2) + "\n")
    Path(snakemake.output.markdown).write_text(
        evidence.verdict_markdown(lines, evidence.verdict_caption(p.control, p.rope, name)))
