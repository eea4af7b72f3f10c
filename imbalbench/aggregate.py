"""Reading the runs back: one table of every run's scores."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

COLUMNS = ["dataset", "method", "fold", "status", "auc_pr", "auc_roc", "best_epoch", "best_valid_auc_pr",
           "wall_seconds", "reason"]


def collect_scores(paths) -> pd.DataFrame:
    """One row per ``scores.json``, columns :data:`COLUMNS` (failed runs have NaN scores and a reason)."""
    rows = [json.loads(Path(p).read_text()) for p in paths]
    table = pd.DataFrame(rows).reindex(columns=COLUMNS)
    return table.sort_values(["dataset", "method", "fold"], ignore_index=True)
