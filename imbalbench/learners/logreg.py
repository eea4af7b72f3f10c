"""``logreg``: scikit-learn's L2-regularised logistic regression, the weak, linear reference."""

from __future__ import annotations

from ..core.parameters import Parameter
from ._sklearn import _SklearnLearner


class LogisticRegressionLearner(_SklearnLearner):
    """``LogisticRegression`` (lbfgs) fitted to convergence: nothing to select on the validation
    rows, so its trace holds one step and ``best_epoch`` is 0."""

    parameters = (
        Parameter("C", float, 1.0, above=0, doc="inverse strength of the L2 penalty"),
        Parameter("max_iter", int, 1000, at_least=1, doc="lbfgs iterations, at most"),
    )
    search_space = {"C": {"type": "float", "low": 1.0e-3, "high": 1.0e3, "log": True}}
    label = "scikit-learn LogisticRegression (L2, lbfgs)"

    def make_estimator(self, seed: int):
        from sklearn.linear_model import LogisticRegression as Estimator

        return Estimator(C=self.C, max_iter=self.max_iter, random_state=seed)

    def fit_one(self, X, y, X_valid, y_valid, seed, sample_weight):
        from ..models.training import TrainResult
        from ..scoring.metrics import average_precision

        model = self.make_estimator(seed).fit(X, y, sample_weight=sample_weight)
        score = average_precision(y_valid, model.decision_function(X_valid))
        return TrainResult(None, 0, score, {"epoch": [0], "valid_auc_pr": [score]}, predict=model.decision_function)
