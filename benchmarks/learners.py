"""Cost of a training job per learner, next to the MLP's: seconds and peak memory per job.

Synthetic data (rows x 74 features, IR 20, the minority shifted by 0.5 in every feature; fold 0
of 4 with valid_size 0.2, as the workflow cuts it), R = 5 seeds, each job in a fresh process
(every import paid, one thread), each learner at its config defaults and the MLP at config.yaml's
recipe. Two methods: ``ce`` (the seeds share their rows, so a deterministic learner trains once)
and ``ros`` (each seed its own rows: a deterministic learner trains R times).

Printed: per learner, method and size, the fit's seconds, the job's peak RSS and the fit's
seconds as a ratio to the MLP's on the same method and rows (the baseline of the same run).
``--write-costs`` puts each learner's cost model into the table that sizes the jobs' requests
(``imbalbench/workflow/job_costs.json``, section ``learners``): a fit's fixed seconds (the
slowest fit at the smallest size) and its seconds per million cells beyond them (training rows x
features x seeds; the steepest over the larger sizes, so every measured fit lies within), the
largest peak and its growth per million cells (:func:`imbalbench.workflow.resources.memory_growth`).

    python benchmarks/learners.py [--rows 1000 10000 50000] [--learners mlp hgb logreg]
        [--write-costs imbalbench/workflow/job_costs.json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import yaml
from scale import FEATURES, synthetic_dataset  # noqa: I001 (benchmarks/ is the script's folder)

from imbalbench.jobs.train import train_job_in_fresh_process
from imbalbench.learners import all_learners
from imbalbench.workflow import resources
from imbalbench.workflow.config import run_seeds

REPO = Path(__file__).resolve().parent.parent
METHODS = ("ce", "ros")
SEEDS = 5


def measure(rows_list, learners, config, tmp: Path) -> list[dict]:
    records = []
    for rows in rows_list:
        data, splits, train_rows = synthetic_dataset(rows, config, tmp)
        for learner in learners:
            settings = config["training"] if all_learners()[learner].settings_section else {}
            for method in METHODS:
                scores = train_job_in_fresh_process(
                    tmp / f"{learner}-{method}-{rows}",
                    data=data,
                    splits=splits,
                    method=method,
                    params=config["methods"].get(method, {}),
                    training=settings,
                    seeds=run_seeds(0, 0, SEEDS),
                    learner=learner,
                )
                run = scores["runs"][0]
                records.append(
                    {
                        "learner": learner,
                        "method": method,
                        "rows": rows,
                        "cells": train_rows * FEATURES * SEEDS,
                        "fit_seconds": run["wall_seconds"],
                        "peak_mb": scores["peak_memory_mb"],
                    }
                )
                print(
                    f"  {learner:7s} {method:4s} {rows:>7,d} rows: {run['wall_seconds']:8.2f} s, "
                    f"{scores['peak_memory_mb']:6.0f} MB, {run['status']}",
                    flush=True,
                )
    return records


def report(records: list[dict]) -> None:
    baseline = {(r["method"], r["rows"]): r["fit_seconds"] for r in records if r["learner"] == "mlp"}
    print(f"\n{'learner':8} {'method':6} {'rows':>8} {'fit s':>9} {'x mlp':>7} {'peak MB':>8}")
    for r in records:
        ratio = (
            r["fit_seconds"] / baseline[(r["method"], r["rows"])]
            if (r["method"], r["rows"]) in baseline
            else float("nan")
        )
        print(
            f"{r['learner']:8} {r['method']:6} {r['rows']:>8,d} {r['fit_seconds']:9.2f} {ratio:7.3f} {r['peak_mb']:8.0f}"
        )


def learner_costs(records: list[dict]) -> dict:
    """Per learner other than the MLP (whose requests count optimiser steps): fixed seconds, seconds
    per million cells, peak MB and its growth per million cells (upper envelopes)."""
    costs = {}
    for learner in {r["learner"] for r in records} - {"mlp"}:
        own = [r for r in records if r["learner"] == learner]
        smallest = min(r["cells"] for r in own)
        fixed = max(r["fit_seconds"] for r in own if r["cells"] == smallest)
        larger = [(r["fit_seconds"] - fixed) / (r["cells"] / 1e6) for r in own if r["cells"] > smallest]
        costs[learner] = {
            "fixed_seconds": round(fixed + 5e-3, 2),
            "seconds_per_mcell": round(max([0.0, *larger]) + 5e-5, 4),
            "peak_mb": round(max(r["peak_mb"] for r in own) + 0.05, 1),
            "mb_per_million_cells": resources.memory_growth([(r["cells"], r["peak_mb"]) for r in own]),
            "jobs": len(own),
        }
    return dict(sorted(costs.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--learners", nargs="+", default=["mlp", "hgb", "logreg"])
    parser.add_argument("--write-costs", type=Path)
    args = parser.parse_args()
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        records = measure(args.rows, args.learners, config, Path(tmp))
    report(records)
    costs = learner_costs(records)
    print("\n" + json.dumps(costs, indent=2))
    if args.write_costs:
        table = json.loads(args.write_costs.read_text())
        table["learners"] = costs
        args.write_costs.write_text(json.dumps(table, indent=2) + "\n")
        print(f"wrote {args.write_costs}")


if __name__ == "__main__":
    main()
