"""``egl``: explicit-gradient augmentation (:mod:`imbalbench.egl`) as a pipeline method."""

from __future__ import annotations

from ..egl import EGLClassifier
from ..training import TrainResult
from .base import Method


class ExplicitGradientLearning(Method):
    """Runs :class:`~imbalbench.egl.EGLClassifier` on the fold's train and valid rows.

    Parameters are those of ``EGLClassifier`` (eta1, eta2, confidence, ...); the MLP, the warm
    start and the seed come from the workflow.
    """

    def __init__(self, **params):
        EGLClassifier(**params)._check()
        self.__dict__.update(params)

    def fit(self, fold, recipe, seed, device) -> TrainResult:
        clf = EGLClassifier(**self.get_params(), recipe=recipe, random_state=seed, device=device)
        clf.fit(fold.X_train, fold.y_train, fold.X_valid, fold.y_valid)
        extras = {"synthetic_start": clf.synthetic_start_, "synthetic": clf.synthetic_X_}
        return TrainResult(clf.model_, clf.best_epoch_, clf.best_valid_auc_pr_, clf.trace_, extras)
