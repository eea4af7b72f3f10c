"""What a training or tuning job asks a scheduler for (``runtime`` in minutes, ``mem_mb``), from
measured per-method costs: ``job_costs.json`` beside this module, written by
``benchmarks/job_overhead.py --write-costs`` from a finished run. No torch import: the workflow
reads this while it plans.

Runtime of one job, in seconds: ``startup + rate[method] * steps / 1000 * seed_factor``, where
``steps`` is one seed's optimiser steps (epochs x batches per epoch on the fold's training rows).
A job trains its seeds as one stacked model, one step for all of them, which costs at most
linearly more with more seeds: ``seed_factor = max(1, seeds / measured seeds)``. ``rate`` is the
largest fit time per thousand steps among the method's measured jobs, ``startup`` the largest
time of a job outside its fit. Memory: the method's largest measured peak on the benchmark's
datasets (``peak_memory_mb`` of scores.json, the job's own process) plus its growth with the
data the job holds, ``mb_per_million_cells`` times rows x features x stacked seeds / 10^6: the
steepest growth measured by ``benchmarks/scale.py`` between its smallest synthetic shape and each
larger one (up to 100,000 x 74 x 5 seeds). Both are multiplied by ``margin`` and rounded up
(runtime to whole minutes, SLURM's unit; memory to 100 MB).

A learner other than the MLP (trees, a linear model: no optimiser steps) has its own model,
measured by ``benchmarks/learners.py --write-costs`` (section ``learners``): ``startup +
seconds_per_mcell * cells / 10^6`` with cells = rows x features x seeds, and its peak plus its
growth per million cells, whatever the method (a sampler's extra rows are within the margin).

A sampler's own work (section ``samplers``, from ``benchmarks/scale.py --samplers
--write-costs``) is added to the runtime of its training and resampling jobs, whatever the
learner: ``fixed + seconds_1k * (training rows / 1000) ** exponent`` for the measured seeds, an
upper envelope of its measured sizes with the steepest growth measured between them, so that a sampler
that grows faster than linearly (condensed nearest neighbours, cluster centroids) asks for what
it will take on a large dataset.

A method that was not measured gets the largest rate and peak of those that were. Parameters
that change a method's work per step (cWGAN's generator steps, EGL's meta epochs, a tuned batch
size) are covered only by the margin.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

COSTS_FILE = Path(__file__).with_name("job_costs.json")


@cache
def job_costs(path: str | Path = COSTS_FILE) -> dict:
    """The cost table: ``margin``, ``startup_seconds``, ``seeds`` (measured
    seeds per job), ``methods`` (method -> ``seconds_per_kstep``, ``peak_mb``, ``jobs``), and
    ``measured`` (where and how)."""
    return json.loads(Path(path).read_text())


def training_rows(n_rows: int, *, folds: int, valid_size: float) -> float:
    """The rows of a fold's training part (outside its test fold and validation part) of a
    dataset with ``n_rows`` rows."""
    return n_rows * (folds - 1) / folds * (1.0 - valid_size)


def training_steps(n_rows: int, *, folds: int, valid_size: float, epochs: int, batch_size: int) -> int:
    """One seed's optimiser steps on a fold of a dataset with ``n_rows`` rows: ``epochs`` times the
    batches of the fold's training rows (the rows outside its test and validation parts)."""
    train_rows = training_rows(n_rows, folds=folds, valid_size=valid_size)
    return int(epochs * max(1, math.ceil(train_rows / batch_size)))


def dataset_shape(metadata: str | Path) -> tuple[int, int]:
    """Rows and features of the dataset that ``metadata`` (``results/data/{name}.json``) describes.
    Snakemake asks again for every ready job at every scheduling round: read once per version."""
    info = Path(metadata).stat()
    return _read_shape(str(metadata), info.st_mtime_ns, info.st_size)


@cache
def _read_shape(metadata: str, mtime_ns: int, size: int) -> tuple[int, int]:
    about = json.loads(Path(metadata).read_text())
    return about["n"], about["d"]


def job_steps(metadata: str | Path, config: dict, batch_size: int | None = None) -> int:
    """One seed's steps in a job of ``config`` (validated: training defaults filled in) on the
    dataset that ``metadata`` (``results/data/{name}.json``, with its row count ``n``) describes."""
    rows, _ = dataset_shape(metadata)
    return training_steps(
        rows,
        folds=config["folds"],
        valid_size=config["valid_size"],
        epochs=config["training"]["epochs"],
        batch_size=batch_size or config["training"]["batch_size"],
    )


def job_cells(metadata: str | Path, seeds: int) -> int:
    """Rows x features x stacked seeds of a job on the dataset that ``metadata`` describes."""
    rows, features = dataset_shape(metadata)
    return rows * features * seeds


def _method_costs(method: str, costs: dict) -> dict:
    measured = costs["methods"]
    if method in measured:
        return measured[method]
    return {key: max(m[key] for m in measured.values()) for key in ("seconds_per_kstep", "peak_mb")}


def _memory_growth_of(method: str, costs: dict) -> float:
    """A method's ``mb_per_million_cells``; the largest measured one where it has none (not measured
    by ``benchmarks/scale.py``, e.g. ``potential``, which needs an induced run's held-back rows)."""
    growth = costs["methods"].get(method, {}).get("mb_per_million_cells")
    if growth is None:
        return max(m.get("mb_per_million_cells") or 0.0 for m in costs["methods"].values())
    return growth


def job_seconds(method: str, steps: int, seeds: int, costs: dict | None = None) -> float:
    """Expected upper bound of a job's seconds, before the margin."""
    costs = costs or job_costs()
    seed_factor = max(1.0, seeds / costs["seeds"])
    return costs["startup_seconds"] + _method_costs(method, costs)["seconds_per_kstep"] * steps / 1000 * seed_factor


def runtime_minutes(method: str, steps: int, seeds: int, costs: dict | None = None) -> int:
    """``runtime`` of a training job of ``method`` (a registry name) that trains ``seeds`` seeds
    for ``steps`` steps each."""
    costs = costs or job_costs()
    return max(1, math.ceil(costs["margin"] * job_seconds(method, steps, seeds, costs) / 60))


def mem_mb(method: str, cells: int, costs: dict | None = None) -> int:
    """``mem_mb`` of a training or tuning job of ``method`` that holds ``cells`` = rows x features x
    stacked seeds (:func:`job_cells`)."""
    costs = costs or job_costs()
    peak = _method_costs(method, costs)["peak_mb"] + _memory_growth_of(method, costs) * cells / 1e6
    return int(math.ceil(costs["margin"] * peak / 100.0) * 100)


def fold_training_rows(metadata: str | Path, config: dict) -> int:
    """The training rows of a fold (outside its test and validation parts) of the dataset that
    ``metadata`` describes."""
    rows, _ = dataset_shape(metadata)
    return int(training_rows(rows, folds=config["folds"], valid_size=config["valid_size"]))


def sampler_seconds(method: str, train_rows: int, seeds: int, costs: dict | None = None) -> float:
    """Seconds of ``method``'s own resampling (or ensemble fit) of ``seeds`` seeds on ``train_rows``
    rows, before the margin; 0 for a method that was not measured as a sampler."""
    costs = costs or job_costs()
    own = costs.get("samplers", {}).get(method)
    if own is None:
        return 0.0
    seed_factor = max(1.0, seeds / costs["seeds"])
    return (own["fixed"] + own["seconds_1k"] * (max(train_rows, 1) / 1000) ** own["exponent"]) * seed_factor


def sampler_minutes(method: str, train_rows: int, seeds: int, costs: dict | None = None) -> int:
    """``runtime`` to add to a job of sampler ``method`` for its own work (whole minutes, margin included)."""
    costs = costs or job_costs()
    return math.ceil(costs["margin"] * sampler_seconds(method, train_rows, seeds, costs) / 60)


def sampler_envelope(points: list[tuple[float, float]]) -> dict:
    """``fixed``, ``seconds_1k`` and ``exponent`` of a sampler from its measured ``(training rows,
    seconds)``: seconds = fixed + seconds_1k * (rows / 1000) ** exponent, with ``fixed`` the
    smallest measured time, ``exponent`` the steepest growth between consecutive sizes (at least
    1, linear) and the smallest ``seconds_1k`` that puts every point on or below the curve."""
    points = sorted(points)
    slopes = [
        math.log(t2 / t1) / math.log(n2 / n1) for (n1, t1), (n2, t2) in zip(points, points[1:]) if t1 > 0 and t2 > 0
    ]
    exponent = _round_up(max([1.0, *slopes]), 2)
    fixed = min(t for _, t in points)
    seconds_1k = max((t - fixed) / (n / 1000) ** exponent for n, t in points)
    return {"fixed": _round_up(fixed, 4), "seconds_1k": _round_up(seconds_1k, 6), "exponent": exponent}


def _learner_costs(learner: str, costs: dict) -> dict:
    measured = costs["learners"]
    if learner in measured:
        return measured[learner]
    keys = ("fixed_seconds", "seconds_per_mcell", "peak_mb", "mb_per_million_cells")
    return {key: max(m[key] for m in measured.values()) for key in keys}


def learner_runtime_minutes(learner: str, cells: int, costs: dict | None = None) -> int:
    """``runtime`` of a training job of a learner other than the MLP on ``cells`` = rows x
    features x seeds (:func:`job_cells`)."""
    costs = costs or job_costs()
    own = _learner_costs(learner, costs)
    seconds = costs["startup_seconds"] + own["fixed_seconds"] + own["seconds_per_mcell"] * cells / 1e6
    return max(1, math.ceil(costs["margin"] * seconds / 60))


def learner_mem_mb(learner: str, cells: int, costs: dict | None = None) -> int:
    """``mem_mb`` of a training job of a learner other than the MLP on ``cells``."""
    costs = costs or job_costs()
    own = _learner_costs(learner, costs)
    return int(math.ceil(costs["margin"] * (own["peak_mb"] + own["mb_per_million_cells"] * cells / 1e6) / 100.0) * 100)


def memory_growth(points: list[tuple[float, float]]) -> float:
    """MB per million cells from measured ``(cells, peak_mb)`` of one method: the steepest growth
    from the smallest shape to any larger one (so every measured peak lies within the line through
    the smallest), rounded up to 0.01; 0 if the peak never grows."""
    (cells0, peak0), *rest = sorted(points)
    slopes = [(peak - peak0) / ((cells - cells0) / 1e6) for cells, peak in rest if cells > cells0]
    return _round_up(max([0.0, *slopes]), 2)


def fit_costs(
    jobs: list[dict], *, seeds: int, margin: float, measured: dict, memory_growth: dict | None = None
) -> dict:
    """The cost table from measured jobs: each a dict with ``method``, ``steps`` (one seed's),
    ``fit_seconds`` (the stacked fit's wall time), ``job_seconds`` (the whole job's wall time)
    and ``peak_mb``; every job trained ``seeds`` seeds. Upper envelopes, so that every measured
    job lies within its estimate before the margin. ``memory_growth``: method ->
    ``mb_per_million_cells`` (:func:`memory_growth`, from ``benchmarks/scale.py``; 0 where absent)."""
    methods = {}
    for job in jobs:
        entry = methods.setdefault(job["method"], {"seconds_per_kstep": 0.0, "peak_mb": 0.0, "jobs": 0})
        entry["seconds_per_kstep"] = max(entry["seconds_per_kstep"], job["fit_seconds"] / (job["steps"] / 1000))
        entry["peak_mb"] = max(entry["peak_mb"], job["peak_mb"])
        entry["jobs"] += 1
    for method, entry in methods.items():  # rounded up: the envelope stays above every job
        entry["seconds_per_kstep"] = _round_up(entry["seconds_per_kstep"], 4)
        entry["peak_mb"] = _round_up(entry["peak_mb"], 1)
        entry["mb_per_million_cells"] = (memory_growth or {}).get(method, 0.0)
    startup = _round_up(max(job["job_seconds"] - job["fit_seconds"] for job in jobs), 2)
    return {
        "measured": measured,
        "margin": margin,
        "seeds": seeds,
        "startup_seconds": startup,
        "methods": dict(sorted(methods.items())),
    }


def _round_up(value: float, digits: int) -> float:
    return math.ceil(value * 10**digits) / 10**digits
