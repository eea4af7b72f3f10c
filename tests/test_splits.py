import numpy as np
import pytest
from sklearn.preprocessing import MinMaxScaler

from imbalbench.core.errors import DatasetError
from imbalbench.data.splits import MinMaxScaling, make_splits, required_minority, scale_fold


@pytest.fixture
def labels():
    rng = np.random.default_rng(1)
    y = np.zeros(503, dtype=int)
    y[rng.choice(503, 47, replace=False)] = 1
    return y


def test_folds_partition_rows_and_keep_class_ratio(labels):
    splits = make_splits("toy", labels, folds=4, valid_size=0.2, seed=0)
    tests = np.concatenate([s["test"] for s in splits])
    assert sorted(tests) == list(range(len(labels)))  # disjoint, every row once
    share = labels.mean()
    for split in splits:
        parts = [set(split[p]) for p in ("train", "valid", "test")]
        assert not (parts[0] & parts[1] or parts[0] & parts[2] or parts[1] & parts[2])
        assert len(parts[0] | parts[1] | parts[2]) == len(labels)
        for part in ("train", "valid", "test"):
            rows = split[part]
            assert abs(labels[rows].sum() - share * len(rows)) <= 1, part


def test_same_seed_same_indices_other_seed_others(labels):
    assert make_splits("toy", labels, 4, 0.2, seed=3) == make_splits("toy", labels, 4, 0.2, seed=3)
    assert make_splits("toy", labels, 4, 0.2, seed=3) != make_splits("toy", labels, 4, 0.2, seed=4)


@pytest.mark.parametrize(
    "folds, valid_size, needed", [(4, 0.2, 7), (25, 0.2, 25), (2, 0.5, 4), (4, 0.05, 27), (4, 0.95, 27), (4, 0.99, 134)]
)
def test_too_few_minority_rows_is_a_clear_error_that_says_how_many(folds, valid_size, needed):
    assert required_minority(folds, valid_size) == needed
    enough = np.array([0] * 400 + [1] * needed)
    for fold in make_splits("tiny", enough, folds, valid_size, seed=0):  # every part gets a minority row
        assert all(enough[rows].sum() > 0 for rows in fold.values())
    too_few = np.array([0] * 400 + [1] * (needed - 1))
    with pytest.raises(
        DatasetError,
        match=f"'tiny': {needed - 1} minority rows, but {folds} folds with valid_size "
        f"{valid_size} need at least {needed}",
    ):
        make_splits("tiny", too_few, folds, valid_size, seed=0)


def test_minmax_scaling_equals_scikit_learn_and_uses_train_rows_only(labels):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(len(labels), 5)) * [1, 10, 100, 0, 3]
    X[:, 3] = 7.0  # a constant column
    assert np.allclose(MinMaxScaling.fit(X).transform(X), MinMaxScaler().fit_transform(X))
    split = make_splits("toy", labels, 4, 0.2, seed=0)[0]
    fold = scale_fold(X, labels, split)
    expected = MinMaxScaler().fit(X[split["train"]]).transform(X[split["test"]])
    assert np.allclose(fold.X_test, expected, atol=1e-6)
    assert fold.X_train.min() == 0 and fold.X_train.max() == pytest.approx(1)
