"""The pipeline's own cost: the default DAG with almost no training, timed end to end.

Runs the workflow on config.yaml with 1 epoch, 1 EGL meta epoch, 1 cWGAN generator step, 1 MESA
episode and 1 sine step, into a temporary folder (nothing under results/ is touched), and prints
the jobs, the wall time, the wall time per job and, given the wall time of a default run
(``--default-run-seconds``, e.g. from README), the share of it that the pipeline itself costs
(target: under 10%).

    python benchmarks/pipeline.py [--cores 2] [--default-run-seconds 3300] [--keep DIR]
"""

from __future__ import annotations

import argparse
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
    return {**config, "methods": methods, "training": {**config["training"], "epochs": 1},
            **({"sine": {**config["sine"], "steps": 1}} if config.get("sine") else {})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--config", type=Path, default=REPO / "config.yaml")
    parser.add_argument("--default-run-seconds", type=float, help="wall time of a default run, for the share")
    parser.add_argument("--keep", type=Path, help="run in this folder and keep it (default: a temporary one)")
    args = parser.parse_args()
    folder = Path(args.keep or tempfile.mkdtemp(prefix="imbalbench-pipeline-"))
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.yaml"
    config.write_text(yaml.safe_dump(minimal_config(yaml.safe_load(args.config.read_text()))))
    command = [sys.executable, "-m", "snakemake", "-s", str(REPO / "Snakefile"), "--directory", str(folder),
               "--configfile", str(config), "--cores", str(args.cores)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(done.stderr[-3000:])
    finished = re.findall(r"(\d+) of (\d+) steps \(100%\) done", done.stderr)
    jobs = int(finished[-1][1]) if finished else 0
    print(f"default DAG, minimal budgets, {args.cores} cores: {jobs} jobs in {wall:.0f} s "
          f"({wall / max(jobs, 1):.2f} s wall per job)")
    if args.default_run_seconds:
        print(f"share of a {args.default_run_seconds:.0f} s default run: {wall / args.default_run_seconds:.1%}")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
