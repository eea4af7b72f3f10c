import json
import math

import jsonschema
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from imbalbench.data.splits import make_splits, scale_fold
from imbalbench.jobs.train import run_method
from imbalbench.learners.mlp import MLPLearner
from imbalbench.methods import all_methods, benchmark_methods, make_method
from imbalbench.methods.base import MethodNotApplicable, check_rows
from imbalbench.methods.focal import focal_loss
from imbalbench.methods.ldam import ldam_loss, ldam_margins
from imbalbench.methods.rs import balanced_batches
from imbalbench.models.training import Recipe, TrainResult

from .conftest import REPO, separable_table

FAST = Recipe(hidden=(16,), epochs=25, batch_size=32, lr=1e-2)


@pytest.fixture(scope="module")
def fold():
    frame = separable_table(n=400, minority=40, d=4, seed=3)
    X, y = frame.drop(columns="label").to_numpy(), (frame["label"] == "pos").to_numpy().astype(np.int64)
    return scale_fold(X, y, make_splits("toy", y, folds=4, valid_size=0.2, seed=0)[0])


def test_focal_with_gamma_zero_is_binary_cross_entropy():
    logits = torch.randn(50, dtype=torch.float64) * 3
    targets = (torch.rand(50) < 0.3).double()
    assert torch.allclose(focal_loss(logits, targets, gamma=0.0), F.binary_cross_entropy_with_logits(logits, targets))


def test_focal_loss_by_hand():
    sigmoid = lambda z: 1 / (1 + math.exp(-z))
    p_true = [sigmoid(2.0), 1 - sigmoid(-1.0)]  # a positive with logit 2, a negative with logit -1
    expected = sum(-((1 - p) ** 2) * math.log(p) for p in p_true) / 2
    got = focal_loss(torch.tensor([2.0, -1.0], dtype=torch.float64), torch.tensor([1.0, 0.0], dtype=torch.float64), 2.0)
    assert float(got) == pytest.approx(expected, rel=1e-12)


def test_ldam_margins_follow_inverse_fourth_root():
    margins = ldam_margins([100, 4], max_margin=0.5)
    assert margins[1] == pytest.approx(0.5)
    assert margins[0] / margins[1] == pytest.approx((100 / 4) ** -0.25)


def test_ldam_loss_by_hand_as_two_class_softmax():
    margins, scale = [0.2, 0.5], 30.0
    logits, targets = [0.3, -0.1], [1, 0]
    expected = 0.0
    for z, y in zip(logits, targets):
        class_logits = [0.0, z]
        class_logits[y] -= margins[y]  # the true class's logit lowered by its margin
        scaled = [scale * v for v in class_logits]
        expected += -(scaled[y] - math.log(sum(math.exp(v) for v in scaled)))
    got = ldam_loss(
        torch.tensor(logits, dtype=torch.float64), torch.tensor(targets, dtype=torch.float64), margins, scale
    )
    assert float(got) == pytest.approx(expected / 2, rel=1e-10)


@pytest.mark.parametrize("name", ["ros", "smote", "adasyn", "bsmote", "svmsmote"])
@pytest.mark.parametrize("augmentation", [1.0, 0.5, 2.0])
def test_oversamplers_add_exactly_the_configured_minority_rows(name, augmentation):
    rng = np.random.default_rng(0)
    y = np.array([0] * 300 + [1] * 40)
    X = rng.normal(size=(340, 3)) + 0.8 * y[:, None]  # overlapping classes: borderline rows exist
    X_out, y_out = make_method(name, {"augmentation": augmentation}).resample(X, y, seed=0)
    n_new = round(augmentation * 40)
    assert (y_out == 1).sum() == 40 + n_new
    assert (y_out == 0).sum() == 300
    assert np.array_equal(X_out[:340], X) and np.array_equal(y_out[:340], y)


def test_rs_batches_hold_equal_class_counts():
    y = torch.tensor([0] * 500 + [1] * 23)
    batches = balanced_batches(y, 64, torch.Generator().manual_seed(0))
    assert len(batches) == math.ceil(523 / 64)
    for rows in batches:
        assert int(y[rows].sum()) == 32 and len(rows) == 64
    majority = torch.cat(batches)[y[torch.cat(batches)] == 0]
    assert len(set(majority.tolist())) == len(majority)  # the majority is not repeated within an epoch


CPU = torch.device("cpu")


def test_same_seed_same_scores_other_seed_other_scores(fold):
    (first,) = run_method("ce", {}, fold, MLPLearner.of(FAST), [5], CPU)
    (again,) = run_method("ce", {}, fold, MLPLearner.of(FAST), [5], CPU)
    (other,) = run_method("ce", {}, fold, MLPLearner.of(FAST), [6], CPU)
    first, again, other = first.scores, again.scores, other.scores
    assert (first["auc_pr"], first["auc_roc"], first["best_epoch"]) == (
        again["auc_pr"],
        again["auc_roc"],
        again["best_epoch"],
    )
    assert first["best_valid_auc_pr"] == again["best_valid_auc_pr"]
    assert (first["auc_pr"], first["best_valid_auc_pr"], first["best_epoch"]) != (
        other["auc_pr"],
        other["best_valid_auc_pr"],
        other["best_epoch"],
    )


@pytest.mark.parametrize("name", sorted(benchmark_methods()))
def test_every_method_learns_a_separable_problem(fold, name):
    (outcome,) = run_method(name, {}, fold, MLPLearner.of(FAST), [0], CPU)
    share = fold.y_test.mean()
    assert outcome.scores["status"] == "ok"
    # imbalanced-learn's ensembles keep their first members that reach the best validation AUC-PR,
    # which 6 validation minority rows reach early (a perfect 1.0 after 2 to 4 members): well
    # above chance, not always above 0.8.
    bar = 4 * share if name in {"bbag", "brf", "easy", "rusboost"} else 0.8
    assert outcome.scores["auc_pr"] > bar and 0.8 > 4 * share
    # EGL's trace holds its warm start and its meta epochs (as many as the recipe's by default);
    # a model of its own, one entry per member of its ensemble (boosting may stop early); a
    # sampler that leaves fewer rows, the epochs that give plain training's steps.
    trace = len(outcome.trace["valid_auc_pr"])
    if all_methods()[name].own_model:
        assert 1 <= trace <= make_method(name).get_params()["n_estimators"]
    elif all_methods()[name].resamples():
        assert trace >= FAST.epochs
    else:
        assert trace == {"egl": 2 * FAST.epochs}.get(name, FAST.epochs)


def test_potential_runs_only_with_held_back_rows(fold):
    for outcome in run_method("potential", {}, fold, MLPLearner.of(FAST), [0, 1], CPU):
        assert outcome.scores["status"] == "failed" and "induced-imbalance runs only" in outcome.scores["reason"]


def test_a_method_that_cannot_run_is_recorded_as_failed(fold):
    outcomes = run_method("smote", {"k_neighbors": 200}, fold, MLPLearner.of(FAST), [0, 1], CPU)
    assert [o.scores["seed"] for o in outcomes] == [0, 1]
    for outcome in outcomes:
        assert outcome.scores["status"] == "failed"
        assert "n_neighbors" in outcome.scores["reason"] or "neighbo" in outcome.scores["reason"]
        assert len(outcome.y_true) == 0


def test_every_method_is_found_and_declares_what_the_workflow_reads():
    from imbalbench.core.parameters import Parameter
    from imbalbench.workflow.config import method_schema

    modules = {p.stem for p in (REPO / "imbalbench" / "methods").glob("*.py")} - {"__init__", "base"}
    assert set(all_methods()) == {m for m in modules if not m.startswith("_")}
    for name, cls in all_methods().items():
        assert cls.name() == name and all(isinstance(p, Parameter) for p in cls.parameters)
        assert set(cls.search_space) <= {p.name for p in cls.parameters}, name
        defaults = make_method(name).get_params()
        assert defaults == {p.name: p.default for p in cls.parameters}
        as_config = json.loads(json.dumps(defaults))  # as YAML gives them: lists, not tuples
        jsonschema.validate(as_config, method_schema(cls.parameters))  # the declared defaults pass the schema
        assert cls.warm_start is None or cls.warm_start in all_methods()
    assert [n for n, c in all_methods().items() if c.control] == ["ce"]
    assert set(all_methods()) - set(benchmark_methods()) == {"potential"}


def test_a_declared_parameter_is_checked_by_the_method_and_the_schema_alike():
    from imbalbench.workflow.config import method_schema

    validator = jsonschema.Draft202012Validator(method_schema(all_methods()["egl"].parameters))
    for bad in ({"eta1": 0.0}, {"confidence": 1.5}, {"classifier_step": "adam"}, {"meta_epochs": 0}, {"eta": 1}):
        assert not validator.is_valid(bad)
        with pytest.raises(ValueError, match="method egl: (unknown )?parameter"):
            make_method("egl", bad)
    assert validator.is_valid({"meta_epochs": None, "confidence_quantile": 0.5})


# ---------------------------------------------------------------- rows that no learner can train on


def test_rows_without_a_minority_row_are_recorded_as_failed_naming_the_method(fold):
    majority = fold.y_train == 0
    rows = (fold.X_train[majority], fold.y_train[majority])
    for outcome in run_method("ros", {}, fold, MLPLearner.of(FAST), [0, 1], CPU, rows=rows):
        assert outcome.scores["status"] == "failed"
        assert outcome.scores["reason"] == "the rows of method 'ros' hold no row of class 1"


def test_stacked_rows_with_one_seed_left_without_a_class_are_refused():
    y = np.array([[0, 1, 0, 1], [0, 0, 0, 0]])
    with pytest.raises(MethodNotApplicable, match=r"no row of class 1 \(stacked seed 1\)"):
        check_rows(np.zeros((2, 4, 3)), y, "method 'x'")


def test_rows_with_nan_or_infinity_are_recorded_as_failed_naming_the_method(fold):
    X = fold.X_train.copy()
    X[0, 1], X[5, 0] = np.nan, np.inf
    for outcome in run_method("smote", {}, fold, MLPLearner.of(FAST), [0], CPU, rows=(X, fold.y_train)):
        assert outcome.scores["status"] == "failed"
        assert outcome.scores["reason"] == f"the rows of method 'smote' hold NaN or infinity (2 of {len(X)} rows)"


def test_a_model_that_scores_nan_is_recorded_as_failed_per_seed(fold, monkeypatch):
    real = TrainResult.scores
    monkeypatch.setattr(TrainResult, "scores", lambda self, X: np.where(np.arange(len(X)) < 3, np.nan, real(self, X)))
    outcomes = run_method("ce", {}, fold, MLPLearner.of(FAST), [0, 1], CPU)
    assert [o.scores["status"] for o in outcomes] == ["failed", "failed"]
    assert outcomes[0].scores["reason"] == (
        "the model of method 'ce' gave NaN or infinite scores (3 test, 3 validation rows)"
    )
