"""The tune stage: reproducible, resumable, validation rows only, equal budgets, and it finds what is known best."""

import json
import multiprocessing
import os
import signal

import numpy as np
import pytest
import torch

import imbalbench.jobs.prepare
from imbalbench.algorithms.egl import split_validation
from imbalbench.core.artifacts import read_json, write_arrays, write_json
from imbalbench.core.errors import DatasetError
from imbalbench.data.splits import inner_splits, load_inner_folds, make_splits
from imbalbench.estimators.api import EGLClassifier
from imbalbench.jobs.tune import tune_job
from imbalbench.methods.base import MethodNotApplicable
from imbalbench.models.training import Recipe
from imbalbench.scoring.metrics import average_precision, log_loss_from_logits
from imbalbench.tuning.search import Distribution, SearchSpace
from imbalbench.tuning.study import tune

TRAINING = {"hidden": [8], "epochs": 8, "batch_size": 32}
LR = {"lr": {"type": "float", "low": 1e-4, "high": 10.0, "log": True}}


@pytest.fixture
def fold_files(tmp_path):
    """A separable imbalanced problem written as the workflow's data and splits files."""
    rng = np.random.default_rng(0)
    y = (rng.random(400) < 0.15).astype(np.int64)
    X = rng.normal(size=(400, 4)) + 1.5 * y[:, None]
    data, splits = tmp_path / "data.npz", tmp_path / "splits.json"
    write_arrays(data, X=X, y=y)
    write_json({"folds": make_splits("toy", y, folds=3, valid_size=0.25, seed=0)}, splits)
    return data, splits


def run_tune_job(fold_files, tmp_path, name="out", method="ce", space=None, trials=4, data=None):
    output = tmp_path / f"{name}.json"
    space = space or {"method": {}, "training": LR}
    job = dict(
        data=str(data or fold_files[0]),
        splits=str(fold_files[1]),
        dataset="toy",
        method=method,
        base=method,
        fold=0,
        params={},
        training=TRAINING,
        seeds=[7],
        device="cpu",
        threads=1,
        log=str(tmp_path / f"{name}.log"),
    )
    tune_job(job=job, space=space, trials=trials, seed=0, startup_trials=2, output=str(output), code="")
    return read_json(output)


def without_seconds(result):
    return [{k: v for k, v in trial.items() if k != "seconds"} for trial in result["trials"]]


def test_same_config_gives_the_same_trials_and_best(fold_files, tmp_path):
    first = run_tune_job(fold_files, tmp_path, "first")
    second = run_tune_job(fold_files, tmp_path, "second")
    assert first["status"] == "ok" and len(first["trials"]) == 4
    assert without_seconds(first) == without_seconds(second) and first["best"] == second["best"]
    # The trials differ from each other (the sampler explores), and the best is the lowest log loss.
    assert len({t["training"]["lr"] for t in first["trials"]}) == 4
    assert first["best"]["value"] == min(t["value"] for t in first["trials"])  # the lowest log loss
    assert not (tmp_path / "first.journal").exists()  # the study's journal goes once the result is written


def test_the_tune_job_never_loads_test_rows(fold_files, tmp_path, monkeypatch):
    loaded = []

    def watched_load_fold(*args, **kwargs):
        fold = original(*args, **kwargs)
        loaded.append((kwargs.get("parts", args[3] if len(args) > 3 else None), fold))
        return fold

    original = imbalbench.jobs.prepare.load_fold
    monkeypatch.setattr(imbalbench.jobs.prepare, "load_fold", watched_load_fold)
    result = run_tune_job(fold_files, tmp_path, "watched")
    assert len(loaded) == 1
    parts, fold = loaded[0]
    assert "test" not in parts and fold.X_test is None and fold.y_test is None
    # Test rows replaced by NaN change nothing: they are never read.
    X, y = np.load(fold_files[0])["X"], np.load(fold_files[0])["y"]
    X[read_json(fold_files[1])["folds"][0]["test"]] = np.nan
    poisoned = tmp_path / "poisoned.npz"
    write_arrays(poisoned, X=X, y=y)
    assert without_seconds(run_tune_job(fold_files, tmp_path, "poisoned", data=poisoned)) == without_seconds(result)


def quadratic(method_params, training):
    """A loss with a known minimum at x = 0.3, for the study machinery alone."""
    return (method_params["x"] - 0.3) ** 2


SPACE = SearchSpace({"x": Distribution("float", 0.0, 1.0)}, {})


def _killed_at_trial(journal, kill_at):
    def evaluate(method_params, training):
        if evaluate.calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        evaluate.calls += 1
        return quadratic(method_params, training)

    evaluate.calls = 0
    tune(evaluate, SPACE, 8, 0, 3, journal, "study")


def test_a_killed_study_resumes_with_its_trials_and_the_same_budget(tmp_path):
    journal = tmp_path / "study.journal"
    child = multiprocessing.get_context("fork").Process(target=_killed_at_trial, args=(journal, 5))
    child.start()
    child.join(60)
    assert child.exitcode == -signal.SIGKILL
    resumed = tune(quadratic, SPACE, 8, 0, 3, journal, "study")
    uninterrupted = tune(quadratic, SPACE, 8, 0, 3, tmp_path / "clean.journal", "study")
    numbers = [t["number"] for t in resumed["trials"]]
    assert len(numbers) == 8 and 5 not in numbers  # trial 5 was running at the kill: failed, not counted
    assert numbers[:5] == [0, 1, 2, 3, 4]
    # The same trials as a run that was never killed: each trial's sampler is seeded by its position.
    assert [t["params"] for t in resumed["trials"]] == [t["params"] for t in uninterrupted["trials"]]
    assert [t["value"] for t in resumed["trials"]] == [t["value"] for t in uninterrupted["trials"]]


def test_failed_trials_count_towards_the_budget_and_all_failing_is_recorded():
    def sometimes(method_params, training):
        if method_params["x"] > 0.5:
            raise MethodNotApplicable("x above 0.5")
        return quadratic(method_params, training)

    def never(method_params, training):
        raise MethodNotApplicable("cannot run here")

    some = tune(sometimes, SPACE, 10, 0, 3, None, "s")
    states = [t["state"] for t in some["trials"]]
    assert len(states) == 10 and "failed" in states and some["status"] == "ok"
    assert all(t["reason"] == "x above 0.5" for t in some["trials"] if t["state"] == "failed")
    none = tune(never, SPACE, 3, 0, 3, None, "n")
    assert none["status"] == "failed" and none["best"] is None and "cannot run here" in none["reason"]
    assert len(none["trials"]) == 3


def test_tuning_finds_a_learning_rate_that_trains_over_one_that_diverges(fold_files, tmp_path):
    result = run_tune_job(fold_files, tmp_path, "lr", trials=8)
    values = {t["training"]["lr"]: t["value"] for t in result["trials"]}
    high = [v for lr, v in values.items() if lr > 1.0]
    assert high, "the sampler tried no learning rate above 1"
    # Adam with lr > 1 wrecks this MLP: its out-of-fold log loss is no better than the best constant
    # prediction, the positive rate (0.15: an entropy of 0.423 nats); the best trial's is well below.
    assert result["best"]["training"]["lr"] < 1.0
    base_rate_entropy = -(0.15 * np.log(0.15) + 0.85 * np.log(0.85))
    assert min(high) > 0.9 * base_rate_entropy and result["best"]["value"] < 0.8 * base_rate_entropy


def test_valid_split_halves_are_disjoint_stratified_and_selection_uses_its_half():
    y = torch.tensor([0] * 41 + [1] * 9)
    meta, select = split_validation(y)
    assert set(meta.tolist()).isdisjoint(select.tolist()) and sorted(meta.tolist() + select.tolist()) == list(range(50))
    assert abs(int(y[meta].sum()) - int(y[select].sum())) <= 1
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 4)).astype(np.float32)
    labels = (rng.random(300) < 0.2).astype(np.int64)
    X[labels == 1] += 1.0
    X_valid, y_valid = X[:80], labels[:80]
    model = EGLClassifier(valid_split=True, meta_epochs=4, recipe=Recipe(hidden=(8,), epochs=3)).fit(
        X[80:], labels[80:], X_valid, y_valid
    )
    _, select = split_validation(torch.as_tensor(y_valid))
    kept = average_precision(y_valid[select.numpy()], model.decision_function(X_valid[select.numpy()]))
    assert kept == pytest.approx(model.best_valid_auc_pr_, abs=1e-12)


def test_tuned_parameters_reach_the_training_job(tmp_path):
    from imbalbench.jobs.prepare import tuned_settings

    own, warm = tmp_path / "own.json", tmp_path / "warm.json"
    write_json({"status": "ok", "best": {"params": {"eta2": 5.0}, "training": {}}}, own)
    write_json({"status": "ok", "best": {"params": {}, "training": {"lr": 0.003}}}, warm)
    assert tuned_settings(own, warm) == ({"eta2": 5.0}, {"lr": 0.003}, None)
    write_json({"status": "failed", "reason": "all 3 trials failed: x"}, own)
    assert tuned_settings(own, None) == ({}, {}, "tuning: all 3 trials failed: x")
    assert json.loads(own.read_text())["status"] == "failed"


@pytest.mark.slow
def test_the_workflow_tunes_with_equal_budgets_and_trains_with_the_best(tmp_path):
    """Tuned ce, smote (whose k above the minority count fails some trials) and egl; an untuned EGL
    variant; then what editing one search space replans."""
    from .conftest import make_workflow, tiny_config

    flow = make_workflow(tmp_path)
    config = tiny_config(
        flow.root / "toy.csv",
        {
            "ce": {},
            "smote": {},
            "egl": {"meta_epochs": 2},
            "egl_frozen": {"method": "egl", "eta2": 0.0, "meta_epochs": 2},
        },
    )
    del config["sine"], config["datasets"]["ecoli"]
    config["tuning"] = {
        "trials": 3,
        "startup_trials": 2,
        "methods": ["ce", "smote", "egl"],
        "spaces": {
            "training": LR,
            "smote": {"k_neighbors": {"type": "int", "low": 1, "high": 40}},
            "egl": {"eta2": {"type": "float", "low": 1.0, "high": 1e3, "log": True}},
        },
    }
    flow.write_config(config)
    flow.snakemake()
    results = {
        (m, k): read_json(flow.root / f"results/tuning/toy/{m}/fold{k}.json")
        for m in ("ce", "smote", "egl")
        for k in (0, 1)
    }
    assert {len(r["trials"]) for r in results.values()} == {3}  # the same budget for every method
    # and the same learner space for every method that trains the learner itself (EGL inherits ce's settings)
    assert [results[m, k]["space"]["training"] for m in ("ce", "smote") for k in (0, 1)] == [LR] * 4
    assert any(t["state"] == "failed" for r in results.values() for t in r["trials"])
    assert not (flow.root / "results/tuning/toy/egl_frozen").exists()  # not tuned
    for k in (0, 1):
        scores = {
            m: read_json(flow.root / f"results/runs/toy/{m}/fold{k}/scores.json")["runs"][0]
            for m in ("ce", "smote", "egl", "egl_frozen")
        }
        ce_lr = results["ce", k]["best"]["training"]["lr"]
        assert scores["ce"]["tuned_training"] == {"lr": ce_lr}
        # EGL continues from tuned ce: it trains with ce's settings and its own best parameters.
        assert scores["egl"]["tuned_training"] == scores["egl_frozen"]["tuned_training"] == {"lr": ce_lr}
        assert scores["egl"]["params"]["eta2"] == results["egl", k]["best"]["params"]["eta2"]
        assert scores["egl_frozen"]["params"]["eta2"] == 0.0 and scores["egl_frozen"]["base"] == "egl"
        smote = results["smote", k]
        if smote["status"] == "ok":
            assert scores["smote"]["params"]["k_neighbors"] == smote["best"]["params"]["k_neighbors"]
        else:
            assert scores["smote"]["status"] == "failed" and scores["smote"]["reason"].startswith("tuning: all 3")
    # A new search space for smote reruns smote's tuning and training, and the aggregation only.
    config["tuning"]["spaces"]["smote"]["k_neighbors"]["high"] = 3
    flow.write_config(config)
    planned = flow.planned_jobs()
    assert planned["tune"] == 2 and planned["train"] == 2, planned
    # The budget and the selection rule belong to a tuned job's identity: either tunes every tuned method again.
    for change in ({"trials": 4}, {"inner_folds": 3}):
        flow.write_config({**config, "tuning": {**config["tuning"], **change}})
        assert flow.planned_jobs()["tune"] == 6, change


def test_a_learner_is_tuned_in_its_own_declared_space_and_its_best_trial_trains_again(fold_files, tmp_path):
    from scipy.special import expit
    from sklearn.metrics import log_loss

    from imbalbench.data.splits import load_inner_folds
    from imbalbench.learners import make_learner
    from imbalbench.learners.hgb import GradientBoostingLearner
    from imbalbench.tuning.search import Distribution, SearchSpace

    space = SearchSpace(
        {},
        {name: Distribution.parse(entry, name) for name, entry in GradientBoostingLearner.search_space.items()},
    ).as_config()
    output = tmp_path / "hgb.json"
    job = dict(
        data=str(fold_files[0]),
        splits=str(fold_files[1]),
        dataset="toy",
        method="ce@hgb",
        base="ce",
        fold=0,
        params={},
        training={"max_iter": 20},
        seeds=[7],
        device="cpu",
        threads=1,
        learner="hgb",
        log=str(tmp_path / "hgb.log"),
    )
    tune_job(job=job, space=space, trials=3, seed=0, startup_trials=2, output=str(output), code="")
    result = read_json(output)
    assert result["status"] == "ok" and result["learner"] == "hgb" and len(result["trials"]) == 3
    best = result["best"]
    assert set(best["training"]) == set(GradientBoostingLearner.search_space)
    # Its value, recomputed: the best settings trained on each inner fold, the out-of-fold
    # probabilities pooled, scikit-learn's log loss.
    labels, probabilities = [], []
    for part in load_inner_folds(fold_files[0], fold_files[1], 0, folds=5, seed=0):
        (again,) = make_learner("hgb", {"max_iter": 20, **best["training"]}).fit(
            part.X_train, part.y_train, part.X_valid, part.y_valid, [7]
        )
        labels.append(part.y_valid)
        probabilities.append(expit(again.scores(part.X_valid)))
    assert log_loss(np.concatenate(labels), np.concatenate(probabilities)) == pytest.approx(best["value"], rel=1e-9)
    assert result["inner_folds_used"] == 5 and result["signal"] == "cross-validated log loss"


def test_inner_folds_are_stratified_deterministic_and_each_part_holds_a_minority_row():
    y = np.array([1] * 7 + [0] * 50)
    splits = inner_splits("toy", y, 5, seed=3)
    assert splits == inner_splits("toy", y, 5, seed=3) and splits != inner_splits("toy", y, 5, seed=4)
    assert sorted(row for split in splits for row in split["valid"]) == list(range(len(y)))
    for split in splits:
        assert sorted(split["train"] + split["valid"]) == list(range(len(y)))
        assert y[split["valid"]].sum() in (1, 2) and y[split["train"]].sum() >= 5  # 7 minority rows over 5 folds
    few = np.array([1] * 3 + [0] * 40)
    assert [int(few[split["valid"]].sum()) for split in inner_splits("toy", few, 5, seed=0)] == [1, 1, 1]
    with pytest.raises(DatasetError, match="1 minority row.*needs at least 2"):
        inner_splits("toy", np.array([1] + [0] * 20), 5, seed=0)


def test_inner_folds_hold_the_outer_training_and_validation_rows_each_scaled_on_its_own_training_rows(fold_files):
    X = np.load(fold_files[0])["X"]
    outer = read_json(fold_files[1])["folds"][1]
    rows = sorted(outer["train"] + outer["valid"])
    inner = load_inner_folds(fold_files[0], fold_files[1], 1, folds=5, seed=0)
    assert sum(len(part.y_valid) for part in inner) == len(rows)
    for part in inner:
        assert part.X_test is None and part.X_train.min() == 0 and part.X_train.max() == 1
        # Unscaled, every row is one of the outer fold's training or validation rows, none a test row.
        original = part.scaling.inverse_transform(np.concatenate([part.X_train, part.X_valid]).astype(np.float64))
        nearest = np.abs(original[:, None, :] - X[None, :, :]).sum(axis=2).argmin(axis=1)
        assert set(nearest.tolist()) <= set(rows)


def test_log_loss_from_logits_is_scikit_learns_on_the_probabilities():
    from scipy.special import expit
    from sklearn.metrics import log_loss

    rng = np.random.default_rng(0)
    y, logits = (rng.random(200) < 0.2).astype(np.int64), rng.normal(scale=3, size=200)
    assert log_loss_from_logits(y, logits) == pytest.approx(log_loss(y, expit(logits)), rel=1e-12)


def test_a_tiny_tuned_run_beside_the_defaults_writes_the_tuned_pairs_into_the_learner_verdict(tmp_path):
    from .conftest import make_workflow, tiny_config

    flow = make_workflow(tmp_path)
    methods = {"ce": {}, "smote": {}, "ce_tuned": {"method": "ce"}, "smote_tuned": {"method": "smote"}}
    config = tiny_config(flow.root / "toy.csv", methods)
    del config["sine"], config["datasets"]["ecoli"]
    config.update(
        learners={"mlp": {}, "hgb": {"max_iter": 10}},
        tuning={"trials": 2, "startup_trials": 1, "inner_folds": 3, "methods": ["ce_tuned", "smote_tuned"]},
    )
    flow.write_config(config)
    planned = flow.planned_jobs("--", "results/tables/learner_verdict.json")
    assert planned["tune"] == 2 * 2 * 2  # two tuned methods on two learners, two folds
    flow.snakemake("results/tables/learner_verdict.json")
    for learner, run in (("mlp", "smote_tuned"), ("hgb", "smote_tuned@hgb")):
        tuning = read_json(flow.root / f"results/tuning/toy/{run}/fold0.json")
        assert tuning["status"] == "ok" and tuning["learner"] == learner and tuning["inner_folds_used"] == 3
    records = read_json(flow.root / "results/tables/learner_verdict.json")
    pairs = {(r["learner"], r["method"], r["control"], r["base"]) for r in records if r["metric"] == "auc_pr"}
    suffix = {"mlp": "", "hgb": "@hgb"}
    for learner in ("mlp", "hgb"):
        at = suffix[learner]
        assert (learner, f"smote{at}", f"ce{at}", "smote") in pairs
        assert (f"{learner} tuned", f"smote_tuned{at}", f"ce_tuned{at}", "smote") in pairs
        assert (f"{learner} tuning", f"ce_tuned{at}", f"ce{at}", "ce") in pairs
    markdown = (flow.root / "results/tables/learner_verdict.md").read_text()
    assert "hgb tuned (vs ce_tuned@hgb)" in markdown and "## hgb tuning: each method against ce@hgb" in markdown
    # Published, the tuned jobs are taken whole by a later run, which then tunes nothing again.
    flow.snakemake("published/tuned/manifest.json")
    judge = make_workflow(tmp_path / "judge")
    judge.write_config(config)
    planned = judge.planned_jobs("--config", f"reference={flow.root / 'published/tuned'}")
    assert "tune" not in planned and "train" not in planned, planned
