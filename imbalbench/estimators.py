"""What the project's scikit-learn style binary estimators (EGL, MESA) share when fitting."""

from __future__ import annotations

import numpy as np
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_X_y


def binary_fit_data(estimator, X, y, X_valid=None, y_valid=None, dtype=np.float64):
    """Check ``X`` (n, d) and a binary ``y``, set ``classes_``, ``minority_class_`` (the less frequent
    class) and ``n_features_in_`` on ``estimator``, and return ``X, y, X_valid, y_valid`` with
    labels 0/1 (1 = minority). Without validation rows, ``estimator.valid_size`` of the rows is held
    out, stratified, with ``estimator.random_state``."""
    X, y = check_X_y(X, y, dtype=dtype)
    check_classification_targets(y)
    estimator.classes_, counts = np.unique(y, return_counts=True)
    if len(estimator.classes_) != 2:
        raise ValueError(f"{type(estimator).__name__} needs exactly two classes, "
                         f"y has {len(estimator.classes_)} class(es)")
    estimator.minority_class_ = estimator.classes_[np.argmin(counts)]
    estimator.n_features_in_ = X.shape[1]
    if X_valid is None:
        from sklearn.model_selection import train_test_split

        X, X_valid, y, y_valid = train_test_split(X, y, test_size=estimator.valid_size, stratify=y,
                                                  random_state=estimator.random_state)
    X_valid, y_valid = check_X_y(X_valid, y_valid, dtype=dtype)
    minority = estimator.minority_class_
    return X, (y == minority).astype(np.int64), X_valid, (y_valid == minority).astype(np.int64)
