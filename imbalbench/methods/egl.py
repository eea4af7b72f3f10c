"""``egl``: explicit-gradient augmentation (:mod:`imbalbench.algorithms.egl`) as a pipeline method."""

from __future__ import annotations

from ..algorithms.settings import MetaSettings
from ..core.parameters import declared
from ..learners.base import DIFFERENTIABLE, MINIBATCH
from .base import Method


class ExplicitGradientLearning(Method):
    """EGL on the fold's train and valid rows; parameters are those of
    :class:`~imbalbench.algorithms.settings.MetaSettings` (eta1, eta2, confidence, ...). It trains
    the MLP learner's recipe on the workflow's seeds; the warm start is the plain recipe's run of
    the same fold and seeds (the workflow passes ce's), else trained here."""

    parameters = declared(MetaSettings)
    requires = frozenset({MINIBATCH, DIFFERENTIABLE})
    warm_start = "ce"
    meta_learner = True
    # EGL continues from ce's (tuned) run: it tunes its own parameters only.
    search_space = {
        "eta1": {"type": "float", "low": 1.0e-3, "high": 1.0e-1, "log": True},
        "eta2": {"type": "float", "low": 10.0, "high": 1.0e4, "log": True},
        "confidence": {"type": "float", "low": 0.3, "high": 1.0},
        "meta_epochs": {"type": "int", "low": 20, "high": 200},
        "classifier_step": {"type": "categorical", "choices": ["virtual", "optimizer"]},
    }

    @property
    def settings(self) -> MetaSettings:
        return MetaSettings(**self.get_params())

    def fit(self, fold, learner, seeds, device, warm_start=None):
        """``warm_start``: per seed, the trained plain model to continue from (a list of TrainResult)."""
        from ..algorithms.egl import fit_egl

        return fit_egl(
            fold.X_train,
            fold.y_train,
            fold.X_valid,
            fold.y_valid,
            learner.recipe,
            self.settings,
            seeds,
            device,
            warm_start,
        )
