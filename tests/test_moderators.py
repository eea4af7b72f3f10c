"""Where a method helps: rank correlations of per-dataset gains with dataset properties."""

import itertools

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from imbalbench.analysis import moderators

RNG = np.random.default_rng(7)
N = 24


def _properties(rng=RNG, n=N):
    rows = np.round(10 ** rng.uniform(2.3, 4.5, n))
    minority = np.round(rows / 10 ** rng.uniform(0.3, 2.1, n))
    metadata = [
        {"name": f"d{i}", "n": rows[i], "d": int(rng.integers(3, 300)), "n_minority": minority[i]}
        | {"imbalance_ratio": (rows[i] - minority[i]) / minority[i]}
        for i in range(n)
    ]
    return moderators.dataset_moderators(metadata)


def test_a_planted_correlation_is_found_and_a_shuffled_one_is_not():
    properties = _properties()
    planted = 0.02 * np.log10(properties["rows"].to_numpy()) + RNG.normal(0, 0.005, N)
    gains = pd.DataFrame({"grows_with_rows": planted, "shuffled": RNG.permutation(planted)}, index=properties.index)
    table = moderators.moderator_table(gains, properties).set_index(["method", "moderator"])
    found = table.loc[("grows_with_rows", "rows")]
    assert found["rho"] > 0.7 and found["p_holm"] < 0.01
    assert (table.loc["shuffled", "p_holm"] > 0.05).all()
    assert (table["datasets"] == N).all()


def test_the_permutation_p_is_exact_for_few_pairs_and_matches_scipy_for_many():
    x, y = np.array([3.0, 1.0, 4.0, 1.5, 5.0]), np.array([0.2, 0.1, 0.5, -0.3, 0.4])
    rho, p = moderators.spearman_permutation(x, y)
    every = [stats.spearmanr(x, np.array(order)).statistic for order in itertools.permutations(y)]
    assert rho == pytest.approx(stats.spearmanr(x, y).statistic)
    assert p == pytest.approx(np.mean(np.abs(every) >= abs(rho) - 1e-12))  # all 120 pairings
    x, y = RNG.normal(size=30), RNG.normal(size=30)
    y += 0.5 * x
    rho, p = moderators.spearman_permutation(x, y)
    assert p == pytest.approx(stats.spearmanr(x, y).pvalue, abs=0.01)


def test_gains_are_paired_means_signed_so_that_better_is_positive():
    runs = []
    for dataset, ce, ros in [("a", 0.50, 0.55), ("b", 0.40, 0.30)]:
        for fold, repeat in itertools.product(range(2), range(2)):
            noise = 0.01 * (fold - repeat)
            for method, value in (("ce", ce), ("ros", ros)):
                runs.append(
                    {"dataset": dataset, "method": method, "fold": fold, "repeat": repeat, "status": "ok"}
                    | {"auc_pr": value + noise, "brier": value + noise}
                )
    scores = pd.DataFrame(runs)
    assert moderators.paired_gains(scores, "ce", "auc_pr")["ros"].to_dict() == pytest.approx({"a": 0.05, "b": -0.10})
    assert moderators.paired_gains(scores, "ce", "brier")["ros"].to_dict() == pytest.approx({"a": -0.05, "b": 0.10})


def test_a_method_with_too_few_datasets_gets_no_correlation_and_says_so():
    properties = _properties(np.random.default_rng(1))
    gains = pd.DataFrame({"ros": np.r_[np.ones(9), np.full(N - 9, np.nan)]}, index=properties.index)
    table = moderators.moderator_table(gains, properties)
    assert table["rho"].isna().all() and (table["datasets"] == 9).all()
    assert "gains on 9 datasets only" in moderators.moderator_markdown({"auc_pr": table}, "ce", 0.05)
