"""The pipeline's own cost: the CPU and wall time a run spends beyond its jobs' work.

Runs the workflow on a config into a temporary folder (nothing under results/ is touched) and
measures, from the process tree:

- **total CPU**: every process of the run, Snakemake, every process it starts and the warm
  worker with its forked jobs (the worker is reparented when the job that started it exits; this
  script makes itself their child subreaper, so that it reaps them and counts them);
- **main CPU**: the Snakemake main process alone (its own user + system time, read from
  ``/proc`` while it is a zombie, before it is reaped);
- **work CPU**: what the jobs are for, the fits and the metrics (``fit_cpu_seconds`` once per
  job: a job's seeds are one stacked fit; ``metrics_seconds`` per seed; a resampling job's
  ``sampler_cpu_seconds``);
- **pipeline CPU** = total − work, and its ratio to the work (target: at most 10%; the main
  process alone at most 5%);
- the wall time above the jobs' own (their fits' and metrics' wall seconds spread over the
  cores), per job;
- the machine's load (1-minute load average before the run, and its mean and maximum during it):
  no run here is promised an idle machine.

With ``--minimal`` every training budget is at its minimum (1 epoch, 1 EGL meta epoch, 1 cWGAN
generator step, 1 MESA episode, 1 sine step): the same DAG, what remains is the pipeline (target:
at most 0.1 s of wall time per job on the default config). ``--only-methods ce,ros`` restricts
the methods (the config's ``only_methods``). ``--repo`` runs another checkout's Snakefile (an
older commit, to compare before and after in the same session).

It also prints what the decision and calibration metrics cost per training job and, given a
finished default run (``--default-results results``), their share of that run's job time.

Arguments after ``--`` go to Snakemake as they are (``--config learners='{mlp: {}, hgb: {}}'``).

    python benchmarks/pipeline.py [--config config.yaml] [--minimal] [--only-methods ce,ros]
        [--cores 2] [--repo DIR] [--keep DIR] [--default-results results] [-- SNAKEMAKE ARGS]
"""

from __future__ import annotations

import argparse
import csv
import ctypes
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
_PR_SET_CHILD_SUBREAPER = 36
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def minimal_config(config: dict) -> dict:
    """``config`` with every training budget at its minimum: what remains is the pipeline."""
    budgets = {"egl": {"meta_epochs": 1}, "cwgan": {"generator_steps": 1}, "mesa": {"episodes": 1}}
    methods = {
        name: {**params, **budgets.get(params.get("method", name), {})} for name, params in config["methods"].items()
    }
    return {
        **config,
        "methods": methods,
        "training": {**config["training"], "epochs": 1},
        **({"sine": {**config["sine"], "steps": 1}} if config.get("sine") else {}),
    }


def job_seconds(results: Path) -> float:
    """The job time of a run: its jobs' wall seconds, from Snakemake's benchmark files."""
    return sum(
        float(row["s"])
        for path in results.glob("benchmarks/**/*.tsv")
        for row in csv.DictReader(path.open(), delimiter="\t")
    )


def work_seconds(results: Path, since: float = 0.0) -> dict:
    """The jobs' own work in ``results`` written after ``since`` (a time stamp: a run that continues
    an earlier one counts its own jobs only): CPU and wall seconds of their fits and metrics (a
    job's seeds share one stacked fit, counted once), of the metrics alone, and of the resampling
    jobs' samplers."""
    work = {"cpu": 0.0, "wall": 0.0, "metrics": 0.0, "training_jobs": 0, "resampling_jobs": 0}

    def written(pattern):
        return (path for path in results.glob(pattern) if path.stat().st_mtime >= since)

    for path in written("runs/*/*/fold*/scores.json"):
        runs = json.loads(path.read_text())["runs"]
        metrics = sum(run.get("metrics_seconds", 0.0) for run in runs)
        work["cpu"] += runs[0]["fit_cpu_seconds"] + metrics  # the metrics run on one thread: wall = CPU
        work["wall"] += runs[0]["wall_seconds"] + metrics
        work["metrics"] += metrics
        work["training_jobs"] += 1
    for path in written("rows/*/*/fold*.json"):
        about = json.loads(path.read_text())
        work["cpu"] += about.get("sampler_cpu_seconds", 0.0)
        work["wall"] += about.get("sampler_seconds", 0.0)
        work["resampling_jobs"] += 1
    return work


def _own_cpu_of_zombie(pid: int) -> float:
    """User + system seconds of process ``pid`` itself (not its children), which has exited and
    is not reaped yet: /proc still holds its counters."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS  # utime, stime (stat fields 14, 15)


class LoadRecorder(threading.Thread):
    """Samples the 1-minute load average every ``interval`` seconds until stopped."""

    def __init__(self, interval: float = 5.0):
        super().__init__(daemon=True)
        self.interval, self.samples, self._done = interval, [], threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            self.samples.append(os.getloadavg()[0])

    def stop(self) -> dict:
        self._done.set()
        self.join()
        samples = self.samples or [os.getloadavg()[0]]
        return {"mean": sum(samples) / len(samples), "max": max(samples)}


def measure(command: list[str], env: dict, log: Path) -> dict:
    """Runs ``command`` (its stderr into ``log``) and returns its wall seconds, the CPU of its whole
    process tree (orphans included) and of its main process alone, and the machine's load."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()[0]
    recorder = LoadRecorder()
    recorder.start()
    start = time.perf_counter()
    with log.open("w") as stderr:  # a file, not a pipe: the worker keeps its copy open after the run
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
    wall = time.perf_counter() - start
    main_cpu = _own_cpu_of_zombie(process.pid)
    returncode = process.wait()
    load = recorder.stop()
    # The warm worker, orphaned, is now this process's child: it exits after its idle time.
    while True:
        try:
            os.wait()
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "returncode": returncode,
        "stderr": log.read_text(),
        "wall": wall,
        "total_cpu": total,
        "main_cpu": main_cpu,
        "load_before": load_before,
        "load": load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--config", type=Path, default=REPO / "config.yaml")
    parser.add_argument("--minimal", action="store_true", help="every training budget at its minimum")
    parser.add_argument("--only-methods", help="comma-separated methods (the config's only_methods)")
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout whose Snakefile runs")
    parser.add_argument(
        "--default-results", type=Path, help="a finished default run's results/, for the metrics' share"
    )
    parser.add_argument("--keep", type=Path, help="run in this folder and keep it (default: a temporary one)")
    args, snakemake_args = parser.parse_known_args()
    if snakemake_args[:1] == ["--"]:
        snakemake_args = snakemake_args[1:]
    elif snakemake_args:
        parser.error(f"unrecognized arguments: {' '.join(snakemake_args)} (Snakemake's go after --)")
    folder = Path(args.keep or tempfile.mkdtemp(prefix="imbalbench-pipeline-"))
    folder.mkdir(parents=True, exist_ok=True)
    config = yaml.safe_load(args.config.read_text())
    config_path = folder / "config.yaml"
    config_path.write_text(yaml.safe_dump(minimal_config(config) if args.minimal else config))
    command = [
        sys.executable,
        "-m",
        "snakemake",
        "-s",
        str(args.repo / "Snakefile"),
        "--directory",
        str(folder),
        "--configfile",
        str(config_path),
        "--cores",
        str(args.cores),
    ]
    if args.only_methods:
        command += ["--config", f"only_methods=[{args.only_methods}]"]
    command += snakemake_args
    runtime = Path(tempfile.mkdtemp(prefix="imbalbench-pipeline-worker-"))  # a worker of this run only
    env = {
        **os.environ,
        "PYTHONPATH": str(args.repo),
        "XDG_RUNTIME_DIR": str(runtime),
        "IMBALBENCH_WORKER_IDLE": "2",
    }
    started = time.time()
    run = measure(command, env, folder / "snakemake.log")
    shutil.rmtree(runtime, ignore_errors=True)
    if run["returncode"] != 0:
        sys.exit(run["stderr"][-3000:])
    finished = re.findall(r"(\d+) of (\d+) steps \(100%\) done", run["stderr"])
    jobs = int(finished[-1][1]) if finished else 0
    work = work_seconds(folder / "results", since=started)
    pipeline = run["total_cpu"] - work["cpu"]
    above = run["wall"] - work["wall"] / args.cores
    what = f"{args.config.name}{' ' + args.only_methods if args.only_methods else ''}"
    print(
        f"{what}, {'minimal budgets' if args.minimal else 'full recipe'}, {args.cores} cores, "
        f"{args.repo}: {jobs} jobs ({work['training_jobs']} training, {work['resampling_jobs']} resampling) "
        f"in {run['wall']:.0f} s ({run['wall'] / max(jobs, 1):.3f} s wall per job)"
    )
    print(
        f"CPU: {run['total_cpu']:.0f} s in all; the jobs' work (fits, metrics, samplers) {work['cpu']:.0f} s; "
        f"pipeline {pipeline:.0f} s = {pipeline / max(work['cpu'], 1e-9):.1%} of the work; "
        f"Snakemake's main process alone {run['main_cpu']:.0f} s = {run['main_cpu'] / max(work['cpu'], 1e-9):.1%}"
    )
    print(
        f"wall above the jobs' own work ({work['wall']:.0f} s over {args.cores} cores): {above:.0f} s, "
        f"{above / max(jobs, 1):.3f} s per job"
    )
    print(
        f"load (1-min average): {run['load_before']:.2f} before, {run['load']['mean']:.2f} mean and "
        f"{run['load']['max']:.2f} max during the run"
    )
    spent, trained = work["metrics"], work["training_jobs"]
    print(
        f"decision and calibration metrics: {spent:.1f} s over {trained} training jobs "
        f"({spent / max(trained, 1) * 1000:.0f} ms per job)"
    )
    if args.default_results:
        default_jobs = job_seconds(args.default_results)
        default_work = work_seconds(args.default_results)
        own, own_jobs = default_work["metrics"], default_work["training_jobs"]
        print(
            f"default run ({args.default_results}): {default_jobs:,.0f} s of job time; these metrics scaled to its "
            f"{own_jobs} training jobs: {spent / max(trained, 1) * own_jobs / default_jobs:.1%} of it; its own "
            f"runs' metrics: {own:.0f} s, {own / default_jobs:.1%}"
        )
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
