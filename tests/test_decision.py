"""Decision and calibration metrics against closed forms and scikit-learn / imbalanced-learn, the
validation threshold and calibrator against the test rows they must never see."""

import numpy as np
import pytest
import torch
from scipy.special import expit
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss, f1_score

from imbalbench.data.splits import Fold
from imbalbench.jobs.train import run_method
from imbalbench.learners.mlp import MLPLearner
from imbalbench.models.training import Recipe
from imbalbench.scoring import decision


def _by_hand(y, predicted):
    """The threshold metrics from the confusion matrix, by their textbook formulas."""
    tp = int(((y == 1) & (predicted == 1)).sum())
    fp = int(((y == 0) & (predicted == 1)).sum())
    fn = int(((y == 1) & (predicted == 0)).sum())
    tn = int(((y == 0) & (predicted == 0)).sum())
    tpr, tnr = tp / (tp + fn), tn / (tn + fp)
    precision = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    denominator = np.sqrt(float((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)))
    return {
        "f1": f1,
        "balanced_accuracy": (tpr + tnr) / 2,
        "mcc": (tp * tn - fp * fn) / denominator if denominator else 0.0,
        "g_mean": np.sqrt(tpr * tnr),
        "precision": precision,
        "recall": tpr,
    }


@pytest.mark.parametrize("case", ["mixed", "all negative", "all positive"])
def test_threshold_metrics_equal_the_confusion_matrix_formulas(case):
    rng = np.random.default_rng(0)
    y = (rng.random(200) < 0.15).astype(int)
    predicted = {
        "mixed": np.where(rng.random(200) < 0.8, y, 1 - y),
        "all negative": np.zeros(200, int),
        "all positive": np.ones(200, int),
    }[case]
    assert decision.threshold_metrics(y, predicted) == pytest.approx(_by_hand(y, predicted))
    if case == "all negative":
        assert decision.threshold_metrics(y, predicted) == pytest.approx(
            {"f1": 0, "balanced_accuracy": 0.5, "mcc": 0, "g_mean": 0, "precision": 0, "recall": 0}
        )


def test_decision_metrics_at_one_half_and_at_the_validation_threshold():
    rng = np.random.default_rng(1)
    y_valid, y_test = (rng.random(300) < 0.2).astype(int), (rng.random(500) < 0.2).astype(int)
    logits_valid, logits_test = rng.normal(size=300) + 2 * y_valid - 1.5, rng.normal(size=500) + 2 * y_test - 1.5
    metrics, _ = decision.decision_metrics(y_valid, logits_valid, y_test, logits_test)
    assert {k: metrics[k] for k in _by_hand(y_test, logits_test >= 0)} == pytest.approx(
        _by_hand(y_test, (expit(logits_test) >= 0.5).astype(int))
    )
    threshold = np.log(metrics["threshold_tuned"] / (1 - metrics["threshold_tuned"]))
    tuned = {f"{k}_tuned": v for k, v in _by_hand(y_test, (logits_test >= threshold - 1e-9).astype(int)).items()}
    assert {k: metrics[k] for k in tuned} == pytest.approx(tuned)
    assert metrics["brier"] == pytest.approx(np.mean((expit(logits_test) - y_test) ** 2))
    p = expit(logits_test)
    assert metrics["log_loss"] == pytest.approx(-np.mean(y_test * np.log(p) + (1 - y_test) * np.log(1 - p)))


def test_the_f1_threshold_is_the_best_of_every_candidate_and_ties_take_the_highest():
    rng = np.random.default_rng(2)
    y = (rng.random(150) < 0.25).astype(int)
    logits = np.round(rng.normal(size=150) + 1.5 * y, 1)  # rounded: many tied scores
    best = max(f1_score(y, (logits >= t).astype(int)) for t in np.unique(logits))
    chosen = decision.f1_threshold(y, logits)
    assert f1_score(y, (logits >= chosen).astype(int)) == pytest.approx(best)
    # F1 2/3 at logit 5 (one of two positives, no false one) and at logit 2 (both, two false): the highest.
    y_tie, logits_tie = np.array([1, 0, 0, 1, 0, 0]), np.array([5.0, 4.0, 3.0, 2.0, 1.0, 0.0])
    assert f1_score(y_tie, logits_tie >= 5) == pytest.approx(f1_score(y_tie, logits_tie >= 2)) == pytest.approx(2 / 3)
    assert decision.f1_threshold(y_tie, logits_tie) == 5.0


def test_ece_is_near_zero_when_labels_follow_the_probabilities_and_large_when_shifted():
    rng = np.random.default_rng(3)
    p = rng.beta(0.5, 3, 200_000)
    y = (rng.random(len(p)) < p).astype(int)
    assert decision.expected_calibration_error(y, p) < 0.005
    shifted = np.clip(p + 0.2, 0, 1)
    assert decision.expected_calibration_error(y, shifted) == pytest.approx(0.2, abs=0.02)
    # The same bins as scikit-learn's calibration_curve: weighted by the bins' rows, its gaps give the ECE.
    observed, predicted = calibration_curve(y, shifted, n_bins=decision.ECE_BINS, strategy="uniform")
    edges = np.linspace(0, 1, decision.ECE_BINS + 1)
    counts = np.bincount(np.searchsorted(edges[1:-1], shifted), minlength=decision.ECE_BINS)
    weighted = np.sum(counts[counts > 0] / len(y) * np.abs(observed - predicted))
    assert decision.expected_calibration_error(y, shifted) == pytest.approx(weighted)


def test_platt_scaling_fitted_on_validation_rows_repairs_an_overconfident_model():
    rng = np.random.default_rng(4)

    def sample(n):
        true_logit = rng.normal(-2.5, 1.5, n)
        y = (rng.random(n) < expit(true_logit)).astype(int)
        return y, 4 * true_logit + 3, expit(true_logit)  # overconfident and shifted towards the minority

    y_valid, logits_valid, _ = sample(2000)
    y_test, logits_test, truth = sample(20_000)
    calibrated = decision.PlattCalibrator().fit(logits_valid, y_valid).predict_proba(logits_test)
    raw = brier_score_loss(y_test, expit(logits_test))
    assert brier_score_loss(y_test, calibrated) < 0.8 * raw
    assert brier_score_loss(y_test, calibrated) == pytest.approx(brier_score_loss(y_test, truth), rel=0.02)
    assert np.all(np.diff(calibrated[np.argsort(logits_test)]) >= 0)  # monotone: rankings unchanged


def test_platt_scaling_of_a_validation_part_that_the_model_separates_stays_inside_0_1():
    y = np.array([0] * 20 + [1] * 2)
    logits = np.r_[np.linspace(-5, -3, 20), [4.0, 6.0]]
    p = decision.PlattCalibrator().fit(logits, y).predict_proba(np.array([-10.0, 10.0]))
    assert 0 < p[0] < 0.1 and 0.8 < p[1] < 1  # Platt's smoothed targets: never 0 or 1


def _fold(test_seed):
    def rows(n, seed):
        generator = np.random.default_rng(seed)
        y = (generator.random(n) < 0.2).astype(np.int64)
        y[:2] = 1
        return (generator.normal(size=(n, 3)) + y[:, None]).astype(np.float32), y

    X_train, y_train = rows(120, 0)
    X_valid, y_valid = rows(60, 1)
    X_test, y_test = rows(80, test_seed)
    return Fold(X_train, y_train, X_valid, y_valid, X_test, y_test)


@pytest.mark.parametrize("method", ["ce", "mesa"])
def test_the_threshold_and_calibrator_never_see_the_test_rows(method):
    """The same fold with other test rows: the same thresholds and calibrated validation rows."""
    recipe = Recipe(hidden=(8,), epochs=3, batch_size=32)
    params = {"n_estimators": 2, "episodes": 1} if method == "mesa" else {}
    runs = [
        run_method(method, params, _fold(test_seed), MLPLearner.of(recipe), [0, 1], torch.device("cpu"))
        for test_seed in (2, 3)
    ]
    first, second = runs
    assert [o.scores["auc_pr"] for o in first] != [o.scores["auc_pr"] for o in second]  # the test rows differ
    for a, b in zip(first, second):
        assert a.scores["threshold_tuned"] == b.scores["threshold_tuned"]
        assert np.array_equal(a.calibrator.predict_proba(a.logits_valid), b.calibrator.predict_proba(b.logits_valid))
        assert 0 < a.scores["threshold_tuned"] < 1 and a.scores["status"] == "ok"
