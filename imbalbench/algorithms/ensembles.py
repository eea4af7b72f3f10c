"""Reading imbalanced-learn's rebalancing ensembles stage by stage: the minority probability of
their first 1, 2, ... members, so that the validation rows can choose how many to keep, as they
choose an MLP's epoch (METHOD.md section 6)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

PROBABILITY_CLIP = 1e-6
"""Probabilities are clipped to [1e-6, 1 - 1e-6] before they become log-odds: a tree's 0 or 1
would be an infinite score."""


def log_odds(probability: np.ndarray) -> np.ndarray:
    """Minority probabilities (n,) as log-odds (n,), clipped first: a score on the MLP's scale."""
    p = np.clip(np.asarray(probability, dtype=np.float64), PROBABILITY_CLIP, 1 - PROBABILITY_CLIP)
    return np.log(p / (1 - p))


def _minority_column(estimator, proba: np.ndarray) -> np.ndarray:
    classes = list(estimator.classes_)
    return proba[:, classes.index(1)] if 1 in classes else np.zeros(len(proba))


def staged_minority_proba(model, X: np.ndarray) -> Iterator[np.ndarray]:
    """The minority probability (n,) of rows ``X`` (n, d) after each stage of a fitted ensemble:
    a boosting model's ``staged_predict_proba``; a bagging or forest model's mean over its first
    k members, each on its own features (``estimators_features_``), which is what the same model
    fitted with ``n_estimators=k`` predicts (members are drawn one after the other)."""
    if hasattr(model, "staged_predict_proba"):
        for proba in model.staged_predict_proba(X):
            yield _minority_column(model, proba)
        return
    features = getattr(model, "estimators_features_", None)
    total = np.zeros(len(X))
    for k, member in enumerate(model.estimators_):
        rows = X if features is None else X[:, features[k]]
        total += _minority_column(member, member.predict_proba(rows))
        yield total / (k + 1)
