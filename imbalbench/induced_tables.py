"""Tables of the induced-imbalance experiment: per imbalance ratio and method, AUC-PR, the
relative gap to ``potential`` and precision at fixed recall levels (METHOD.md section 6)."""

from __future__ import annotations


import numpy as np
import pandas as pd

from .artifacts import read_scores
from .tables import Cell, latex_table, markdown_table

RECALL_LEVELS = (0.75, 0.5, 0.25)


def collect_runs(runs: dict[tuple[str, str, int], tuple[str, str]]) -> pd.DataFrame:
    """One row per (ratio, method, fold, seed): status, AUC-PR and precision at :data:`RECALL_LEVELS`.

    ``runs`` maps (ratio, method, fold) to the job's (scores.json, predictions.parquet).
    """
    from .metrics import precision_at_recall

    rows = []
    for (ratio, method, fold), (scores_path, predictions_path) in runs.items():
        predictions = pd.read_parquet(predictions_path)
        for run in read_scores(scores_path)["runs"]:
            row = {"imbalance_ratio": float(ratio), "method": method, "fold": fold, "seed": run["seed"],
                   "status": run["status"], "auc_pr": run.get("auc_pr", np.nan)}
            mine = predictions[predictions["seed"] == run["seed"]]
            precisions = (precision_at_recall(mine["y_true"].to_numpy(), mine["logit"].to_numpy(), RECALL_LEVELS)
                          if run["status"] == "ok" else [np.nan] * 3)
            row.update({f"precision_at_{r}": p for r, p in zip(RECALL_LEVELS, precisions)})
            rows.append(row)
    return pd.DataFrame(rows)


def summary_table(runs: pd.DataFrame, methods) -> pd.DataFrame:
    """Mean over folds per (ratio, method): AUC-PR (with std), Δ = relative AUC-PR gap to
    ``potential`` in percent, precision at each recall level. A method with a failed fold is NaN."""
    metrics = ["auc_pr", *(f"precision_at_{r}" for r in RECALL_LEVELS)]
    grouped = runs.groupby(["imbalance_ratio", "method"])
    table = grouped[metrics].mean()
    table.insert(1, "auc_pr_std", grouped["auc_pr"].std(ddof=1))
    table[grouped["status"].apply(lambda s: (s != "ok").any())] = np.nan
    if "potential" in runs["method"].values:
        potential = table.xs("potential", level="method")["auc_pr"]
        ratio_level = table.index.get_level_values("imbalance_ratio")
        table.insert(2, "delta_percent", 100 * (potential.reindex(ratio_level).to_numpy() - table["auc_pr"]) /
                     potential.reindex(ratio_level).to_numpy())
    order = {m: i for i, m in enumerate(methods)}
    return table.reset_index().sort_values(["imbalance_ratio", "method"], key=lambda c: c.map(order) if c.name == "method" else c,
                                           ignore_index=True)


def caption(n_folds: int, imbalance_valid_test: bool, dataset: str) -> str:
    where = ("validation and test rows made imbalanced alike" if imbalance_valid_test else
             "validation and test rows keep the balanced distribution of the source")
    return (f"Induced imbalance on {dataset}: training rows made imbalanced at each ratio ({where}). "
            f"Mean over {n_folds} stratified folds of test AUC-PR (± std), Δ = relative AUC-PR gap to potential "
            f"(%, lower is better), and precision at recall 0.75, 0.5, 0.25 (interpolated). Potential adds as many "
            f"held-back real minority rows as the training minority holds; best AUC-PR per ratio (potential aside) in bold.")


def _rows(table: pd.DataFrame) -> list[list[Cell]]:
    rows = []
    for ratio, block in table.groupby("imbalance_ratio", sort=False):
        best = block.loc[block["method"] != "potential", "auc_pr"].max()
        for _, row in block.iterrows():
            cells = [f"{ratio:g}:1", row["method"]]
            if np.isnan(row["auc_pr"]):
                cells += ["N/A"] * (2 + len(RECALL_LEVELS))
            else:
                cells.append(f"{row['auc_pr']:.3f} ± {row['auc_pr_std']:.3f}")
                cells.append(f"{row['delta_percent']:.1f}" if "delta_percent" in row else "")
                cells += [f"{row[f'precision_at_{r}']:.3f}" for r in RECALL_LEVELS]
            winner = not np.isnan(row["auc_pr"]) and row["auc_pr"] == best and row["method"] != "potential"
            rows.append([(text, winner and column == 2) for column, text in enumerate(cells)])
    return rows


HEADER = ["IR", "method", "AUC-PR", "Δ (%)", *(f"P@R={r}" for r in RECALL_LEVELS)]


def to_markdown(table: pd.DataFrame, caption_text: str) -> str:
    return markdown_table(caption_text, HEADER, _rows(table), n_left=2)


def to_latex(table: pd.DataFrame, caption_text: str) -> str:
    return latex_table(caption_text, HEADER, _rows(table), n_left=2)
