"""``focal``: focal loss (Lin et al., 2017), which down-weights rows the model already gets right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.parameters import Parameter
from .base import Method

if TYPE_CHECKING:
    import torch


def focal_loss(logits: torch.Tensor, targets: torch.Tensor, gamma: float = 2.0) -> torch.Tensor:
    """Mean over the last dimension of ``-(1 - p_t)^gamma * log(p_t)``, p_t the probability of the
    true class; gamma=0 is BCE."""
    import torch.nn.functional as F  # here, not at the top: the workflow imports this module to read its declaration

    log_pt = targets * F.logsigmoid(logits) + (1 - targets) * F.logsigmoid(-logits)
    return -(((1 - log_pt.exp()) ** gamma) * log_pt).mean(-1)


class FocalLoss(Method):
    parameters = (Parameter("gamma", float, 2.0, at_least=0, doc="focusing exponent (0: cross-entropy)"),)
    search_space = {"gamma": {"type": "float", "low": 0.0, "high": 5.0}}

    def make_loss(self, y):
        gamma = self.gamma
        return lambda logits, targets: focal_loss(logits, targets, gamma)
