"""What one tuning trial costs, against the training run it consists of.

On fold 0 of one dataset of the embedded default (default: yeast_me2), per method: the CPU
seconds of a bare fit of the fold's first seed with config.yaml's parameters (what a trial
trains), and of a study of the same number of trials (imbalbench.tuning.search.tune with the method's
default search space from config.yaml, journal on disk as in a tune job). Prints seconds per fit,
per trial, and their ratio (the study's own cost: sampling, journal, bookkeeping). EGL's trials
continue from ce's run of the same seed, as in the workflow.

    python benchmarks/tuning_trial.py [--dataset yeast_me2] [--trials 5] [--methods ce smote egl]
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import time
from pathlib import Path

import torch
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seeds import as_warm_start, load_fold  # noqa: E402

from imbalbench.jobs.train import run_method  # noqa: E402
from imbalbench.learners.mlp import MLPLearner  # noqa: E402
from imbalbench.methods import make_method, method_spec  # noqa: E402
from imbalbench.tuning.study import tune  # noqa: E402
from imbalbench.workflow.config import method_entry, run_seeds, search_spaces  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="yeast_me2", choices=sorted(config["datasets"]))
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--methods", nargs="+", default=["ce", "smote", "focal", "egl"])
    args = parser.parse_args()
    torch.set_num_threads(1)
    cpu = torch.device("cpu")
    fold = load_fold(args.dataset, config["datasets"][args.dataset], config)
    learner = MLPLearner(**config["training"])
    recipe = learner.recipe
    seed = run_seeds(config["seed"], 0, 1)
    config["tuning"]["trials"] = args.trials
    spaces = search_spaces(config)
    warm = as_warm_start(run_method("ce", {}, fold, learner, seed, cpu))
    print(
        f"{args.dataset} fold 0, {len(fold.y_train)} train rows, {recipe.epochs} epochs, one thread; "
        f"{args.trials} trials per study"
    )
    print(f"{'method':8} {'fit s':>7} {'trial s':>8} {'ratio':>6}")
    for name in args.methods:
        base, params = method_entry(config, name)
        extra = lambda base=base: {"warm_start": copy.deepcopy(warm)} if method_spec(base).warm_start else {}
        start = time.process_time()
        for _ in range(args.trials):
            make_method(base, params).fit(fold, learner, seed, cpu, **extra())
        fit = (time.process_time() - start) / args.trials

        def evaluate(method_params, training, base=base, params=params, extra=extra):
            run_learner = MLPLearner(**{**config["training"], **training})
            (result,) = make_method(base, {**params, **method_params}).fit(fold, run_learner, seed, cpu, **extra())
            return result.best_valid_auc_pr

        with tempfile.TemporaryDirectory() as tmp:
            start = time.process_time()
            tune(evaluate, spaces[name], args.trials, 0, 2, Path(tmp) / "study.journal", "bench")
            trial = (time.process_time() - start) / args.trials
        print(f"{name:8} {fit:7.2f} {trial:8.2f} {trial / fit:6.2f}")


if __name__ == "__main__":
    main()
