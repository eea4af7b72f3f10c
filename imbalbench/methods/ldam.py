"""``ldam``: label-distribution-aware margin loss (Cao et al., 2019) for one output logit."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from .base import Method


def ldam_margins(class_counts, max_margin: float = 0.5) -> np.ndarray:
    """Per-class margins proportional to n_j^(-1/4), the largest (the rarest class's) equal to ``max_margin``."""
    raw = np.asarray(class_counts, dtype=np.float64) ** -0.25
    return raw * (max_margin / raw.max())


def ldam_loss(logits, targets, margins, scale: float = 30.0) -> torch.Tensor:
    """Two-class LDAM with logits (0, z): the true class's logit is lowered by its margin, then
    cross-entropy on ``scale`` times the logits. With one logit z this is BCE on
    ``scale * (z - margin_1)`` for positives and ``scale * (z + margin_0)`` for negatives."""
    shifted = logits - targets * margins[1] + (1 - targets) * margins[0]
    return F.binary_cross_entropy_with_logits(scale * shifted, targets, reduction="none").mean(-1)


class LDAMLoss(Method):
    def __init__(self, max_margin: float = 0.5, scale: float = 30.0):
        self.max_margin = max_margin
        self.scale = scale

    def make_loss(self, y):
        # Margins depend on count ratios only, so the stacked seeds' labels (R, n) count as well as one seed's.
        margins = ldam_margins(np.bincount(np.asarray(y).ravel(), minlength=2), self.max_margin).tolist()
        scale = self.scale
        return lambda logits, targets: ldam_loss(logits, targets, margins, scale)
