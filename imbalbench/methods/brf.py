"""``brf``: balanced random forest, each tree on a bootstrap balanced by random under-sampling
(Chen et al., 2004; imbalanced-learn's BalancedRandomForestClassifier with its defaults)."""

from ._ensemble import _RebalancingEnsemble, n_estimators


class BalancedRandomForest(_RebalancingEnsemble):
    parameters = (n_estimators(100),)
    search_space = {"n_estimators": {"type": "int", "low": 10, "high": 300, "log": True}}

    def make_estimator(self, seed):
        from imblearn.ensemble import BalancedRandomForestClassifier

        return BalancedRandomForestClassifier(n_estimators=self.n_estimators, random_state=seed)
