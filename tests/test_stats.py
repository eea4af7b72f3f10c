import numpy as np
import pandas as pd
import pytest
from scipy import stats as scipy_stats

from imbalbench.analysis.stats import (
    compare_with_control,
    friedman,
    holm,
    mean_ranks,
    nemenyi_critical_difference,
    nemenyi_p_values,
    performance_profile,
    ranks,
)


def _matrix(values, methods="ABCDE"):
    values = np.asarray(values, dtype=float)
    return pd.DataFrame(values, index=[f"d{i}" for i in range(len(values))], columns=list(methods[: values.shape[1]]))


@pytest.mark.parametrize("seed", range(5))
def test_friedman_equals_scipy_and_iman_davenport_its_closed_form(seed):
    scores = _matrix(np.random.default_rng(seed).random((12, 5)))
    result = friedman(scores)
    # scipy on ranks (1 = best): the statistic depends only on the within-row ranks.
    expected = scipy_stats.friedmanchisquare(*ranks(scores).to_numpy().T)
    assert result.chi2 == pytest.approx(expected.statistic, rel=1e-12)
    assert result.chi2_p == pytest.approx(expected.pvalue, rel=1e-12)
    n, k, chi2 = 12, 5, expected.statistic
    assert result.iman_davenport_f == pytest.approx((n - 1) * chi2 / (n * (k - 1) - chi2))
    assert (result.df1, result.df2) == (4, 44)
    assert result.iman_davenport_p == pytest.approx(scipy_stats.f.sf(result.iman_davenport_f, 4, 44))


def test_friedman_p_is_tiny_when_one_method_always_wins_and_one_when_all_tie():
    rng = np.random.default_rng(0)
    base = rng.random((15, 1))
    dominant = _matrix(np.hstack([base + 3, base + 2, base + 1, base]))
    assert friedman(dominant).iman_davenport_p < 1e-10
    identical = _matrix(np.hstack([base, base, base]))
    result = friedman(identical)
    assert result.chi2 == 0 and result.chi2_p == 1 and result.iman_davenport_p == 1


def test_mean_ranks_with_ties_by_hand():
    scores = _matrix(
        [
            [0.9, 0.9, 0.5],  # A and B tie for first: 1.5, 1.5, 3
            [0.2, 0.4, 0.4],  # B and C tie: A 3, B 1.5, C 1.5
            [0.7, np.nan, 0.1],
        ]
    )  # B did not run: A 1, C 2
    assert mean_ranks(scores).to_dict() == pytest.approx({"A": (1.5 + 3 + 1) / 3, "B": 1.5, "C": (3 + 1.5 + 2) / 3})


def test_holm_by_hand():
    adjusted = holm(pd.Series({"a": 0.01, "b": 0.04, "c": 0.03}))
    # sorted 0.01, 0.03, 0.04 times 3, 2, 1 -> 0.03, 0.06, 0.04 -> monotone 0.03, 0.06, 0.06
    assert adjusted.to_dict() == pytest.approx({"a": 0.03, "b": 0.06, "c": 0.06})


def test_comparison_with_control_by_hand():
    scores = _matrix([[3, 2, 1], [3, 1, 2], [3, 2, 1], [3, 2, 1]])  # A always first
    table = compare_with_control(scores, "A")
    se = np.sqrt(3 * 4 / (6 * 4))
    # Ranks: B 2, 3, 2, 2 (mean 2.25); C 3, 2, 3, 3 (mean 2.75).
    assert table.loc["B", "z"] == pytest.approx((2.25 - 1) / se)
    assert table.loc["C", "z"] == pytest.approx((2.75 - 1) / se)
    assert table.loc["C", "p"] == pytest.approx(2 * scipy_stats.norm.sf((2.75 - 1) / se))
    assert table.loc["C", "p_holm"] == pytest.approx(2 * table.loc["C", "p"])
    assert table.loc["B", "p_holm"] == pytest.approx(max(table.loc["B", "p"], 2 * table.loc["C", "p"]))


def test_nemenyi_critical_difference_matches_demsar_table():
    # Demšar (2006), Table 5: q_0.05 = 2.569 for k = 4 and 2.728 for k = 5.
    assert nemenyi_critical_difference(4, 10) == pytest.approx(2.569 * np.sqrt(4 * 5 / 60), abs=2e-3)
    assert nemenyi_critical_difference(5, 20) == pytest.approx(2.728 * np.sqrt(5 * 6 / 120), abs=2e-3)


def test_performance_profile_on_a_hand_example():
    scores = _matrix([[1.0, 0.5, 0.8], [0.6, 0.9, 0.9], [0.4, 0.2, 0.8]])
    # Ratios to the best per dataset: A 1, .667, .5; B .5, 1, .25; C .8, 1, 1.
    profile = performance_profile(scores, [0.0, 0.25, 0.5, 0.8, 1.0])
    expected = pd.DataFrame(
        {"A": [1, 1, 1, 1 / 3, 1 / 3], "B": [1, 1, 2 / 3, 1 / 3, 1 / 3], "C": [1, 1, 1, 1, 2 / 3]}, index=profile.index
    )
    pd.testing.assert_frame_equal(profile, expected, check_dtype=False)
    # At theta = 1 each curve is the share of datasets where the method is best; none was best everywhere.
    assert (profile.loc[1.0] < 1).all()
    always_best = performance_profile(scores.assign(D=scores.max(axis=1) + 1), [1.0])
    assert always_best.loc[1.0, "D"] == 1 and (always_best.loc[1.0].drop("D") == 0).all()


def test_profile_counts_a_missing_run_as_not_within_theta():
    scores = _matrix([[1.0, np.nan], [0.5, 1.0]])
    assert performance_profile(scores, [0.0]).loc[0.0].to_dict() == {"A": 1.0, "B": 0.5}


def test_nemenyi_p_values_agree_with_the_critical_difference():
    """scikit-posthocs' pairwise Nemenyi p-values and the closed-form CD say the same thing."""
    rng = np.random.default_rng(3)
    scores = _matrix(rng.random((20, 5)) + np.linspace(0, 0.6, 5))
    p = nemenyi_p_values(scores)
    cd = nemenyi_critical_difference(5, 20, alpha=0.05)
    r = mean_ranks(scores)
    for a in scores.columns:
        for b in scores.columns:
            if a != b:
                assert (abs(r[a] - r[b]) > cd) == (p.loc[a, b] < 0.05), (a, b)
    assert (p.to_numpy() < 0.05).any() and (p.to_numpy() >= 0.05).any()
