"""``rusboost``: AdaBoost whose every round trains on a random under-sample balanced by class
(Seiffert et al., 2010; imbalanced-learn's RUSBoostClassifier, decision stumps)."""

from ..core.parameters import Parameter
from ._ensemble import _RebalancingEnsemble, n_estimators


class RUSBoost(_RebalancingEnsemble):
    parameters = (
        n_estimators(50),
        Parameter("learning_rate", float, 1.0, above=0, doc="weight of each boosting round"),
    )
    search_space = {
        "n_estimators": {"type": "int", "low": 10, "high": 200, "log": True},
        "learning_rate": {"type": "float", "low": 0.01, "high": 1.0, "log": True},
    }

    def make_estimator(self, seed):
        from imblearn.ensemble import RUSBoostClassifier

        return RUSBoostClassifier(n_estimators=self.n_estimators, learning_rate=self.learning_rate, random_state=seed)
