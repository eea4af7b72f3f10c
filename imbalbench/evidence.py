"""Evidence for each method against a control, with its uncertainty (METHOD.md section 7).

Per dataset, from the runs (folds x seeds, seeds shared by every method, so differences are
paired): the mean AUC-PR and the paired difference to the control, each with a 95% interval
from a two-level bootstrap (resample folds, then seeds within each fold). Across datasets, on the
per-dataset means: the Wilcoxon signed-rank test with Holm's correction (Benavoli, Corani &
Mangili, JMLR 2016), and the Bayesian signed-rank test with a region of practical equivalence
(Benavoli, Corani, Demšar & Zaffalon, JMLR 2017; the ``baycomp`` package). The verdict puts them
on one line per method, with a conclusion chosen by :func:`conclusion`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
from scipy import stats

from .stats import holm

N_BOOTSTRAP = 2000
LEVEL = 0.95
# Posterior probability from which the Bayesian test's most probable region decides the conclusion.
DECISIVE = 0.95
LIKELY = 0.5


def run_matrix(runs: pd.DataFrame, metric: str = "auc_pr") -> np.ndarray:
    """Scores of one dataset and method as a (folds, seeds) array, NaN where a run failed."""
    return runs.pivot_table(index="fold", columns="repeat", values=metric, aggfunc="first", dropna=False).to_numpy(
        dtype=float)


def bootstrap_means(values: np.ndarray, n_boot: int = N_BOOTSTRAP, rng: np.random.Generator | None = None) -> np.ndarray:
    """Means of ``n_boot`` two-level resamples of ``values`` (folds, seeds): folds drawn with
    replacement, then seeds with replacement within each drawn fold. Returns (n_boot,)."""
    rng = rng or np.random.default_rng(0)
    n_folds, n_seeds = values.shape
    folds = rng.integers(n_folds, size=(n_boot, n_folds))
    seeds = rng.integers(n_seeds, size=(n_boot, n_folds, n_seeds))
    return values[folds[..., None], seeds].mean(axis=(1, 2))


def interval(values: np.ndarray, rng: np.random.Generator | None = None) -> tuple[float, float, float]:
    """Mean of ``values`` (folds, seeds) and its 95% percentile interval from :func:`bootstrap_means`;
    NaN where any run is missing."""
    values = np.asarray(values, dtype=float)
    if values.size == 0 or np.isnan(values).any():
        return float("nan"), float("nan"), float("nan")
    low, high = np.quantile(bootstrap_means(values, rng=rng), [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
    return float(values.mean()), float(low), float(high)


def dataset_evidence(scores: pd.DataFrame, control: str, metric: str = "auc_pr", seed: int = 0) -> pd.DataFrame:
    """Per dataset and method: mean, its interval, the paired difference to ``control`` (method
    minus control, run by run) and its interval, and whether that interval excludes 0.

    ``scores``: one row per run (dataset, method, fold, repeat, status, ``metric``), as
    ``results/scores.csv``. Failed runs count as missing: a pair with any is NaN.
    """
    ok = scores.assign(value=scores[metric].where(scores["status"] == "ok"))
    rows = []
    for dataset, block in ok.groupby("dataset", sort=False):
        matrices = {m: run_matrix(runs, "value") for m, runs in block.groupby("method", sort=False)}
        for method, values in matrices.items():
            rng = np.random.default_rng([seed, len(rows)])
            mean, low, high = interval(values, rng)
            row = {"dataset": dataset, "method": method, "mean": mean, "low": low, "high": high}
            if control in matrices and method != control and values.shape == matrices[control].shape:
                diff, diff_low, diff_high = interval(values - matrices[control], np.random.default_rng([seed, len(rows)]))
                row.update(diff=diff, diff_low=diff_low, diff_high=diff_high,
                           excludes_zero=bool(diff_low > 0 or diff_high < 0))
            rows.append(row)
    return pd.DataFrame(rows)


def wilcoxon_holm(means: pd.DataFrame, control: str) -> pd.DataFrame:
    """Wilcoxon signed-rank test (two-sided) of each method against ``control`` on the per-dataset
    means (rows: datasets where both ran), Holm-adjusted over the methods.

    Zero differences: Pratt's method (kept for ranking, then dropped; ``zero_method="pratt"``),
    so that ties with the control weigh against a difference rather than vanish. A method with no
    non-zero difference has p = 1.
    """
    rows = {}
    for method in means.columns.drop(control):
        pair = means[[method, control]].dropna()
        differences = pair[method] - pair[control]
        if len(pair) == 0 or (differences == 0).all():
            rows[method] = {"n_datasets": len(pair), "statistic": np.nan, "p": 1.0}
            continue
        result = stats.wilcoxon(pair[method], pair[control], zero_method="pratt")
        rows[method] = {"n_datasets": len(pair), "statistic": float(result.statistic), "p": float(result.pvalue)}
    table = pd.DataFrame.from_dict(rows, orient="index")
    if len(table):
        table["p_holm"] = holm(table["p"])
    return table


def bayesian_signed_rank(method: np.ndarray, control: np.ndarray, rope: float, seed: int = 0,
                         samples: int = 50_000) -> tuple[float, float, float]:
    """P(method better by more than ``rope``), P(within the rope), P(control better), from the
    Bayesian signed-rank test on paired per-dataset scores (``baycomp.SignedRankTest``)."""
    from baycomp import SignedRankTest

    p_better, p_rope, p_worse = SignedRankTest.probs(np.asarray(method, float), np.asarray(control, float), rope=rope,
                                                     nsamples=samples, random_state=seed)
    return float(p_better), float(p_rope), float(p_worse)


@dataclass(frozen=True)
class VerdictLine:
    method: str
    control: str
    diff: float
    diff_low: float
    diff_high: float
    wins: int
    ties: int
    losses: int
    p_holm: float
    p_better: float
    p_equivalent: float
    p_worse: float
    n_datasets: int

    @property
    def conclusion(self) -> str:
        return conclusion(self.p_better, self.p_equivalent, self.p_worse)

    def text(self) -> str:
        return (f"{self.method} vs {self.control}: {self.diff:+.3f} [{self.diff_low:+.3f}, {self.diff_high:+.3f}], "
                f"{self.wins}/{self.ties}/{self.losses}, p_Holm = {self.p_holm:.2g}, P(better) = {self.p_better:.2f}, "
                f"P(equivalent) = {self.p_equivalent:.2f}, P(worse) = {self.p_worse:.2f} → {self.conclusion}")


def conclusion(p_better: float, p_equivalent: float, p_worse: float) -> str:
    """The rule of the verdict: the Bayesian test's most probable region, called decisive at
    ``DECISIVE`` (0.95), likely at ``LIKELY`` (0.5), and inconclusive below."""
    names = {"better": p_better, "practically equivalent": p_equivalent, "worse": p_worse}
    region, p = max(names.items(), key=lambda item: item[1])
    if p >= DECISIVE:
        return region
    if p >= LIKELY:
        return f"likely {region}"
    return "inconclusive"


def verdict(means: pd.DataFrame, control: str, rope: float, seed: int = 0) -> list[VerdictLine]:
    """One line per method against ``control`` from per-dataset means (datasets x methods):
    mean difference over the datasets where both ran with a 95% bootstrap interval over datasets,
    wins / ties (|difference| <= rope) / losses, Holm-adjusted Wilcoxon p, Bayesian probabilities."""
    tests = wilcoxon_holm(means, control)
    lines = []
    for i, method in enumerate(means.columns.drop(control)):
        pair = means[[method, control]].dropna()
        differences = (pair[method] - pair[control]).to_numpy()
        if len(differences) == 0:
            continue
        rng = np.random.default_rng([seed, i])
        boot = rng.choice(differences, size=(N_BOOTSTRAP, len(differences))).mean(axis=1)
        low, high = np.quantile(boot, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
        p_better, p_rope, p_worse = bayesian_signed_rank(pair[method], pair[control], rope, seed=seed)
        lines.append(VerdictLine(
            method=method, control=control, diff=float(differences.mean()), diff_low=float(low), diff_high=float(high),
            wins=int((differences > rope).sum()), ties=int((np.abs(differences) <= rope).sum()),
            losses=int((differences < -rope).sum()), p_holm=float(tests.loc[method, "p_holm"]),
            p_better=p_better, p_equivalent=p_rope, p_worse=p_worse, n_datasets=len(differences)))
    return lines


def verdict_records(lines: list[VerdictLine]) -> list[dict]:
    return [{**asdict(line), "conclusion": line.conclusion} for line in lines]
