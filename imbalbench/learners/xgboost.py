"""``xgboost``: XGBoost's gradient boosting (extra ``boosting``; the ``xgboost-cpu`` wheel), kept at
the iteration with the best validation ``aucpr`` as XGBoost computes it."""

from __future__ import annotations

from ..core.parameters import Parameter
from ._boosting import _BoostingLibraryLearner


class XGBoostLearner(_BoostingLibraryLearner):
    parameters = (
        Parameter("max_iter", int, 100, at_least=1, doc="boosting iterations (n_estimators): the budget"),
        Parameter("learning_rate", float, 0.3, above=0, doc="shrinkage of each tree (XGBoost's eta)"),
        Parameter("max_depth", int, 6, at_least=1, doc="depth of each tree"),
        Parameter("min_child_weight", float, 1.0, at_least=0, doc="hessian per leaf, at least"),
        Parameter("reg_lambda", float, 1.0, at_least=0, doc="L2 penalty on leaf values"),
    )
    search_space = {
        "learning_rate": {"type": "float", "low": 0.01, "high": 0.3, "log": True},
        "max_depth": {"type": "int", "low": 2, "high": 10},
        # Three decades below XGBoost's default of 1 to one above: a leaf of a few minority rows
        # carries a hessian sum well below 1 (METHOD.md section 8).
        "min_child_weight": {"type": "float", "low": 1.0e-3, "high": 10.0, "log": True},
        "reg_lambda": {"type": "float", "low": 1.0e-3, "high": 10.0, "log": True},
    }
    packages = ("xgboost",)
    label = "XGBoost XGBClassifier (hist)"

    def make_estimator(self, seed: int, iterations: int):
        from xgboost import XGBClassifier

        params = {k: v for k, v in self.get_params().items() if k != "max_iter"}
        return XGBClassifier(
            n_estimators=iterations,
            tree_method="hist",
            eval_metric="aucpr",
            random_state=seed,
            n_jobs=self.threads,
            **params,
        )

    def fit_model(self, X, y, X_valid, y_valid, seed, sample_weight, iterations):
        model = self.make_estimator(seed, iterations)
        return model.fit(X, y, sample_weight=sample_weight, eval_set=[(X_valid, y_valid)], verbose=False)

    def validation_curve(self, model):
        return model.evals_result()["validation_0"]["aucpr"]

    def margin(self, model, X, iterations):
        return model.predict(X, output_margin=True, iteration_range=(0, iterations))
