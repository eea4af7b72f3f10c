"""CPU of one training job with R = 5 stacked seeds against R = 1, per method, on the same fold.

Loads one dataset of the embedded default offline (default: yeast_me2, 1,484 rows x 8 features;
--dataset satimage is the largest), cuts fold 0 as the workflow does, and times each method's
fit with config.yaml's parameters and training recipe (CPU seconds of this process, one thread),
first with the job's first seed alone, then with its R seeds stacked. EGL continues from ce's
models of the same seeds, as in the workflow, so its figure is what an EGL job costs beyond ce.
Prints a table: CPU seconds for R = 1 and R, their ratio (target <= 2.0 for the MLP methods) and
the CPU per seed relative to R = 1.

    python benchmarks/seeds.py [--dataset yeast_me2] [--repeats 5] [--methods ce egl ...] [--epochs N]

With ``--groups``, for samplers whose seeds get different class counts (smoteenn, iht, ...): the
R seeds trained in groups of equal counts (as the workflow trains them) against the same seeds
stacked as one group after cutting each seed's rows to the smallest count of each class (the
all-equal stacking that such a sampler cannot have), and against one seed at a time.

    python benchmarks/seeds.py --groups --methods smoteenn smotetomek iht cnn oss [--dataset satimage]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
import yaml

from imbalbench.data.sources import fetch_raw, load_dataset
from imbalbench.data.splits import make_splits, scale_fold
from imbalbench.jobs.train import run_method
from imbalbench.learners.mlp import MLPLearner
from imbalbench.methods import make_method, method_spec
from imbalbench.methods.base import class_counts, seed_groups
from imbalbench.models.training import Recipe, TrainResult
from imbalbench.workflow.config import run_seeds

REPO = Path(__file__).resolve().parent.parent


def load_fold(name: str, spec: dict, config: dict):
    with tempfile.TemporaryDirectory() as tmp:
        manifest = fetch_raw(name, spec, Path(tmp) / name, Path(tmp) / "cache")
        data = load_dataset(name, spec, manifest)
    split = make_splits(name, data.y, config["folds"], config["valid_size"], config["seed"])[0]
    return scale_fold(data.X, data.y, split)


def timed(method, params, fold, recipe, seeds, warm_start=None, rows=None):
    start = time.process_time()
    learner = MLPLearner.of(recipe)
    outcomes = run_method(method, params, fold, learner, seeds, torch.device("cpu"), warm_start, rows=rows)
    return time.process_time() - start, outcomes


def as_warm_start(outcomes) -> list[TrainResult]:
    return [TrainResult(o.model, o.scores["best_epoch"], o.scores["best_valid_auc_pr"], o.trace) for o in outcomes]


def equal_counts(X: list, y: list) -> tuple[np.ndarray, np.ndarray]:
    """Per-seed rows cut to the smallest count of each class over the seeds (each class's first
    rows), stacked: (R, n, d) and (R, n)."""
    keep = np.min([class_counts(y_r) for y_r in y], axis=0)
    rows = [np.concatenate([np.flatnonzero(y_r == c)[: keep[c]] for c in (0, 1)]) for y_r in y]
    return np.stack([X_r[r] for X_r, r in zip(X, rows)]), np.stack([y_r[r] for y_r, r in zip(y, rows)])


def group_costs(methods, config, fold, recipe, seeds) -> None:
    """CPU seconds of grouped seeds, of all-equal stacking and of one seed at a time, per sampler."""
    print(f"{'method':10s} {'groups':>6s} {'grouped s':>10s} {'equal s':>8s} {'ratio':>6s} {'one at a time s':>16s}")
    for method in methods:
        params = config["methods"].get(method, {})
        X, y = make_method(method, params).resample_seeds(fold.X_train, fold.y_train, seeds)
        if not isinstance(X, list):
            print(f"{method:10s} the seeds got equal class counts: nothing to group")
            continue
        groups = len(list(seed_groups(X, y, len(seeds))))
        grouped, _ = timed(method, params, fold, recipe, seeds, rows=(X, y))
        equal, _ = timed(method, params, fold, recipe, seeds, rows=equal_counts(X, y))
        alone = sum(timed(method, params, fold, recipe, [s], rows=([X[r]], [y[r]]))[0] for r, s in enumerate(seeds))
        print(f"{method:10s} {groups:6d} {grouped:10.2f} {equal:8.2f} {grouped / equal:6.2f} {alone:16.2f}")


def main() -> None:
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="yeast_me2", choices=sorted(config["datasets"]))
    parser.add_argument("--repeats", type=int, default=config["repeats"])
    parser.add_argument("--methods", nargs="+", default=list(config["methods"]))
    parser.add_argument("--epochs", type=int, default=None, help="override the recipe's epochs (quick check)")
    parser.add_argument("--groups", action="store_true", help="grouped seeds against all-equal stacking (above)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    training = {**config["training"], **({"epochs": args.epochs} if args.epochs else {})}
    recipe = Recipe.from_config(training)
    fold = load_fold(args.dataset, config["datasets"][args.dataset], config)
    seeds = run_seeds(config["seed"], 0, args.repeats)
    print(
        f"{args.dataset} fold 0: {len(fold.y_train)} train rows x {fold.X_train.shape[1]} features, "
        f"{recipe.epochs} epochs, torch {torch.__version__}, 1 thread"
    )
    timed("ce", {}, fold, Recipe.from_config({**training, "epochs": 2}), seeds)  # warm-up: first calls, lazy imports
    if args.groups:
        samplers = yaml.safe_load((REPO / "configs" / "samplers.yaml").read_text())
        group_costs(args.methods, samplers, fold, recipe, seeds)
        return
    print(f"{'method':8s} {'R=1 s':>8s} {f'R={len(seeds)} s':>8s} {'ratio':>6s} {'per seed':>9s}")
    warm = {}
    methods = (["ce"] if "egl" in args.methods and "ce" not in args.methods else []) + args.methods
    for method in methods:
        params = config["methods"].get(method, {})
        costs = []
        for subset in (seeds[:1], seeds):
            warm_start = warm.get(len(subset)) if method_spec(method).warm_start == "ce" else None
            cost, outcomes = timed(method, params, fold, recipe, subset, warm_start)
            costs.append(cost)
            if method == "ce":
                warm[len(subset)] = as_warm_start(outcomes)
        if method in args.methods:
            ratio = costs[1] / costs[0]
            print(f"{method:8s} {costs[0]:8.2f} {costs[1]:8.2f} {ratio:6.2f} {ratio / len(seeds):9.2f}")


if __name__ == "__main__":
    main()
