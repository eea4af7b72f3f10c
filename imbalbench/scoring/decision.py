"""What a deployed classifier decides and how far its probabilities can be trusted: one run's
metrics at a decision threshold and of its probabilities, before and after a post-hoc calibrator.

Every threshold and calibrator is fitted on the run's validation rows (the rows that also chose
its epoch), never on its test rows; the metrics are scikit-learn's and imbalanced-learn's
(docs/METHOD.md, "Decision and calibration metrics"):

- at threshold 0.5 (logit 0, the decision every model is trained for) and at the threshold that
  maximises F1 on the validation rows: F1, balanced accuracy, MCC, G-mean, precision, recall;
- of the test probabilities: Brier score, log loss and the expected calibration error, then the
  same after Platt scaling fitted on the validation logits.
"""

from __future__ import annotations

import numpy as np
from imblearn.metrics import geometric_mean_score
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.metrics import (
    balanced_accuracy_score,
    brier_score_loss,
    f1_score,
    log_loss,
    matthews_corrcoef,
    precision_recall_curve,
    precision_score,
    recall_score,
)

ECE_BINS = 15
"""Equal-width probability bins of :func:`expected_calibration_error` (Guo et al. 2017 use 15)."""

THRESHOLD_METRICS = ("f1", "balanced_accuracy", "mcc", "g_mean", "precision", "recall")
CALIBRATION_METRICS = ("brier", "log_loss", "ece")


def threshold_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict[str, float]:
    """The metrics of hard 0/1 predictions ``y_pred`` (n,) against ``y_true`` (n,), minority = 1.
    An undefined ratio (no predicted positive: precision and F1) counts 0, as scikit-learn's
    ``zero_division=0``; MCC is 0 when either side has one class only, as scikit-learn's."""
    return {
        "f1": float(f1_score(y_true, y_pred, zero_division=0)),
        "balanced_accuracy": float(balanced_accuracy_score(y_true, y_pred)),
        "mcc": float(matthews_corrcoef(y_true, y_pred)),
        "g_mean": float(geometric_mean_score(y_true, y_pred, average="binary")),
        "precision": float(precision_score(y_true, y_pred, zero_division=0)),
        "recall": float(recall_score(y_true, y_pred, zero_division=0)),
    }


def f1_threshold(y_valid: np.ndarray, logits_valid: np.ndarray) -> float:
    """The logit threshold t that maximises F1 on the validation rows when rows with logit ≥ t are
    called minority: one of the validation logits (every distinct one is tried, from
    ``precision_recall_curve``); on ties the highest such logit (the fewest positive calls)."""
    precision, recall, thresholds = precision_recall_curve(y_valid, logits_valid)
    # The curve's last point (recall 0) has no threshold.
    precision, recall = precision[:-1], recall[:-1]
    denominator = precision + recall
    f1 = np.divide(2 * precision * recall, denominator, out=np.zeros_like(denominator), where=denominator > 0)
    best = np.flatnonzero(f1 == f1.max())[-1]
    return float(thresholds[best])


def expected_calibration_error(y_true: np.ndarray, probability: np.ndarray, bins: int = ECE_BINS) -> float:
    """Σ_b (n_b / n) · |mean(y in b) − mean(p in b)| over ``bins`` equal-width bins of [0, 1]
    (Naeini et al. 2015; Guo et al. 2017), a bin as ``sklearn.calibration.calibration_curve``
    with ``strategy="uniform"`` draws it: a probability on an inner edge falls into the lower bin."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.searchsorted(edges[1:-1], probability)
    observed = np.bincount(which, weights=np.asarray(y_true, dtype=float), minlength=bins)
    predicted = np.bincount(which, weights=probability, minlength=bins)
    return float(np.abs(observed - predicted).sum() / len(probability))


def calibration_metrics(y_true: np.ndarray, probability: np.ndarray) -> dict[str, float]:
    """Brier score, log loss and :func:`expected_calibration_error` of minority probabilities (n,):
    lower is better for all three."""
    return {
        "brier": float(brier_score_loss(y_true, probability)),
        "log_loss": float(log_loss(y_true, probability, labels=[0, 1])),
        "ece": expected_calibration_error(y_true, probability),
    }


class _FixedLogits(ClassifierMixin, BaseEstimator):
    """A trained model's logits as a classifier: its decision function is the one column given
    (a logit per row), so that scikit-learn's calibrators fit on logits already computed."""

    def fit(self, logits, y):
        self.classes_ = np.array([0, 1])
        return self

    def decision_function(self, logits):
        return np.asarray(logits)[:, 0]

    def predict(self, logits):
        return (self.decision_function(logits) >= 0).astype(int)


class PlattCalibrator:
    """Platt scaling of one run's logits: p = σ(a · logit + b), (a, b) fitted on validation rows
    by scikit-learn's ``CalibratedClassifierCV(method="sigmoid")`` on the frozen model (Platt's
    smoothed targets, so that a validation set the model separates gives no 0/1 probabilities).

    Platt rather than isotonic regression: a fold's validation part holds as few as 2 minority
    rows here, too few for a step function's many levels (isotonic regression overfits below
    about 1,000 calibration rows; Niculescu-Mizil & Caruana 2005), and a monotone map with two
    parameters keeps every ranking metric unchanged.
    """

    def fit(self, logits: np.ndarray, y: np.ndarray) -> PlattCalibrator:
        column = np.asarray(logits, dtype=np.float64)[:, None]
        frozen = FrozenEstimator(_FixedLogits().fit(column, y))
        # One "split" whose calibration rows are all rows: the frozen model is never refitted, and
        # no cross-validation asks for more minority rows than a validation part holds.
        every_row = [(np.arange(len(column)), np.arange(len(column)))]
        self.calibrator_ = CalibratedClassifierCV(frozen, method="sigmoid", cv=every_row, ensemble=False).fit(column, y)
        return self

    def predict_proba(self, logits: np.ndarray) -> np.ndarray:
        """Calibrated minority probabilities (n,) of logits (n,)."""
        return self.calibrator_.predict_proba(np.asarray(logits, dtype=np.float64)[:, None])[:, 1]


def decision_metrics(
    y_valid: np.ndarray, logits_valid: np.ndarray, y_test: np.ndarray, logits_test: np.ndarray
) -> tuple[dict[str, float], PlattCalibrator]:
    """One run's decision and calibration metrics on its test rows, every threshold and the
    calibrator fitted on its validation rows only. ``y_*``: (n,) 0/1; ``logits_*``: (n,).

    Returns the metrics (:data:`THRESHOLD_METRICS` at 0.5, the same with suffix ``_tuned`` at
    :func:`f1_threshold`, ``threshold_tuned`` as a probability, :data:`CALIBRATION_METRICS`
    before and, with suffix ``_calibrated``, after the calibrator) and the fitted
    :class:`PlattCalibrator`.
    """
    logits_test = np.asarray(logits_test, dtype=np.float64)
    threshold = f1_threshold(y_valid, logits_valid)
    calibrator = PlattCalibrator().fit(logits_valid, y_valid)
    metrics = {
        **threshold_metrics(y_test, (logits_test >= 0).astype(int)),
        **{f"{k}_tuned": v for k, v in threshold_metrics(y_test, (logits_test >= threshold).astype(int)).items()},
        "threshold_tuned": float(expit(threshold)),
        **calibration_metrics(y_test, expit(logits_test)),
        **{f"{k}_calibrated": v for k, v in calibration_metrics(y_test, calibrator.predict_proba(logits_test)).items()},
    }
    return metrics, calibrator
