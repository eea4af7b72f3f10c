"""``mlp``: the paper's MLP, trained by minibatches with the recipe of the config's ``training``
section (:class:`~imbalbench.models.training.Recipe`), every seed's copy stacked."""

from __future__ import annotations

import logging
import math

import numpy as np

from .base import DIFFERENTIABLE, MINIBATCH, SAMPLE_WEIGHT, Learner

log = logging.getLogger(__name__)


class MLPLearner(Learner):
    """The recipe's MLP; its settings are the ``training`` section (and a variant's ``training``)."""

    capabilities = frozenset({MINIBATCH, SAMPLE_WEIGHT, DIFFERENTIABLE})
    default = True
    uses_device = True
    settings_section = "training"
    label = "MLP [128, 16], Adam, 200 epochs (the paper's)"
    search_space = {
        "lr": {"type": "float", "low": 1.0e-4, "high": 1.0e-2, "log": True},
        "weight_decay": {"type": "float", "low": 1.0e-6, "high": 1.0e-2, "log": True},
    }

    @classmethod
    def tunable(cls):
        # Never the epochs: every trial of every method trains equally long.
        return ("lr", "weight_decay", "batch_size")

    def __init__(self, **training):
        from ..models.training import Recipe

        self.recipe = Recipe.from_config(training)

    @classmethod
    def of(cls, recipe) -> MLPLearner:
        """The learner of a :class:`~imbalbench.models.training.Recipe`."""
        from dataclasses import asdict

        return cls(**asdict(recipe))

    def get_params(self) -> dict:
        from dataclasses import asdict

        return asdict(self.recipe)

    def matching_steps(self, train_rows, rows):
        """More epochs where ``rows`` make fewer minibatches than ``train_rows``: ``epochs`` x
        batches(train_rows) / batches(rows), rounded up, so that the optimiser takes at least the
        steps of plain training; more rows keep the recipe's epochs."""
        from dataclasses import replace

        batch_size, epochs = self.recipe.batch_size, self.recipe.epochs
        plain, own = math.ceil(train_rows / batch_size), math.ceil(max(rows, 1) / batch_size)
        if own >= plain:
            return self
        matched = type(self).of(replace(self.recipe, epochs=math.ceil(epochs * plain / own)))
        matched.threads = self.threads
        log.info(
            "%d training rows (%d batches) instead of %d (%d): %d epochs, the steps of plain training",
            rows,
            own,
            train_rows,
            plain,
            matched.recipe.epochs,
        )
        return matched

    def fit(self, X, y, X_valid, y_valid, seeds, *, device="cpu", class_weight=None, loss=None, batches=None):
        """:func:`~imbalbench.models.training.train_classifier` on the rows; ``class_weight``
        turns the cross-entropy into its class-weighted mean (:func:`class_weighted_bce`)."""
        from ..models.training import bce_loss, class_weighted_bce, shuffled_batches, train_classifier

        if class_weight is not None:
            if loss is not None:
                raise ValueError("a method gives either a loss or class weights, not both")
            loss = class_weighted_bce(class_weight)
        return train_classifier(
            np.asarray(X, dtype=np.float32),
            y,
            X_valid,
            y_valid,
            self.recipe,
            seeds,
            loss=loss or bce_loss,
            batches=batches or shuffled_batches,
            device=device or "cpu",
        ).results()
