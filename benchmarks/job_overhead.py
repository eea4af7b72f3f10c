"""Per-method cost of a finished run, and the share of the training jobs' CPU time spent
starting jobs rather than training.

The per-method table sums, over a method's training jobs: their wall seconds (Snakemake's
benchmark files, ``results/benchmarks/train/``), the CPU seconds of their fits and of the whole
job (scores.json), and shows the largest peak memory of a job (``peak_memory_mb``).

Reads a finished run of a config (default: config.yaml, results under results/) and, per training
job, compares the CPU time of method.fit (``fit_cpu_seconds`` in scores.json) with the job's whole
CPU time: the Snakemake job process (``cpu_time`` of its benchmark file, which also counts a warm
worker that the job started) plus, when the job ran in the warm worker, the forked child's own
CPU time (``job_cpu_seconds``).

With ``--compare K`` it also runs K of those jobs again the old way, each in a fresh process
(``IMBALBENCH_WORKER=0``: every import paid by the job), writing into a temporary folder, and
prints their share in the same units, so the two numbers come from the same machine and run.

With ``--write-costs imbalbench/workflow/job_costs.json`` it refreshes the cost table from which the
workflow sizes each training job's ``runtime`` and ``mem_mb`` (imbalbench.workflow.resources), and prints
how the requests compare with the measured jobs. Measure a run of the default config's methods
(every method you run on a cluster) on datasets from the smallest to the largest.

With ``--project configs/keel.yaml`` it fits each method's job wall seconds as a + b x rows on
the run's jobs and sums them over that config's datasets x folds x methods: the job time a full
run would take, each method's share of it, and the wall time on 2 cores before scheduling. A
method or dataset the run has not measured is named and left out.

    python benchmarks/job_overhead.py [--results results] [--config config.yaml] [--compare 12]
        [--write-costs imbalbench/workflow/job_costs.json [--margin 2]] [--project configs/keel.yaml]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from imbalbench.methods import method_spec
from imbalbench.workflow.config import run_seeds


def job_costs(results: Path) -> list[dict]:
    jobs = []
    for scores_path in sorted(results.glob("runs/*/*/fold*/scores.json")):
        scores = json.loads(scores_path.read_text())
        if "job_cpu_seconds" not in scores:
            continue
        dataset, method, fold = scores_path.parts[-4], scores_path.parts[-3], scores_path.parts[-2]
        bench = results / "benchmarks" / "train" / dataset / method / f"{fold}.tsv"
        with open(bench) as handle:
            client_cpu = float(next(csv.DictReader(handle, delimiter="\t"))["cpu_time"])
        total = client_cpu + (scores["job_cpu_seconds"] if scores["in_worker"] else 0.0)
        fit = scores["runs"][0]["fit_cpu_seconds"]  # the stacked fit of all seeds
        with open(bench) as handle:
            wall = float(next(csv.DictReader(handle, delimiter="\t"))["s"])
        run = scores["runs"][0]
        # A sampler shared by several learners made its rows in a resampling job (rules/resample.smk).
        resampled = results / "benchmarks" / "resample" / dataset / method.split("@")[0] / f"{fold}.tsv"
        resample_wall = 0.0
        if resampled.exists():
            with open(resampled) as handle:
                resample_wall = float(next(csv.DictReader(handle, delimiter="\t"))["s"])
        jobs.append(
            {
                "dataset": dataset,
                "method": method,
                "fold": int(fold[4:]),
                "fit": fit,
                "total": max(total, fit),
                "wall": wall,
                "peak_mb": scores.get("peak_memory_mb", float("nan")),
                "base": run.get("base", method),
                "fit_wall": run["wall_seconds"],
                "learner": run.get("learner", "mlp"),
                "resample_wall": resample_wall,
                "ok": run["status"] == "ok",
                "seeds": len(scores["runs"]),
                "batch_size": (run.get("tuned_training") or {}).get("batch_size"),
            }
        )
    return jobs


def print_method_table(jobs: list[dict]) -> None:
    """Per method (benchmark runs and induced runs apart): jobs, wall, fit CPU, job CPU, peak memory."""
    groups = {}
    for job in jobs:
        kind = "induced" if "@" in job["dataset"] else "benchmark"
        groups.setdefault((kind, job["method"]), []).append(job)
    print("| runs | method | jobs | wall s | fit CPU s | job CPU s | peak memory MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for (kind, method), group in sorted(
        groups.items(), key=lambda item: (item[0][0], -sum(j["wall"] for j in item[1]))
    ):
        print(
            f"| {kind} | {method} | {len(group)} | {sum(j['wall'] for j in group):,.0f} | "
            f"{sum(j['fit'] for j in group):,.0f} | {sum(j['total'] for j in group):,.0f} | "
            f"{max(j['peak_mb'] for j in group):,.0f} |"
        )
    print(
        f"| all | | {len(jobs)} | {sum(j['wall'] for j in jobs):,.0f} | {sum(j['fit'] for j in jobs):,.0f} | "
        f"{sum(j['total'] for j in jobs):,.0f} | {max(j['peak_mb'] for j in jobs):,.0f} |\n"
    )


def share(jobs: list[dict]) -> tuple[float, float, float]:
    fit = sum(j["fit"] for j in jobs)
    total = sum(j["total"] for j in jobs)
    return 1 - fit / total, fit, total


def rerun_without_worker(jobs: list[dict], config: dict, results: Path) -> list[dict]:
    """Run the given jobs in fresh processes (no worker); return their costs."""
    costs = []
    with tempfile.TemporaryDirectory() as tmp:
        for job in jobs:
            out = Path(tmp) / f"{job['dataset']}-{job['method']}-{job['fold']}"
            run = results / "runs" / job["dataset"]
            warm = method_spec(job["method"]).warm_start
            job_spec = dict(
                data=str(results / "data" / f"{job['dataset']}.npz"),
                splits=str(results / "splits" / f"{job['dataset']}.json"),
                dataset=job["dataset"],
                method=job["method"],
                base=job["method"],
                fold=job["fold"],
                params=config["methods"][job["method"]],
                training=config.get("training", {}),
                seeds=run_seeds(config.get("seed", 0), job["fold"], config.get("repeats", 1)),
                device="cpu",
                threads=1,
                log=str(out / "train.log"),
                warm_models=None if warm is None else str(run / warm / f"fold{job['fold']}" / "model.npz"),
                warm_trace=None if warm is None else str(run / warm / f"fold{job['fold']}" / "trace.csv"),
            )
            outputs = {
                name: str(out / f"{name}.{ext}")
                for name, ext in (
                    ("scores", "json"),
                    ("predictions", "parquet"),
                    ("trace", "csv"),
                    ("synthetic", "parquet"),
                    ("models", "npz"),
                )
            }
            kwargs = dict(job=job_spec, outputs=outputs)
            code = (
                "import json, sys, resource; from imbalbench.workflow.worker import run_job; "
                f"code = run_job('imbalbench.jobs.train:train_job', json.loads({json.dumps(json.dumps(kwargs))})); "
                "u = resource.getrusage(resource.RUSAGE_SELF); print(u.ru_utime + u.ru_stime); sys.exit(code)"
            )
            env = {**os.environ, "IMBALBENCH_WORKER": "0"}
            done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            total = float(done.stdout.strip().splitlines()[-1])
            fit = json.loads((out / "scores.json").read_text())["runs"][0]["fit_cpu_seconds"]
            costs.append({**job, "fit": fit, "total": total})
    return costs


def write_cost_table(jobs: list[dict], config: dict, results: Path, path: Path, margin: float) -> None:
    """Fit the cost table to the run's successful MLP jobs, write it, and print requests / measured.
    A job that trained on shared rows counts its resampling job's time too (the cost of the same
    job in a config with one learner). The other learners' section (benchmarks/learners.py) is kept,
    and so are the methods this run did not train, with the run that measured them; the startup is
    the larger of the two runs'."""
    import datetime

    from imbalbench.analysis.report import machine
    from imbalbench.workflow import resources

    measured = []
    for job in (j for j in jobs if j["ok"] and j["learner"] == "mlp"):
        metadata = results / "data" / f"{job['dataset'].split('@')[0]}.json"  # an induced run: its source's rows
        measured.append(
            {
                **job,
                "method": job["base"],
                "steps": resources.job_steps(metadata, config, job["batch_size"]),
                "fit_seconds": job["fit_wall"] + job["resample_wall"],
                "job_seconds": job["wall"] + job["resample_wall"],
            }
        )
    seeds = max(j["seeds"] for j in measured)
    # Memory growth with the data comes from benchmarks/scale.py: kept from the table it wrote.
    previous = json.loads(path.read_text()) if path.exists() else {}
    growth = {method: entry.get("mb_per_million_cells", 0.0) for method, entry in previous.get("methods", {}).items()}
    table = resources.fit_costs(
        measured,
        seeds=seeds,
        margin=margin,
        memory_growth=growth,
        measured={
            "date": datetime.date.today().isoformat(),
            "jobs": len(measured),
            "datasets": sorted({j["dataset"] for j in measured}),
            "epochs": config["training"]["epochs"],
            "machine": machine(),
        },
    )
    if "learners" in previous:
        table["learners"] = previous["learners"]
    kept = {method: entry for method, entry in previous.get("methods", {}).items() if method not in table["methods"]}
    if kept:
        table["methods"] = dict(sorted({**kept, **table["methods"]}.items()))
        table["startup_seconds"] = max(table["startup_seconds"], previous["startup_seconds"])
        table["measured"]["kept"] = {"methods": sorted(kept), "measured": previous["measured"]}
    path.write_text(json.dumps(table, indent=2) + "\n")
    print(f"wrote {path}: {len(measured)} jobs, {len(table['methods'])} methods, startup {table['startup_seconds']} s")
    print("| method | jobs | s per 1000 steps | peak MB | runtime request / job wall: min | median | max |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for method, entry in table["methods"].items():
        ratios = sorted(
            resources.runtime_minutes(method, j["steps"], j["seeds"], table) * 60 / j["job_seconds"]
            for j in measured
            if j["method"] == method
        )
        if not ratios:  # kept from the run that measured it
            continue
        print(
            f"| {method} | {entry['jobs']} | {entry['seconds_per_kstep']} | {entry['peak_mb']:.0f} | "
            f"{ratios[0]:.1f} | {ratios[len(ratios) // 2]:.1f} | {ratios[-1]:.1f} |"
        )


def print_projection(jobs: list[dict], results: Path, path: Path) -> None:
    """Job seconds of every training job of the config at ``path``, from a linear fit in rows per method."""
    import numpy as np

    config = yaml.safe_load(path.read_text())
    rows = {}
    for dataset in config["datasets"]:
        metadata = results / "data" / f"{dataset}.json"
        if metadata.exists():
            rows[dataset] = json.loads(metadata.read_text())["n"]
    missing = sorted(set(config["datasets"]) - set(rows))
    seconds = {}
    for method in config["methods"]:
        measured = [(rows[j["dataset"]], j["wall"]) for j in jobs if j["method"] == method and j["dataset"] in rows]
        if len(measured) < 2:
            print(f"{method}: {len(measured)} job(s) measured, left out")
            continue
        n, wall = np.array(measured).T
        slope, intercept = np.polyfit(n, wall, 1) if len(set(n)) > 1 else (0.0, wall.mean())
        per_job = np.maximum(intercept + slope * np.array(list(rows.values())), wall.min())
        seconds[method] = config["folds"] * per_job.sum()
        print(
            f"{method:8s} {len(measured):4d} jobs measured: {intercept:5.1f} s + {slope * 1000:5.2f} s per 1,000 rows; "
            f"{config['folds'] * len(rows)} jobs {seconds[method] / 3600:5.2f} h"
        )
    total = sum(seconds.values())
    shares = ", ".join(
        f"{method} {value / total:.0%}" for method, value in sorted(seconds.items(), key=lambda x: -x[1])
    )
    print(f"{path}: {len(rows)} datasets, {len(seconds)} methods: {total / 3600:.2f} h of job time ({shares})")
    print(f"  on 2 cores: {total / 2 / 3600:.2f} h before scheduling")
    if missing:
        print(f"  not measured, left out: {', '.join(missing)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=Path("results"))
    parser.add_argument("--config", type=Path, default=Path("config.yaml"))
    parser.add_argument("--compare", type=int, default=0, help="rerun this many jobs without the warm worker")
    parser.add_argument("--write-costs", type=Path, help="refresh this cost table (imbalbench/workflow/job_costs.json)")
    parser.add_argument("--margin", type=float, default=2.0, help="requests = margin x the measured envelope")
    parser.add_argument("--project", type=Path, help="project the job time of this config from the run's jobs")
    args = parser.parse_args()
    jobs = job_costs(args.results)
    if not jobs:
        sys.exit(f"no finished training jobs with CPU records under {args.results}/runs; run the workflow first")
    print_method_table(jobs)
    overhead, fit, total = share(jobs)
    print(f"{len(jobs)} training jobs: {total:.0f} s CPU in all, {fit:.0f} s of it training")
    print(f"start-up share with the warm worker: {overhead:.1%}")
    if args.project:
        print_projection(jobs, args.results, args.project)
    if not (args.write_costs or args.compare):
        return
    from imbalbench.workflow.config import validate

    config = yaml.safe_load(args.config.read_text())
    validate(config, Path(__file__).resolve().parents[1] / "schemas" / "config.schema.yaml")  # its defaults
    if args.write_costs:
        write_cost_table(jobs, config, args.results, args.write_costs, args.margin)
    if args.compare:
        step = max(1, len(jobs) // args.compare)
        sample = jobs[::step][: args.compare]
        start = time.perf_counter()
        fresh = rerun_without_worker(sample, config, args.results)
        same = [
            next(j for j in jobs if (j["dataset"], j["method"], j["fold"]) == (f["dataset"], f["method"], f["fold"]))
            for f in fresh
        ]
        print(f"{len(fresh)} of them rerun in fresh processes ({time.perf_counter() - start:.0f} s):")
        print(f"  start-up share without the worker: {share(fresh)[0]:.1%}")
        print(f"  the same jobs with the worker:     {share(same)[0]:.1%}")
        print(
            f"  CPU per job, without / with:      {share(fresh)[2] / len(fresh):.2f} s / {share(same)[2] / len(same):.2f} s"
        )


if __name__ == "__main__":
    main()
