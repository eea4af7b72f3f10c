"""``ldam``: label-distribution-aware margin loss (Cao et al., 2019) for one output logit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..core.parameters import Parameter
from .base import Method

if TYPE_CHECKING:
    import torch


def ldam_margins(class_counts, max_margin: float = 0.5) -> np.ndarray:
    """Per-class margins proportional to n_j^(-1/4), the largest (the rarest class's) equal to ``max_margin``."""
    raw = np.asarray(class_counts, dtype=np.float64) ** -0.25
    return raw * (max_margin / raw.max())


def ldam_loss(logits, targets, margins, scale: float = 30.0) -> torch.Tensor:
    """Two-class LDAM with logits (0, z): the true class's logit is lowered by its margin, then
    cross-entropy on ``scale`` times the logits. With one logit z this is BCE on
    ``scale * (z - margin_1)`` for positives and ``scale * (z + margin_0)`` for negatives."""
    import torch.nn.functional as F  # here, not at the top: the workflow imports this module to read its declaration

    shifted = logits - targets * margins[1] + (1 - targets) * margins[0]
    return F.binary_cross_entropy_with_logits(scale * shifted, targets, reduction="none").mean(-1)


class LDAMLoss(Method):
    parameters = (
        Parameter("max_margin", float, 0.5, above=0, doc="the rarest class's margin"),
        Parameter("scale", float, 30.0, above=0, doc="factor on the logits before the cross-entropy"),
    )
    search_space = {"max_margin": {"type": "float", "low": 0.1, "high": 1.0}}

    def make_loss(self, y):
        # Margins depend on count ratios only, so the stacked seeds' labels (R, n) count as well as one seed's.
        margins = ldam_margins(np.bincount(np.asarray(y).ravel(), minlength=2), self.max_margin).tolist()
        scale = self.scale
        return lambda logits, targets: ldam_loss(logits, targets, margins, scale)
