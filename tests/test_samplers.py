"""imbalanced-learn's samplers and rebalancing ensembles as methods: each checked against the
library called directly, with the same parameters and seed."""

import numpy as np
import pytest
import torch
from imblearn import combine, ensemble, over_sampling, under_sampling
from sklearn.cluster import KMeans, MiniBatchKMeans

from imbalbench.data.splits import make_splits, scale_fold
from imbalbench.jobs.train import run_method
from imbalbench.learners.mlp import MLPLearner
from imbalbench.methods import make_method
from imbalbench.methods.base import MethodNotApplicable, class_counts
from imbalbench.models.training import Recipe

from .conftest import separable_table

FAST = Recipe(hidden=(16,), epochs=10, batch_size=32, lr=1e-2)
CPU = torch.device("cpu")
SEED = 7


@pytest.fixture(scope="module")
def overlapping():
    """300 majority and 40 minority rows whose classes overlap: every cleaning rule finds rows to remove."""
    rng = np.random.default_rng(0)
    y = np.array([0] * 300 + [1] * 40)
    return (rng.normal(size=(340, 3)) + 0.8 * y[:, None]).astype(np.float32), y


@pytest.fixture(scope="module")
def fold():
    frame = separable_table(n=400, minority=40, d=4, seed=3)
    X, y = frame.drop(columns="label").to_numpy(), (frame["label"] == "pos").to_numpy().astype(np.int64)
    return scale_fold(X, y, make_splits("toy", y, folds=4, valid_size=0.2, seed=0)[0])


def _smote(n_minority=40, k=5):
    return over_sampling.SMOTE(sampling_strategy={1: 2 * n_minority}, k_neighbors=k, random_state=SEED)


# Method name and parameters -> the imbalanced-learn sampler that the method must reproduce.
DIRECT = {
    ("rus", ()): lambda: under_sampling.RandomUnderSampler(sampling_strategy=1.0, random_state=SEED),
    ("rus", (("sampling_strategy", 0.5),)): lambda: under_sampling.RandomUnderSampler(
        sampling_strategy=0.5, random_state=SEED
    ),
    ("nearmiss", (("version", 2),)): lambda: under_sampling.NearMiss(sampling_strategy=1.0, version=2),
    ("nearmiss", (("version", 3), ("sampling_strategy", 0.5))): lambda: under_sampling.NearMiss(
        sampling_strategy=0.5, version=3
    ),
    ("cc", ()): lambda: under_sampling.ClusterCentroids(
        sampling_strategy=1.0, estimator=KMeans(random_state=SEED), random_state=SEED
    ),
    ("iht", ()): lambda: under_sampling.InstanceHardnessThreshold(sampling_strategy=1.0, random_state=SEED),
    ("tomek", ()): lambda: under_sampling.TomekLinks(),
    ("enn", (("kind_sel", "mode"),)): lambda: under_sampling.EditedNearestNeighbours(kind_sel="mode"),
    ("renn", ()): lambda: under_sampling.RepeatedEditedNearestNeighbours(),
    ("allknn", (("n_neighbors", 5),)): lambda: under_sampling.AllKNN(n_neighbors=5),
    ("cnn", ()): lambda: under_sampling.CondensedNearestNeighbour(random_state=SEED),
    ("oss", ()): lambda: under_sampling.OneSidedSelection(random_state=SEED),
    ("ncr", ()): lambda: under_sampling.NeighbourhoodCleaningRule(),
    ("smoteenn", ()): lambda: combine.SMOTEENN(smote=_smote(), random_state=SEED),
    ("smotetomek", (("k_neighbors", 3),)): lambda: combine.SMOTETomek(smote=_smote(k=3), random_state=SEED),
}


@pytest.mark.parametrize("name, params", DIRECT, ids=[f"{n}{dict(p)}" for n, p in DIRECT])
def test_a_samplers_rows_are_imbalanced_learns_own(overlapping, name, params):
    X, y = overlapping
    X_out, y_out = make_method(name, dict(params)).resample(X, y, seed=SEED)
    X_direct, y_direct = DIRECT[name, params]().fit_resample(X, y)
    assert np.array_equal(X_out, X_direct.astype(np.float32)) and np.array_equal(y_out, y_direct)
    assert len(y_out) < len(y) or name.startswith("smote")


def test_under_samplers_reach_their_ratio_and_cleaners_keep_the_minority(overlapping):
    X, y = overlapping
    for name, ratio in (("rus", 1.0), ("rus", 0.25), ("nearmiss", 0.5), ("cc", 1.0)):
        _, y_out = make_method(name, {"sampling_strategy": ratio}).resample(X, y, seed=0)
        assert class_counts(y_out) == (round(40 / ratio), 40)
    for name in ("tomek", "enn", "renn", "allknn", "cnn", "oss", "ncr"):
        _, y_out = make_method(name).resample(X, y, seed=0)
        assert class_counts(y_out)[1] == 40 and class_counts(y_out)[0] < 300, name


@pytest.mark.parametrize("name", ["svmsmote", "kmsmote"])
def test_new_oversamplers_add_the_configured_rows_and_keep_imbalanced_learns_when_exact(overlapping, name):
    X, y = overlapping
    if name == "kmsmote":  # clusters where the minority is dense: its classes 4 apart, not 0.8
        X = (X + 3.2 * y[:, None]).astype(np.float32)
    params = {"augmentation": 1.0} if name == "svmsmote" else {"augmentation": 1.0, "n_clusters": 4}
    X_out, y_out = make_method(name, params).resample(X, y, seed=SEED)
    assert class_counts(y_out) == (300, 80) and np.array_equal(X_out[:340], X)
    if name == "svmsmote":
        direct = over_sampling.SVMSMOTE(sampling_strategy={1: 80}, random_state=SEED)
    else:
        kmeans = MiniBatchKMeans(n_clusters=4, n_init=3, random_state=SEED)
        direct = over_sampling.KMeansSMOTE(sampling_strategy={1: 80}, kmeans_estimator=kmeans, random_state=SEED)
    X_direct, _ = direct.fit_resample(X, y)
    if len(X_direct) == len(X_out):  # an exact count: no trim, the library's rows
        assert np.array_equal(X_out, X_direct.astype(np.float32))


def test_a_sampler_that_cannot_run_names_imbalanced_learns_reason(fold):
    rng = np.random.default_rng(1)
    X, y = rng.normal(size=(200, 3)).astype(np.float32), np.array([0] * 196 + [1] * 4)
    with pytest.raises(MethodNotApplicable, match="KMeansSMOTE"):
        make_method("kmsmote").resample(X, y, seed=0)
    with pytest.raises(MethodNotApplicable, match="NearMiss"):  # a ratio below the data's own
        make_method("nearmiss", {"sampling_strategy": 0.01}).resample(X, y, seed=0)
    outcomes = run_method("rus", {"sampling_strategy": 0.01}, fold, MLPLearner.of(FAST), [0, 1], CPU)
    assert [o.scores["status"] for o in outcomes] == ["failed", "failed"]
    assert outcomes[0].scores["reason"].startswith("RandomUnderSampler: ")


def test_seeds_with_different_class_counts_train_in_groups_as_they_train_alone(fold):
    seeds = [0, 1, 2, 3]
    method = make_method("smoteenn")
    counts = [class_counts(method.resample(fold.X_train, fold.y_train, seed)[1]) for seed in seeds]
    assert len(set(counts)) > 1, "the check needs seeds whose cleaning leaves different counts"
    X, y = method.resample_seeds(fold.X_train, fold.y_train, seeds)
    assert isinstance(X, list) and [class_counts(y_r) for y_r in y] == counts
    together = run_method("smoteenn", {}, fold, MLPLearner.of(FAST), seeds, CPU)
    for outcome, seed in zip(together, seeds):
        (alone,) = run_method("smoteenn", {}, fold, MLPLearner.of(FAST), [seed], CPU)
        assert np.abs(outcome.logits - alone.logits).max() <= 1e-4
        assert outcome.scores["best_epoch"] == alone.scores["best_epoch"]


def test_a_deterministic_sampler_gives_every_seed_the_same_rows(fold):
    X, y = make_method("enn").resample_seeds(fold.X_train, fold.y_train, [0, 1, 2])
    assert X.ndim == 2 and len(y) < len(fold.y_train)


def test_fewer_rows_train_for_at_least_plain_trainings_steps():
    learner = MLPLearner.of(Recipe(epochs=200, batch_size=128))
    assert learner.matching_steps(1000, 1000) is learner and learner.matching_steps(1000, 2000) is learner
    # 1000 rows: 8 batches, 1,600 steps; 300 rows: 3 batches, so 534 epochs (1,602 steps).
    matched = learner.matching_steps(1000, 300)
    assert matched.recipe.epochs == 534 and matched.recipe.lr == learner.recipe.lr
    assert learner.matching_steps(1000, 40).recipe.epochs == 1600


def test_an_under_samplers_mlp_trains_the_steps_of_plain_training(fold):
    (plain,) = run_method("ce", {}, fold, MLPLearner.of(FAST), [0], CPU)
    (under,) = run_method("rus", {}, fold, MLPLearner.of(FAST), [0], CPU)
    batches = int(np.ceil(len(fold.y_train) / FAST.batch_size))
    balanced = int(np.ceil(2 * fold.y_train.sum() / FAST.batch_size))
    assert len(plain.trace["epoch"]) == FAST.epochs
    assert len(under.trace["epoch"]) == int(np.ceil(FAST.epochs * batches / balanced)) > FAST.epochs


ENSEMBLES = {
    "brf": lambda k: ensemble.BalancedRandomForestClassifier(n_estimators=k, random_state=SEED),
    "bbag": lambda k: ensemble.BalancedBaggingClassifier(n_estimators=k, random_state=SEED),
    "easy": lambda k: ensemble.EasyEnsembleClassifier(n_estimators=k, random_state=SEED),
    "rusboost": lambda k: ensemble.RUSBoostClassifier(n_estimators=k, random_state=SEED),
}


@pytest.mark.parametrize("name", ENSEMBLES)
def test_an_ensembles_probabilities_are_a_direct_fit_with_the_members_the_validation_rows_chose(fold, name):
    (outcome,) = run_method(name, {"n_estimators": 12}, fold, MLPLearner.of(FAST), [SEED], CPU)
    assert outcome.scores["status"] == "ok" and outcome.model is None
    kept = outcome.scores["best_epoch"] + 1
    direct = ENSEMBLES[name](kept).fit(fold.X_train, fold.y_train).predict_proba(fold.X_test)[:, 1]
    expected = np.clip(direct, 1e-6, 1 - 1e-6)
    assert np.allclose(1 / (1 + np.exp(-outcome.logits)), expected, rtol=0, atol=1e-12)
    assert len(outcome.trace["valid_auc_pr"]) <= 12


def test_an_unknown_or_out_of_range_sampler_parameter_is_named():
    with pytest.raises(ValueError, match="method nearmiss: parameter version must be one of"):
        make_method("nearmiss", {"version": 4})
    with pytest.raises(ValueError, match="method rus: parameter sampling_strategy must be <= 1"):
        make_method("rus", {"sampling_strategy": 2.0})
    with pytest.raises(ValueError, match="method enn: unknown parameter"):
        make_method("enn", {"k_neighbors": 3})


def test_a_resampling_job_stores_seeds_of_different_counts_and_training_reads_them_back(tmp_path):
    from imbalbench.core.artifacts import write_arrays, write_json
    from imbalbench.data.splits import load_fold
    from imbalbench.jobs.prepare import read_rows
    from imbalbench.jobs.resample import resample_job
    from imbalbench.jobs.spec import JobSpec

    frame = separable_table(n=400, minority=40, d=4, seed=3)
    X, y = frame.drop(columns="label").to_numpy(), (frame["label"] == "pos").to_numpy().astype(np.int64)
    data, splits = tmp_path / "toy.npz", tmp_path / "toy.json"
    write_arrays(data, X=X, y=y)
    write_json({"folds": make_splits("toy", y, folds=4, valid_size=0.2, seed=0)}, splits)
    seeds = [0, 1, 2, 3]
    spec = JobSpec(
        dataset="toy",
        method="smoteenn",
        base="smoteenn",
        fold=0,
        data=str(data),
        splits=str(splits),
        params={},
        training={},
        seeds=seeds,
        device="cpu",
        threads=1,
        log=str(tmp_path / "resample.log"),
    )
    about = tmp_path / "rows.json"
    resample_job(job=spec.as_dict(), outputs={"rows": str(tmp_path / "rows.npz"), "about": str(about)})
    (X_rows, y_rows), failure = read_rows(about, seeds)
    fold = load_fold(data, splits, 0)
    assert failure is None and isinstance(X_rows, list) and len(X_rows) == len(seeds)
    for seed, X_r, y_r in zip(seeds, X_rows, y_rows):
        X_own, y_own = make_method("smoteenn").resample(fold.X_train, fold.y_train, seed)
        np.testing.assert_array_equal(X_r, X_own.astype(np.float32))
        np.testing.assert_array_equal(y_r, y_own)
    # Training on the stored rows gives what training that resamples inside its job gives.
    stored = run_method("smoteenn", {}, fold, MLPLearner.of(FAST), seeds, CPU, rows=(X_rows, y_rows))
    inside = run_method("smoteenn", {}, fold, MLPLearner.of(FAST), seeds, CPU)
    for a, b in zip(stored, inside):
        assert np.abs(a.logits - b.logits).max() <= 1e-5 and a.scores["best_epoch"] == b.scores["best_epoch"]
