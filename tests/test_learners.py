"""Learners: each against a direct fit of its own library, the validation rule that keeps a boosting
iteration, class weights against scikit-learn, and which (method, learner) pairs a config plans."""

import copy
import re

import numpy as np
import pytest
import torch
from scipy.special import expit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss

import imbalbench.workflow.config
from imbalbench.core.errors import ConfigError
from imbalbench.data.splits import Fold
from imbalbench.jobs.train import run_method
from imbalbench.learners import all_learners, default_learner, learner_spec, make_learner
from imbalbench.learners.hgb import GradientBoostingLearner
from imbalbench.learners.logreg import LogisticRegressionLearner
from imbalbench.learners.mlp import MLPLearner
from imbalbench.methods import all_methods, make_method
from imbalbench.methods.cw import ClassWeights
from imbalbench.models.training import class_weighted_bce

from .conftest import REPO

SCHEMA = str(REPO / "schemas" / "config.schema.yaml")
CPU = torch.device("cpu")


def _rows(n, seed, d=5, shift=0.8, minority=0.15):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < minority).astype(np.int64)
    X = rng.normal(size=(n, d)) + shift * y[:, None] * np.linspace(1, 0, d)
    return ((X - X.min(0)) / (X.max(0) - X.min(0))).astype(np.float32), y


def _fold(test_seed=2):
    (X, y), (Xv, yv), (Xt, yt) = _rows(400, 0), _rows(150, 1), _rows(200, test_seed)
    return Fold(X, y, Xv, yv, Xt, yt)


def test_hgb_equals_a_direct_fit_kept_at_its_best_validation_iteration():
    fold = _fold()
    learner = GradientBoostingLearner(max_iter=40, learning_rate=0.2, max_leaf_nodes=8)
    (result,) = learner.fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, [7])
    # The selection rule recomputed with scikit-learn's own average precision on a full-length fit.
    full = HistGradientBoostingClassifier(
        max_iter=40, learning_rate=0.2, max_leaf_nodes=8, early_stopping=False, random_state=7
    ).fit(fold.X_train, fold.y_train)
    valid = [average_precision_score(fold.y_valid, s) for s in full.staged_decision_function(fold.X_valid)]
    assert result.best_epoch == int(np.argmax(valid)) and result.best_valid_auc_pr == pytest.approx(max(valid))
    direct = HistGradientBoostingClassifier(
        max_iter=result.best_epoch + 1, learning_rate=0.2, max_leaf_nodes=8, early_stopping=False, random_state=7
    ).fit(fold.X_train, fold.y_train)
    np.testing.assert_allclose(expit(result.scores(fold.X_test)), direct.predict_proba(fold.X_test)[:, 1], rtol=1e-12)
    assert result.trace["epoch"] == list(range(40)) and len(result.trace["valid_auc_pr"]) == 40


def test_hgb_keeps_another_iteration_when_the_validation_rows_favour_it():
    fold = _fold()
    learner = GradientBoostingLearner(max_iter=30)
    (honest,) = learner.fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, [0])
    # Validation rows whose labels are the training signal reversed: the less the trees fit, the better.
    (reversed_,) = learner.fit(fold.X_train, fold.y_train, fold.X_valid, 1 - fold.y_valid, [0])
    assert honest.best_epoch > 0 and reversed_.best_epoch < honest.best_epoch
    assert reversed_.best_valid_auc_pr == pytest.approx(max(reversed_.trace["valid_auc_pr"]))


def test_hgb_never_sees_the_test_rows():
    learner = GradientBoostingLearner(max_iter=20)
    runs = [run_method("ce", {}, _fold(test_seed), learner, [0, 1], CPU) for test_seed in (2, 3)]
    for a, b in zip(*runs):
        assert a.scores["best_epoch"] == b.scores["best_epoch"]
        np.testing.assert_array_equal(a.logits_valid, b.logits_valid)
    assert not np.array_equal(runs[0][0].logits, runs[1][0].logits)  # the test rows did change


def test_logreg_equals_a_direct_fit():
    fold = _fold()
    (result,) = LogisticRegressionLearner(C=0.5).fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, [3])
    direct = LogisticRegression(C=0.5, max_iter=1000, random_state=3).fit(fold.X_train, fold.y_train)
    np.testing.assert_allclose(result.scores(fold.X_test), direct.decision_function(fold.X_test), rtol=1e-12)
    assert result.best_epoch == 0
    assert result.best_valid_auc_pr == pytest.approx(
        average_precision_score(fold.y_valid, direct.decision_function(fold.X_valid))
    )


def test_deterministic_learners_train_once_for_shared_rows_and_per_seed_for_their_own():
    fold = _fold()
    learner = LogisticRegressionLearner()
    shared = learner.fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, [0, 1, 2])
    assert shared[0] is shared[1] is shared[2]
    rows = make_method("ros").resample_seeds(fold.X_train, fold.y_train, [0, 1], CPU)
    own = learner.fit(*rows, fold.X_valid, fold.y_valid, [0, 1])
    assert not np.array_equal(own[0].scores(fold.X_test), own[1].scores(fold.X_test))
    for r, seed in enumerate([0, 1]):
        direct = LogisticRegression(max_iter=1000, random_state=seed).fit(rows[0][r], rows[1][r])
        np.testing.assert_allclose(own[r].scores(fold.X_test), direct.decision_function(fold.X_test), rtol=1e-12)


def test_the_mlps_class_weighted_loss_is_scikit_learns_weighted_log_loss():
    rng = np.random.default_rng(0)
    y = np.array([0] * 17 + [1] * 5)
    logits = rng.normal(size=len(y))
    weights = ClassWeights().class_weight(y)
    np.testing.assert_allclose(weights, [len(y) / (2 * 17), len(y) / (2 * 5)])  # n / (2 n_c)
    loss = class_weighted_bce(weights)(torch.tensor(logits)[None], torch.tensor(y, dtype=torch.float64)[None])
    expected = log_loss(y, expit(logits), sample_weight=weights[y])
    assert float(loss[0]) == pytest.approx(expected, rel=1e-12)


def test_cw_on_logreg_is_class_weight_balanced():
    fold = _fold()
    (result,) = ClassWeights().fit(fold, LogisticRegressionLearner(), [0], CPU)
    direct = LogisticRegression(class_weight="balanced", max_iter=1000, random_state=0).fit(fold.X_train, fold.y_train)
    np.testing.assert_allclose(result.scores(fold.X_test), direct.decision_function(fold.X_test), rtol=1e-6, atol=1e-8)


def test_cw_on_the_mlp_trains_with_the_weighted_loss_and_moves_the_threshold():
    fold = _fold()
    learner = MLPLearner(hidden=(8,), epochs=5, batch_size=64)
    (plain,) = run_method("ce", {}, fold, learner, [0], CPU)
    (weighted,) = run_method("cw", {}, fold, learner, [0], CPU)
    # The weighted loss lifts the minority's probabilities: more rows predicted positive at 0.5.
    assert (expit(weighted.logits) > 0.5).sum() > (expit(plain.logits) > 0.5).sum()


def test_learner_settings_are_declared_and_checked():
    with pytest.raises(ValueError, match="learner hgb: parameter learning_rate must be > 0"):
        make_learner("hgb", {"learning_rate": 0.0})
    with pytest.raises(ValueError, match=re.escape("learner logreg: unknown parameter(s) ['depth']")):
        make_learner("logreg", {"depth": 3})
    with pytest.raises(ValueError, match=f"unknown learner 'forest'; known: {', '.join(all_learners())}"):
        learner_spec("forest")
    assert default_learner() == "mlp" and make_learner("mlp", {"epochs": 7}).recipe.epochs == 7


def test_sklearn_learners_refuse_minibatch_hooks():
    fold = _fold()
    with pytest.raises(ValueError, match="learner hgb cannot take a method's loss"):
        GradientBoostingLearner().fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, [0], loss=lambda a, b: a)


def _prepared(config):
    imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)
    return config


def _config(**extra):
    return {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}}, **extra}


def test_each_method_runs_on_the_learners_it_applies_to():
    methods = {name: {} for name in ("ce", "ros", "cw", "focal", "rs", "egl", "mesa")}
    config = _prepared(_config(methods=methods, learners={"mlp": {}, "hgb": {}, "logreg": None}))
    runs = imbalbench.workflow.config.planned_runs(config)
    on_all = {f"{m}{suffix}" for m in ("ce", "ros", "cw") for suffix in ("", "@hgb", "@logreg")}
    assert set(runs) == on_all | {"focal", "rs", "egl", "mesa"}
    assert runs["ros@hgb"] == ("ros", "hgb") and runs["mesa"] == ("mesa", "mlp")
    assert imbalbench.workflow.config.learner_settings(config, "ros@hgb") == {}
    assert imbalbench.workflow.config.learner_settings(config, "ros")["epochs"] == 200
    assert imbalbench.workflow.config.job_device(config, "ros@hgb") == "cpu"
    assert imbalbench.workflow.config.reference_run(config) == "ce"
    groups = imbalbench.workflow.config.learner_groups(config)
    # MESA, a model of its own, is judged against every learner's control.
    assert groups["hgb"] == {
        "control": "ce@hgb",
        "runs": {"ce@hgb": "ce", "ros@hgb": "ros", "cw@hgb": "cw", "mesa": "mesa"},
    }
    assert set(groups["mlp"]["runs"]) == {"ce", "ros", "cw", "focal", "rs", "egl", "mesa"}
    assert set(imbalbench.workflow.config.shared_row_methods(config)) == {"ros"}


def test_tuned_variants_beside_the_defaults_get_families_of_their_own_and_tuning_alone_its_pair():
    methods = {"ce": {}, "smote": {}, "ce_tuned": {"method": "ce"}, "smote_tuned": {"method": "smote"}, "mesa": {}}
    config = _config(
        methods=methods, learners={"mlp": {}, "hgb": {}}, tuning={"trials": 2, "methods": ["ce_tuned", "smote_tuned"]}
    )
    groups = imbalbench.workflow.config.learner_groups(_prepared(config))
    assert list(groups) == ["mlp", "mlp tuned", "mlp tuning", "hgb", "hgb tuned", "hgb tuning"]
    assert groups["hgb"] == {"control": "ce@hgb", "runs": {"ce@hgb": "ce", "smote@hgb": "smote", "mesa": "mesa"}}
    # A tuned run shares its untuned twin's row: the grid reads smote's default and tuned verdicts side by side.
    assert groups["hgb tuned"] == {
        "control": "ce_tuned@hgb",
        "runs": {"ce_tuned@hgb": "ce", "smote_tuned@hgb": "smote"},
    }
    assert groups["hgb tuning"] == {"control": "ce@hgb", "runs": {"ce@hgb": "ce", "ce_tuned@hgb": "ce"}}
    # Every run tuned, or the control itself tuned: one family per learner, as without tuning.
    for tuned in (None, ["ce", "smote"]):
        config["tuning"]["methods"] = tuned
        groups = imbalbench.workflow.config.learner_groups(_prepared(config))
        assert list(groups) == ["mlp", "hgb"] and groups["hgb"]["control"] == "ce@hgb"
        assert set(groups["hgb"]["runs"]) == {"ce@hgb", "smote@hgb", "ce_tuned@hgb", "smote_tuned@hgb", "mesa"}


def test_a_config_without_learners_runs_every_method_on_the_mlp_alone():
    default = imbalbench.workflow.config.load_yaml(REPO / "config.yaml")
    config = _prepared(copy.deepcopy(default))
    assert imbalbench.workflow.config.planned_runs(config) == {m: (m, "mlp") for m in default["methods"]}
    assert imbalbench.workflow.config.shared_row_methods(config) == []


def test_what_each_method_requires_follows_from_its_hooks():
    requirements = {name: cls.requirements() for name, cls in all_methods().items()}
    assert requirements["focal"] == requirements["ldam"] == requirements["rs"] == {"minibatch"}
    assert requirements["cw"] == {"sample_weight"} and requirements["egl"] == {"minibatch", "differentiable"}
    assert requirements["ce"] == requirements["smote"] == requirements["cwgan"] == frozenset()
    assert all(cls.applies_to(all_learners()["mlp"]) for cls in all_methods().values() if not cls.own_model)


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"learners": {"forest": {}}}, "config key learners.forest: not a learner; known: catboost, hgb, lightgbm"),
        ({"learners": {"hgb": {"depth": 3}}}, "config key learners.hgb: Additional properties are not allowed"),
        ({"learners": {"hgb": {"max_iter": "10"}}}, "config key learners.hgb.max_iter: '10' is not of type 'integer'"),
        ({"learners": {"hgb": {"learning_rate": 0}}}, "config key learners.hgb.learning_rate: 0 is less than or equal"),
        ({"learners": {"mlp": {"epochs": 3}}}, "config key learners.mlp: takes no settings here; its settings are the"),
        (
            {"learners": {"hgb": {}}, "methods": {"ce": {}, "focal": {}}},
            "config key methods.focal: method 'focal' needs a learner with minibatch; none of the configured "
            "learners (hgb) has it",
        ),
        ({"learners": {"hgb": {}}, "aggregate": {"reference": "ce"}}, "aggregate.reference: 'ce' is not a planned run"),
    ],
)
def test_bad_learner_config_is_one_line_naming_the_key(extra, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        _prepared(_config(**extra))


def test_an_optional_learner_that_is_not_installed_is_refused_naming_its_extra(monkeypatch):
    monkeypatch.setattr(GradientBoostingLearner, "packages", ("no_such_package_here",))
    monkeypatch.setattr(GradientBoostingLearner, "extra", "boosting")
    with pytest.raises(ConfigError, match=re.escape("pip install -e '.[boosting]'")):
        _prepared(_config(learners={"hgb": {}}))


def test_learners_tune_their_declared_spaces():
    config = _prepared(_config(methods={"ce": {}, "egl": {}}, learners={"mlp": {}, "logreg": {}}, tuning={"trials": 2}))
    spaces = imbalbench.workflow.config.search_spaces(config)
    assert set(spaces) == {"ce", "ce@logreg", "egl"}
    assert spaces["ce@logreg"].as_config() == {"method": {}, "training": LogisticRegressionLearner.search_space}
    assert spaces["ce"].as_config()["training"] == MLPLearner.search_space  # the MLP's declared space
    assert spaces["egl"].as_config()["training"] == {}  # continues from ce: tunes its own parameters only


def _direct_boosting(name, best, seed):
    """The library's own classifier with the learner's default settings and ``best + 1`` iterations
    (CatBoost: its full budget, as it picks other settings from the iteration count)."""
    if name == "lightgbm":
        from lightgbm import LGBMClassifier

        return LGBMClassifier(n_estimators=best + 1, random_state=seed, n_jobs=1, verbose=-1)
    if name == "xgboost":
        from xgboost import XGBClassifier

        return XGBClassifier(n_estimators=best + 1, tree_method="hist", random_state=seed, n_jobs=1)
    from catboost import CatBoostClassifier

    return CatBoostClassifier(
        iterations=300, learning_rate=0.1, random_seed=seed, thread_count=1, allow_writing_files=False, verbose=False
    )


@pytest.mark.parametrize("name", ["lightgbm", "xgboost", "catboost"])
def test_optional_boosting_learners_equal_a_direct_fit_at_their_best_validation_iteration(name):
    pytest.importorskip(name)
    fold = _fold()
    (result,) = make_learner(name).fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid, [4])
    curve = result.trace["valid_auc_pr"]
    assert result.best_epoch == int(np.argmax(curve)) and result.best_valid_auc_pr == max(curve)
    direct = _direct_boosting(name, result.best_epoch, 4).fit(fold.X_train, fold.y_train)
    expected = (
        direct.predict_proba(fold.X_test, ntree_end=result.best_epoch + 1)
        if name == "catboost"
        else direct.predict_proba(fold.X_test)
    )
    np.testing.assert_allclose(expit(result.scores(fold.X_test)), expected[:, 1], rtol=1e-5)
    if name == "lightgbm":  # LightGBM's average precision is scikit-learn's
        assert result.best_valid_auc_pr == pytest.approx(
            average_precision_score(fold.y_valid, result.scores(fold.X_valid)), abs=1e-9
        )


def test_the_verdict_per_learner_judges_each_method_against_its_own_learners_control():
    import pandas as pd

    from imbalbench.analysis.learner_verdict import learner_verdict, learner_verdict_document

    rng = np.random.default_rng(0)
    rows = []
    for d in range(12):
        base = {"ce": rng.uniform(0.3, 0.7), "ce@hgb": rng.uniform(0.6, 0.9)}
        # m beats the MLP's ce by 0.05 everywhere; on hgb it equals hgb's ce, which is far above the MLP.
        values = {**base, "m": base["ce"] + 0.05, "m@hgb": base["ce@hgb"]}
        for run, value in values.items():
            rows += [
                {"dataset": f"d{d}", "method": run, "fold": f, "repeat": 0, "status": "ok", "auc_pr": value}
                for f in range(2)
            ]
    groups = {
        "mlp": {"control": "ce", "runs": {"ce": "ce", "m": "m"}},
        "hgb": {"control": "ce@hgb", "runs": {"ce@hgb": "ce", "m@hgb": "m"}},
    }
    records = pd.DataFrame(learner_verdict(pd.DataFrame(rows), groups, ["auc_pr"], {"auc_pr": 0.01}, 0.05))
    by_learner = records.set_index("learner")
    assert by_learner.loc["mlp", "conclusion"] == "better" and by_learner.loc["mlp", "diff"] == pytest.approx(0.05)
    assert by_learner.loc["hgb", "conclusion"] == "practically equivalent" and by_learner.loc["hgb", "diff"] == 0
    assert set(records["base"]) == {"m"} and dict(zip(records["learner"], records["control"])) == {
        "mlp": "ce",
        "hgb": "ce@hgb",
    }
    document = learner_verdict_document(records, ["auc_pr"], ["mlp", "hgb"], {"auc_pr": 0.01}, 0.05)
    assert "| m | better (+0.050) | practically equivalent (+0.000) |" in document


def test_catboost_takes_a_minimum_leaf_size_only_with_depthwise_trees():
    pytest.importorskip("catboost")
    rng = np.random.default_rng(0)
    y = (rng.random(200) < 0.1).astype(np.int64)
    X = (rng.normal(size=(200, 3)) + y[:, None]).astype(np.float32)
    for policy in ("SymmetricTree", "Depthwise"):
        learner = make_learner("catboost", {"max_iter": 5, "grow_policy": policy, "min_data_in_leaf": 7})
        estimator = learner.make_estimator(0, 5)
        # CatBoost documents min_data_in_leaf for Depthwise and Lossguide trees only: it is passed for Depthwise alone.
        assert estimator.get_params().get("min_data_in_leaf") == (7 if policy == "Depthwise" else None)
        (result,) = learner.fit(X[:150], y[:150], X[150:], y[150:], [0])
        assert np.isfinite(result.scores(X[150:])).all()
