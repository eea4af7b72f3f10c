"""CPU of the verdict's two collection-sized steps against the code they replace, on the same scores.

The Bayesian signed-rank test (``evidence.bayesian_signed_rank``: baycomp's posterior draws as one
matrix product) against ``baycomp.SignedRankTest.probs`` (one Python-loop iteration per draw), and
the per-dataset run matrices (``evidence.run_matrices``: one sort) against a pandas pivot per
dataset and method (``evidence.run_matrix``), which ``dataset_evidence`` used before. Each pair is
checked to give the same numbers before it is timed. Prints seconds of each and their ratio.

Scores: a run's ``results/scores.csv`` (``--scores``), or synthetic ones shaped like the KEEL
collection's reference (96 datasets, 23 runs, 4 folds x 5 seeds).

    python benchmarks/verdict.py [--scores results/scores.csv] [--comparisons 5]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
from baycomp import SignedRankTest

from imbalbench.analysis import evidence
from imbalbench.analysis.tables import fold_summary


def synthetic_scores(datasets: int = 96, methods: int = 23, folds: int = 4, seeds: int = 5) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    level = rng.uniform(0.2, 0.95, datasets)
    rows = [
        {"dataset": f"d{d}", "method": "ce" if m == 0 else f"m{m}", "fold": f, "repeat": r, "status": "ok",
         "auc_pr": float(np.clip(level[d] + 0.01 * m * rng.normal() + rng.normal(0, 0.02), 0, 1))}
        for d in range(datasets) for m in range(methods) for f in range(folds) for r in range(seeds)
    ]  # fmt: skip
    return pd.DataFrame(rows)


def cpu(call) -> tuple[float, object]:
    start = time.process_time()
    result = call()
    return time.process_time() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scores", help="a run's results/scores.csv (default: synthetic)")
    parser.add_argument("--comparisons", type=int, default=5, help="signed-rank tests to time")
    args = parser.parse_args()
    scores = pd.read_csv(args.scores) if args.scores else synthetic_scores()
    scores = scores.assign(value=scores["auc_pr"].where(scores["status"] == "ok"))

    means, _ = fold_summary(scores, "auc_pr")
    others = [m for m in means.columns if m != "ce"][: args.comparisons]
    pairs = [means[[m, "ce"]].dropna() for m in others]
    print(f"{scores['dataset'].nunique()} datasets, {scores['method'].nunique()} runs, {len(scores)} scores")

    new, ours = cpu(lambda: [evidence.bayesian_signed_rank(p.iloc[:, 0], p.iloc[:, 1], 0.01) for p in pairs])
    old, theirs = cpu(
        lambda: [SignedRankTest.probs(p.iloc[:, 0].to_numpy(), p.iloc[:, 1].to_numpy(), rope=0.01,
                                      nsamples=50_000, random_state=0) for p in pairs]
    )  # fmt: skip
    assert ours == [tuple(map(float, t)) for t in theirs], "the two signed-rank tests disagree"
    print(f"signed-rank test, per comparison: baycomp {old / len(pairs):.3f} s, vectorised "
          f"{new / len(pairs):.3f} s, ratio {old / new:.1f}")  # fmt: skip

    new, matrices = cpu(lambda: evidence.run_matrices(scores, "value"))
    old, pivots = cpu(
        lambda: {key: evidence.run_matrix(block, "value") for key, block in scores.groupby(["dataset", "method"])}
    )
    assert all(np.array_equal(matrices[key], pivots[key], equal_nan=True) for key in pivots), "matrices differ"
    print(f"run matrices, {len(pivots)} pairs: a pivot each {old:.2f} s, one sort {new:.2f} s, ratio {old / new:.1f}")


if __name__ == "__main__":
    main()
