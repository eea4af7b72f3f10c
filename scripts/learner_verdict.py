"""Rule learner_verdict: on each learner, each method against that learner's control ->
learner_verdict.{md,json} and the per-learner grid figure."""

import json
from pathlib import Path

import pandas as pd

from imbalbench.analysis.learner_verdict import learner_verdict, learner_verdict_document
from imbalbench.analysis.plots import plot_learner_grid, plot_message
from imbalbench.core.logs import job_logging

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    scores = pd.read_csv(snakemake.input.scores)
    records = learner_verdict(scores, p.groups, p.metrics, p.ropes, p.alpha)
    Path(snakemake.output.json).write_text(json.dumps(records, indent=2) + "\n")
    frame = pd.DataFrame(records)
    if frame.empty:
        message = "No learner has both its control and another method: nothing to compare."
        log.warning("%s", message)
        Path(snakemake.output.markdown).write_text(f"# Verdict per learner\n\n{message}\n")
        plot_message(message, snakemake.output.figure)
    else:
        Path(snakemake.output.markdown).write_text(
            learner_verdict_document(frame, p.metrics, list(p.groups), p.ropes, p.alpha)
        )
        plot_learner_grid(frame, p.metrics, list(p.groups), snakemake.output.figure)
        log.info("%d verdict lines over %d learners", len(frame), frame["learner"].nunique())
