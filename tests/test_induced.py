import hashlib

import numpy as np
import pandas as pd
import pytest
import torch

from imbalbench.analysis.induced_tables import summary_table, to_markdown
from imbalbench.data.induced import FoldTransform, induced_splits, load_induced_fold
from imbalbench.data.sources import fetch_raw, load_dataset
from imbalbench.data.splits import make_splits
from imbalbench.learners.mlp import MLPLearner
from imbalbench.methods.potential import Potential

from .http_server import serve


@pytest.fixture(scope="module")
def balanced():
    rng = np.random.default_rng(0)
    y = np.array([0, 1] * 1000)
    X = rng.normal(size=(2000, 5)) + y[:, None]
    return X, y


@pytest.mark.parametrize("ratio", [50, 100, 200])
def test_induced_training_ratio_is_the_target_and_valid_test_untouched(balanced, ratio):
    X, y = balanced
    folds = make_splits("toy", y, 4, 0.2, seed=0)
    induced = induced_splits(y, folds, [ratio], seed=0)[str(ratio)]
    for fold, part in zip(folds, induced):
        n_major, n_minor = (y[part["train"]] == 0).sum(), (y[part["train"]] == 1).sum()
        assert abs(n_minor - n_major / ratio) <= 1
        assert n_major == (y[fold["train"]] == 0).sum()
        assert part["valid"] == fold["valid"] and part["test"] == fold["test"]
        assert set(part["heldout"]) == set(fold["train"]) - set(part["train"])
        assert (y[part["heldout"]] == 1).all()


def test_induced_valid_and_test_can_be_imbalanced_too(balanced):
    X, y = balanced
    folds = make_splits("toy", y, 4, 0.2, seed=0)
    part = induced_splits(y, folds, [50], seed=0, imbalance_valid_test=True)["50"][0]
    for name in ("valid", "test"):
        rows = part[name]
        assert abs((y[rows] == 1).sum() - (y[rows] == 0).sum() / 50) <= 1


def test_potential_adds_exactly_the_held_back_real_minority_rows(balanced, tmp_path):
    X, y = balanced
    folds = make_splits("toy", y, 4, 0.2, seed=0)
    splits = tmp_path / "splits.json"
    import json

    splits.write_text(json.dumps(induced_splits(y, folds, [50], seed=0)))
    np.savez(tmp_path / "data.npz", X=X, y=y)
    fold = load_induced_fold(tmp_path / "data.npz", splits, "50", 0, pca_components=3, seed=0)
    captured = {}

    def spy(X_fit, y_fit, *args, **kwargs):
        captured["X"], captured["y"] = X_fit, y_fit
        raise StopIteration

    import imbalbench.models.training as module  # potential imports it when it trains

    original = module.train_classifier
    module.train_classifier = spy
    try:
        with pytest.raises(StopIteration):
            Potential().fit(fold, MLPLearner(), [0], torch.device("cpu"))
    finally:
        module.train_classifier = original
    n_minor = int(fold.y_train.sum())
    added = captured["X"][len(fold.X_train) :]
    assert len(added) == n_minor and (captured["y"][len(fold.y_train) :] == 1).all()
    assert np.array_equal(added, fold.X_heldout[:n_minor])  # real rows, in the fold's scaling
    with pytest.raises(Exception, match="held-back"):
        Potential(augmentation=100).fit(fold, MLPLearner(), [0], torch.device("cpu"))


def test_fold_transform_fits_on_training_rows_only(balanced):
    X, _ = balanced
    X = np.column_stack([X, (X[:, 0] > 0).astype(float)])  # a binary column stays unstandardised
    transform = FoldTransform(n_components=3).fit(X[:500])
    assert transform.continuous_.tolist() == [True] * 5 + [False]
    Z = transform.transform(X[:500])
    assert Z.shape == (500, 3) and Z.min() == pytest.approx(0) and Z.max() == pytest.approx(1)


ADULT_TRAIN = """\
39, State-gov, 77516, Bachelors, 13, Never-married, Adm-clerical, Not-in-family, White, Male, 2174, 0, 40, United-States, <=50K
50, Self-emp-not-inc, 83311, Bachelors, 13, Married-civ-spouse, Exec-managerial, Husband, White, Male, 0, 0, 13, United-States, <=50K
38, Private, 215646, HS-grad, 9, Divorced, Handlers-cleaners, Not-in-family, White, Male, 0, 0, 40, United-States, <=50K
54, ?, 180211, Some-college, 10, Married-civ-spouse, ?, Husband, Asian-Pac-Islander, Male, 0, 0, 60, South, >50K
52, Self-emp-not-inc, 209642, HS-grad, 9, Married-civ-spouse, Exec-managerial, Husband, White, Male, 0, 0, 45, United-States, >50K
31, Private, 45781, Masters, 14, Never-married, Prof-specialty, Not-in-family, White, Female, 14084, 0, 50, United-States, >50K
"""
ADULT_TEST = """\
|1x3 Cross validator
25, Private, 226802, 11th, 7, Never-married, Machine-op-inspct, Own-child, Black, Male, 0, 0, 40, United-States, <=50K.
44, Private, 160323, Some-college, 10, Married-civ-spouse, Machine-op-inspct, Husband, Black, Male, 7688, 0, 40, United-States, >50K.
18, ?, 103497, Some-college, 10, Never-married, ?, Own-child, White, Female, 0, 0, 30, United-States, <=50K.
63, Self-emp-not-inc, 104626, Prof-school, 15, Married-civ-spouse, Prof-specialty, Husband, White, Male, 3103, 0, 32, ?, >50K.

"""


def _adult_files(copies):
    """A few hundred rows in the real UCI format (leading spaces, '?', '>50K.' in the test file)."""
    return (ADULT_TRAIN * copies).encode(), (
        ADULT_TEST.split("\n", 1)[0] + "\n" + ADULT_TEST.split("\n", 1)[1] * copies
    ).encode()


def test_adult_download_and_parsing_against_a_local_server(tmp_path):
    train, test = _adult_files(40)  # 240 + 160 rows
    with serve({"/adult/adult.data": train, "/adult/adult.test": test}) as base:
        spec = {
            "source": "adult",
            "url": f"{base}/adult/",
            "balance_seed": 0,
            "sha256": {"adult.data": hashlib.sha256(train).hexdigest(), "adult.test": hashlib.sha256(test).hexdigest()},
        }
        data = load_dataset("adult", spec, fetch_raw("adult", spec, tmp_path / "raw", tmp_path), allow_balanced=True)
    # Rows without '?': train 5 of 6 per copy (3 <=50K, 2 >50K), test 2 of 4 (1 and 1): 3 + 1 = 4 negatives
    # and 2 + 1 = 3 positives per copy; balanced: 120 positives and 120 negatives.
    assert data.X.shape[0] == 240 and data.y.sum() == 120
    # Levels left after dropping '?' rows: workclass 3, education 5, marital 3, occupation 5,
    # relationship 3, race 2, sex 2, country 1 -> 24 indicators + 6 continuous.
    assert data.X.shape[1] == 30
    wrong = {**spec, "sha256": {"adult.data": "0" * 64}}
    with serve({"/adult/adult.data": train, "/adult/adult.test": test}) as base:
        with pytest.raises(Exception, match="checksum mismatch"):
            fetch_raw("adult", {**wrong, "url": f"{base}/adult/"}, tmp_path / "raw2", tmp_path)
    assert not (tmp_path / "raw2" / "adult.data").exists()


def test_summary_table_relative_gap_to_potential():
    runs = pd.DataFrame(
        [
            {
                "imbalance_ratio": 50.0,
                "method": m,
                "fold": k,
                "status": "ok",
                "auc_pr": v,
                "precision_at_0.75": 0.5,
                "precision_at_0.5": 0.6,
                "precision_at_0.25": 0.7,
            }
            for m, values in (("ce", (0.4, 0.6)), ("potential", (0.8, 0.8)))
            for k, v in enumerate(values)
        ]
    )
    table = summary_table(runs, ["ce", "potential"], "potential").set_index("method")
    assert table.loc["ce", "auc_pr"] == pytest.approx(0.5)
    assert table.loc["ce", "delta_percent"] == pytest.approx(100 * (0.8 - 0.5) / 0.8)
    assert table.loc["potential", "delta_percent"] == pytest.approx(0)


def test_summary_table_intervals_and_the_potential_mark():
    rows = []
    for ratio, ce_shift in ((50.0, 0.0), (100.0, 0.3)):  # at IR 100, ce reaches potential
        for method, base in (("ce", 0.4 + ce_shift), ("potential", 0.6)):
            for fold in range(4):
                for seed in range(3):
                    rows.append(
                        {
                            "imbalance_ratio": ratio,
                            "method": method,
                            "fold": fold,
                            "seed": seed,
                            "status": "ok",
                            "auc_pr": base + 0.02 * fold + 0.01 * seed,
                            "precision_at_0.75": 0.5,
                            "precision_at_0.5": 0.6,
                            "precision_at_0.25": 0.7,
                        }
                    )
    table = summary_table(pd.DataFrame(rows), ["ce", "potential"], "potential")
    at50 = table[table["imbalance_ratio"] == 50].set_index("method")
    assert at50.loc["ce", "auc_pr_low"] < at50.loc["ce", "auc_pr"] < at50.loc["ce", "auc_pr_high"]
    assert not at50.loc["potential", "upper_bound_not_above"]
    at100 = table[table["imbalance_ratio"] == 100].set_index("method")
    assert at100.loc["potential", "upper_bound_not_above"] and at100.loc["ce", "delta_percent"] < 0
    markdown = to_markdown(table, "caption", "potential")
    assert markdown.count("†") == 1 and "| 100:1 | potential | 0.640 [" in markdown
