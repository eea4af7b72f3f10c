"""``cw``: class weights inverse to the class frequencies (the paper's re-weighting family)."""

from __future__ import annotations

import numpy as np

from .base import Method


class ClassWeights(Method):
    """Each training row weighs n / (2 n_c), n_c its class's count (scikit-learn's "balanced"):
    both classes weigh the same in total. The MLP's loss becomes the weighted mean cross-entropy;
    the other learners get the weights as ``sample_weight``."""

    def class_weight(self, y):
        from sklearn.utils.class_weight import compute_class_weight

        return compute_class_weight("balanced", classes=np.array([0, 1]), y=np.asarray(y).ravel())
