"""How many tuning trials does the selection signal need? Tuned ce's best-so-far against trials.

    python benchmarks/trial_budget.py --config configs/keel.yaml --datasets glass2,yeast4 \
        --learners hgb,logreg --trials 40 --folds 0,1

For each dataset, outer fold and learner, one tune job of plain training (``ce``) runs ``--trials``
trials in the learner's declared space, each scored by the tuning signal (the pooled out-of-fold
log loss of inner stratified cross-validation, METHOD.md section 8), exactly as rule ``tune``
runs it; the fold's test rows are never read. It prints, per learner, the best-so-far signal
after k trials as its excess over the last trial's best (median and maximum over the jobs), and
the trial after which the best-so-far stays within 1% of the final best: where the budget
plateaus. The data and splits come from the config's own rules (only the datasets given).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml

from imbalbench.core.artifacts import read_json
from imbalbench.jobs.tune import tune_job
from imbalbench.learners import learner_spec
from imbalbench.tuning.search import Distribution, SearchSpace
from imbalbench.workflow.migrate import CHECKOUT

CHECKPOINTS = (5, 10, 15, 20, 30, 40, 60, 80)


def make_data(config: dict, datasets: list[str], workdir: Path) -> None:
    (workdir / "budget.yaml").write_text(yaml.safe_dump({**config, "only_datasets": datasets}))
    targets = [f"results/splits/{name}.json" for name in datasets]
    done = subprocess.run(
        [sys.executable, "-m", "snakemake", "-s", str(CHECKOUT / "Snakefile"), "--cores", "2", *targets]
        + ["--configfile", "budget.yaml"],
        cwd=workdir,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"making the data failed:\n{done.stderr[-3000:]}")


def curve(workdir: Path, dataset: str, fold: int, learner: str, settings: dict, trials: int) -> list[float]:
    """The best-so-far signal after each trial of one tune job of ``ce`` on ``learner``."""
    declared = learner_spec(learner).search_space
    space = SearchSpace({}, {name: Distribution.parse(entry, name) for name, entry in declared.items()}).as_config()
    output = workdir / f"tuning/{dataset}-{learner}-{fold}.json"
    output.parent.mkdir(parents=True, exist_ok=True)
    job = dict(
        data=str(workdir / f"results/data/{dataset}.npz"),
        splits=str(workdir / f"results/splits/{dataset}.json"),
        dataset=dataset,
        method=f"ce@{learner}",
        base="ce",
        fold=fold,
        params={},
        training=settings,
        seeds=[0],
        device="cpu",
        threads=1,
        learner=learner,
        log=str(output.with_suffix(".log")),
    )
    tune_job(job=job, space=space, trials=trials, seed=0, startup_trials=5, output=str(output), code="")
    values = [t["value"] if t["state"] == "complete" else np.inf for t in read_json(output)["trials"]]
    return list(np.minimum.accumulate(values))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=CHECKOUT / "configs/keel.yaml")
    parser.add_argument("--datasets", required=True, help="comma-separated")
    parser.add_argument("--learners", default="hgb,logreg", help="comma-separated")
    parser.add_argument("--folds", default="0,1", help="comma-separated outer folds")
    parser.add_argument("--trials", type=int, default=40)
    args = parser.parse_args()
    config = yaml.safe_load(args.config.read_text())
    datasets = args.datasets.split(",")
    with tempfile.TemporaryDirectory(prefix="imbalbench-budget-") as scratch:
        workdir = Path(scratch)
        make_data(config, datasets, workdir)
        for learner in args.learners.split(","):
            settings = (config.get("learners") or {}).get(learner) or {}
            start, curves = time.perf_counter(), []
            for dataset in datasets:
                for fold in map(int, args.folds.split(",")):
                    curves.append(curve(workdir, dataset, fold, learner, settings, args.trials))
            seconds = time.perf_counter() - start
            best = np.array(curves)
            final = best[:, -1:]
            excess = (best - final) / np.abs(final)  # relative excess of the best-so-far over the final best
            plateau = [next(k for k in range(len(row)) if np.all(row[k:] <= 0.01)) + 1 for row in excess]
            print(f"\n{learner}: {len(curves)} tune jobs, {args.trials} trials each, {seconds:.0f} s")
            print("trials | median excess over the final best | max")
            for k in CHECKPOINTS:
                if k <= args.trials:
                    print(f"{k:>6} | {np.median(excess[:, k - 1]):.2%} | {np.max(excess[:, k - 1]):.2%}")
            print(f"within 1% of the final best from trial: median {np.median(plateau):.0f}, max {max(plateau)}")


if __name__ == "__main__":
    main()
