"""The induced-imbalance experiment (METHOD.md sections 5 and 6): a balanced dataset made
imbalanced in each fold's training rows at several imbalance ratios, the dropped minority rows
kept aside for the ``potential`` upper bound.

Per fold, fitted on its (induced) training rows only: columns with more than two distinct values
are standardised, then PCA (``pca_components``; the paper: 64 on UCI Adult), then the usual
min-max scaling to [0, 1].
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from .splits import Fold, MinMaxScaling


def induce(y: np.ndarray, rows, ratio: float, rng: np.random.Generator) -> tuple[list[int], list[int]]:
    """Drop minority rows of ``rows`` at random until #majority / #minority = ``ratio`` (rounded to
    a whole row, at least one minority row kept). Returns (kept rows, dropped minority rows in a
    random order)."""
    rows = np.asarray(rows)
    minority, majority = rows[y[rows] == 1], rows[y[rows] == 0]
    keep = max(1, int(round(len(majority) / ratio)))
    if keep > len(minority):
        raise ValueError(f"imbalance ratio {ratio} needs {keep} minority rows, only {len(minority)} exist")
    shuffled = rng.permutation(minority)
    kept = np.sort(np.concatenate([majority, shuffled[:keep]]))
    return kept.tolist(), shuffled[keep:].tolist()


def induced_splits(y: np.ndarray, folds: list[dict], ratios, seed: int, imbalance_valid_test: bool = False) -> dict:
    """``{ratio: [fold]}`` where each fold holds ``train`` (imbalanced), ``heldout`` (the dropped
    minority rows), ``valid`` and ``test`` (as given, or imbalanced alike with ``imbalance_valid_test``)."""
    out = {}
    for ratio in ratios:
        rng = np.random.default_rng([seed, int(ratio)])
        parts = []
        for fold in folds:
            train, heldout = induce(y, fold["train"], ratio, rng)
            part = {"train": train, "heldout": heldout, "valid": fold["valid"], "test": fold["test"]}
            if imbalance_valid_test:
                part["valid"] = induce(y, fold["valid"], ratio, rng)[0]
                part["test"] = induce(y, fold["test"], ratio, rng)[0]
            parts.append(part)
        out[str(ratio)] = parts
    return out


class FoldTransform:
    """Standardise the non-binary columns, project on ``n_components`` principal components (none:
    no PCA), min-max scale to [0, 1]; everything fitted on the training rows given to ``fit``."""

    def __init__(self, n_components: int | None, seed: int = 0):
        self.n_components, self.seed = n_components, seed

    def fit(self, X: np.ndarray) -> FoldTransform:
        self.continuous_ = np.array([len(np.unique(column)) > 2 for column in X.T])
        self.mean_ = X[:, self.continuous_].mean(axis=0)
        std = X[:, self.continuous_].std(axis=0)
        self.std_ = np.where(std > 0, std, 1.0)
        Z = self._standardise(X)
        if self.n_components:
            from sklearn.decomposition import PCA

            self.pca_ = PCA(n_components=min(self.n_components, *Z.shape), svd_solver="full", random_state=self.seed)
            Z = self.pca_.fit_transform(Z)
        self.scaling_ = MinMaxScaling.fit(Z)
        return self

    def _standardise(self, X):
        Z = X.astype(np.float64, copy=True)
        Z[:, self.continuous_] = (Z[:, self.continuous_] - self.mean_) / self.std_
        return Z

    def transform(self, X: np.ndarray) -> np.ndarray:
        Z = self._standardise(X)
        if self.n_components:
            Z = self.pca_.transform(Z)
        return self.scaling_.transform(Z).astype(np.float32)


def load_induced_fold(data: Path, splits: Path, ratio: str, fold: int, pca_components: int | None, seed: int) -> Fold:
    from ..core.artifacts import read_arrays, read_json

    X, y = read_arrays(data, "X", "y")
    part = read_json(splits)[str(ratio)][fold]
    transform = FoldTransform(pca_components, seed).fit(X[part["train"]])
    take = lambda name: (transform.transform(X[part[name]]), y[part[name]])
    (X_train, y_train), (X_valid, y_valid), (X_test, y_test) = take("train"), take("valid"), take("test")
    return Fold(X_train, y_train, X_valid, y_valid, X_test, y_test, X_heldout=take("heldout")[0])
