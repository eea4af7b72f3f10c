"""How much a published protocol flatters a method: the optimism table (``audit: true``).

Every run of an audited config records each epoch's test AUC-PR in its trace (which changes no
trained number, :func:`imbalbench.models.training.auditing`). From those and ``results/scores.csv``,
per run and seed:

- (a) ``honest``: the test AUC-PR at the epoch chosen on the validation rows (the benchmark's);
- (b) ``test_chosen``: the best test AUC-PR of any epoch the run's trace holds, the epoch chosen
  on the test rows (the authors' 2021-07 code; for EGL its warm start's and meta phase's epochs);
- (c) ``selection``: the validation AUC-PR of the kept epoch, the score reported on the rows that
  chose it (the authors' code at HEAD);
- (d) single draws: each (fold, seed) as if it were the only split and seed, the mean over
  datasets of method − control on that draw alone.

(b) ≥ (a) on every run by construction. (b), (c) and (d) are not valid estimates of a method's
performance: they are shown to explain published numbers (``../shared/AUTHORS_CODE.md``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .evidence import mean_interval, named_stream

PROTOCOLS = {
    "honest": "(a) chosen on validation, scored on test",
    "test_chosen": "(b) chosen on test",
    "selection": "(c) scored on the validation rows that chose it",
}
PAPER_GAIN = 0.025
"""EGL − CE in AUC-PR as the paper reports it, mean over its datasets."""


def protocol_scores(scores: pd.DataFrame, traces: dict[tuple[str, str, int], pd.DataFrame]) -> pd.DataFrame:
    """One row per successful run and seed: dataset, method, fold, repeat, and its score under each
    of :data:`PROTOCOLS`. ``traces``: ``{(dataset, method, fold): trace}`` with ``seed`` and
    ``test_auc_pr`` columns; a run whose trace has no test scores gets NaN for (b)."""
    ok = scores[scores["status"] == "ok"]
    best_test = {}
    for (dataset, method, fold), trace in traces.items():
        if "test_auc_pr" in trace:
            for seed, value in trace.groupby("seed")["test_auc_pr"].max().items():
                best_test[(dataset, method, fold, seed)] = value
    keys = zip(ok["dataset"], ok["method"], ok["fold"], ok["seed"])
    return pd.DataFrame(
        {
            "dataset": ok["dataset"],
            "method": ok["method"],
            "fold": ok["fold"],
            "repeat": ok["repeat"],
            "honest": ok["auc_pr"],
            "test_chosen": [best_test.get(key, np.nan) for key in keys],
            "selection": ok["best_valid_auc_pr"],
        }
    ).reset_index(drop=True)


def draw_differences(runs: pd.DataFrame, method: str, control: str, protocol: str) -> pd.Series:
    """Per (fold, repeat) draw, the mean over datasets of ``method`` − ``control`` under ``protocol``
    (the datasets where both ran on that draw)."""
    pivot = runs.pivot_table(index=["fold", "repeat", "dataset"], columns="method", values=protocol)
    return (pivot[method] - pivot[control]).dropna().groupby(level=["fold", "repeat"]).mean()


def share_at_least(differences, gain: float = PAPER_GAIN) -> float:
    """The share of ``differences`` at or above ``gain``."""
    differences = np.asarray(differences, dtype=float)
    return float(np.mean(differences >= gain - 1e-12)) if len(differences) else float("nan")


def _interval_over(values: pd.Series, rng) -> tuple[float, float]:
    return mean_interval(values, rng) if len(values) else (np.nan, np.nan)


def optimism_table(runs: pd.DataFrame, control: str, methods, seed: int = 0) -> pd.DataFrame:
    """Per method: under each protocol the mean over datasets (of the per-dataset mean over folds ×
    seeds) with a 95% bootstrap interval over datasets, the same for the paired difference to
    ``control``, and the single draws of that difference under (a) and (b): median, range and the
    share at or above :data:`PAPER_GAIN`."""
    per_dataset = runs.groupby(["method", "dataset"])[list(PROTOCOLS)].mean()
    rows = []
    for method in methods:
        if method not in per_dataset.index.get_level_values("method"):
            continue
        row = {"method": method}
        for protocol in PROTOCOLS:
            values = per_dataset.loc[method, protocol].dropna()
            rng = named_stream(seed, method, protocol)
            row[protocol] = values.mean()
            row[f"{protocol}_low"], row[f"{protocol}_high"] = _interval_over(values, rng)
            if method == control:
                continue
            differences = (per_dataset.loc[method, protocol] - per_dataset.loc[control, protocol]).dropna()
            row[f"diff_{protocol}"] = differences.mean()
            row[f"diff_{protocol}_low"], row[f"diff_{protocol}_high"] = _interval_over(differences, rng)
        if method != control:
            for protocol in ("honest", "test_chosen"):
                draws = draw_differences(runs, method, control, protocol)
                row.update(
                    {
                        f"draws_{protocol}": len(draws),
                        f"draws_{protocol}_median": draws.median(),
                        f"draws_{protocol}_min": draws.min(),
                        f"draws_{protocol}_max": draws.max(),
                        f"draws_{protocol}_share": share_at_least(draws),
                    }
                )
        rows.append(row)
    return pd.DataFrame(rows)


def _interval(row, key: str, signed: bool = False) -> str:
    spec = "+.3f" if signed else ".3f"
    if pd.isna(row.get(key)):
        return "N/A"
    return f"{row[key]:{spec}} [{row[f'{key}_low']:{spec}}, {row[f'{key}_high']:{spec}}]"


def _draws(row, protocol: str) -> str:
    if pd.isna(row.get(f"draws_{protocol}_median")):
        return "N/A"
    return (
        f"{row[f'draws_{protocol}_median']:+.3f} [{row[f'draws_{protocol}_min']:+.3f}, "
        f"{row[f'draws_{protocol}_max']:+.3f}], {row[f'draws_{protocol}_share']:.0%} ≥ +{PAPER_GAIN}"
    )


def optimism_markdown(table: pd.DataFrame, control: str, n_datasets: int) -> str:
    from .tables import markdown_table

    header = [
        "method",
        "(a) honest",
        "(b) chosen on test",
        "(c) on selection rows",
        f"Δ (a) vs {control}",
        f"Δ (b) vs {control}",
        f"Δ (c) vs {control}",
        "single draws of Δ (a)",
        "single draws of Δ (b)",
    ]
    rows = [
        [
            (row["method"], False),
            (_interval(row, "honest"), False),
            (_interval(row, "test_chosen"), False),
            (_interval(row, "selection"), False),
            (_interval(row, "diff_honest", True), False),
            (_interval(row, "diff_test_chosen", True), False),
            (_interval(row, "diff_selection", True), False),
            (_draws(row, "honest"), False),
            (_draws(row, "test_chosen"), False),
        ]
        for row in table.to_dict("records")
    ]
    caption = (
        f"How much a protocol flatters each method: AUC-PR, mean over the {n_datasets} datasets of the mean "
        f"over folds × seeds, with a 95% bootstrap interval over datasets. (a) the honest score: test AUC-PR at "
        f"the epoch chosen on the validation rows (the benchmark's). (b) the best test AUC-PR of any epoch of "
        f"the run (the epoch chosen on the test rows, as the authors' 2021-07 code; EGL chooses among its warm "
        f"start's and its meta phase's epochs). (c) the validation AUC-PR of the kept epoch, reported on the "
        f"rows that chose it (the authors' code at HEAD). Δ: paired difference to {control} per dataset, then "
        f"the mean. Single draws: each (fold, seed) alone, as one split and one seed would give, the mean over "
        f"datasets of method − {control}: median [min, max] over the draws and the share at or above the "
        f"paper's +{PAPER_GAIN}. Only (a) is a valid estimate; (b) to (d) are shown to explain published "
        f"numbers, not to rank methods."
    )
    return markdown_table(caption, header, rows)
