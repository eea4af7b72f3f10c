"""``lightgbm``: LightGBM's gradient boosting (extra ``boosting``), kept at the iteration with the
best validation average precision as LightGBM computes it."""

from __future__ import annotations

from ..core.parameters import Parameter
from ._boosting import _BoostingLibraryLearner


class LightGBMLearner(_BoostingLibraryLearner):
    parameters = (
        Parameter("max_iter", int, 100, at_least=1, doc="boosting iterations (n_estimators): the budget"),
        Parameter("learning_rate", float, 0.1, above=0, doc="shrinkage of each tree"),
        Parameter("num_leaves", int, 31, at_least=2, doc="leaves per tree"),
        Parameter("min_child_samples", int, 20, at_least=1, doc="training rows per leaf, at least"),
        Parameter(
            "min_child_weight", float, 1.0e-3, at_least=0, doc="hessian per leaf, at least (min_sum_hessian_in_leaf)"
        ),
        Parameter("reg_lambda", float, 0.0, at_least=0, doc="L2 penalty on leaf values"),
    )
    # min_child_samples as TabRepo's LightGBM space (2 to 60, Salinas & Erickson 2024), down to 1
    # as hgb's; min_child_weight two decades either side of LightGBM's default 1e-3: both decide
    # whether a leaf may hold a few minority rows (METHOD.md section 8).
    search_space = {
        "learning_rate": {"type": "float", "low": 0.01, "high": 0.3, "log": True},
        "num_leaves": {"type": "int", "low": 8, "high": 64, "log": True},
        "min_child_samples": {"type": "int", "low": 1, "high": 60, "log": True},
        "min_child_weight": {"type": "float", "low": 1.0e-5, "high": 0.1, "log": True},
        "reg_lambda": {"type": "float", "low": 1.0e-4, "high": 10.0, "log": True},
    }
    packages = ("lightgbm",)
    label = "LightGBM LGBMClassifier"

    def make_estimator(self, seed: int, iterations: int):
        from lightgbm import LGBMClassifier

        params = {k: v for k, v in self.get_params().items() if k != "max_iter"}
        return LGBMClassifier(n_estimators=iterations, random_state=seed, n_jobs=self.threads, verbose=-1, **params)

    def fit_model(self, X, y, X_valid, y_valid, seed, sample_weight, iterations):
        model = self.make_estimator(seed, iterations)
        return model.fit(
            X, y, sample_weight=sample_weight, eval_X=(X_valid,), eval_y=(y_valid,), eval_metric="average_precision"
        )

    def validation_curve(self, model):
        return model.evals_result_["valid_0"]["average_precision"]

    def margin(self, model, X, iterations):
        return model.predict(X, raw_score=True, num_iteration=iterations)
