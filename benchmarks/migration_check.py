"""Does an edit of the training code keep every number? Train a sample under two commits and compare.

    python benchmarks/migration_check.py --from b8bff5c --config configs/keel.yaml \
        --datasets ecoli1,glass1 --methods ce,ros,smote

The config, limited to the datasets and methods given (``only_datasets``, ``only_methods``), runs
to ``results/scores.csv`` twice, on this machine, in fresh copies: of commit ``--from`` and of this
checkout as it is now. Every column of the two tables but the costs
(:data:`imbalbench.workflow.reference.COST_COLUMNS`) must be equal, row for row. It prints how many
rows and columns it compared and the rows that differ; exit status 1 when any does. This is the
evidence that ``python -m imbalbench.workflow.migrate`` asks for in ``--because``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import yaml

from imbalbench.workflow.migrate import CHECKOUT, commit_tree, working_tree
from imbalbench.workflow.reference import COST_COLUMNS

IGNORED = (*COST_COLUMNS, "in_worker")
"""Columns that say how a job ran, not what it found."""


def scores_in(tree: Path, config: dict, cores: int) -> tuple[pd.DataFrame, float]:
    (tree / "check.json").write_text(json.dumps(config))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "snakemake", "--cores", str(cores), "results/scores.csv", "--configfile", "check.json"],
        cwd=tree,  # the tree's own package first on sys.path
        env={**os.environ, "PYTHONPATH": str(tree), "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"the run in {tree} failed:\n{done.stderr[-3000:]}")
    return pd.read_csv(tree / "results/scores.csv"), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="source", required=True, help="the commit to compare with")
    parser.add_argument("--config", type=Path, default=CHECKOUT / "config.yaml")
    parser.add_argument("--datasets", required=True, help="comma-separated")
    parser.add_argument("--methods", required=True, help="comma-separated")
    parser.add_argument("--cores", type=int, default=2)
    args = parser.parse_args()
    config = yaml.safe_load(args.config.read_text())
    config.update(only_datasets=args.datasets.split(","), only_methods=args.methods.split(","))
    config.pop("reference", None)
    with tempfile.TemporaryDirectory(prefix="imbalbench-check-") as scratch:
        scratch = Path(scratch)
        old, old_seconds = scores_in(commit_tree(CHECKOUT, args.source, scratch / "old"), config, args.cores)
        new, new_seconds = scores_in(working_tree(CHECKOUT, scratch / "new"), config, args.cores)
    columns = [c for c in old.columns if c not in IGNORED]
    if list(new.columns) != list(old.columns) or len(new) != len(old):
        sys.exit(f"the tables differ in shape: {old.shape} under {args.source}, {new.shape} now")
    differ = ~(old[columns].eq(new[columns]) | (old[columns].isna() & new[columns].isna())).all(axis=1)
    print(f"{len(old)} rows ({old['status'].eq('ok').sum()} ok) x {len(columns)} columns compared")
    print(f"wall: {old_seconds:.0f} s under {args.source}, {new_seconds:.0f} s now")
    print(f"rows that differ: {int(differ.sum())}")
    if differ.any():
        print(pd.concat({"then": old.loc[differ, columns], "now": new.loc[differ, columns]}, axis=1).head(20))
        sys.exit(1)


if __name__ == "__main__":
    main()
