"""imbalanced-learn's ensembles that rebalance inside: a model of their own (as MESA), whose
number of members the validation rows choose."""

from __future__ import annotations

from itertools import islice

from ..core.parameters import Parameter
from .base import Method, MethodNotApplicable


def n_estimators(default: int) -> Parameter:
    """The ``n_estimators`` parameter, with the library's default for the ensemble."""
    return Parameter(
        "n_estimators", int, default, at_least=1, doc="members fitted; the validation rows keep the first k of them"
    )


class _RebalancingEnsemble(Method):
    """One ensemble per seed of :meth:`make_estimator`, fitted on the fold's training rows and kept
    at the number of members with the best validation AUC-PR (recorded as ``best_epoch`` + 1). An
    estimator that refuses the data fails the run with its reason."""

    own_model = True
    note = "{name} is an imbalanced-learn ensemble, not the MLP that the other methods train."

    def make_estimator(self, seed: int):
        """The imbalanced-learn estimator of one seed, with its ``n_estimators`` members."""
        raise NotImplementedError

    def fit(self, fold, learner, seeds, device, rows=None):
        from ..algorithms.ensembles import log_odds, staged_minority_proba
        from ..learners.hgb import staged_best
        from ..models.training import TrainResult

        results = []
        for seed in seeds:
            estimator = self.make_estimator(seed)
            try:
                model = estimator.fit(fold.X_train, fold.y_train)
            except ValueError as error:  # e.g. RUSBoost's stump worse than chance on its under-sample
                raise MethodNotApplicable(f"{type(estimator).__name__}: {error}") from error
            best, scores = staged_best(staged_minority_proba(model, fold.X_valid), fold.y_valid)

            def predict(rows, model=model, best=best):
                return log_odds(next(islice(staged_minority_proba(model, rows), best, None)))

            trace = {"epoch": list(range(len(scores))), "valid_auc_pr": scores}
            results.append(TrainResult(None, best, scores[best], trace, predict=predict))
        return results
