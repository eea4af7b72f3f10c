"""Submissions and the share of allocated CPU time spent training, on a real SLURM, with the
SLURM profile's batches (group jobs) against one submission per job, in the same run.

Starts the single-node test SLURM of tests/slurm_cluster.py (root, Debian's slurm packages; it
refuses to run beside another SLURM), runs the default config's methods and training settings on
a few datasets twice (``--groups train=per_job``: a submission per training job, an EGL job
with its ce job as one; then the profile's batches, one per dataset) and prints per leg: submissions (sbatch calls), wall
time, CPU seconds allocated (CPUs x elapsed per allocation, from slurmctld's log) and the share
of them spent in the methods' fits (``wall_seconds`` of each job's stacked fit).

    python benchmarks/slurm_batches.py [--datasets ecoli yeast_me2] [--folds 2]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.conftest import Workflow  # noqa: E402
from tests.slurm_cluster import Cluster  # noqa: E402


def allocations(slurmctld_log: Path, ids: set[str]) -> dict[str, tuple[int, float]]:
    """(CPUs, elapsed seconds) of each of the job ids' allocations, from slurmctld's log."""
    stamp = lambda line: datetime.datetime.fromisoformat(line[1:24])  # noqa: E731
    started, allocated = {}, {}
    for line in slurmctld_log.read_text().splitlines():
        if (found := re.search(r"sched: Allocate JobId=(\d+) .*#CPUs=(\d+)", line)) and found.group(1) in ids:
            started[found.group(1)] = (stamp(line), int(found.group(2)))
        elif (found := re.search(r"_job_complete: JobId=(\d+) done", line)) and found.group(1) in started:
            start, cpus = started.pop(found.group(1))
            allocated[found.group(1)] = (cpus, (stamp(line) - start).total_seconds())
    return allocated


def run_leg(name: str, config: dict, cluster: Cluster, parent: Path, extra: list[str]) -> dict:
    flow = Workflow(parent / name)
    flow.write_config(config)
    command = [
        sys.executable,
        "-m",
        "snakemake",
        "--verbose",
        "--workflow-profile",
        "profiles/slurm",
        "--slurm-no-account",
        "--slurm-status-command",
        "squeue",
        "--slurm-init-seconds-before-status-checks",
        "3",
        *extra,
    ]
    start = time.perf_counter()
    done = subprocess.run(
        command, cwd=flow.root, env={**flow.env(), **cluster.environment()}, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{name}: snakemake failed\n{done.stderr[-3000:]}")
    output = done.stdout + done.stderr
    ids = set(re.findall(r"has been submitted with SLURM jobid (\d+)", output))
    used = allocations(cluster.state / "log" / "slurmctld.log", ids).values()
    requested = [int(minutes) for minutes in re.findall(r"sbatch call: .* -t '?(\d+)", output)]
    fits = [
        json.loads(p.read_text())["runs"][0]["wall_seconds"] for p in flow.root.glob("results/runs/*/*/*/scores.json")
    ]
    return {
        "leg": name,
        "jobs": len(fits),
        "submissions": len(ids),
        "wall": wall,
        "allocated": sum(cpus * seconds for cpus, seconds in used),
        "elapsed": sum(s for _, s in used),
        "requested": 60 * sum(requested),
        "training": sum(fits),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="+", default=["ecoli", "yeast_me2"])
    parser.add_argument("--folds", type=int, default=2)
    args = parser.parse_args()
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    config.update(datasets={name: config["datasets"][name] for name in args.datasets}, folds=args.folds, sine=False)
    config.pop("induced")
    with tempfile.TemporaryDirectory() as tmp:
        cluster = Cluster(Path(tmp) / "slurm")
        cluster.start()
        try:
            legs = [
                run_leg("per_job", config, cluster, Path(tmp), ["--groups", "train=per_job"]),
                run_leg("batched", config, cluster, Path(tmp), []),
            ]
        finally:
            cluster.cancel_jobs_under(Path(tmp))
            cluster.stop()
    print(
        f"{len(config['datasets'])} datasets x {len(config['methods'])} methods x {args.folds} folds, "
        f"{config['repeats']} seeds per job, {config['training']['epochs']} epochs"
    )
    print(
        "| leg | jobs | submissions | wall s | CPU s allocated | CPU s training | training share "
        "| time limit / elapsed |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for leg in legs:
        print(
            f"| {leg['leg']} | {leg['jobs']} | {leg['submissions']} | {leg['wall']:.0f} | {leg['allocated']:.0f} | "
            f"{leg['training']:.0f} | {leg['training'] / leg['allocated']:.1%} | "
            f"{leg['requested'] / leg['elapsed']:.1f} |"
        )
    per_job, batched = legs
    print(
        f"batched / per job: submissions {batched['submissions'] / per_job['submissions']:.2f}, "
        f"allocated CPU s {batched['allocated'] / per_job['allocated']:.2f}, wall {batched['wall'] / per_job['wall']:.2f}"
    )


if __name__ == "__main__":
    main()
