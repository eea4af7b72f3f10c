"""``hgb``: scikit-learn's histogram gradient boosting, kept at the boosting iteration with the
best validation AUC-PR."""

from __future__ import annotations

from itertools import islice

import numpy as np

from ..core.parameters import Parameter
from ._sklearn import _SklearnLearner


def staged_best(staged_scores, y_valid) -> tuple[int, list[float]]:
    """``(best iteration, validation AUC-PR per iteration)`` of ``staged_scores`` (an iterable of
    the validation rows' scores after each iteration); the first best on ties."""
    from ..scoring.metrics import average_precision

    scores = [average_precision(y_valid, np.asarray(s, dtype=np.float64)) for s in staged_scores]
    return int(np.argmax(scores)), scores


class GradientBoostingLearner(_SklearnLearner):
    """``HistGradientBoostingClassifier`` trained for ``max_iter`` iterations without the library's
    early stopping (that would hold out training rows and select on the loss); the protocol's one
    selection rule keeps the iteration with the best validation AUC-PR, read with
    ``staged_decision_function``. The kept iteration is recorded as ``best_epoch``."""

    parameters = (
        Parameter("max_iter", int, 100, at_least=1, doc="boosting iterations (the budget the kept one is chosen from)"),
        Parameter("learning_rate", float, 0.1, above=0, doc="shrinkage of each tree"),
        Parameter("max_leaf_nodes", int, 31, at_least=2, doc="leaves per tree"),
        Parameter("min_samples_leaf", int, 20, at_least=1, doc="training rows per leaf, at least"),
        Parameter("l2_regularization", float, 0.0, at_least=0, doc="L2 penalty on leaf values"),
        Parameter("max_features", float, 1.0, above=0, at_most=1, doc="share of features drawn per split (1: all)"),
    )
    # Ranges around scikit-learn's defaults; min_samples_leaf reaches 1 because a fold of a small
    # KEEL dataset holds 4 to 19 minority rows, fewer than the default leaf of 20 (METHOD.md section 8).
    search_space = {
        "learning_rate": {"type": "float", "low": 0.01, "high": 0.3, "log": True},
        "max_leaf_nodes": {"type": "int", "low": 8, "high": 64, "log": True},
        "min_samples_leaf": {"type": "int", "low": 1, "high": 50, "log": True},
        "l2_regularization": {"type": "float", "low": 1.0e-4, "high": 10.0, "log": True},
    }
    label = "scikit-learn HistGradientBoostingClassifier"

    @property
    def deterministic(self):
        # The seed draws features only when a split sees some of them.
        return self.max_features == 1.0

    def make_estimator(self, seed: int, max_iter: int | None = None):
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(
            **{**self.get_params(), "max_iter": max_iter or self.max_iter},
            early_stopping=False,
            random_state=seed,
        )

    def fit_one(self, X, y, X_valid, y_valid, seed, sample_weight):
        from ..models.training import TrainResult

        model = self.make_estimator(seed).fit(X, y, sample_weight=sample_weight)
        best, scores = staged_best(model.staged_decision_function(X_valid), y_valid)

        def predict(rows):
            return next(islice(model.staged_decision_function(rows), best, None))

        trace = {"epoch": list(range(len(scores))), "valid_auc_pr": scores}
        return TrainResult(None, best, scores[best], trace, predict=predict)
