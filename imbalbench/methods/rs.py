"""``rs``: re-sampling so that every minibatch holds the same number of rows of each class."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .base import Method

if TYPE_CHECKING:
    import torch


def balanced_batches(y: torch.Tensor, batch_size: int, generator: torch.Generator) -> list[torch.Tensor]:
    """One epoch (as many batches as plain shuffling gives) of batches with ``batch_size // 2`` rows
    of each class. Each class's rows are drawn as successive random permutations, so the minority
    rows repeat evenly and the majority rows are seen without repetition."""
    import torch  # here, not at the top: the workflow imports this module to read its declaration

    half = max(1, batch_size // 2)
    n_batches = math.ceil(len(y) / batch_size)
    streams = []
    for label in (0, 1):
        rows = torch.nonzero(y == label).flatten()
        needed = n_batches * half
        rounds = [
            rows[torch.randperm(len(rows), generator=generator, device=generator.device)]
            for _ in range(math.ceil(needed / len(rows)))
        ]
        streams.append(torch.cat(rounds)[:needed].view(n_batches, half))
    return list(torch.cat(streams, dim=1))


class BalancedBatches(Method):
    """Class-balanced minibatches; the data and the loss stay as they are."""

    def batch_plan(self):
        return balanced_batches
