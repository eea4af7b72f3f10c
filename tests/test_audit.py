"""The protocol audit: recording test scores changes nothing, the protocols' scores obey their
definitions, single draws are counted as by hand, and the public code's hard-minority start."""

import numpy as np
import pandas as pd
import pytest
import torch

from imbalbench.algorithms.egl import hardest_rows
from imbalbench.analysis import audit
from imbalbench.data.splits import Fold
from imbalbench.jobs.train import run_method
from imbalbench.learners.mlp import MLPLearner
from imbalbench.models.training import Recipe, TrainResult

RECIPE = Recipe(hidden=(8,), epochs=6, batch_size=32)
SEEDS = [0, 1]


def _fold(test_is_valid=False):
    rng = np.random.default_rng(0)

    def rows(n):
        y = (rng.random(n) < 0.2).astype(np.int64)
        y[:3] = 1
        return (rng.normal(size=(n, 4)) + 0.8 * y[:, None]).astype(np.float32), y

    (X_train, y_train), (X_valid, y_valid), (X_test, y_test) = rows(150), rows(60), rows(80)
    if test_is_valid:
        X_test, y_test = X_valid, y_valid
    return Fold(X_train, y_train, X_valid, y_valid, X_test, y_test)


def _runs(audited, fold=None, method="ce", params=None, warm=None):
    return run_method(
        method, params or {}, fold or _fold(), MLPLearner.of(RECIPE), SEEDS, torch.device("cpu"), warm, audit=audited
    )


def _warm_start(audited):
    """ce's models and traces of the fold: EGL's warm start, as the workflow passes it."""
    return [
        TrainResult(o.model, o.scores["best_epoch"], o.scores["best_valid_auc_pr"], o.trace) for o in _runs(audited)
    ]


@pytest.mark.parametrize(
    "method, params",
    [("ce", {}), ("smote", {"k_neighbors": 2}), ("egl", {"meta_epochs": 3, "valid_split": True, "batch_size": 64})],
)
def test_recording_test_scores_changes_no_trained_number(method, params):
    runs = {
        audited: _runs(audited, method=method, params=params, warm=_warm_start(audited) if method == "egl" else None)
        for audited in (False, True)
    }
    for plain, audited in zip(runs[False], runs[True]):
        for key in ("auc_pr", "best_epoch", "best_valid_auc_pr", "brier", "threshold_tuned"):
            assert plain.scores[key] == audited.scores[key], key
        assert np.array_equal(plain.logits, audited.logits)
        for name, value in plain.model.state_dict().items():
            assert torch.equal(value, audited.model.state_dict()[name]), name
        assert "test_auc_pr" not in plain.trace and len(audited.trace["test_auc_pr"]) == len(audited.trace["epoch"])


def _protocols(outcomes, dataset="toy", method="ce"):
    scores = pd.DataFrame(
        [{"dataset": dataset, "method": method, "fold": 0, "repeat": r, **o.scores} for r, o in enumerate(outcomes)]
    )
    trace = pd.concat([pd.DataFrame(o.trace).assign(seed=o.scores["seed"]) for o in outcomes])
    return audit.protocol_scores(scores, {(dataset, method, 0): trace})


def test_the_epoch_chosen_on_test_rows_scores_at_least_the_honest_one():
    outcomes = _runs(True)
    runs = _protocols(outcomes)
    assert (runs["test_chosen"] >= runs["honest"]).all()
    # The honest score is the trace's test score at the kept epoch: the same model, the same rows.
    for outcome in outcomes:
        assert outcome.trace["test_auc_pr"][outcome.scores["best_epoch"]] == pytest.approx(outcome.scores["auc_pr"])


def test_when_test_and_validation_rows_are_the_same_the_three_protocols_agree():
    runs = _protocols(_runs(True, fold=_fold(test_is_valid=True)))
    assert np.allclose(runs["honest"], runs["test_chosen"]) and np.allclose(runs["honest"], runs["selection"])


def test_single_draws_and_their_share_match_a_hand_count():
    # 2 datasets x 2 folds x 2 repeats; egl - ce per draw, averaged over the datasets:
    gains = {(0, 0): (0.04, 0.02), (0, 1): (0.00, 0.01), (1, 0): (0.03, 0.02), (1, 1): (-0.01, 0.03)}
    rows = []
    for (fold, repeat), per_dataset in gains.items():
        for dataset, gain in zip(("a", "b"), per_dataset):
            rows += [
                {"dataset": dataset, "method": "ce", "fold": fold, "repeat": repeat, "honest": 0.5},
                {"dataset": dataset, "method": "egl", "fold": fold, "repeat": repeat, "honest": 0.5 + gain},
            ]
    draws = audit.draw_differences(pd.DataFrame(rows), "egl", "ce", "honest")
    assert draws.round(6).tolist() == [0.03, 0.005, 0.025, 0.01]
    assert audit.share_at_least(draws, 0.025) == 2 / 4  # 0.03 and 0.025 by hand


def test_confidence_quantile_keeps_that_share_of_the_least_confident_minority_rows():
    probabilities = torch.tensor([0.9, 0.1, 0.5, 0.3, 0.3, 0.7, 0.2, 0.8])
    assert hardest_rows(probabilities, 0.5).tolist() == [1, 3, 4, 6]  # 0.1, 0.3, 0.3, 0.2
    # ceil(0.3 * 8) = 3 rows; of the two tied at 0.3 the earlier one is kept.
    assert hardest_rows(probabilities, 0.3).tolist() == [1, 3, 6]
    assert hardest_rows(probabilities, 1.0).tolist() == list(range(8))
    assert len(hardest_rows(torch.rand(101), 0.5)) == 51
