"""Where a method helps: its gain over the control per dataset against the dataset's size and imbalance.

The paper claims its largest gains on its largest datasets. For each method and each moderator
(rows, features, imbalance ratio, minority rows of the dataset), the Spearman rank correlation
between the moderator and the paired per-dataset gain (the method's mean over folds x seeds
minus the control's), with a two-sided permutation p-value (the gains' pairing with the
datasets shuffled) and Holm's correction over the moderators of that method and metric. Rank
correlation makes the moderators' scale (log or not) irrelevant; the figure draws their log10.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from ..scoring.metric_specs import metric_spec
from . import MIN_DATASETS
from .stats import holm
from .tables import fold_summary

MODERATORS = {
    "rows": "n",
    "features": "d",
    "imbalance_ratio": "imbalance_ratio",
    "minority_rows": "n_minority",
}
"""Moderator name -> its key in a dataset's metadata (``results/data/{dataset}.json``)."""


N_PERMUTATIONS = 9999


def dataset_moderators(metadata: list[dict]) -> pd.DataFrame:
    """One row per dataset (index: name), one column per :data:`MODERATORS` entry."""
    return pd.DataFrame(
        {name: [entry[key] for entry in metadata] for name, key in MODERATORS.items()},
        index=pd.Index([entry["name"] for entry in metadata], name="dataset"),
    ).astype(float)


def paired_gains(scores: pd.DataFrame, control: str, metric: str) -> pd.DataFrame:
    """Per dataset (rows) and method (columns, the control left out): the method's mean ``metric``
    over its runs minus the control's, the runs sharing folds and seeds, signed so that a gain is
    positive (control minus method where lower is better, e.g. Brier). NaN where either failed."""
    mean, _ = fold_summary(scores, metric)
    sign = 1.0 if metric_spec(metric).higher_is_better else -1.0
    return sign * mean.drop(columns=control).sub(mean[control], axis=0)


def _spearman(x, y, axis=-1):
    """Spearman's rho along ``axis`` (vectorised, as ``permutation_test`` wants it)."""
    x = stats.rankdata(x, axis=axis)
    y = stats.rankdata(y, axis=axis)
    x = x - x.mean(axis=axis, keepdims=True)
    y = y - y.mean(axis=axis, keepdims=True)
    return (x * y).sum(axis=axis) / np.sqrt((x**2).sum(axis=axis) * (y**2).sum(axis=axis))


def spearman_permutation(x, y, n_permutations: int = N_PERMUTATIONS, seed: int = 0) -> tuple[float, float]:
    """Spearman's rho of ``x`` and ``y`` (n,) and its two-sided permutation p-value (exact where
    n! <= ``n_permutations``)."""
    x = np.asarray(x, dtype=float)
    result = stats.permutation_test(
        (np.asarray(y, dtype=float),),  # one sample, "pairings": y's order among x's values is shuffled
        lambda shuffled, axis=-1: _spearman(x, shuffled, axis),
        permutation_type="pairings",
        vectorized=True,
        n_resamples=n_permutations,
        alternative="two-sided",
        rng=np.random.default_rng(seed),
    )
    return float(result.statistic), float(result.pvalue)


def moderator_table(
    gains: pd.DataFrame, moderators: pd.DataFrame, n_permutations: int = N_PERMUTATIONS, seed: int = 0
) -> pd.DataFrame:
    """One row per method and moderator: datasets used, rho, permutation p and Holm's p over the
    method's moderators. ``gains``: (dataset x method) from :func:`paired_gains`; ``moderators``:
    from :func:`dataset_moderators`. A method with gains on fewer than :data:`MIN_DATASETS`
    datasets (it failed on others) gets NaN."""
    rows = []
    for method in gains.columns:
        gain = gains[method].dropna()
        block = []
        for index, name in enumerate(MODERATORS):
            rho, p = (
                spearman_permutation(moderators.loc[gain.index, name], gain, n_permutations, seed=seed * 1000 + index)
                if len(gain) >= MIN_DATASETS
                else (np.nan, np.nan)
            )
            block.append({"method": method, "moderator": name, "datasets": len(gain), "rho": rho, "p": p})
        block = pd.DataFrame(block)
        block["p_holm"] = holm(block["p"]).to_numpy() if len(gain) >= MIN_DATASETS else np.nan
        rows.append(block)
    return pd.concat(rows, ignore_index=True)


def moderator_markdown(tables: dict[str, pd.DataFrame], control: str, alpha: float) -> str:
    """The moderator tables (metric -> :func:`moderator_table`) as one Markdown document."""
    lines = [
        "# Where a method helps",
        "",
        f"Spearman's rho between each dataset's property and the method's paired gain over {control} "
        "(its mean over folds x seeds minus the control's, negated where lower is better); two-sided permutation p "
        f"({N_PERMUTATIONS:,} shufflings of the gains' pairing with the datasets), Holm over the four properties of "
        "each method. "
        f"**Bold**: Holm p < {alpha}. Positive rho: the gain grows with the property.",
    ]
    for metric, table in tables.items():
        lines += ["", f"## {metric}", "", "| method | " + " | ".join(MODERATORS) + " |"]
        lines.append("| --- |" + " --- |" * len(MODERATORS))
        for method, block in table.groupby("method", sort=False):
            if block["rho"].isna().all():
                lines.append(f"| {method} |" + f" gains on {block['datasets'].iloc[0]} datasets only |" * len(block))
                continue
            cells = []
            for row in block.itertuples():
                text = f"{row.rho:+.2f} (p {row.p:.3f}, Holm {row.p_holm:.3f})"
                cells.append(f"**{text}**" if row.p_holm < alpha else text)
            lines.append(f"| {method} | " + " | ".join(cells) + " |")
        lines.append(f"\n{table['datasets'].max()} datasets.")
    return "\n".join(lines) + "\n"
