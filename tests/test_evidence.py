"""The verdict's statistics against independent references: exact enumeration, scipy, hand-made
Holm, Demšar's published example, coverage on synthetic data with a known difference."""

import itertools

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from imbalbench.analysis import evidence
from imbalbench.analysis.stats import friedman, friedman_chi2_uncorrected, holm, iman_davenport


def _exact_wilcoxon_p(differences):
    """Two-sided p of the signed-rank statistic by enumerating all 2^n sign flips (no ties, no zeros)."""
    ranks = stats.rankdata(np.abs(differences))
    observed = ranks[differences > 0].sum()
    total = ranks.sum()
    flips = [sum(r for r, s in zip(ranks, signs) if s) for signs in itertools.product((0, 1), repeat=len(ranks))]
    extreme = abs(observed - total / 2)
    return np.mean([abs(w - total / 2) >= extreme - 1e-12 for w in flips])


def test_wilcoxon_against_exact_enumeration_and_holm_by_hand():
    rng = np.random.default_rng(3)
    control = rng.uniform(0.3, 0.8, 10)
    means = pd.DataFrame(
        {
            "ce": control,
            "a": control + rng.choice([-1, 1], 10) * rng.permutation(np.arange(1, 11)) / 100,
            "b": control + np.arange(1, 11) / 100 + [0, 0, 0, 0, 0, 0, 0, -0.2, 0, 0],
            "c": control + np.linspace(-0.02, 0.07, 10) + 0.001,
        }
    )
    table = evidence.wilcoxon_holm(means, "ce")
    for method in "abc":
        assert table.loc[method, "p"] == pytest.approx(_exact_wilcoxon_p((means[method] - control).to_numpy()))
    # Holm by hand: sort, multiply by the number of hypotheses left, carry the running maximum.
    p = table["p"].sort_values()
    expected = np.maximum.accumulate(np.minimum(1, p.to_numpy() * np.arange(len(p), 0, -1)))
    assert table.loc[p.index, "p_holm"].to_numpy() == pytest.approx(expected)
    assert holm(pd.Series([0.01, 0.04, 0.03])).tolist() == pytest.approx([0.03, 0.06, 0.06])


def test_wilcoxon_with_ties_and_zero_differences_uses_pratt():
    # Binary fractions, so that the zero and tied differences are exact.
    control = np.array([4, 5, 6, 3, 4, 5, 3, 2, 6, 5, 4, 3]) / 8
    method = control + np.array([0, 0, 1, 1, -1, 2, 1, 3, 1, 2, 0, 1]) / 16
    table = evidence.wilcoxon_holm(pd.DataFrame({"ce": control, "m": method}), "ce")
    reference = stats.wilcoxon(method, control, zero_method="pratt")
    assert table.loc["m", "p"] == pytest.approx(reference.pvalue)
    assert table.loc["m", "n_datasets"] == 12
    identical = evidence.wilcoxon_holm(pd.DataFrame({"ce": control, "same": control}), "ce")
    assert identical.loc["same", "p"] == 1.0


def test_bayesian_signed_rank_sees_a_clear_win_and_an_exact_tie():
    rng = np.random.default_rng(0)
    control = rng.uniform(0.4, 0.9, 18)
    better = evidence.bayesian_signed_rank(control + 0.05, control, rope=0.01)
    assert better[0] > 0.95 and sum(better) == pytest.approx(1)
    worse = evidence.bayesian_signed_rank(control, control + 0.05, rope=0.01)
    assert worse[2] > 0.95  # the order of the arguments is the order of the probabilities
    same = evidence.bayesian_signed_rank(control, control, rope=0.01)
    assert same[1] > 0.95
    # Fixed seed, fixed numbers; a small noisy gap stays uncertain.
    noisy = control + rng.normal(0.005, 0.02, 18)
    assert evidence.bayesian_signed_rank(noisy, control, 0.01, seed=4) == evidence.bayesian_signed_rank(
        noisy, control, 0.01, seed=4
    )
    assert max(evidence.bayesian_signed_rank(noisy, control, 0.01)) < 0.95


def test_uncorrected_friedman_reproduces_demsar_2006_table_6():
    # Demšar (2006), section 3.2.2: four classifiers on 14 datasets, mean ranks 3.143, 2.000, 2.893, 1.964.
    chi2 = friedman_chi2_uncorrected([3.143, 2.000, 2.893, 1.964], 14)
    assert chi2 == pytest.approx(9.28, abs=0.005)
    assert iman_davenport(chi2, 14, 4)[0] == pytest.approx(3.69, abs=0.005)


def test_without_ties_both_chi2_agree_and_with_ties_they_differ():
    rng = np.random.default_rng(1)
    scores = pd.DataFrame(rng.uniform(size=(12, 4)), columns=list("abcd"))
    result = friedman(scores)
    assert result.chi2 == pytest.approx(result.chi2_uncorrected)
    tied = scores.round(0)  # many ties
    result = friedman(tied)
    assert result.chi2 > result.chi2_uncorrected  # scipy divides by the tie correction factor (< 1)


def test_two_level_interval_covers_a_known_mean_about_95_percent_of_the_time():
    # 4 folds x 5 seeds as in the default run: fold effects and seed noise around a known difference.
    rng = np.random.default_rng(11)
    hits = 0
    for i in range(200):
        values = 0.05 + rng.normal(0, 0.03, size=(4, 1)) + rng.normal(0, 0.02, size=(4, 5))
        _, low, high = evidence.interval(values, np.random.default_rng(i))
        hits += low <= 0.05 <= high
    assert 0.90 <= hits / 200 <= 0.99
    # The plain percentile interval of the same bootstrap covers far less with four folds.
    hits = 0
    for i in range(200):
        values = 0.05 + rng.normal(0, 0.03, size=(4, 1)) + rng.normal(0, 0.02, size=(4, 5))
        low, high = np.quantile(evidence.bootstrap_means(values, rng=np.random.default_rng(i)), [0.025, 0.975])
        hits += low <= 0.05 <= high
    assert hits / 200 < 0.90


def test_bootstrap_resamples_folds_then_seeds_within_them():
    values = np.array([[0.0, 0.0], [1.0, 1.0]])  # all spread between folds
    means = evidence.bootstrap_means(values, 4000, np.random.default_rng(0))
    assert set(np.unique(means)) <= {0.0, 0.5, 1.0} and means.mean() == pytest.approx(0.5, abs=0.03)
    within = np.array([[0.0, 1.0], [0.0, 1.0]])  # all spread between seeds
    assert evidence.bootstrap_means(within, 4000, np.random.default_rng(0)).std() > 0


def _runs(dataset, method, values):
    return [
        {"dataset": dataset, "method": method, "fold": f, "repeat": r, "status": "ok", "auc_pr": v}
        for f, row in enumerate(values)
        for r, v in enumerate(row)
    ]


def test_dataset_evidence_pairs_runs_and_marks_differences():
    base = np.array([[0.50, 0.52], [0.60, 0.58], [0.55, 0.57], [0.65, 0.63]])
    scores = pd.DataFrame(_runs("d", "ce", base) + _runs("d", "up", base + 0.03) + _runs("d", "same", base))
    table = evidence.dataset_evidence(scores, "ce").set_index("method")
    assert table.loc["up", "diff"] == pytest.approx(0.03) and table.loc["up", "excludes_zero"]
    assert table.loc["up", "diff_low"] == pytest.approx(0.03) == table.loc["up", "diff_high"]  # paired: no spread
    assert table.loc["same", "diff"] == 0 and not table.loc["same", "excludes_zero"]
    assert table.loc["ce", "low"] < table.loc["ce", "mean"] < table.loc["ce", "high"]


def test_an_interval_does_not_move_when_other_methods_or_datasets_join():
    """A bootstrap interval is a function of its own pair: adding a method (before it in the
    table) or a dataset leaves every interval of the others as it was."""
    rng = np.random.default_rng(9)
    control = rng.uniform(0.4, 0.9, 20)
    means = pd.DataFrame({"ce": control, "a": control + rng.normal(0.01, 0.02, 20)})
    wider = pd.DataFrame({"ce": control, "new": control + rng.normal(0, 0.02, 20), "a": means["a"]})
    alone, joined = (
        {line.method: line for line in evidence.verdict(table, "ce", rope=0.01)} for table in (means, wider)
    )
    assert (alone["a"].diff_low, alone["a"].diff_high) == (joined["a"].diff_low, joined["a"].diff_high)

    noisy = rng.uniform(0.4, 0.6, (4, 2))
    scores = pd.DataFrame(_runs("d", "ce", noisy) + _runs("d", "a", noisy + rng.normal(0, 0.02, (4, 2))))
    more = pd.concat(
        [pd.DataFrame(_runs("c", "ce", noisy) + _runs("c", "b", noisy)), scores, pd.DataFrame(_runs("d", "b", noisy))]
    )
    columns = ["mean", "low", "high", "diff", "diff_low", "diff_high"]
    before, after = (
        evidence.dataset_evidence(table, "ce").set_index(["dataset", "method"]) for table in (scores, more)
    )
    pd.testing.assert_frame_equal(before[columns], after.loc[before.index, columns])


@pytest.mark.parametrize("n, rope, seed", [(5, 0.01, 0), (18, 0.01, 3), (96, 0.001, 7)])
def test_bayesian_signed_rank_equals_baycomp(n, rope, seed):
    """The vectorised posterior draws baycomp's samples: the same probabilities, to the draw."""
    from baycomp import SignedRankTest

    rng = np.random.default_rng(seed)
    control = rng.uniform(0.3, 0.9, n)
    method = control + rng.normal(0.005, 0.02, n)
    method[:2] = control[:2]  # exact ties
    method[2] = control[2] + 2 * rope  # a difference on the rope's edge: heaviside's 1/2
    expected = SignedRankTest.probs(method, control, rope=rope, nsamples=20_000, random_state=seed)
    assert evidence.bayesian_signed_rank(method, control, rope, seed=seed, samples=20_000) == tuple(
        map(float, expected)
    )
    with pytest.raises(ValueError, match="ROPE > 0"):
        evidence.bayesian_signed_rank(method, control, 0.0)


def test_run_matrices_equal_one_pivot_per_dataset_and_method():
    base = np.array([[0.50, 0.52], [0.60, 0.58], [0.55, 0.57]])
    runs = pd.DataFrame(_runs("d", "ce", base) + _runs("d", "up", base + 0.03) + _runs("e", "ce", base[:2]))
    runs = runs.sample(frac=1.0, random_state=0)  # the order of the rows must not matter
    runs.loc[runs.index[0], "auc_pr"] = np.nan  # a failed run
    matrices = evidence.run_matrices(runs)
    assert set(matrices) == {("d", "ce"), ("d", "up"), ("e", "ce")}
    for (dataset, method), matrix in matrices.items():
        block = runs[(runs["dataset"] == dataset) & (runs["method"] == method)]
        np.testing.assert_array_equal(matrix, evidence.run_matrix(block))


@pytest.mark.parametrize(
    "probabilities, expected",
    [
        ((0.97, 0.02, 0.01), "better"),
        ((0.01, 0.98, 0.01), "practically equivalent"),
        ((0.00, 0.03, 0.97), "worse"),
        ((0.70, 0.25, 0.05), "likely better"),
        ((0.10, 0.81, 0.09), "likely practically equivalent"),
        ((0.05, 0.35, 0.60), "likely worse"),
        ((0.40, 0.35, 0.25), "inconclusive"),
    ],
)
def test_every_branch_of_the_conclusion_rule(probabilities, expected):
    assert evidence.conclusion(*probabilities) == expected


def test_verdict_lines_from_constructed_datasets():
    rng = np.random.default_rng(2)
    control = rng.uniform(0.4, 0.9, 18)
    means = pd.DataFrame({"ce": control, "up": control + 0.05, "same": control, "down": control - 0.05})
    lines = {line.method: line for line in evidence.verdict(means, "ce", rope=0.01)}
    assert lines["up"].conclusion == "better" and (lines["up"].wins, lines["up"].ties, lines["up"].losses) == (18, 0, 0)
    assert lines["same"].conclusion == "practically equivalent" and lines["same"].ties == 18
    assert lines["down"].conclusion == "worse" and lines["down"].p_holm < 0.001
    assert lines["up"].diff_low == pytest.approx(0.05) and lines["up"].diff == pytest.approx(0.05)
    text = lines["up"].text()
    assert text.startswith("up vs ce, AUC-PR: +0.050 [+0.050, +0.050], 18/0/0, p_Holm = ") and text.endswith("→ better")
    assert lines["up"].detectable == pytest.approx(0, abs=1e-12) and "detectable ±0.000" in text  # no spread


def test_a_method_without_scores_or_with_too_few_datasets_keeps_a_row_that_gives_no_verdict():
    """A method that failed on every dataset keeps its row; one with scores on fewer datasets than
    a conclusion needs shows its Δ and W/T/L and says why there is no verdict."""
    rng = np.random.default_rng(4)
    control = rng.uniform(0.4, 0.9, 18)
    few = np.full(18, np.nan)
    few[:3] = control[:3] + 0.05
    means = pd.DataFrame({"ce": control, "up": control + 0.05, "failed": np.nan, "few": few})
    lines = {line.method: line for line in evidence.verdict(means, "ce", rope=0.01)}
    assert lines["up"].conclusion == "better" and not lines["up"].no_verdict
    failed, few = lines["failed"], lines["few"]
    assert failed.conclusion == "no verdict" and failed.n_datasets == 0 and np.isnan(failed.diff)
    assert "no dataset where both failed and ce have scores" in failed.text()
    assert few.conclusion == "no verdict" and few.n_datasets == 3 and (few.wins, few.ties, few.losses) == (3, 0, 0)
    assert few.diff == pytest.approx(0.05) and np.isnan(few.p_holm) and np.isnan(few.p_better)
    assert few.text() == (
        "few vs ce, AUC-PR: Δ +0.050, 3/0/0 → no verdict: 3 dataset(s) where both have scores; "
        f"a verdict needs at least {evidence.MIN_VERDICT_DATASETS}"
    )
    table = evidence.verdict_markdown(list(lines.values()), "caption")
    assert "| failed | N/A | 0/0/0 | – | – | – | – | – | no verdict: no dataset where both" in table
    grid = evidence.verdict_grid_markdown(list(lines.values()), ["auc_pr"], "ce")
    assert "| failed | no verdict |" in grid and "| few | no verdict (+0.050) |" in grid
    # Below six datasets the exact two-sided Wilcoxon test cannot reach 0.05, whatever the differences.
    assert stats.wilcoxon(np.arange(1, 6) * 0.1).pvalue > 0.05
    assert stats.wilcoxon(np.arange(1, 7) * 0.1).pvalue < 0.05


def test_a_conclusion_never_contradicts_its_own_mean():
    """Many small wins and a few large losses: the signed-rank test says better, the mean says worse,
    and the verdict says mixed. Differences inside the ROPE but for a few large ones of both signs:
    the datasets say equivalent, the mean's interval reaches beyond the ROPE on both sides, and the
    verdict says not decided. Where the two agree, the test's conclusion stands."""
    rng = np.random.default_rng(0)
    control = rng.uniform(0.4, 0.8, 18)
    skewed = np.full(18, 0.02)
    skewed[:3] = -0.3
    spread = rng.normal(0, 0.002, 18)
    spread[:4] = [0.3, 0.3, -0.3, -0.3]
    means = pd.DataFrame({"ce": control, "skewed": control + skewed, "spread": control + spread, "up": control + 0.05})
    lines = {line.method: line for line in evidence.verdict(means, "ce", rope=0.01)}
    assert lines["skewed"].by_datasets.endswith("better") and lines["skewed"].diff < 0
    assert lines["skewed"].conclusion == evidence.MIXED
    assert "→ mixed (the datasets say likely better, the mean says the opposite)" in lines["skewed"].text()
    assert lines["spread"].by_datasets == "practically equivalent"
    assert lines["spread"].diff_low < -0.01 and lines["spread"].diff_high > 0.01
    assert lines["spread"].conclusion == evidence.UNDECIDED
    assert lines["up"].conclusion == lines["up"].by_datasets == "better" and not lines["up"].caveat
    table = evidence.verdict_markdown(list(lines.values()), "caption")
    assert "| mixed (likely better by datasets) |" in table
    # Lower is better: a negative Δ is a gain, so "better" with a negative Δ agrees.
    assert evidence.agreed_conclusion("better", 0.02, 0.015, 0.025, 0.001) == "better"
    assert evidence.agreed_conclusion("likely worse", 0.004, -0.02, 0.03, 0.01) == evidence.MIXED
    assert evidence.agreed_conclusion("inconclusive", 0.0, -0.5, 0.5, 0.01) == "inconclusive"


def test_a_lower_brier_score_on_every_dataset_is_better():
    rng = np.random.default_rng(5)
    control = rng.uniform(0.02, 0.1, 18)
    means = pd.DataFrame(
        {
            "ce": control,
            "sharper": control - rng.uniform(0.005, 0.02, 18),
            "blunter": control + rng.uniform(0.005, 0.02, 18),
        }
    )
    lines = {line.method: line for line in evidence.verdict(means, "ce", rope=0.001, metric="brier")}
    sharper, blunter = lines["sharper"], lines["blunter"]
    assert sharper.conclusion == "better" and sharper.diff < 0 and (sharper.wins, sharper.losses) == (18, 0)
    assert blunter.conclusion == "worse" and blunter.diff > 0 and (blunter.wins, blunter.losses) == (0, 18)
    assert sharper.p_better > 0.95 and blunter.p_worse > 0.95


def test_the_detectable_difference_is_found_with_about_80_percent_power():
    """Simulated studies whose true mean difference is the computed detectable one, spread as the
    observed per-dataset differences: the paired t-test at alpha finds it in 75-85% of them (and
    the verdict's Wilcoxon test, about 95% as efficient on normal data, a little less often)."""
    rng = np.random.default_rng(6)
    observed = rng.normal(0.0, 0.02, 18)
    alpha = 0.05
    detectable = evidence.detectable_difference(observed, alpha)
    spread = observed.std(ddof=1)
    simulated = rng.normal(detectable, spread, size=(200, len(observed)))
    t_power = np.mean(stats.ttest_1samp(simulated, 0.0, axis=1).pvalue < alpha)
    wilcoxon_power = np.mean(stats.wilcoxon(simulated, axis=1).pvalue < alpha)
    assert 0.75 <= t_power <= 0.85
    assert 0.65 <= wilcoxon_power <= t_power + 0.05
    # Half the detectable difference is found far less often; the power grows with the datasets.
    assert np.mean(stats.ttest_1samp(simulated - detectable / 2, 0.0, axis=1).pvalue < alpha) < 0.5
    assert evidence.detectable_difference(np.tile(observed, 4), alpha) < detectable / 1.8
    assert np.isnan(evidence.detectable_difference(observed[:1], alpha))
