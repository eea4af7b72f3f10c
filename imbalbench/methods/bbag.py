"""``bbag``: balanced bagging, decision trees each on a bootstrap balanced by random
under-sampling (imbalanced-learn's BalancedBaggingClassifier with its defaults)."""

from ._ensemble import _RebalancingEnsemble, n_estimators


class BalancedBagging(_RebalancingEnsemble):
    parameters = (n_estimators(10),)
    search_space = {"n_estimators": {"type": "int", "low": 5, "high": 100, "log": True}}

    def make_estimator(self, seed):
        from imblearn.ensemble import BalancedBaggingClassifier

        return BalancedBaggingClassifier(n_estimators=self.n_estimators, random_state=seed)
