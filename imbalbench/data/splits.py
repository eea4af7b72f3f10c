"""Stratified fold splits (METHOD.md section 6) and the per-fold data a training job sees."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..core.errors import DatasetError


def required_minority(folds: int, valid_size: float) -> int:
    """Fewest minority rows for ``folds`` folds: one in every test fold, and enough for the
    validation part (``valid_size`` of the other folds' minority rows) and the training part (the
    rest of them) to hold one in every fold."""
    return max(folds, 2, *(math.ceil(folds / ((folds - 1) * share) - 1e-9) for share in (valid_size, 1 - valid_size)))


def minority_shortfall(n_minority: int, folds: int, valid_size: float) -> str | None:
    """Why ``n_minority`` minority rows are too few for the folds (one line with, where
    ``valid_size`` is the cause, the range it may take), or None."""
    needed = required_minority(folds, valid_size)
    if n_minority >= needed:
        return None
    text = (
        f"{n_minority} minority rows, but {folds} folds with valid_size {valid_size} need at "
        f"least {needed} (one in every test fold, validation part and training part)"
    )
    # The training and validation parts share the (folds - 1) / folds of the rows outside a test fold.
    outside = n_minority * (folds - 1) / folds
    if n_minority >= max(folds, 2) and outside >= 2:
        text += f"; with {folds} folds valid_size must lie in [{1 / outside:.3g}, {1 - 1 / outside:.3g}] here"
    return text


def make_splits(name: str, y: np.ndarray, folds: int, valid_size: float, seed: int) -> list[dict]:
    """Split rows into ``folds`` stratified folds; in each, the test part is one fold and the rest is
    split stratified into train and valid (``valid_size`` of the non-test rows).

    The folds' test parts are disjoint and cover every row once. Returns, per fold, sorted row
    indices ``{"test": [...], "train": [...], "valid": [...]}``. Raises :class:`DatasetError`
    when a part would hold no minority row.
    """
    from sklearn.model_selection import StratifiedKFold, train_test_split

    y = np.asarray(y)
    n_minority = int(y.sum())
    shortfall = minority_shortfall(n_minority, folds, valid_size)
    if shortfall:
        raise DatasetError(f"dataset {name!r}: {shortfall}")
    outer = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    splits = []
    for fold, (rest, test) in enumerate(outer.split(np.zeros(len(y)), y)):
        train, valid = train_test_split(rest, test_size=valid_size, stratify=y[rest], random_state=seed + fold)
        parts = {"test": test, "train": train, "valid": valid}
        for part, rows in parts.items():
            if y[rows].sum() == 0:
                raise DatasetError(
                    f"dataset {name!r}: fold {fold} {part} part has no minority row "
                    f"({n_minority} minority rows for {folds} folds with valid_size {valid_size})"
                )
        splits.append({part: sorted(int(i) for i in rows) for part, rows in parts.items()})
    return splits


@dataclass(frozen=True)
class MinMaxScaling:
    """Min-max scaling to [0, 1] fitted on one set of rows; constant columns map to 0.

    Same numbers as ``sklearn.preprocessing.MinMaxScaler`` (tested), without importing scikit-learn
    in training jobs (a 3 s import).
    """

    minimum: np.ndarray
    span: np.ndarray

    @classmethod
    def fit(cls, X: np.ndarray) -> MinMaxScaling:
        minimum, maximum = X.min(axis=0), X.max(axis=0)
        span = maximum - minimum
        return cls(minimum, np.where(span > 0, span, 1.0))

    def transform(self, X: np.ndarray) -> np.ndarray:
        return (X - self.minimum) / self.span

    def inverse_transform(self, X: np.ndarray) -> np.ndarray:
        """Scaled rows back in the original units."""
        return X * self.span + self.minimum


@dataclass(frozen=True)
class Fold:
    """One fold's rows, min-max scaled with the train rows' range. X_*: (n_part, d) float32; y_*: (n_part,) int64."""

    X_train: np.ndarray
    y_train: np.ndarray
    X_valid: np.ndarray
    y_valid: np.ndarray
    X_test: np.ndarray | None = None
    y_test: np.ndarray | None = None
    """None where the test rows were not loaded (tuning)."""
    X_heldout: np.ndarray | None = None
    """Real minority rows held back from training (induced-imbalance runs only), scaled like the rest."""
    feature_names: tuple[str, ...] = ()
    scaling: MinMaxScaling | None = None
    """The train rows' min-max scaling (None where the features are not the dataset's, e.g. after PCA)."""


def scale_fold(X: np.ndarray, y: np.ndarray, split: dict, parts=("train", "valid", "test"), feature_names=()) -> Fold:
    """Cut one fold's ``parts`` out of (X, y) and scale them with the range of its train rows only."""
    scaling = MinMaxScaling.fit(X[split["train"]])
    fold = {"feature_names": tuple(feature_names) or tuple(f"x{j}" for j in range(X.shape[1])), "scaling": scaling}
    for part in parts:
        rows = np.asarray(split[part])
        fold[f"X_{part}"] = scaling.transform(X[rows]).astype(np.float32)
        fold[f"y_{part}"] = y[rows]
    return Fold(**fold)


def load_fold(data: Path, splits: Path, fold: int, parts=("train", "valid", "test")) -> Fold:
    """Read ``results/data/{dataset}.npz`` and ``results/splits/{dataset}.json`` and return fold
    ``fold`` scaled; only its ``parts`` (tuning leaves out the test rows)."""
    from ..core.artifacts import read_json

    X, y, names = _read_table(data)
    return scale_fold(X, y, read_json(splits)["folds"][fold], parts, names)


def _read_table(data: Path) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """``X`` (n, d), ``y`` (n,) and the feature names of ``results/data/{dataset}.npz``."""
    from ..core.artifacts import read_arrays

    X, y = read_arrays(data, "X", "y")
    with np.load(data) as arrays:  # data files written before feature names were kept have none
        names = tuple(arrays["feature_names"].tolist()) if "feature_names" in arrays.files else ()
    return X, y, names


INNER_FOLDS = 5
"""Inner folds of tuning's cross-validation (METHOD.md section 8, "The selection signal")."""


def inner_splits(name: str, y: np.ndarray, folds: int, seed: int) -> list[dict]:
    """Stratified ``folds``-fold cross-validation over labels ``y`` (n,): per inner fold, sorted
    positions ``{"train": [...], "valid": [...]}``; every position is in one ``valid`` part. With
    fewer minority rows than ``folds``, as many folds as minority rows, so that every part holds
    one. Raises :class:`DatasetError` when fewer than 2 minority rows leave no such split."""
    from sklearn.model_selection import StratifiedKFold

    y = np.asarray(y)
    n_minority = int(y.sum())
    k = min(folds, n_minority)
    if k < 2:
        raise DatasetError(
            f"dataset {name!r}: {n_minority} minority row(s) in a fold's training and validation rows; "
            "tuning's inner cross-validation needs at least 2"
        )
    inner = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return [{"train": train.tolist(), "valid": valid.tolist()} for train, valid in inner.split(np.zeros(len(y)), y)]


def load_inner_folds(data: Path, splits: Path, fold: int, folds: int, seed: int) -> list[Fold]:
    """The inner folds (:func:`inner_splits`) over outer fold ``fold``'s training and validation
    rows, each scaled with its own training rows' range; the outer fold's test rows are never cut
    out, so that nothing computed from them reaches tuning."""
    from ..core.artifacts import read_json

    X, y, names = _read_table(data)
    outer = read_json(splits)["folds"][fold]
    rows = np.asarray(sorted([*outer["train"], *outer["valid"]]))
    X, y = X[rows], y[rows]
    return [
        scale_fold(X, y, split, ("train", "valid"), names) for split in inner_splits(Path(data).stem, y, folds, seed)
    ]
