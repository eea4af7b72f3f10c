"""``easy``: EasyEnsemble, AdaBoost ensembles each on a balanced random under-sample (Liu et
al., 2009; imbalanced-learn's EasyEnsembleClassifier with its defaults)."""

from ._ensemble import _RebalancingEnsemble, n_estimators


class EasyEnsemble(_RebalancingEnsemble):
    parameters = (n_estimators(10),)
    search_space = {"n_estimators": {"type": "int", "low": 5, "high": 50, "log": True}}

    def make_estimator(self, seed):
        from imblearn.ensemble import EasyEnsembleClassifier

        return EasyEnsembleClassifier(n_estimators=self.n_estimators, random_state=seed)
