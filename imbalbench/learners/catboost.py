"""``catboost``: CatBoost's gradient boosting (extra ``boosting``), kept at the iteration with the
best validation ``PRAUC`` as CatBoost computes it; it writes no files."""

from __future__ import annotations

from ..core.parameters import Parameter
from ._boosting import _BoostingLibraryLearner


class CatBoostLearner(_BoostingLibraryLearner):
    parameters = (
        Parameter("max_iter", int, 300, at_least=1, doc="boosting iterations: the budget"),
        Parameter("learning_rate", float, 0.1, above=0, doc="shrinkage of each tree"),
        Parameter("depth", int, 6, at_least=1, at_most=16, doc="depth of each tree"),
        Parameter("l2_leaf_reg", float, 3.0, at_least=0, doc="L2 penalty on leaf values"),
        Parameter(
            "grow_policy",
            str,
            "SymmetricTree",
            choices=("SymmetricTree", "Depthwise"),
            doc="symmetric (oblivious) trees, CatBoost's default, or trees grown level by level",
        ),
        Parameter(
            "min_data_in_leaf", int, 1, at_least=1, doc="training rows per leaf, at least (Depthwise trees only)"
        ),
    )
    # CatBoost uses min_data_in_leaf only with Depthwise or Lossguide trees (its parameter
    # documentation), so the space tunes the tree policy with it; depth as before.
    search_space = {
        "learning_rate": {"type": "float", "low": 0.01, "high": 0.3, "log": True},
        "depth": {"type": "int", "low": 3, "high": 10},
        "l2_leaf_reg": {"type": "float", "low": 0.1, "high": 30.0, "log": True},
        "grow_policy": {"type": "categorical", "choices": ["SymmetricTree", "Depthwise"]},
        "min_data_in_leaf": {"type": "int", "low": 1, "high": 64, "log": True},
    }
    packages = ("catboost",)
    label = "CatBoost CatBoostClassifier"

    @property
    def deterministic(self):
        # Its default bootstrap draws row weights from the seed.
        return False

    def make_estimator(self, seed: int, iterations: int):
        from catboost import CatBoostClassifier

        params = {k: v for k, v in self.get_params().items() if k != "max_iter"}
        if params["grow_policy"] == "SymmetricTree":
            del params["min_data_in_leaf"]  # CatBoost uses it only with Depthwise or Lossguide trees
        return CatBoostClassifier(
            iterations=iterations,
            eval_metric="PRAUC",
            random_seed=seed,
            thread_count=self.threads,
            allow_writing_files=False,
            use_best_model=False,
            verbose=False,
            **params,
        )

    def fit_model(self, X, y, X_valid, y_valid, seed, sample_weight, iterations):
        model = self.make_estimator(seed, iterations)
        return model.fit(X, y, sample_weight=sample_weight, eval_set=(X_valid, y_valid))

    def validation_curve(self, model):
        return model.get_evals_result()["validation"]["PRAUC"]

    def margin(self, model, X, iterations):
        return model.predict(X, prediction_type="RawFormulaVal", ntree_end=iterations)
