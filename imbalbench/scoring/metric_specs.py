"""Every metric a run reports and the verdict can judge: its label, direction and default ROPE.

Importing this module is cheap (no scikit-learn, no torch): planning checks ``aggregate.metrics``
and ``aggregate.rope`` against it, and the tables and the verdict read each metric's direction.
The values themselves come from :mod:`imbalbench.scoring.metrics` (ranking, in torch) and
:mod:`imbalbench.scoring.decision` (thresholds and calibration, scikit-learn / imbalanced-learn).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MetricSpec:
    label: str
    """How tables and figures name it."""
    kind: str
    """``ranking``, ``threshold 0.5``, ``tuned threshold`` or ``calibration``."""
    higher_is_better: bool
    rope: float
    """The default region of practical equivalence of a difference, in the metric's units: 1% of
    its range on the default datasets (docs/METHOD.md, "Decision and calibration metrics")."""
    decimals: int = 3
    """Decimals shown in tables, enough to show a difference of the size of its ROPE."""


def _threshold_metrics() -> dict[str, MetricSpec]:
    names = {
        "f1": "F1",
        "balanced_accuracy": "balanced accuracy",
        "mcc": "MCC",
        "g_mean": "G-mean",
        "precision": "precision",
        "recall": "recall",
    }
    specs = {}
    for suffix, where, kind in (
        ("", "at 0.5", "threshold 0.5"),
        ("_tuned", "at the validation threshold", "tuned threshold"),
    ):
        for name, label in names.items():
            # MCC lies in [-1, 1]: twice the range of the others.
            specs[f"{name}{suffix}"] = MetricSpec(f"{label} {where}", kind, True, 0.02 if name == "mcc" else 0.01)
    return specs


def _calibration_metrics() -> dict[str, MetricSpec]:
    # Brier score and log loss of a classifier without skill are pi (1 - pi) and the binary entropy
    # H(pi) of the minority share pi: 1% of their medians over the default datasets.
    ropes = {"brier": ("Brier score", 0.001), "log_loss": ("log loss", 0.003), "ece": ("ECE", 0.01)}
    specs = {}
    for suffix, where in (("", ""), ("_calibrated", " after Platt scaling")):
        for name, (label, rope) in ropes.items():
            decimals = 4 if rope < 0.01 else 3
            specs[f"{name}{suffix}"] = MetricSpec(f"{label}{where}", "calibration", False, rope, decimals)
    return specs


METRICS: dict[str, MetricSpec] = {
    "auc_pr": MetricSpec("AUC-PR", "ranking", True, 0.01),
    "auc_roc": MetricSpec("AUC-ROC", "ranking", True, 0.01),
    **_threshold_metrics(),
    **_calibration_metrics(),
}


def metric_spec(name: str) -> MetricSpec:
    try:
        return METRICS[name]
    except KeyError:
        raise ValueError(f"unknown metric {name!r}; known: {', '.join(METRICS)}") from None
