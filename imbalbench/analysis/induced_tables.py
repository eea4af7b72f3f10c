"""Tables of the induced-imbalance experiment: per imbalance ratio and method, AUC-PR, the
relative gap to the upper bound (``potential``) and precision at fixed recall levels (METHOD.md section 6)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..core.artifacts import read_predictions, read_scores
from .tables import Cell, latex_table, markdown_table

RECALL_LEVELS = (0.75, 0.5, 0.25)


def collect_runs(scores_paths) -> pd.DataFrame:
    """One row per (ratio, method, fold, seed) of the jobs' ``scores.json`` (each read once, its
    ``predictions.parquet`` beside it): status, AUC-PR and precision at :data:`RECALL_LEVELS`."""
    from ..scoring.metrics import precision_at_recall
    from .aggregate import run_rows

    rows = []
    for scores_path in scores_paths:
        predictions = read_predictions(Path(scores_path).parent / "predictions.parquet")
        for run in run_rows(read_scores(scores_path)):
            row = {
                "imbalance_ratio": float(run["imbalance_ratio"]),
                "method": run["method"],
                "fold": run["fold"],
                "seed": run["seed"],
                "status": run["status"],
                "auc_pr": run.get("auc_pr", np.nan),
            }
            mine = predictions[predictions["seed"] == run["seed"]]
            precisions = (
                precision_at_recall(mine["y_true"].to_numpy(), mine["logit"].to_numpy(), RECALL_LEVELS)
                if run["status"] == "ok"
                else [np.nan] * 3
            )
            row.update({f"precision_at_{r}": p for r, p in zip(RECALL_LEVELS, precisions)})
            rows.append(row)
    return pd.DataFrame(rows)


def summary_table(runs: pd.DataFrame, methods, upper_bound: str | None) -> pd.DataFrame:
    """Per (ratio, method), over folds x seeds: mean AUC-PR with its 95% interval
    (:func:`imbalbench.analysis.evidence.interval`), Δ = relative AUC-PR gap to the ``upper_bound``
    method (METHOD.md section 6: held-back real rows) in percent (positive: below it), precision at
    each recall level, and ``upper_bound_not_above``: on the upper bound's rows, whether some
    method's mean reaches it. A method with a failed run is NaN."""
    from .evidence import interval

    metrics = ["auc_pr", *(f"precision_at_{r}" for r in RECALL_LEVELS)]
    runs = runs.assign(repeat=runs.groupby(["imbalance_ratio", "method", "fold"]).cumcount())
    grouped = runs.groupby(["imbalance_ratio", "method"])
    table = grouped[metrics].mean()
    bounds = {
        key: interval(
            block.pivot(index="fold", columns="repeat", values="auc_pr").to_numpy(dtype=float), np.random.default_rng(0)
        )[1:]
        for key, block in grouped
    }
    table.insert(1, "auc_pr_low", [bounds[key][0] for key in table.index])
    table.insert(2, "auc_pr_high", [bounds[key][1] for key in table.index])
    table[grouped["status"].apply(lambda s: (s != "ok").any())] = np.nan
    if upper_bound in runs["method"].values:
        bound = table.xs(upper_bound, level="method")["auc_pr"]
        ratio_level = table.index.get_level_values("imbalance_ratio")
        reference = bound.reindex(ratio_level).to_numpy()
        table.insert(3, "delta_percent", 100 * (reference - table["auc_pr"]) / reference)
        others = table.drop(index=upper_bound, level="method")["auc_pr"].groupby(level="imbalance_ratio").max()
        is_bound = table.index.get_level_values("method") == upper_bound
        table["upper_bound_not_above"] = is_bound & (others.reindex(ratio_level).to_numpy() >= reference)
    order = {m: i for i, m in enumerate(methods)}
    return table.reset_index().sort_values(
        ["imbalance_ratio", "method"], key=lambda c: c.map(order) if c.name == "method" else c, ignore_index=True
    )


def caption(n_folds: int, n_seeds: int, imbalance_valid_test: bool, dataset: str, upper_bound: str) -> str:
    where = (
        "validation and test rows made imbalanced alike, as in the paper"
        if imbalance_valid_test
        else "validation and test rows keep the balanced distribution of the source, so AUC-PR is not on the paper's scale"
    )
    return (
        f"Induced imbalance on {dataset}: training rows made imbalanced at each ratio ({where}). "
        f"Test AUC-PR, mean over {n_folds} stratified folds × {n_seeds} seeds with a 95% interval (mean ± t × "
        f"bootstrap standard error, folds then seeds resampled); Δ = ({upper_bound} − method) / {upper_bound}, "
        f"the relative AUC-PR gap to {upper_bound} in % (positive: below it, lower is better); precision at "
        f"recall 0.75, 0.5, 0.25 (interpolated). {upper_bound} adds as many held-back real minority rows as the "
        f"training minority holds, an upper bound in expectation; † marks a ratio where some method's mean "
        f"reaches it (no evidence of a gap at that ratio). Best AUC-PR per ratio ({upper_bound} aside) in bold."
    )


def _rows(table: pd.DataFrame, upper_bound: str | None) -> list[list[Cell]]:
    rows = []
    for ratio, block in table.groupby("imbalance_ratio", sort=False):
        best = block.loc[block["method"] != upper_bound, "auc_pr"].max()
        for _, row in block.iterrows():
            cells = [f"{ratio:g}:1", row["method"]]
            if np.isnan(row["auc_pr"]):
                cells += ["N/A"] * (2 + len(RECALL_LEVELS))
            else:
                mark = "†" if row.get("upper_bound_not_above", False) else ""
                cells.append(f"{row['auc_pr']:.3f} [{row['auc_pr_low']:.3f}, {row['auc_pr_high']:.3f}]{mark}")
                cells.append(f"{row['delta_percent']:.1f}" if "delta_percent" in row else "")
                cells += [f"{row[f'precision_at_{r}']:.3f}" for r in RECALL_LEVELS]
            winner = not np.isnan(row["auc_pr"]) and row["auc_pr"] == best and row["method"] != upper_bound
            rows.append([(text, winner and column == 2) for column, text in enumerate(cells)])
    return rows


HEADER = ["IR", "method", "AUC-PR", "Δ (%)", *(f"P@R={r}" for r in RECALL_LEVELS)]


def to_markdown(table: pd.DataFrame, caption_text: str, upper_bound: str | None) -> str:
    return markdown_table(caption_text, HEADER, _rows(table, upper_bound), n_left=2)


def to_latex(table: pd.DataFrame, caption_text: str, upper_bound: str | None) -> str:
    return latex_table(caption_text, HEADER, _rows(table, upper_bound), n_left=2)
