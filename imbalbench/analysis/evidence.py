"""Evidence for each method against a control, with its uncertainty (METHOD.md section 7).

Per dataset, from the runs (folds x seeds, seeds shared by every method, so differences are
paired): the mean AUC-PR and the paired difference to the control, each with a 95% interval:
the standard error from a two-level bootstrap (resample folds, then seeds within each fold),
with Student's t on K - 1 degrees of freedom, as the K folds are the independent units. (A plain
percentile interval of that bootstrap covers the true mean only about 84% of the time at K = 4:
it ignores that the fold-level spread is estimated from four values; tests/test_evidence.py.) Across datasets, on the
per-dataset means: the Wilcoxon signed-rank test with Holm's correction (Benavoli, Corani &
Mangili, JMLR 2016), and the Bayesian signed-rank test with a region of practical equivalence
(Benavoli, Corani, Demšar & Zaffalon, JMLR 2017; the ``baycomp`` package). The verdict puts them
on one line per method, with a conclusion chosen by :func:`conclusion`.
"""

from __future__ import annotations

import zlib
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd
from scipy import stats

from ..scoring.metric_specs import metric_spec
from .stats import holm

N_BOOTSTRAP = 2000
LEVEL = 0.95
# Power at which the verdict states the smallest difference it could have detected.
POWER = 0.8
# Posterior probability from which the Bayesian test's most probable region decides the conclusion.
DECISIVE = 0.95
LIKELY = 0.5
MIN_VERDICT_DATASETS = 6
"""Fewest datasets (where a method and its control both have scores) for a conclusion: below six
the two-sided Wilcoxon signed-rank test cannot reach p < 0.05 whatever the differences (its
smallest p at five is 2/32 = 0.0625), and the Bayesian test's probabilities say more about its
prior than about the data."""


def named_stream(seed: int, *names: str) -> np.random.Generator:
    """A bootstrap's random stream keyed by ``seed`` and the names it compares, not by their place
    in a table: a method's interval stays the same when other methods or datasets join."""
    return np.random.default_rng([seed, *(zlib.crc32(name.encode()) for name in names)])


def run_matrix(runs: pd.DataFrame, metric: str = "auc_pr") -> np.ndarray:
    """Scores of one dataset and method as a (folds, seeds) array, NaN where a run failed."""
    return runs.pivot_table(index="fold", columns="repeat", values=metric, aggfunc="first", dropna=False).to_numpy(
        dtype=float
    )


def run_matrices(scores: pd.DataFrame, metric: str = "auc_pr") -> dict[tuple[str, str], np.ndarray]:
    """:func:`run_matrix` of every (dataset, method) of ``scores``, from one sort instead of a
    pivot per pair (a collection has thousands of pairs)."""
    runs = scores.sort_values(["dataset", "method", "fold", "repeat"], kind="stable")
    runs = runs.drop_duplicates(["dataset", "method", "fold", "repeat"])
    matrices = {}
    for key, block in runs.groupby(["dataset", "method"], sort=False):
        folds, fold_rows = np.unique(block["fold"].to_numpy(), return_inverse=True)
        repeats, repeat_cols = np.unique(block["repeat"].to_numpy(), return_inverse=True)
        matrix = np.full((len(folds), len(repeats)), np.nan)
        matrix[fold_rows, repeat_cols] = block[metric].to_numpy(dtype=float)
        matrices[key] = matrix
    return matrices


def bootstrap_means(
    values: np.ndarray, n_boot: int = N_BOOTSTRAP, rng: np.random.Generator | None = None
) -> np.ndarray:
    """Means of ``n_boot`` two-level resamples of ``values`` (folds, seeds): folds drawn with
    replacement, then seeds with replacement within each drawn fold. Returns (n_boot,)."""
    rng = rng or np.random.default_rng(0)
    n_folds, n_seeds = values.shape
    folds = rng.integers(n_folds, size=(n_boot, n_folds))
    seeds = rng.integers(n_seeds, size=(n_boot, n_folds, n_seeds))
    return values[folds[..., None], seeds].mean(axis=(1, 2))


def interval(values: np.ndarray, rng: np.random.Generator | None = None) -> tuple[float, float, float]:
    """Mean of ``values`` (folds, seeds) and its 95% interval: mean ± t(K-1) * SE, SE the standard
    deviation of :func:`bootstrap_means` times sqrt(K / (K-1)) (the bootstrap's variance bias over
    K folds). NaN where any run is missing or there is a single fold."""
    values = np.asarray(values, dtype=float)
    n_folds = values.shape[0] if values.ndim == 2 else 0
    if n_folds < 2 or np.isnan(values).any():
        return float("nan"), float("nan"), float("nan")
    se = bootstrap_means(values, rng=rng).std(ddof=1) * np.sqrt(n_folds / (n_folds - 1))
    half = stats.t.ppf((1 + LEVEL) / 2, n_folds - 1) * se
    mean = float(values.mean())
    return mean, mean - half, mean + half


def dataset_evidence(scores: pd.DataFrame, control: str, metric: str = "auc_pr", seed: int = 0) -> pd.DataFrame:
    """Per dataset and method: mean, its interval, the paired difference to ``control`` (method
    minus control, run by run) and its interval, and whether that interval excludes 0.

    ``scores``: one row per run (dataset, method, fold, repeat, status, ``metric``), as
    ``results/scores.csv``. Failed runs count as missing: a pair with any is NaN.
    """
    ok = scores.assign(value=scores[metric].where(scores["status"] == "ok"))
    matrices = run_matrices(ok, "value")
    rows = []
    for dataset, block in ok.groupby("dataset", sort=False):
        methods = block["method"].unique()
        for method in methods:
            values = matrices[dataset, method]
            mean, low, high = interval(values, named_stream(seed, dataset, method))
            row = {"dataset": dataset, "method": method, "mean": mean, "low": low, "high": high}
            if control in methods and method != control and values.shape == matrices[dataset, control].shape:
                diff, diff_low, diff_high = interval(
                    values - matrices[dataset, control], named_stream(seed, dataset, method, control)
                )
                row.update(
                    diff=diff, diff_low=diff_low, diff_high=diff_high, excludes_zero=bool(diff_low > 0 or diff_high < 0)
                )
            rows.append(row)
    return pd.DataFrame(rows)


def mean_interval(values: np.ndarray, rng: np.random.Generator) -> tuple[float, float]:
    """95% percentile bootstrap interval of the mean of ``values`` (n,), one per dataset."""
    values = np.asarray(values, dtype=float)
    boot = rng.choice(values, size=(N_BOOTSTRAP, len(values))).mean(axis=1)
    low, high = np.quantile(boot, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
    return float(low), float(high)


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


def bayesian_signed_rank(
    method: np.ndarray, control: np.ndarray, rope: float, seed: int = 0, samples: int = 50_000
) -> tuple[float, float, float]:
    """P(method better by more than ``rope``), P(within the rope), P(control better), from the
    Bayesian signed-rank test on paired per-dataset scores (n,), ``rope`` > 0.

    ``baycomp.SignedRankTest`` with its posterior sampling as one matrix product: baycomp draws
    the same Dirichlet weights w (samples, n + 1) and sums w_i w_j over the pairs of differences
    beyond the rope in a Python loop, one sample at a time (1.2 s of CPU per comparison at 96
    datasets: most of a collection's verdict); w B w' for all samples at once is the same sum
    (tests/test_evidence.py compares the two). The posterior's probabilities are baycomp's."""
    from baycomp.multiple import Posterior
    from baycomp.utils import check_args

    method, control = np.asarray(method, float), np.asarray(control, float)
    check_args(method, control, rope, nsamples=samples)
    if rope <= 0:
        raise ValueError(f"the Bayesian signed-rank test needs a ROPE > 0, got {rope}")
    # baycomp's differences: the control's minus the method's, after a pseudo-observation at 0
    # that carries the prior's weight (0.5).
    differences = np.concatenate(([0.0], control - method))
    sums = differences[:, None] + differences[None, :]
    weights = np.ones(len(differences))
    weights[0] = 0.5
    draws = np.random.RandomState(seed).dirichlet(weights, samples)
    posterior = np.empty((samples, 3))
    for column, beyond in ((0, -sums), (2, sums)):
        heaviside = (beyond > 2 * rope) + 0.5 * (beyond == 2 * rope)
        posterior[:, column] = np.einsum("si,ij,sj->s", draws, heaviside, draws, optimize=True)
    posterior[:, 1] = 1 - posterior[:, 0] - posterior[:, 2]
    p_better, p_rope, p_worse = Posterior(posterior).probs(True)
    return float(p_better), float(p_rope), float(p_worse)


def detectable_difference(differences: np.ndarray, alpha: float, power: float = POWER) -> float:
    """The smallest true mean difference that a two-sided paired t-test at level ``alpha`` detects
    with probability ``power``, for per-dataset differences spread as ``differences`` (n,):
    d · s, where d is the standardised effect at which the one-sample t-test on n values reaches
    that power (statsmodels' ``TTestPower``, the noncentral t) and s the differences' standard
    deviation. A normal approximation of the verdict's Wilcoxon test, which is about 95% as
    efficient on normal data; NaN for fewer than 2 datasets, 0 where every difference is equal."""
    from statsmodels.stats.power import TTestPower

    differences = np.asarray(differences, dtype=float)
    if len(differences) < 2:
        return float("nan")
    spread = float(differences.std(ddof=1))
    if spread == 0:
        return 0.0
    effect = TTestPower().solve_power(
        effect_size=None, nobs=len(differences), alpha=alpha, power=power, alternative="two-sided"
    )
    return float(effect) * spread


@dataclass(frozen=True)
class VerdictLine:
    method: str
    control: str
    diff: float
    """Mean over datasets of method − control, in the metric's units (negative is better where lower is)."""
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
    metric: str = "auc_pr"
    detectable: float = float("nan")
    """:func:`detectable_difference` of the per-dataset differences."""
    no_verdict: str = ""
    """Why no conclusion is drawn (too few datasets: :data:`MIN_VERDICT_DATASETS`); empty when one is."""
    rope: float = float("nan")
    """The region of practical equivalence the line was judged with, in the metric's units."""

    @property
    def by_datasets(self) -> str:
        """The Bayesian signed-rank test's conclusion alone (:func:`conclusion`)."""
        return conclusion(self.p_better, self.p_equivalent, self.p_worse)

    @property
    def conclusion(self) -> str:
        if self.no_verdict:
            return "no verdict"
        sign = 1.0 if metric_spec(self.metric).higher_is_better else -1.0
        gains = sorted((sign * self.diff_low, sign * self.diff_high))
        return agreed_conclusion(self.by_datasets, sign * self.diff, *gains, self.rope)

    @property
    def caveat(self) -> str:
        """Why the conclusion is not the Bayesian test's (:func:`agreed_conclusion`); empty when it is."""
        if self.no_verdict or self.conclusion == self.by_datasets:
            return ""
        if self.conclusion == MIXED:
            return f"the datasets say {self.by_datasets}, the mean says the opposite"
        return f"the datasets say {self.by_datasets}, but the mean's interval reaches beyond the ROPE on both sides"

    def text(self) -> str:
        spec = metric_spec(self.metric)
        signed = f"+.{spec.decimals}f"
        if self.no_verdict:
            measured = f": Δ {self.diff:{signed}}, {self.wins}/{self.ties}/{self.losses}" if self.n_datasets else ""
            return f"{self.method} vs {self.control}, {spec.label}{measured} → no verdict: {self.no_verdict}"
        return (
            f"{self.method} vs {self.control}, {spec.label}: {self.diff:{signed}} "
            f"[{self.diff_low:{signed}}, {self.diff_high:{signed}}], {self.wins}/{self.ties}/{self.losses}, "
            f"p_Holm = {self.p_holm:.2g}, P(better) = {self.p_better:.2f}, P(equivalent) = {self.p_equivalent:.2f}, "
            f"P(worse) = {self.p_worse:.2f}, detectable ±{self.detectable:.{spec.decimals}f} → {self.conclusion}"
            + (f" ({self.caveat})" if self.caveat else "")
        )


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


MIXED = "mixed"
UNDECIDED = "not decided"


def agreed_conclusion(by_datasets: str, gain: float, gain_low: float, gain_high: float, rope: float) -> str:
    """The verdict's conclusion: the Bayesian test's (``by_datasets``, which counts the datasets'
    signs) where the mean agrees with it. :data:`MIXED` where it says better and the mean gain is
    negative, or worse and the mean gain positive: a few datasets with large differences pull the
    mean against most datasets. :data:`UNDECIDED` where the mean gain's 95% interval
    (``gain_low``, ``gain_high``) reaches beyond the ROPE on both sides: the mean may be a real
    gain or a real loss. Gains are differences signed so that positive is better."""
    direction = by_datasets.removeprefix("likely ")
    if (direction == "better" and gain < 0) or (direction == "worse" and gain > 0):
        return MIXED
    if by_datasets != "inconclusive" and gain_low < -rope and gain_high > rope:
        return UNDECIDED
    return by_datasets


def verdict(
    means: pd.DataFrame, control: str, rope: float, seed: int = 0, *, metric: str = "auc_pr", alpha: float = 0.05
) -> list[VerdictLine]:
    """One line per method against ``control`` from per-dataset means of ``metric`` (datasets x
    methods): mean difference over the datasets where both ran with a 95% bootstrap interval over
    datasets, wins / ties (|difference| <= rope) / losses, Holm-adjusted Wilcoxon p, Bayesian
    probabilities and :func:`detectable_difference` at ``alpha``. Better means higher, or lower for
    a metric where lower is better (:mod:`imbalbench.scoring.metric_specs`)."""
    sign = 1.0 if metric_spec(metric).higher_is_better else -1.0
    tests = wilcoxon_holm(means, control)
    lines = []
    for method in means.columns.drop(control):
        pair = means[[method, control]].dropna()
        differences = (pair[method] - pair[control]).to_numpy()
        gains = sign * differences
        if len(differences) < MIN_VERDICT_DATASETS:
            lines.append(_unjudged(method, control, metric, differences, gains, rope))
            continue
        low, high = mean_interval(differences, named_stream(seed, method, control))
        p_better, p_rope, p_worse = bayesian_signed_rank(sign * pair[method], sign * pair[control], rope, seed=seed)
        lines.append(
            VerdictLine(
                method=method,
                control=control,
                diff=float(differences.mean()),
                diff_low=float(low),
                diff_high=float(high),
                wins=int((gains > rope).sum()),
                ties=int((np.abs(gains) <= rope).sum()),
                losses=int((gains < -rope).sum()),
                p_holm=float(tests.loc[method, "p_holm"]),
                p_better=p_better,
                p_equivalent=p_rope,
                p_worse=p_worse,
                n_datasets=len(differences),
                metric=metric,
                detectable=detectable_difference(differences, alpha),
                rope=rope,
            )
        )
    return lines


def _unjudged(method: str, control: str, metric: str, differences, gains, rope: float) -> VerdictLine:
    """A verdict line without a conclusion, for a method with scores on fewer than
    :data:`MIN_VERDICT_DATASETS` of the datasets where the control has them: its Δ and W/T/L where
    there are any, and why."""
    n = len(differences)
    reason = (
        f"no dataset where both {method} and {control} have scores (its runs failed: see the reason column "
        "of results/scores.csv)"
        if n == 0
        else f"{n} dataset(s) where both have scores; a verdict needs at least {MIN_VERDICT_DATASETS}"
    )
    nan = float("nan")
    return VerdictLine(
        method=method,
        control=control,
        diff=float(differences.mean()) if n else nan,
        diff_low=nan,
        diff_high=nan,
        wins=int((gains > rope).sum()),
        ties=int((np.abs(gains) <= rope).sum()),
        losses=int((gains < -rope).sum()),
        p_holm=nan,
        p_better=nan,
        p_equivalent=nan,
        p_worse=nan,
        n_datasets=n,
        metric=metric,
        no_verdict=reason,
        rope=rope,
    )


def verdict_records(lines: list[VerdictLine]) -> list[dict]:
    return [{**asdict(line), "conclusion": line.conclusion} for line in lines]


def _interval_text(mean: float, low: float, high: float, signed: bool = False, decimals: int = 3) -> str:
    spec = f"{'+' if signed else ''}.{decimals}f"
    if np.isnan(mean):
        return "N/A"
    return f"{mean:{spec}}" if np.isnan(low) else f"{mean:{spec}} [{low:{spec}}, {high:{spec}}]"


def _conclusion_cell(line: VerdictLine) -> str:
    if line.no_verdict:
        return f"no verdict: {line.no_verdict}"
    return f"{line.conclusion} ({line.by_datasets} by datasets)" if line.caveat else line.conclusion


def _number(value: float, spec: str) -> str:
    return "–" if np.isnan(value) else f"{value:{spec}}"


def evidence_caption(control: str, n_folds: int, n_seeds: int, metric_name: str = "AUC-PR") -> str:
    return (
        f"{metric_name} per dataset: mean over {n_folds} folds × {n_seeds} seeds with a 95% interval, and for "
        f"each method Δ, the paired difference to the control {control} (method − control, run by run on the "
        f"same fold and seed), with its 95% interval; * marks an interval of Δ that excludes 0. Intervals: "
        f"mean ± t({n_folds - 1}) × standard error, the standard error from a bootstrap ({N_BOOTSTRAP} "
        f"resamples) that resamples folds, then seeds within each fold. N/A: a run of the method failed on "
        f"that dataset."
    )


def evidence_markdown(evidence: pd.DataFrame, control: str, methods, caption: str, decimals: int = 3) -> str:
    """Rows: datasets; columns: methods. The control's cells hold its mean and interval, the others
    theirs and Δ to the control."""
    from .tables import markdown_table

    rows = []
    for dataset, block in evidence.groupby("dataset", sort=False):
        by_method = block.set_index("method")
        cells = [(str(dataset), False)]
        for method in methods:
            if method not in by_method.index:
                cells.append(("N/A", False))
                continue
            r = by_method.loc[method]
            text = _interval_text(r["mean"], r["low"], r["high"], decimals=decimals)
            if method != control and "diff" in r and not pd.isna(r.get("diff")):
                star = "*" if r["excludes_zero"] else ""
                diff = _interval_text(r["diff"], r["diff_low"], r["diff_high"], signed=True, decimals=decimals)
                text += f"; Δ {diff}{star}"
            cells.append((text, False))
        rows.append(cells)
    return markdown_table(caption, ["dataset", *methods], rows)


def _direction(metric: str) -> str:
    spec = metric_spec(metric)
    return "" if spec.higher_is_better else " Lower is better: a negative Δ is a gain."


def verdict_caption(control: str, rope: float, metric: str = "auc_pr", alpha: float = 0.05) -> str:
    name = metric_spec(metric).label
    return (
        f"Each method against the control {control} on the per-dataset mean {name} (over folds × seeds). "
        f"Δ: mean over the datasets where both ran of the per-dataset difference (method − control), with a 95% "
        f"percentile bootstrap interval over datasets.{_direction(metric)} W/T/L: datasets where the method is "
        f"better by more than the ROPE ({rope:g}) / within it / worse by more. p_Holm: two-sided Wilcoxon "
        f"signed-rank test on the per-dataset means (Pratt's treatment of zero differences), Holm-adjusted over "
        f"the methods. P(better), P(equivalent), P(worse): Bayesian signed-rank test with ROPE ±{rope:g} "
        f"(baycomp; Benavoli et al. 2017). Detectable: the smallest true mean difference that a paired t-test at "
        f"α = {alpha:g} (two-sided, not Holm-adjusted) would find with {POWER:.0%} power, given the observed "
        f"spread of the per-dataset differences; an 'equivalent' can have missed a difference below it. "
        f"Conclusion (the rule): the most probable of the three regions; stated as is when its probability is "
        f"≥ {DECISIVE}, as 'likely' when ≥ {LIKELY}, else 'inconclusive'; '{MIXED}' where it says better (worse) "
        f"and Δ says worse (better), '{UNDECIDED}' where Δ's interval reaches beyond the ROPE on both sides; "
        f"'no verdict' below {MIN_VERDICT_DATASETS} datasets."
    )


def verdict_markdown(lines: list[VerdictLine], caption: str) -> str:
    from .tables import markdown_table

    header = [
        "method",
        "Δ [95% CI]",
        "W/T/L",
        "p_Holm",
        "P(better)",
        "P(equivalent)",
        "P(worse)",
        "detectable",
        "conclusion",
        "datasets",
    ]
    decimals = metric_spec(lines[0].metric).decimals if lines else 3
    rows = [
        [
            (line.method, False),
            (_interval_text(line.diff, line.diff_low, line.diff_high, signed=True, decimals=decimals), False),
            (f"{line.wins}/{line.ties}/{line.losses}", False),
            (_number(line.p_holm, ".2g"), False),
            (_number(line.p_better, ".2f"), False),
            (_number(line.p_equivalent, ".2f"), False),
            (_number(line.p_worse, ".2f"), False),
            ("–" if np.isnan(line.detectable) else f"±{line.detectable:.{decimals}f}", False),
            (_conclusion_cell(line), False),
            (str(line.n_datasets), False),
        ]
        for line in lines
    ]
    text = markdown_table(caption, header, rows)
    return text + "\n" + "\n".join(f"- {line.text()}" for line in lines) + "\n"


def grid_cell(conclusion: str, diff: float, decimals: int) -> str:
    """A verdict grid's cell: the conclusion and, in brackets, Δ where there is one."""
    return conclusion if np.isnan(diff) else f"{conclusion} ({diff:+.{decimals}f})"


def verdict_grid_markdown(lines: list[VerdictLine], metrics, control: str) -> str:
    """One row per method, one column per metric: the conclusion and Δ (method − control)."""
    from .tables import markdown_table

    cells = {
        (line.method, line.metric): grid_cell(line.conclusion, line.diff, metric_spec(line.metric).decimals)
        for line in lines
    }
    methods = list(dict.fromkeys(line.method for line in lines))
    header = ["method"] + [metric_spec(m).label + ("" if metric_spec(m).higher_is_better else " ↓") for m in metrics]
    rows = [
        [(method, False)] + [(cells.get((method, metric), "N/A"), False) for metric in metrics] for method in methods
    ]
    caption = (
        f"The verdict per kind of decision: each method against {control}, per metric, the conclusion of the "
        f"rule below and in brackets Δ, the mean difference over datasets (method − {control}; ↓: lower is "
        f"better, so a negative Δ is a gain). Ranking: AUC-PR. At a threshold: 0.5, the one every model is "
        f"trained for, or the one that maximises F1 on each run's validation rows. Calibration: the Brier "
        f"score of the probabilities as trained, and after Platt scaling fitted on the validation rows."
    )
    return markdown_table(caption, header, rows, n_left=len(header))


def verdict_document(lines: list[VerdictLine], metrics, control: str, ropes: dict[str, float], alpha: float) -> str:
    """``verdict.md``: the grid of every method and metric, then each metric's block."""
    blocks = [f"# Verdict: each method against {control}", "", verdict_grid_markdown(lines, metrics, control)]
    for metric in metrics:
        block = [line for line in lines if line.metric == metric]
        blocks += [
            f"## {metric_spec(metric).label}",
            "",
            verdict_markdown(block, verdict_caption(control, ropes[metric], metric, alpha)),
        ]
    return "\n".join(blocks)


def evidence_document(evidence: pd.DataFrame, control: str, methods, metrics, n_folds: int, n_seeds: int) -> str:
    """``evidence.md``: for each metric its per-dataset table (:func:`evidence_markdown`)."""
    blocks = [f"# Evidence per dataset: each method and its difference to {control}", ""]
    for metric in metrics:
        name = metric_spec(metric).label
        caption = evidence_caption(control, n_folds, n_seeds, name) + _direction(metric)
        blocks += [
            f"## {name}",
            "",
            evidence_markdown(
                evidence[evidence["metric"] == metric], control, methods, caption, metric_spec(metric).decimals
            ),
        ]
    return "\n".join(blocks)
