"""Cost per method against rows: seconds per 1,000 training rows per epoch, and peak memory.

Synthetic data of 1k, 10k and 100k rows x 74 features (protein_homo's width; IR 20, the minority
shifted by 0.5 in every feature), fold 0 of 4 with valid_size 0.2 as the workflow cuts it, each
method with config.yaml's parameters and recipe, R = 5 stacked seeds, each job in a fresh process
(every import paid; EGL continues from ce's models of the same data). Each (method, rows) runs at
two epoch counts, so that a job's fit seconds split into a part per row and epoch and a part that
does not grow with epochs (cWGAN's generator, MESA's ensemble), both per size:

    fit seconds = fixed + rate * epochs * training rows / 1000

Printed: per method and size, ``rate`` (seconds per 1,000 training rows per epoch), ``fixed``
and the peak RSS; ``rate`` against ce's at the same size (the baseline of the same run); and the
growth of ``rate`` between the two largest sizes (1.0 = linear in rows; above 1.5 is named as
growing faster than linear; at 1k rows the epochs' difference is within the timing noise). Then each method's growth of peak memory with rows x
features x seeds (``resources.memory_growth``; ``--write-memory`` puts it into the cost table
that sizes the jobs' ``mem_mb``), and the projected wall time of
a config (default configs/paper.yaml, shapes from imbalanced-learn's own ``fetch_datasets``
table) on 2 and 40 cores: every job's estimate summed, divided by the cores, never below the
longest job.

    python benchmarks/scale.py [--rows 1000 10000 100000] [--epochs 2 8] [--methods ce egl ...]
        [--json scale.json | --from-json scale.json] [--project configs/paper.yaml]
        [--write-memory imbalbench/workflow/job_costs.json]

With ``--samplers``, it measures instead the samplers' own work, without training: each method's
rows for 5 seeds (``resample_seeds``; an ensemble's fit of 5 seeds with its validation
choice) on fold 0's training rows at each size, in a fresh process that a time cap
(``--cap`` seconds) stops; a method that runs past the cap is not tried at larger sizes. Printed:
seconds and peak RSS per size, and the growth exponent between the two largest sizes measured
(t ~ rows^k: 1 linear, 2 quadratic). Against ``ros`` (the cheapest sampler) in the same run.

    python benchmarks/scale.py --samplers rus cc cnn ... [--rows 1000 4000 16000] [--cap 300]
        [--write-costs imbalbench/workflow/job_costs.json]

``--write-costs`` puts each sampler's envelope (``resources.sampler_envelope``: seconds at 1,000
training rows and the steepest growth exponent measured) into the cost table's ``samplers``
section, which adds a sampler's own work to its jobs' ``runtime``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import tempfile
from pathlib import Path

import numpy as np
import yaml

from imbalbench.core.artifacts import write_arrays, write_json
from imbalbench.data.splits import make_splits
from imbalbench.jobs.train import train_job_in_fresh_process
from imbalbench.workflow import resources
from imbalbench.workflow.config import run_seeds

REPO = Path(__file__).resolve().parent.parent
FEATURES = 74
IMBALANCE_RATIO = 20
FASTER_THAN_LINEAR = 1.5


def synthetic(rows: int, features: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = (rng.random(rows) < 1 / (IMBALANCE_RATIO + 1)).astype(np.int64)
    return rng.normal(size=(rows, features)) + 0.5 * y[:, None], y


def synthetic_dataset(rows: int, config: dict, tmp: Path) -> tuple[Path, Path, int]:
    """:func:`synthetic` rows written as the workflow's data and splits files, cut as ``config``
    cuts them: ``(data, splits, training rows of fold 0)``."""
    X, y = synthetic(rows, FEATURES)
    data, splits = tmp / f"data{rows}.npz", tmp / f"splits{rows}.json"
    write_arrays(data, X=X, y=y)
    split = make_splits("synthetic", y, config["folds"], config["valid_size"], 0)
    write_json({"folds": split}, splits)
    return data, splits, len(split[0]["train"])


def measure(rows_list, epochs_list, methods, config, tmp: Path) -> list[dict]:
    records = []
    for rows in rows_list:
        data, splits, train_rows = synthetic_dataset(rows, config, tmp)
        for epochs in epochs_list:
            training = {**config["training"], "epochs": epochs}
            for method in methods:
                folder = tmp / f"{method}-{rows}-{epochs}"
                warm = tmp / f"ce-{rows}-{epochs}" if method == "egl" else None
                scores = train_job_in_fresh_process(
                    folder,
                    data=data,
                    splits=splits,
                    method=method,
                    params=config["methods"].get(method, {}),
                    training=training,
                    seeds=run_seeds(0, 0, 5),
                    warm_from=warm,
                )
                run = scores["runs"][0]
                records.append(
                    {
                        "method": method,
                        "rows": rows,
                        "train_rows": train_rows,
                        "epochs": epochs,
                        "fit_seconds": run["wall_seconds"],
                        "peak_mb": scores["peak_memory_mb"],
                        "status": run["status"],
                    }
                )
                print(
                    f"  {method:8s} {rows:>7,d} rows {epochs} epochs: {run['wall_seconds']:7.2f} s, "
                    f"{scores['peak_memory_mb']:6.0f} MB, {run['status']}",
                    flush=True,
                )
    return records


SAMPLER_CHILD = """
import json, resource, sys, time
import imblearn.combine, imblearn.ensemble, imblearn.over_sampling, imblearn.under_sampling  # imports: not the work
from imbalbench.data.splits import load_fold
from imbalbench.methods import make_method
from imbalbench.models.training import use_threads
use_threads(1)
method, data, splits, seeds = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
fold = load_fold(data, splits, 0, parts=("train", "valid"))
sampler = make_method(method)
start = time.perf_counter()
if sampler.own_model:
    sampler.fit(fold, None, seeds, "cpu")
else:
    sampler.resample_seeds(fold.X_train, fold.y_train, seeds)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure_samplers(rows_list, methods, config, cap: float, tmp: Path) -> list[dict]:
    """Each sampler's 5 seeds at each size in a fresh process (:data:`SAMPLER_CHILD`), stopped at
    ``cap`` seconds; a method past the cap is not run at larger sizes."""
    import subprocess
    import sys

    records, capped = [], set()
    for rows in rows_list:
        data, splits, train_rows = synthetic_dataset(rows, config, tmp)
        for method in methods:
            record = {"method": method, "rows": rows, "train_rows": train_rows}
            if method in capped:
                records.append({**record, "status": "not run"})
                continue
            try:
                done = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        SAMPLER_CHILD,
                        method,
                        str(data),
                        str(splits),
                        json.dumps(run_seeds(0, 0, 5)),
                    ],
                    capture_output=True,
                    text=True,
                    timeout=cap,
                )
            except subprocess.TimeoutExpired:
                capped.add(method)
                record.update(status=f"over {cap:.0f} s", seconds_at_least=cap)
            else:
                if done.returncode != 0:
                    record.update(status="failed: " + done.stderr.strip().splitlines()[-1][:80])
                else:
                    record.update(status="ok", **json.loads(done.stdout.strip().splitlines()[-1]))
            records.append(record)
            shown = (
                f"{record['seconds']:8.2f} s, {record['peak_mb']:6.0f} MB" if "seconds" in record else record["status"]
            )
            print(f"  {method:10s} {rows:>7,d} rows ({train_rows:,d} training): {shown}", flush=True)
    return records


def report_samplers(records: list[dict], methods, cap: float) -> None:
    """Seconds per size, against ``ros`` at the same size, and the growth exponent between the two
    largest sizes measured."""
    sizes = sorted({r["rows"] for r in records})
    by = {(r["method"], r["rows"]): r for r in records}
    print(f"\nseconds for 5 seeds (x ros: against ros at the same size); peak MB; cap {cap:.0f} s")
    print("| method | " + " | ".join(f"{n:,d} rows: s (x ros), MB" for n in sizes) + " | growth exponent |")
    print("| --- | " + " | ".join("---:" for _ in sizes) + " | ---: |")
    for method in methods:
        cells, timed = [], []
        for n in sizes:
            r, ros = by.get((method, n), {}), by.get(("ros", n), {})
            if "seconds" not in r:
                cells.append(r.get("status", "-")[:40])
                if "seconds_at_least" in r:  # the growth to the cap: a lower bound
                    timed.append((r["train_rows"], r["seconds_at_least"]))
                continue
            ratio = f" (x{r['seconds'] / ros['seconds']:.1f})" if ros.get("seconds") else ""
            cells.append(f"{r['seconds']:.2f}{ratio}, {r['peak_mb']:.0f}")
            timed.append((r["train_rows"], r["seconds"]))
        exponent = (
            math.log(timed[-1][1] / timed[-2][1]) / math.log(timed[-1][0] / timed[-2][0])
            if len(timed) > 1
            else math.nan
        )
        print(f"| {method} | " + " | ".join(cells) + f" | {exponent:.2f} |")


def write_sampler_costs(records: list[dict], path: Path) -> None:
    """Each measured sampler's :func:`~imbalbench.workflow.resources.sampler_envelope` into the
    cost table at ``path``; a size where it ran past the cap counts at the cap, so that its
    exponent is at least the growth to it."""
    table = json.loads(path.read_text())
    points = {}
    for record in records:
        # A size that ran past the cap counts at the cap: the growth to it is a lower bound.
        seconds = record.get("seconds", record.get("seconds_at_least"))
        if seconds is not None:
            points.setdefault(record["method"], []).append((record["train_rows"], seconds))
    table["samplers"] = {
        **table.get("samplers", {}),
        **{method: resources.sampler_envelope(p) for method, p in sorted(points.items()) if len(p) > 1},
    }
    path.write_text(json.dumps(table, indent=2) + "\n")
    print(f"wrote the samplers section of {path}: {', '.join(sorted(points))}")


def split_costs(records: list[dict]) -> dict[tuple[str, int], dict]:
    """Per (method, rows): ``rate`` (s per 1,000 training rows per epoch), ``fixed`` (s) and the
    largest peak, from the two epoch counts (a line through both)."""
    costs = {}
    for record in records:
        costs.setdefault((record["method"], record["rows"]), []).append(record)
    out = {}
    for key, group in costs.items():
        group = sorted(group, key=lambda r: r["epochs"])
        low, high = group[0], group[-1]
        kilo_rows = low["train_rows"] / 1000
        rate = (high["fit_seconds"] - low["fit_seconds"]) / ((high["epochs"] - low["epochs"]) * kilo_rows)
        rate = max(rate, 0.0)
        fixed = max(0.0, low["fit_seconds"] - rate * low["epochs"] * kilo_rows)
        out[key] = {"rate": rate, "fixed": fixed, "peak_mb": max(r["peak_mb"] for r in group), **low}
    return out


def memory_points(costs: dict, method: str, seeds: int = 5) -> list[tuple[float, float]]:
    """``(cells, peak_mb)`` per measured size, cells = rows x features x stacked seeds."""
    return sorted((c["rows"] * FEATURES * seeds, c["peak_mb"]) for (m, _), c in costs.items() if m == method)


def imblearn_shapes() -> dict[str, tuple[int, int]]:
    """Rows and features of imbalanced-learn's 27 datasets, read from ``fetch_datasets``' own table."""
    from imblearn.datasets import fetch_datasets

    rows = re.findall(r"\|\s*\d+\s*\|\s*(\w+)\s*\|[^|]*\|[^|]*\|\s*([\d,]+)\s*\|\s*(\d+)\s*\|", fetch_datasets.__doc__)
    return {name: (int(n.replace(",", "")), int(d)) for name, n, d in rows}


def interpolated(costs: dict, method: str, train_rows: float) -> tuple[float, float]:
    """``rate`` and ``fixed`` at ``train_rows``, linear in log rows between measured sizes, held beyond."""
    points = sorted((c["train_rows"], c["rate"], c["fixed"]) for (m, _), c in costs.items() if m == method)
    sizes, rates, fixeds = (np.array(column) for column in zip(*points))
    where = np.log(np.clip(train_rows, sizes[0], sizes[-1]))
    return float(np.interp(where, np.log(sizes), rates)), float(np.interp(where, np.log(sizes), fixeds))


def project(costs: dict, config: dict, methods, startup: float) -> tuple[float, float]:
    """Sum of every job's estimated seconds of ``config``, and its longest job."""
    shapes = imblearn_shapes()
    total, longest = 0.0, 0.0
    epochs = config["training"]["epochs"]
    for name in config["datasets"]:
        n, _ = shapes[name]
        train_rows = resources.training_rows(n, folds=config["folds"], valid_size=config["valid_size"])
        for method in methods:
            rate, fixed = interpolated(costs, method, train_rows)
            seconds = startup + fixed + rate * epochs * train_rows / 1000
            total += seconds * config["folds"]
            longest = max(longest, seconds)
    return total, longest


def main() -> None:
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--epochs", type=int, nargs=2, default=[2, 8])
    parser.add_argument("--methods", nargs="+", default=list(config["methods"]))
    parser.add_argument("--json", type=Path, help="write the measurements here")
    parser.add_argument("--from-json", type=Path, help="report measurements written by --json, measuring nothing")
    parser.add_argument(
        "--write-memory", type=Path, help="set mb_per_million_cells in this cost table (job_costs.json)"
    )
    parser.add_argument("--project", type=Path, default=REPO / "configs" / "paper.yaml")
    parser.add_argument("--startup", type=float, default=3.0, help="seconds of a job outside its fit")
    parser.add_argument("--samplers", nargs="+", help="measure these samplers' own work instead (see above)")
    parser.add_argument("--cap", type=float, default=300.0, help="--samplers: seconds per method and size, at most")
    parser.add_argument("--write-costs", type=Path, help="--samplers: set the cost table's samplers section")
    args = parser.parse_args()
    if args.samplers:
        samplers = list(dict.fromkeys(["ros", *args.samplers]))
        print(f"{FEATURES} features, IR {IMBALANCE_RATIO}, 5 seeds, fold 0's training rows, 1 thread")
        if args.from_json:
            records = json.loads(args.from_json.read_text())
        else:
            with tempfile.TemporaryDirectory() as tmp:
                records = measure_samplers(args.rows, samplers, config, args.cap, Path(tmp))
        if args.json:
            args.json.write_text(json.dumps(records, indent=2) + "\n")
        report_samplers(records, samplers, args.cap)
        if args.write_costs:
            write_sampler_costs(records, args.write_costs)
        return
    methods = (["ce"] if "egl" in args.methods and "ce" not in args.methods else []) + args.methods
    print(f"{FEATURES} features, IR {IMBALANCE_RATIO}, 5 stacked seeds, epochs {args.epochs}, 1 thread per job")
    if args.from_json:
        records = json.loads(args.from_json.read_text())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            records = measure(args.rows, args.epochs, methods, config, Path(tmp))
    if args.json:
        args.json.write_text(json.dumps(records, indent=2) + "\n")
    costs = split_costs(records)
    sizes = sorted({record["rows"] for record in records})
    print("\nrate: s per 1,000 training rows per epoch (x ce: against ce at the same size); fixed: s; peak: MB")
    print(f"{'method':8s}" + "".join(f" | {n:>7,d}: rate  x ce  fixed  peak" for n in sizes) + " | growth")
    for method in methods:
        cells = []
        for n in sizes:
            c, ce = costs[(method, n)], costs.get(("ce", n), {"rate": 0.0})  # ce: measured unless left out
            ratio = c["rate"] / ce["rate"] if ce["rate"] > 0 else math.nan
            cells.append(f" | {c['rate']:13.3f} {ratio:5.1f} {c['fixed']:6.1f} {c['peak_mb']:5.0f}")
        smaller = costs[(method, sizes[-2])]["rate"] if len(sizes) > 1 else math.nan
        growth = costs[(method, sizes[-1])]["rate"] / smaller if smaller > 0 else math.nan
        flag = "  <- faster than linear" if growth > FASTER_THAN_LINEAR else ""
        print(f"{method:8s}" + "".join(cells) + f" | {growth:6.2f}{flag}")
    print("\nmemory growth: MB per million cells (rows x features x seeds), the steepest from the smallest shape")
    growth = {method: resources.memory_growth(memory_points(costs, method)) for method in methods}
    for method in methods:
        print(f"{method:8s} {growth[method]:7.2f}")
    if args.write_memory:
        table = json.loads(args.write_memory.read_text())
        for method, value in growth.items():
            table["methods"][method]["mb_per_million_cells"] = value
        args.write_memory.write_text(json.dumps(table, indent=2) + "\n")
        print(f"wrote mb_per_million_cells into {args.write_memory}")
    paper = yaml.safe_load(args.project.read_text())
    total, longest = project(costs, paper, [m for m in methods if m in paper["methods"]], args.startup)
    print(
        f"\n{args.project.name}: {len(paper['datasets'])} datasets, {paper['training']['epochs']} epochs, "
        f"{paper['folds']} folds: {total / 3600:.1f} CPU hours; longest job {longest / 60:.0f} min"
    )
    for cores in (2, 40):
        print(f"  on {cores:2d} cores: {max(total / cores, longest) / 3600:.1f} h")


if __name__ == "__main__":
    main()
