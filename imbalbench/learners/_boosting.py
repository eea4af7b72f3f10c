"""What the optional gradient-boosting libraries share (extra ``boosting``): a fixed budget of
iterations, the library's own validation AUC-PR after each, and the model kept at the best one."""

from __future__ import annotations

import numpy as np

from ._sklearn import _SklearnLearner


class _BoostingLibraryLearner(_SklearnLearner):
    extra = "boosting"

    def fit_model(self, X, y, X_valid, y_valid, seed: int, sample_weight, iterations: int):
        """The library's model of ``iterations`` iterations fitted on the rows, with the validation
        rows as its evaluation set."""
        raise NotImplementedError

    def validation_curve(self, model) -> list[float]:
        """The library's validation AUC-PR after each iteration."""
        raise NotImplementedError

    def margin(self, model, X, iterations: int) -> np.ndarray:
        """Raw scores (log-odds) of rows ``X`` from the first ``iterations`` iterations."""
        raise NotImplementedError

    def fit_one(self, X, y, X_valid, y_valid, seed, sample_weight):
        from ..models.training import TrainResult

        model = self.fit_model(X, y, X_valid, y_valid, seed, sample_weight, self.max_iter)
        curve = [float(value) for value in self.validation_curve(model)]
        best = int(np.argmax(curve))
        trace = {"epoch": list(range(len(curve))), "valid_auc_pr": curve}
        return TrainResult(None, best, curve[best], trace, predict=lambda rows: self.margin(model, rows, best + 1))
