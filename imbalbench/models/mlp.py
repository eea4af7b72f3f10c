"""The benchmark's classifier, a multilayer perceptron with one output logit, and the same network
stacked: R independent copies (one per training seed) held as one set of parameters with a
leading seed dimension, so that one batched matrix product does the work of R small ones.

A tiny MLP's step costs per-operation overhead, not arithmetic (docs/PERFORMANCE.md): R stacked
copies cost about twice one copy at R = 5. The seeds stay independent: every copy sees only its
own rows, and the loss is the sum of the copies' losses, so each copy's gradient is its own.
"""

from __future__ import annotations

import copy

import torch
from torch import nn

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "leaky_relu": nn.LeakyReLU, "gelu": nn.GELU}


class MLP(nn.Module):
    """``in_features -> hidden[0] -> ... -> 1``; ``forward`` maps (n, in_features) to logits (n,)."""

    def __init__(self, in_features: int, hidden=(128, 16), activation: str = "relu"):
        super().__init__()
        self.in_features, self.hidden, self.activation = in_features, tuple(hidden), activation
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), ACTIVATIONS[activation]()]
            width = size
        layers.append(nn.Linear(width, 1))
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(-1)


def stacked_matmul(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``a @ b`` for stacks (R, n, k) @ (R, k, m).

    With more than one copy and one output column (the logit layer) or one inner dimension (its
    backward), a broadcast product: there ``torch.bmm`` takes a slow path on CPU, 2-5 times the
    time of the product (measured at R = 5, torch 2.13).
    """
    if a.shape[0] > 1:
        if b.shape[-1] == 1:
            return (a * b.transpose(1, 2)).sum(-1, keepdim=True)
        if a.shape[-1] == 1:
            return a * b
    return torch.bmm(a, b)


def stacked_addmm(bias: torch.Tensor, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """``bias + a @ b`` for stacks, as :func:`stacked_matmul` (``torch.baddbmm`` where that is fast)."""
    if b.shape[-1] == 1:
        return stacked_matmul(a, b) + bias
    return torch.baddbmm(bias, a, b)


class StackedLinear(nn.Module):
    """R linear layers as one: ``weight`` (R, in, out), ``bias`` (R, 1, out); (R, n, in) -> (R, n, out)."""

    def __init__(self, weight: torch.Tensor, bias: torch.Tensor):
        super().__init__()
        self.weight, self.bias = nn.Parameter(weight), nn.Parameter(bias)

    @classmethod
    def from_linears(cls, linears: list[nn.Linear]) -> StackedLinear:
        with torch.no_grad():
            weight = torch.stack([layer.weight.t() for layer in linears]).contiguous()
            bias = torch.stack([layer.bias for layer in linears]).unsqueeze(1).contiguous()
        return cls(weight, bias)

    def linear(self, r: int) -> nn.Linear:
        """Copy ``r`` as a plain :class:`torch.nn.Linear`."""
        n_in, n_out = self.weight.shape[1:]
        # skip_init: no random initialisation, so torch's global generator is left alone.
        layer = nn.utils.skip_init(nn.Linear, n_in, n_out, device=self.weight.device, dtype=self.weight.dtype)
        with torch.no_grad():
            layer.weight.copy_(self.weight[r].t())
            layer.bias.copy_(self.bias[r, 0])
        return layer

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return stacked_addmm(self.bias, x, self.weight)


def stack_sequential(nets: list[nn.Sequential]) -> nn.Sequential:
    """R networks of the same architecture as one: each :class:`~torch.nn.Linear` becomes a
    :class:`StackedLinear`, the elementwise modules (activations) are kept."""
    layers = []
    for position, module in enumerate(nets[0]):
        if isinstance(module, nn.Linear):
            layers.append(StackedLinear.from_linears([net[position] for net in nets]))
        else:
            layers.append(copy.deepcopy(module))
    return nn.Sequential(*layers)


def unstack_sequential(stacked: nn.Sequential, r: int) -> nn.Sequential:
    """Copy ``r`` of :func:`stack_sequential`'s result as a plain network."""
    return nn.Sequential(*(m.linear(r) if isinstance(m, StackedLinear) else copy.deepcopy(m) for m in stacked))


class StackedMLP(nn.Module):
    """R copies of :class:`MLP` (one per seed): ``forward`` maps rows (R, n, d), or (n, d) given
    to every copy, to logits (R, n)."""

    def __init__(self, models: list[MLP]):
        super().__init__()
        self.net = stack_sequential([model.net for model in models])
        first = models[0]
        self.architecture = (first.in_features, first.hidden, first.activation)

    @property
    def copies(self) -> int:
        return self.net[0].weight.shape[0]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() == 2:
            x = x.expand(self.copies, *x.shape)
        return self.net(x).squeeze(-1)

    def model(self, r: int) -> MLP:
        """Copy ``r`` as a plain :class:`MLP`, with its current parameters."""
        with torch.random.fork_rng(devices=[]):  # MLP() initialises weights that are replaced at once
            model = MLP(*self.architecture)
        model.net = unstack_sequential(self.net, r)
        return model
