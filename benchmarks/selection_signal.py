"""Which selection signal can a small minority not fool? Ties and stability of candidate signals.

Tuning chooses one configuration per outer fold by a signal computed on that fold's training and
validation rows, never its test rows. This measures, without reading a single test row, how
often each candidate signal ties at the top and how stable its choice is, on the protocol's own
folds (``make_splits`` with the config's seed, folds and valid size):

- ``holdout AUC-PR``: the AUC-PR of one validation part. Its seeds: the protocol's own
  train/valid split, then stratified re-draws of a validation part of the same size;
- ``holdout AUC-PR, best iteration`` (``hgb``): today's rule exactly, as a tuning trial sees it:
  the best validation AUC-PR over the boosting iterations, on the same validation part;
- over inner stratified k-fold cross-validation of the outer fold's training and validation rows
  (its seeds: the shuffles of the inner split): ``CV AUC-PR (mean)`` (the mean of the inner
  folds' AUC-PR), ``CV AUC-PR (pooled)`` (one AUC-PR of the out-of-fold scores), ``CV log loss
  (pooled)`` and ``CV Brier (pooled)``.

Per signal and group of datasets it prints: ``tied``, the share of (dataset, fold, seed) where
two or more candidates share the best value (the tie-break then decides: here, the first
candidate in grid order); ``seed-stable``, the share of (dataset, fold) where every seed chooses
the same candidate; ``fold agreement`` (CV signals), the mean share of inner folds whose own best
candidate on that signal is the one the whole signal chose; and the candidates chosen, counted.

Learners, at scikit-learn's defaults but for the candidate: ``hgb``
(``HistGradientBoostingClassifier``, 100 iterations, no early stopping; the candidate is
``min_samples_leaf``), ``logreg`` (``LogisticRegression`` on min-max scaled rows; the candidate
is ``C``). Groups: the KEEL datasets of configs/keel.yaml whose training part holds fewer than
``--small`` minority rows, and config.yaml's datasets.

    python benchmarks/selection_signal.py [--groups keel-small,default] [--learners hgb,logreg]
        [--seeds 3] [--inner-folds 5] [--small 20] [--jobs 2] [--max-datasets N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread per worker process: the jobs run side by side

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GRIDS = {
    "hgb": ("min_samples_leaf", [1, 2, 5, 10, 20, 50]),
    "logreg": ("C", [0.01, 0.1, 1.0, 10.0, 100.0]),
}
SIGNALS = [
    "holdout AUC-PR",
    "holdout AUC-PR, best iteration",
    "CV AUC-PR (mean)",
    "CV AUC-PR (pooled)",
    "CV log loss (pooled)",
    "CV Brier (pooled)",
]
LOWER_IS_BETTER = {"CV log loss (pooled)", "CV Brier (pooled)"}
TIE = 1e-12


def make_model(learner: str, value):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MinMaxScaler

    if learner == "hgb":
        return HistGradientBoostingClassifier(min_samples_leaf=value, early_stopping=False, random_state=0)
    return make_pipeline(MinMaxScaler(), LogisticRegression(C=value, max_iter=1000))


def scores_of(learner, value, X_fit, y_fit, X_eval):
    """Minority probabilities (n_eval,) of a model fitted on the fit rows."""
    return make_model(learner, value).fit(X_fit, y_fit).predict_proba(X_eval)[:, 1]


def signal_value(name: str, y, p) -> float:
    from sklearn.metrics import average_precision_score, brier_score_loss, log_loss

    if "AUC-PR" in name:
        return average_precision_score(y, p)
    if "log loss" in name:
        return log_loss(y, np.clip(p, 1e-15, 1 - 1e-15), labels=[0, 1])
    return brier_score_loss(y, p)


def best(values: list[float], lower: bool) -> tuple[int, bool]:
    """``(index of the best value, first on ties; whether another value ties with it)``."""
    signed = -np.asarray(values) if lower else np.asarray(values)
    top = signed.max()
    tied = np.flatnonzero(signed >= top - TIE)
    return int(tied[0]), len(tied) > 1


def measure(task) -> list[dict]:
    """One dataset's outer fold: every signal's choice per seed, for each learner."""
    from sklearn.model_selection import StratifiedKFold, train_test_split

    name, X, y, split, learners, seeds, inner_folds, valid_size = task
    rows = np.concatenate([split["train"], split["valid"]])  # never split["test"]
    X_sel, y_sel = X[rows], y[rows]
    k = min(inner_folds, int(y_sel.sum()))
    records = []
    for learner in learners:
        _, grid = GRIDS[learner]
        for seed in range(seeds):
            if seed == 0:
                train, valid = np.arange(len(split["train"])), np.arange(len(split["train"]), len(rows))
            else:
                train, valid = train_test_split(
                    np.arange(len(rows)), test_size=valid_size, stratify=y_sel, random_state=1000 + seed
                )
            models = [make_model(learner, v).fit(X_sel[train], y_sel[train]) for v in grid]
            holdout = {
                "holdout AUC-PR": [
                    signal_value("AUC-PR", y_sel[valid], model.predict_proba(X_sel[valid])[:, 1]) for model in models
                ]
            }
            if learner == "hgb":
                holdout["holdout AUC-PR, best iteration"] = [
                    max(
                        signal_value("AUC-PR", y_sel[valid], staged)
                        for staged in model.staged_decision_function(X_sel[valid])
                    )
                    for model in models
                ]
            for signal, values in holdout.items():
                choice, tied = best(values, lower=False)
                records.append(dict(dataset=name, learner=learner, seed=seed, signal=signal, choice=choice, tied=tied))
            if k < 2:
                continue
            inner = list(StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(X_sel, y_sel))
            out_of_fold = np.zeros((len(grid), len(rows)))
            for fit, held in inner:
                for g, v in enumerate(grid):
                    out_of_fold[g, held] = scores_of(learner, v, X_sel[fit], y_sel[fit], X_sel[held])
            for signal in SIGNALS[2:]:
                lower = signal in LOWER_IS_BETTER
                per_fold = [
                    [signal_value(signal, y_sel[held], out_of_fold[g, held]) for g in range(len(grid))]
                    for _, held in inner
                ]
                if signal == "CV AUC-PR (mean)":
                    values = list(np.mean(per_fold, axis=0))
                else:
                    values = [signal_value(signal, y_sel, out_of_fold[g]) for g in range(len(grid))]
                choice, tied = best(values, lower)
                agreement = np.mean([best(fold_values, lower)[0] == choice for fold_values in per_fold])
                records.append(
                    dict(
                        dataset=name,
                        learner=learner,
                        seed=seed,
                        signal=signal,
                        choice=choice,
                        tied=tied,
                        agreement=agreement,
                        inner_folds=k,
                    )
                )
    return [{**r, "fold": split["fold"]} for r in records]


def datasets(group: str, small: int, max_datasets: int | None):
    """``(name, X, y, splits)`` of a group's datasets, built as the workflow builds them."""
    from imbalbench.data.sources import fetch_raw, load_dataset
    from imbalbench.data.splits import make_splits

    config = yaml.safe_load((REPO / ("configs/keel.yaml" if group == "keel-small" else "config.yaml")).read_text())
    found = []
    with tempfile.TemporaryDirectory() as folder:
        for name, spec in config["datasets"].items():
            data = load_dataset(name, spec, fetch_raw(name, spec, Path(folder) / name, Path(folder) / "cache"))
            splits = make_splits(name, data.y, config["folds"], config["valid_size"], config["seed"])
            if group == "keel-small" and int(data.y[splits[0]["train"]].sum()) >= small:
                continue
            found.append((name, data.X, data.y, splits, config["valid_size"]))
            if max_datasets and len(found) >= max_datasets:
                break
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", default="keel-small,default")
    parser.add_argument("--learners", default="hgb,logreg")
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--inner-folds", type=int, default=5)
    parser.add_argument("--small", type=int, default=20, help="KEEL datasets with fewer training minority rows")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--max-datasets", type=int)
    args = parser.parse_args(argv)
    learners = args.learners.split(",")
    for group in args.groups.split(","):
        start = time.perf_counter()
        found = datasets(group, args.small, args.max_datasets)
        tasks = [
            (name, X, y, {**split, "fold": fold}, learners, args.seeds, args.inner_folds, valid_size)
            for name, X, y, splits, valid_size in found
            for fold, split in enumerate(splits)
        ]
        with ProcessPoolExecutor(args.jobs) as pool:
            records = [r for result in pool.map(measure, tasks) for r in result]
        report(group, found, records, learners, time.perf_counter() - start)
    return 0


def report(group, found, records, learners, seconds) -> None:
    import pandas as pd

    table = pd.DataFrame(records)
    minority = [int(y[splits[0]["train"]].sum()) for _, _, y, splits, _ in found]
    print(
        f"\n## {group}: {len(found)} datasets (training minority rows {min(minority)}-{max(minority)}), "
        f"{table['fold'].nunique()} outer folds, {table['seed'].nunique()} seeds, {seconds:.0f} s"
    )
    for learner in learners:
        name, grid = GRIDS[learner]
        block = table[table["learner"] == learner]
        print(f"\n{learner}: candidates {name} = {grid}")
        print(f"{'signal':<22} {'tied':>6} {'seed-stable':>12} {'fold agreement':>15}  chosen (candidate: count)")
        for signal in SIGNALS:
            rows = block[block["signal"] == signal]
            if rows.empty:
                continue
            stable = rows.groupby(["dataset", "fold"])["choice"].nunique().eq(1).mean()
            agreement = rows["agreement"].mean() if "agreement" in rows and rows["agreement"].notna().any() else np.nan
            chosen = Counter(grid[c] for c in rows["choice"])
            print(
                f"{signal:<22} {rows['tied'].mean():>6.0%} {stable:>12.0%} "
                f"{'' if np.isnan(agreement) else f'{agreement:.0%}':>15}  "
                + ", ".join(f"{value}: {chosen[value]}" for value in grid)
            )


if __name__ == "__main__":
    sys.exit(main())
