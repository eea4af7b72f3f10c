"""Turning a parsed table into the benchmark's (X, y): shared checks and encodings."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...core.errors import DatasetError


def one_hot(frame: pd.DataFrame, columns) -> pd.DataFrame:
    """One-hot encode ``columns`` in place, keeping every observed level (as imbalanced-learn's files do).

    The new indicator columns stand where the original column stood, levels in sorted order, each
    named ``column=level`` (e.g. ``colour=red``).
    """
    parts = []
    for column in frame.columns:
        if column in columns:
            dummies = pd.get_dummies(frame[column].astype(str), prefix=str(column), prefix_sep="=", dtype=float)
            parts.append(dummies)
        else:
            parts.append(frame[[column]])
    return pd.concat(parts, axis=1)


def to_xy(name: str, features: pd.DataFrame, positive: pd.Series) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Check a feature table and a boolean minority indicator, and return ``X`` (float64), ``y``
    (0/1) and the feature names (the table's column names, as text).

    Raises :class:`DatasetError` naming the dataset for non-numeric columns, missing values or a
    single class.
    """
    non_numeric = [c for c in features.columns if not pd.api.types.is_numeric_dtype(features[c])]
    if non_numeric:
        raise DatasetError(
            f"dataset {name!r}: non-numeric feature columns {non_numeric[:5]}"
            f"{' ...' if len(non_numeric) > 5 else ''}; one-hot encode them (csv source: key 'one_hot')"
        )
    X = features.to_numpy(dtype=np.float64)
    if not np.isfinite(X).all():
        rows, cols = np.nonzero(~np.isfinite(X))
        raise DatasetError(
            f"dataset {name!r}: {len(rows)} missing or infinite values "
            f"(first at row {rows[0]}, column {features.columns[cols[0]]!r})"
        )
    y = np.asarray(positive, dtype=bool).astype(np.int64)
    n_pos = int(y.sum())
    if n_pos == 0 or n_pos == len(y):
        raise DatasetError(f"dataset {name!r}: labels are not binary (only one class present)")
    return X, y, [str(column) for column in features.columns]


def binary_target(name: str, target: pd.Series, positive) -> pd.Series:
    """Boolean minority indicator from a target column holding exactly two values, one of them ``positive``."""
    values = pd.unique(target.dropna())
    if target.isna().any():
        raise DatasetError(f"dataset {name!r}: the target column has {int(target.isna().sum())} missing values")
    if len(values) != 2:
        shown = ", ".join(map(repr, values[:6]))
        raise DatasetError(f"dataset {name!r}: labels are not binary: {len(values)} distinct values ({shown})")
    matches = [v for v in values if v == positive or str(v) == str(positive)]
    if not matches:
        raise DatasetError(
            f"dataset {name!r}: positive label {positive!r} is not among the labels {list(map(str, values))}"
        )
    return target == matches[0]
