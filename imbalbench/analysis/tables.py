"""Result tables in the layout researchers publish: one row per dataset, mean ± std over the runs
(folds x seeds) for every method, then the mean over datasets and the mean rank, the best per row
marked."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..scoring.metric_specs import metric_spec
from .stats import ranks

Cell = tuple[str, bool]
"""A table cell: its text, and whether it is the best of its row (set in bold)."""


def markdown_table(caption: str, header: list[str], rows: list[list[Cell]], n_left: int = 1) -> str:
    """A pipe table under a ``Table:`` caption; the first ``n_left`` columns left-aligned, the rest right."""
    n = len(header)
    lines = [
        f"Table: {caption}",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---"] * n_left + ["---:"] * (n - n_left)) + "|",
    ]
    lines += ["| " + " | ".join(f"**{text}**" if best else text for text, best in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _latex_escape(text) -> str:
    return str(text).replace("_", r"\_").replace("±", r"$\pm$").replace("Δ", r"$\Delta$").replace("%", r"\%")


def latex_table(
    caption: str, header: list[str], rows: list[list[Cell]], n_left: int = 1, midrule_before: int | None = None
) -> str:
    """A booktabs table; ``midrule_before``: index of the row that a rule separates from those above."""
    lines = [
        r"\begin{table}",
        r"\centering",
        rf"\caption{{{_latex_escape(caption)}}}",
        rf"\begin{{tabular}}{{{'l' * n_left}{'r' * (len(header) - n_left)}}}",
        r"\toprule",
        " & ".join(map(_latex_escape, header)) + r" \\",
        r"\midrule",
    ]
    for i, row in enumerate(rows):
        if i == midrule_before:
            lines.append(r"\midrule")
        lines.append(
            " & ".join(rf"\textbf{{{_latex_escape(t)}}}" if best else _latex_escape(t) for t, best in row) + r" \\"
        )
    lines += [r"\bottomrule", r"\end{tabular}", r"\end{table}"]
    return "\n".join(lines) + "\n"


def fold_summary(scores: pd.DataFrame, metric: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Mean and standard deviation (ddof=1) over the runs (folds x seeds): two (dataset x method) frames.

    A dataset x method pair with a failed run is NaN in both (the method did not run there).
    """
    ok = scores.assign(value=scores[metric].where(scores["status"] == "ok"))
    grouped = ok.groupby(["dataset", "method"], sort=False)["value"]
    failed = grouped.apply(lambda v: v.isna().any())
    mean = grouped.mean().mask(failed).unstack("method")
    std = grouped.std(ddof=1).mask(failed).unstack("method")
    return mean, std


@dataclass
class ResultTable:
    """Mean and std (dataset x method), with the summary rows derived from them."""

    metric: str
    mean: pd.DataFrame
    std: pd.DataFrame
    n_folds: int
    n_seeds: int = 1
    notes: dict = field(default_factory=dict)
    """Per method, a sentence the caption adds when the method is in the table (its declared note)."""

    @classmethod
    def from_scores(cls, scores: pd.DataFrame, metric: str, datasets=None, methods=None, notes=None) -> ResultTable:
        mean, std = fold_summary(scores, metric)
        datasets = list(datasets) if datasets is not None else sorted(mean.index)
        methods = list(methods) if methods is not None else list(mean.columns)
        n_folds = int(scores["fold"].nunique())
        n_seeds = int(scores["repeat"].nunique()) if "repeat" in scores else 1
        return cls(
            metric,
            mean.reindex(index=datasets, columns=methods),
            std.reindex(index=datasets, columns=methods),
            n_folds,
            n_seeds,
            dict(notes or {}),
        )

    @property
    def complete(self) -> pd.DataFrame:
        """The datasets where every method ran: the summary rows are over these only, so that a
        method that failed elsewhere is compared on the same datasets as the others."""
        return self.mean.dropna()

    @property
    def mean_over_datasets(self) -> pd.Series:
        return self.complete.mean(axis=0)

    @property
    def higher_is_better(self) -> bool:
        return metric_spec(self.metric).higher_is_better

    @property
    def mean_rank(self) -> pd.Series:
        return ranks(self.complete if self.higher_is_better else -self.complete).mean(axis=0)

    @property
    def missed(self) -> pd.Series:
        return self.mean.isna().sum(axis=0)

    def caption(self) -> str:
        name = metric_spec(self.metric).label + ("" if self.higher_is_better else " (lower is better)")
        missed = ", ".join(f"{m} {int(n)}" for m, n in self.missed.items() if n) or "none"
        notes = "".join(f" {note}" for method, note in self.notes.items() if method in self.mean.columns)
        runs = f"{self.n_folds} folds" + (f" × {self.n_seeds} seeds" if self.n_seeds > 1 else "")
        return (
            f"{name} on the test parts, mean ± standard deviation over {runs}; best per row in bold "
            f"(mean rank: lowest). N/A: the method failed on that dataset. Ranks: 1 = best, ties share the "
            f"average rank. The mean and mean-rank rows are over the {len(self.complete)} of {len(self.mean)} "
            f"datasets where every method ran. Datasets missed: {missed}.{notes}"
        )

    def _rows(self) -> list[list[Cell]]:
        """Body rows: the label, then one cell per method."""
        best_of = np.nanmax if self.higher_is_better else np.nanmin
        d = metric_spec(self.metric).decimals
        rows = []
        for dataset in self.mean.index:
            means, stds = self.mean.loc[dataset], self.std.loc[dataset]
            best = best_of(means.to_numpy()) if means.notna().any() else np.nan
            rows.append(
                [(str(dataset), False)]
                + [
                    ("N/A", False) if np.isnan(m) else (f"{m:.{d}f} ± {s:.{d}f}", m == best)
                    for m, s in zip(means, stds)
                ]
            )
        for label, values, pick, digits in (
            ("mean", self.mean_over_datasets, best_of, d),
            ("mean rank", self.mean_rank, np.nanmin, 2),
        ):
            target = pick(values.to_numpy())
            rows.append(
                [(label, False)] + [("N/A", False) if np.isnan(v) else (f"{v:.{digits}f}", v == target) for v in values]
            )
        return rows

    def to_markdown(self) -> str:
        return markdown_table(self.caption(), ["dataset", *self.mean.columns], self._rows())

    def to_latex(self) -> str:
        rows = self._rows()
        return latex_table(self.caption(), ["dataset", *self.mean.columns], rows, midrule_before=len(rows) - 2)

    def to_frame(self) -> pd.DataFrame:
        """Machine-readable form: per dataset (and the summary rows) each method's mean and std."""
        frame = pd.concat({"mean": self.mean, "std": self.std}, axis=1).swaplevel(axis=1)
        frame.columns = [f"{method}_{stat}" for method, stat in frame.columns]
        frame = frame[[f"{m}_{s}" for m in self.mean.columns for s in ("mean", "std")]]
        summary = pd.DataFrame(
            [
                {f"{m}_mean": v for m, v in self.mean_over_datasets.items()},
                {f"{m}_mean": v for m, v in self.mean_rank.items()},
                {f"{m}_mean": v for m, v in self.missed.items()},
            ],
            index=["mean", "mean rank", "datasets missed"],
        )
        frame = pd.concat([frame, summary])
        frame.index.name = "dataset"
        return frame


def metric_overview(scores: pd.DataFrame, datasets, methods, metrics) -> pd.DataFrame:
    """Every metric's mean over the datasets where every method ran (:attr:`ResultTable.mean_over_datasets`):
    one row per metric, one column per method."""
    return pd.DataFrame(
        {metric: ResultTable.from_scores(scores, metric, datasets, methods).mean_over_datasets for metric in metrics}
    ).T.reindex(columns=list(methods))


def overview_markdown(overview: pd.DataFrame, n_datasets: int) -> str:
    """:func:`metric_overview` as a table, the best of each row in bold (by the metric's direction)."""
    rows = []
    for metric, values in overview.iterrows():
        spec = metric_spec(metric)
        best = (np.nanmax if spec.higher_is_better else np.nanmin)(values.to_numpy()) if values.notna().any() else None
        rows.append(
            [(f"{spec.label}{'' if spec.higher_is_better else ' ↓'}", False)]
            + [("N/A", False) if np.isnan(v) else (f"{v:.{spec.decimals}f}", v == best) for v in values]
        )
    caption = (
        f"Every metric of the test parts, per method: the mean over the {n_datasets} datasets where every method "
        f"ran of the mean over folds × seeds; best per row in bold (↓: lower is better). The validation "
        f"threshold is the one that maximises F1 on each run's validation rows; Platt scaling is fitted on "
        f"the same rows."
    )
    return markdown_table(caption, ["metric", *overview.columns], rows)
