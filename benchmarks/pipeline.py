"""The pipeline's own cost: the default DAG with almost no training, timed end to end.

Runs the workflow on config.yaml with 1 epoch, 1 EGL meta epoch, 1 cWGAN generator step, 1 MESA
episode and 1 sine step, into a temporary folder (nothing under results/ is touched), and prints
the jobs, the wall time, the wall time per job and, given the wall time of a default run
(``--default-run-seconds``, e.g. from README), the share of it that the pipeline itself costs
(target: under 10%).

It also prints what the decision and calibration metrics cost (the validation threshold, Platt
scaling and the metrics of every seed: ``metrics_seconds`` in each run's scores.json; they depend
on the rows, not on the epochs, so the minimal run pays what a default run pays). Given a finished
default run (``--default-results results``), it sets them against that run's job time (the sum of
its jobs' Snakemake benchmark seconds), for this run's metrics and for that run's own (target: at
most 5%).

    python benchmarks/pipeline.py [--cores 2] [--default-run-seconds 3300] [--default-results results]
        [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def minimal_config(config: dict) -> dict:
    """config.yaml with every training budget at its minimum: what remains is the pipeline."""
    budgets = {"egl": {"meta_epochs": 1}, "cwgan": {"generator_steps": 1}, "mesa": {"episodes": 1}}
    methods = {name: {**params, **budgets.get(name, {})} for name, params in config["methods"].items()}
    return {
        **config,
        "methods": methods,
        "training": {**config["training"], "epochs": 1},
        **({"sine": {**config["sine"], "steps": 1}} if config.get("sine") else {}),
    }


def metrics_seconds(results: Path) -> tuple[float, int]:
    """Seconds the runs of ``results`` spent on decision metrics, and their training jobs."""
    total, jobs = 0.0, 0
    for path in results.glob("runs/*/*/fold*/scores.json"):
        total += sum(run.get("metrics_seconds", 0.0) for run in json.loads(path.read_text())["runs"])
        jobs += 1
    return total, jobs


def job_seconds(results: Path) -> float:
    """The job time of a run: its jobs' wall seconds, from Snakemake's benchmark files."""
    return sum(
        float(row["s"])
        for path in results.glob("benchmarks/**/*.tsv")
        for row in csv.DictReader(path.open(), delimiter="\t")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--config", type=Path, default=REPO / "config.yaml")
    parser.add_argument("--default-run-seconds", type=float, help="wall time of a default run, for the share")
    parser.add_argument(
        "--default-results", type=Path, help="a finished default run's results/, for the metrics' share"
    )
    parser.add_argument("--keep", type=Path, help="run in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="imbalbench-pipeline-"))
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.yaml"
    config.write_text(yaml.safe_dump(minimal_config(yaml.safe_load(args.config.read_text()))))
    command = [
        sys.executable,
        "-m",
        "snakemake",
        "-s",
        str(REPO / "Snakefile"),
        "--directory",
        str(folder),
        "--configfile",
        str(config),
        "--cores",
        str(args.cores),
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(done.stderr[-3000:])
    finished = re.findall(r"(\d+) of (\d+) steps \(100%\) done", done.stderr)
    jobs = int(finished[-1][1]) if finished else 0
    print(
        f"default DAG, minimal budgets, {args.cores} cores: {jobs} jobs in {wall:.0f} s "
        f"({wall / max(jobs, 1):.2f} s wall per job)"
    )
    if args.default_run_seconds:
        print(f"share of a {args.default_run_seconds:.0f} s default run: {wall / args.default_run_seconds:.1%}")
    spent, trained = metrics_seconds(folder / "results")
    print(
        f"decision and calibration metrics: {spent:.1f} s over {trained} training jobs "
        f"({spent / max(trained, 1) * 1000:.0f} ms per job)"
    )
    if args.default_results:
        default_jobs = job_seconds(args.default_results)
        own, own_jobs = metrics_seconds(args.default_results)
        print(
            f"default run ({args.default_results}): {default_jobs:,.0f} s of job time; these metrics scaled to its "
            f"{own_jobs} training jobs: {spent / max(trained, 1) * own_jobs / default_jobs:.1%} of it; its own "
            f"runs' metrics: {own:.0f} s, {own / default_jobs:.1%}"
        )
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
