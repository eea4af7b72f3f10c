"""Comparing methods over datasets (METHOD.md section 6): ranks, the Friedman test with the
Iman-Davenport correction, post-hoc tests against a control (Holm) and the Nemenyi critical
difference (Demšar, 2006), and the Dolan-Moré performance profile.

Score matrices are ``pandas.DataFrame``: one row per dataset, one column per method, higher is
better, NaN where a method did not run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
from scipy import stats


def ranks(scores: pd.DataFrame) -> pd.DataFrame:
    """Rank of each method within each dataset: 1 = best (highest score), ties share the average
    rank, methods with NaN are left out of that dataset's ranking (their rank is NaN)."""
    return scores.rank(axis=1, ascending=False, method="average", na_option="keep")


def mean_ranks(scores: pd.DataFrame) -> pd.Series:
    """Mean over datasets of :func:`ranks`, per method (over the datasets where it ran)."""
    return ranks(scores).mean(axis=0)


@dataclass(frozen=True)
class FriedmanResult:
    n_datasets: int
    n_methods: int
    chi2: float
    """Tie-corrected, as ``scipy.stats.friedmanchisquare``."""
    chi2_p: float
    iman_davenport_f: float
    df1: int
    df2: int
    iman_davenport_p: float
    chi2_uncorrected: float
    """Demšar (2006)'s chi2_F from the mean ranks, without the tie correction."""
    iman_davenport_f_uncorrected: float


def friedman_chi2_uncorrected(mean_ranks, n_datasets: int) -> float:
    """Demšar (2006): chi2_F = 12 N / (k (k+1)) [sum_j R_j^2 - k (k+1)^2 / 4], R_j the mean ranks."""
    r = np.asarray(mean_ranks, dtype=float)
    k = len(r)
    return float(12 * n_datasets / (k * (k + 1)) * (np.sum(r**2) - k * (k + 1) ** 2 / 4))


def iman_davenport(chi2: float, n_datasets: int, n_methods: int) -> tuple[float, float]:
    """F = (N-1) chi2 / (N(k-1) - chi2) and its p-value on (k-1, (k-1)(N-1)) degrees of freedom."""
    n, k = n_datasets, n_methods
    denominator = n * (k - 1) - chi2
    if denominator <= 0:
        return float("inf"), 0.0
    f = (n - 1) * chi2 / denominator
    return float(f), float(stats.f.sf(f, k - 1, (k - 1) * (n - 1)))


def friedman(scores: pd.DataFrame) -> FriedmanResult:
    """Friedman's chi-square on the ranks of complete rows (every method ran), with tie correction
    as ``scipy.stats.friedmanchisquare`` and without it (Demšar's formula), each with its
    Iman-Davenport F (:func:`iman_davenport`)."""
    complete = scores.dropna()
    n, k = complete.shape
    if n < 2 or k < 3:
        raise ValueError(f"the Friedman test needs at least 2 complete datasets and 3 methods, got {n} and {k}")
    if (complete.nunique(axis=1) == 1).all():
        chi2, chi2_p = 0.0, 1.0  # every method tied on every dataset: no evidence of a difference
    else:
        chi2, chi2_p = stats.friedmanchisquare(*(complete[c].to_numpy() for c in complete.columns))
    f, f_p = iman_davenport(float(chi2), n, k)
    uncorrected = friedman_chi2_uncorrected(mean_ranks(complete), n)
    return FriedmanResult(
        n,
        k,
        float(chi2),
        float(chi2_p),
        f,
        k - 1,
        (k - 1) * (n - 1),
        f_p,
        uncorrected,
        iman_davenport(uncorrected, n, k)[0],
    )


def holm(p_values: pd.Series) -> pd.Series:
    """Holm's step-down adjustment of a family of p-values (statsmodels' ``multipletests``)."""
    from statsmodels.stats.multitest import multipletests

    return pd.Series(multipletests(p_values.to_numpy(), method="holm")[1], index=p_values.index)


def nemenyi_p_values(scores: pd.DataFrame) -> pd.DataFrame:
    """Pairwise Nemenyi p-values (method x method) on the complete rows (scikit-posthocs)."""
    import scikit_posthocs

    return (
        scikit_posthocs.posthoc_nemenyi_friedman(scores.dropna().to_numpy())
        .set_axis(scores.columns, axis=0)
        .set_axis(scores.columns, axis=1)
    )


def compare_with_control(scores: pd.DataFrame, control: str) -> pd.DataFrame:
    """Each method against ``control`` on the complete rows: mean ranks, the z statistic
    (R_i - R_c) / sqrt(k(k+1) / 6N), its two-sided p-value and the Holm-adjusted p-value."""
    complete = scores.dropna()
    n, k = complete.shape
    r = mean_ranks(complete)
    se = np.sqrt(k * (k + 1) / (6 * n))
    others = [m for m in complete.columns if m != control]
    z = (r[others] - r[control]) / se
    p = pd.Series(2 * stats.norm.sf(np.abs(z)), index=others)
    return pd.DataFrame(
        {"mean_rank": r[others], "control_mean_rank": r[control], "z": z, "p": p, "p_holm": holm(p)}
    ).sort_values("p")


def nemenyi_critical_difference(n_methods: int, n_datasets: int, alpha: float = 0.05) -> float:
    """CD = q_alpha sqrt(k(k+1) / 6N), q_alpha the studentized range quantile divided by sqrt(2)."""
    q = stats.studentized_range.ppf(1 - alpha, n_methods, np.inf) / np.sqrt(2)
    return float(q * np.sqrt(n_methods * (n_methods + 1) / (6 * n_datasets)))


def performance_profile(scores: pd.DataFrame, thetas) -> pd.DataFrame:
    """Dolan-Moré profile: for each method (column) and theta, the share of datasets on which the
    method's score is at least theta times the best score on that dataset. A method that did not
    run on a dataset never counts there. Returns a (len(thetas), n_methods) frame indexed by theta."""
    best = scores.max(axis=1)
    ratio = scores.div(best, axis=0)
    thetas = np.asarray(thetas, dtype=float)
    shares = {method: [(ratio[method] >= t).mean() for t in thetas] for method in scores.columns}
    return pd.DataFrame(shares, index=pd.Index(thetas, name="theta"))


def complete_block(scores: pd.DataFrame) -> pd.DataFrame:
    """The rows and columns that the rank tests can use: every dataset where all methods ran; if that
    leaves fewer than two datasets, the methods that ran everywhere instead."""
    complete = scores.dropna()
    if len(complete) >= 2:
        return complete
    return scores.dropna(axis=1).dropna()


def significance_report(scores: pd.DataFrame, control: str, alpha: float = 0.05) -> dict:
    """Everything of the significance file: Friedman / Iman-Davenport, Holm against the control,
    the Nemenyi critical difference and p-values, and which datasets and methods were left out."""
    block = complete_block(scores)
    report = {
        "metric_higher_is_better": True,
        "alpha": alpha,
        "control": control,
        "datasets_left_out": sorted(set(scores.index) - set(block.index)),
        "methods_left_out": [m for m in scores.columns if m not in block.columns],
    }
    if block.shape[0] < 2 or block.shape[1] < 3:
        report["error"] = (
            f"not enough complete results for rank tests: {block.shape[0]} datasets x "
            f"{block.shape[1]} methods (needs 2 x 3)"
        )
        return report
    result = friedman(block)
    report.update(
        asdict(result),
        datasets_used=list(block.index),
        mean_ranks=mean_ranks(block).round(6).to_dict(),
        nemenyi_cd=nemenyi_critical_difference(result.n_methods, result.n_datasets, alpha),
        nemenyi_p=nemenyi_p_values(block).round(6).to_dict(),
    )
    if control in block.columns:
        report["holm"] = compare_with_control(block, control).reset_index(names="method").to_dict(orient="records")
    return report


def significance_markdown(report: dict, metric_name: str) -> str:
    """The significance report as Markdown."""
    if "error" in report:
        return f"# Significance of the differences in {metric_name}\n\n{report['error']}.\n"
    lines = [
        f"# Significance of the differences in {metric_name}",
        "",
        f"{report['n_methods']} methods on {report['n_datasets']} datasets where every method ran"
        + (f" (datasets left out: {', '.join(report['datasets_left_out'])})" if report["datasets_left_out"] else "")
        + (f" (methods left out: {', '.join(report['methods_left_out'])})" if report["methods_left_out"] else "")
        + ".",
        "",
        f"- Friedman χ² = {report['chi2']:.3f} (p = {report['chi2_p']:.3g}), tie-corrected as scipy's "
        f"`friedmanchisquare`; without the tie correction (Demšar 2006, χ²_F from the mean ranks): "
        f"{report['chi2_uncorrected']:.3f}",
        f"- Iman-Davenport F = {report['iman_davenport_f']:.3f} on ({report['df1']}, {report['df2']}) degrees of "
        f"freedom, p = {report['iman_davenport_p']:.3g} (from the uncorrected χ²: "
        f"{report['iman_davenport_f_uncorrected']:.3f})",
        f"- Nemenyi critical difference (α = {report['alpha']}): {report['nemenyi_cd']:.3f}",
        "",
        "| method | mean rank |",
        "|---|---:|",
        *(f"| {m} | {r:.3f} |" for m, r in sorted(report["mean_ranks"].items(), key=lambda item: item[1])),
    ]
    lines += [
        "",
        "Each method against the control with paired tests (Wilcoxon signed-rank with Holm's correction, "
        "Bayesian signed-rank), which do not depend on the other methods in the table: see `verdict.md`.",
    ]
    if "holm" in report:
        lines += [
            "",
            f"Each method against the control **{report['control']}** (z test on mean ranks, Holm-adjusted):",
            "",
            "| method | mean rank | z | p | p (Holm) |",
            "|---|---:|---:|---:|---:|",
        ]
        lines += [
            f"| {r['method']} | {r['mean_rank']:.3f} | {r['z']:.3f} | {r['p']:.3g} | {r['p_holm']:.3g} |"
            for r in report["holm"]
        ]
    return "\n".join(lines) + "\n"
