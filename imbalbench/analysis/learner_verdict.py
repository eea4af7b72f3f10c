"""The verdict per learner: on each learner, each method against that learner's control (plain
training of the same learner), so that a method's gain is not confused with its learner's.

The runs of the whole config are judged together against one reference run in the deployment
verdict (``verdict.md``, :func:`imbalbench.analysis.evidence.verdict` over every run); here each
learner is its own Holm family, as if it had been run alone.
"""

from __future__ import annotations

import pandas as pd

from ..scoring.metric_specs import metric_spec
from . import evidence
from .tables import fold_summary, markdown_table


def learner_verdict(
    scores: pd.DataFrame, groups: dict[str, dict], metrics, ropes: dict[str, float], alpha: float
) -> list[dict]:
    """Verdict records (:func:`~imbalbench.analysis.evidence.verdict_records`) with ``learner``
    and ``base``, the configured method, added. ``groups``: learner -> ``{"control": run,
    "runs": {run: configured method}}``; a learner whose control did not run is left out."""
    records = []
    for metric in metrics:
        mean, _ = fold_summary(scores, metric)
        for learner, group in groups.items():
            runs = [run for run in group["runs"] if run in mean.columns]
            if group["control"] not in runs or len(runs) < 2:
                continue
            lines = evidence.verdict(mean[runs], group["control"], ropes[metric], metric=metric, alpha=alpha)
            records += [
                {**record, "learner": learner, "base": group["runs"][record["method"]]}
                for record in evidence.verdict_records(lines)
            ]
    return records


def learner_grid_markdown(records: pd.DataFrame, metric: str, learners: list[str]) -> str:
    """For one metric: one row per configured method, one column per learner, the conclusion and Δ
    against that learner's control."""
    decimals = metric_spec(metric).decimals
    block = records[records["metric"] == metric]
    cells = {(r.base, r.learner): evidence.grid_cell(r.conclusion, r.diff, decimals) for r in block.itertuples()}
    methods = list(dict.fromkeys(block["base"]))
    controls = dict(zip(block["learner"], block["control"]))
    rows = [
        [(method, False)] + [(cells.get((method, learner), "—"), False) for learner in learners] for method in methods
    ]
    header = ["method"] + [f"{learner} (vs {controls.get(learner, 'N/A')})" for learner in learners]
    direction = "" if metric_spec(metric).higher_is_better else " Lower is better: a negative Δ is a gain."
    caption = (
        f"{metric_spec(metric).label}: on each learner, each method against that learner's control, the "
        f"conclusion of the verdict's rule and in brackets Δ, the mean difference over datasets "
        f"(method − control, both on the same learner).{direction} —: the method does not run on that learner."
    )
    return markdown_table(caption, header, rows, n_left=len(header))


def learner_verdict_document(records: pd.DataFrame, metrics, learners: list[str], ropes, alpha: float) -> str:
    """``learner_verdict.md``: a grid per metric, then each learner's lines."""
    blocks = [
        "# Verdict per learner: each method against its learner's control",
        "",
        "Each learner is its own family (Holm over its methods); the deployment verdict, every (method, "
        "learner) pair against one reference, is verdict.md.",
        "",
    ]
    for metric in metrics:
        blocks += [f"## {metric_spec(metric).label}", "", learner_grid_markdown(records, metric, learners)]
    for learner in learners:
        block = records[records["learner"] == learner]
        if block.empty:
            continue
        lines = [
            evidence.VerdictLine(**{k: v for k, v in r.items() if k not in ("conclusion", "learner", "base")})
            for r in block.to_dict("records")
        ]
        control = lines[0].control
        blocks += [f"## {learner}: each method against {control}", ""]
        for metric in metrics:
            own = [line for line in lines if line.metric == metric]
            caption = evidence.verdict_caption(control, ropes[metric], metric, alpha)
            blocks += [f"### {metric_spec(metric).label}", "", evidence.verdict_markdown(own, caption)]
    return "\n".join(blocks)
