import json

import pandas as pd

from imbalbench.analysis.aggregate import collect_scores
from imbalbench.analysis.tables import ResultTable
from imbalbench.core.artifacts import seal

EXPECTED_MARKDOWN = """\
Table: AUC-PR on the test parts, mean ± standard deviation over 2 folds; best per row in bold (mean rank: lowest). N/A: the method failed on that dataset. Ranks: 1 = best, ties share the average rank. The mean and mean-rank rows are over the 1 of 2 datasets where every method ran. Datasets missed: smote 1.

| dataset | ce | smote | egl |
|---|---:|---:|---:|
| alpha | 0.500 ± 0.141 | N/A | **0.700 ± 0.000** |
| beta | 0.300 ± 0.000 | **0.400 ± 0.141** | **0.400 ± 0.000** |
| mean | 0.300 | **0.400** | **0.400** |
| mean rank | 3.00 | **1.50** | **1.50** |
"""


def _write_run(root, dataset, method, fold, auc_pr, status="ok"):
    run = root / dataset / method / f"fold{fold}"
    run.mkdir(parents=True)
    result = {"repeat": 0, "seed": 100 * fold, "status": status}
    if status == "ok":
        result.update(auc_pr=auc_pr, auc_roc=auc_pr + 0.2, best_epoch=3)
    else:
        result["reason"] = "too few neighbours"
    scores = {"dataset": dataset, "method": method, "fold": fold, "runs": [result]}
    (run / "scores.json").write_text(json.dumps(seal(scores)))
    return run / "scores.json"


def test_markdown_table_of_a_tiny_results_tree(tmp_path):
    runs = [
        ("alpha", "ce", 0, 0.4),
        ("alpha", "ce", 1, 0.6),
        ("alpha", "smote", 0, 0.5),
        ("alpha", "smote", 1, None),
        ("alpha", "egl", 0, 0.7),
        ("alpha", "egl", 1, 0.7),
        ("beta", "ce", 0, 0.3),
        ("beta", "ce", 1, 0.3),
        ("beta", "smote", 0, 0.3),
        ("beta", "smote", 1, 0.5),
        ("beta", "egl", 0, 0.4),
        ("beta", "egl", 1, 0.4),
    ]
    paths = [_write_run(tmp_path, d, m, k, v, "ok" if v is not None else "failed") for d, m, k, v in runs]
    scores = collect_scores(paths)
    assert len(scores) == 12 and scores["reason"].notna().sum() == 1
    # Integer columns stay integer although a run failed (its best_epoch is missing).
    assert all(pd.api.types.is_integer_dtype(scores[c]) for c in ("fold", "repeat", "seed", "best_epoch"))
    table = ResultTable.from_scores(scores, "auc_pr", ["alpha", "beta"], ["ce", "smote", "egl"])
    assert table.to_markdown() == EXPECTED_MARKDOWN
    latex = table.to_latex()
    assert r"\textbf{0.700 $\pm$ 0.000}" in latex and "N/A" in latex and latex.count(r"\midrule") == 2
    frame = table.to_frame()
    assert frame.loc["alpha", "ce_mean"] == 0.5 and pd.isna(frame.loc["alpha", "smote_mean"])
    assert frame.loc["datasets missed", "smote_mean"] == 1


def test_a_lower_is_better_metric_bolds_and_ranks_the_lowest():
    scores = pd.DataFrame(
        {
            "dataset": ["a"] * 6 + ["b"] * 6,
            "method": ["ce", "ce", "ros", "ros", "ldam", "ldam"] * 2,
            "fold": [0, 1] * 6,
            "repeat": 0,
            "status": "ok",
            "brier": [0.05, 0.07, 0.08, 0.08, 0.20, 0.22, 0.02, 0.02, 0.01, 0.01, 0.09, 0.09],
        }
    )
    table = ResultTable.from_scores(scores, "brier", ["a", "b"], ["ce", "ros", "ldam"])
    assert table.mean_rank.to_dict() == {"ce": 1.5, "ros": 1.5, "ldam": 3.0}
    markdown = table.to_markdown()
    assert "Brier score (lower is better)" in markdown
    assert "| a | **0.0600 ± 0.0141** | 0.0800 ± 0.0000 | 0.2100 ± 0.0141 |" in markdown
    assert "| b | 0.0200 ± 0.0000 | **0.0100 ± 0.0000** | 0.0900 ± 0.0000 |" in markdown
    assert "| mean | **0.0400** | 0.0450 | 0.1500 |" in markdown


def test_failed_runs_count_each_runs_failures_and_name_their_datasets():
    from imbalbench.analysis.summaries import failed_runs

    scores = pd.DataFrame(
        {
            "method": ["ce"] * 4 + ["kmsmote"] * 4,
            "dataset": ["a", "a", "b", "b"] * 2,
            "status": ["ok"] * 4 + ["failed", "failed", "ok", "failed"],
            "reason": [None] * 4 + ["no cluster", "no cluster", None, "too few"],
        }
    )
    table = failed_runs(scores)
    assert table.to_dict("records") == [
        {"method": "kmsmote", "failed": 3, "runs": 4, "datasets": "a, b", "reason": "no cluster"}
    ]
    assert failed_runs(scores[scores["method"] == "ce"]).empty
