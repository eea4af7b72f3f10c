"""What the scikit-learn learners share: a model per seed, fitted on the CPU with sample weights,
trained once where the seeds' rows and the fit are the same."""

from __future__ import annotations

import logging

import numpy as np

from .base import SAMPLE_WEIGHT, Learner

log = logging.getLogger(__name__)


class _SklearnLearner(Learner):
    capabilities = frozenset({SAMPLE_WEIGHT})

    @property
    def deterministic(self) -> bool:
        """Whether the fit ignores its seed (the same rows give the same model)."""
        return True

    def fit_one(self, X, y, X_valid, y_valid, seed: int, sample_weight):
        """One seed's :class:`~imbalbench.models.training.TrainResult` on rows ``X`` (n, d), ``y`` (n,)."""
        raise NotImplementedError

    def fit(self, X, y, X_valid, y_valid, seeds, *, device=None, class_weight=None, loss=None, batches=None):
        """One model per seed (scikit-learn runs on the CPU whatever ``device``). Seeds that share
        their rows (``X`` of shape (n, d)) share one model when the fit is deterministic: it is
        trained once and every seed gets it, so those seeds have no spread."""
        self.refuse_hooks(loss=loss, batches=batches, class_weight=class_weight)
        shared = np.ndim(X) == 2
        results = []
        for r, seed in enumerate(seeds):
            if shared and self.deterministic and results:
                results.append(results[0])
                continue
            X_seed, y_seed = (X, y) if shared else (X[r], y[r])
            weights = None if class_weight is None else np.asarray(class_weight, dtype=np.float64)[y_seed]
            results.append(self.fit_one(X_seed, y_seed, X_valid, y_valid, seed, weights))
        if shared and self.deterministic and len(seeds) > 1:
            log.info("%s is deterministic on shared rows: trained once for the %d seeds", self.name(), len(seeds))
        return results
