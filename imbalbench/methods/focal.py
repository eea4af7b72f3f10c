"""``focal``: focal loss (Lin et al., 2017), which down-weights rows the model already gets right."""

from __future__ import annotations

import torch
import torch.nn.functional as F

from .base import Method


def focal_loss(logits: torch.Tensor, targets: torch.Tensor, gamma: float = 2.0) -> torch.Tensor:
    """Mean over the last dimension of ``-(1 - p_t)^gamma * log(p_t)``, p_t the probability of the
    true class; gamma=0 is BCE."""
    log_pt = targets * F.logsigmoid(logits) + (1 - targets) * F.logsigmoid(-logits)
    return -(((1 - log_pt.exp()) ** gamma) * log_pt).mean(-1)


class FocalLoss(Method):
    def __init__(self, gamma: float = 2.0):
        self.gamma = gamma

    def make_loss(self, y):
        gamma = self.gamma
        return lambda logits, targets: focal_loss(logits, targets, gamma)
