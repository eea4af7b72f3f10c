"""The benchmark's classifier: a multilayer perceptron with one output logit."""

from __future__ import annotations

import torch
from torch import nn

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "leaky_relu": nn.LeakyReLU, "gelu": nn.GELU}


class MLP(nn.Module):
    """``in_features -> hidden[0] -> ... -> 1``; ``forward`` maps (n, in_features) to logits (n,)."""

    def __init__(self, in_features: int, hidden=(128, 16), activation: str = "relu"):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), ACTIVATIONS[activation]()]
            width = size
        layers.append(nn.Linear(width, 1))
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(-1)
