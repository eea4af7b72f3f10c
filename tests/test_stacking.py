"""Stacked seeds: R seeds trained as one stacked model give what R separate runs give."""

import numpy as np
import pytest
import torch

from imbalbench.methods import METHODS
from imbalbench.mlp import MLP, StackedMLP
from imbalbench.runs import run_method
from imbalbench.splits import make_splits, scale_fold
from imbalbench.training import Recipe

FAST = Recipe(hidden=(16, 8), epochs=6, batch_size=32, lr=1e-2)
SEEDS = [11, 12, 13]
# Small budgets for the methods with their own training loops: the comparison is about stacking.
SMALL = {"cwgan": {"generator_steps": 15}, "mesa": {"n_estimators": 3, "episodes": 2}}


@pytest.fixture(scope="module")
def fold():
    rng = np.random.default_rng(4)
    y = (rng.random(300) < 0.15).astype(np.int64)
    X = rng.normal(size=(300, 5)) + 1.0 * y[:, None]  # overlapping classes: Borderline-SMOTE finds border rows
    return scale_fold(X, y, make_splits("toy", y, folds=3, valid_size=0.25, seed=0)[0])


def test_a_stacked_mlp_computes_what_its_copies_compute():
    torch.manual_seed(0)
    models = [MLP(5, (7, 3), "relu") for _ in range(4)]
    stacked = StackedMLP(models)
    X = torch.rand(4, 9, 5)
    expected = torch.stack([model(X[r]) for r, model in enumerate(models)])
    assert torch.allclose(stacked(X), expected, atol=1e-6)
    for r, model in enumerate(models):
        copy = stacked.model(r)
        assert all(torch.equal(a, b) for a, b in zip(copy.state_dict().values(), model.state_dict().values()))


@pytest.mark.parametrize("name", sorted(set(METHODS) - {"potential"}))
def test_stacked_seeds_equal_separate_runs(fold, name):
    cpu = torch.device("cpu")
    params = SMALL.get(name, {})
    stacked = run_method(name, params, fold, FAST, SEEDS, cpu)
    for outcome, seed in zip(stacked, SEEDS):
        (alone,) = run_method(name, params, fold, FAST, [seed], cpu)
        assert outcome.scores["status"] == alone.scores["status"] == "ok"
        assert outcome.scores["seed"] == seed
        assert np.abs(outcome.logits - alone.logits).max() <= 1e-4
        assert outcome.scores["best_epoch"] == alone.scores["best_epoch"]
    # The seeds are not copies of each other.
    assert not np.allclose(stacked[0].logits, stacked[1].logits)


@pytest.mark.parametrize("name", ["ce", "smote", "egl", "cwgan"])
def test_stacked_runs_are_bit_identical_when_repeated(fold, name):
    cpu = torch.device("cpu")
    params = SMALL.get(name, {})
    first = run_method(name, params, fold, FAST, SEEDS, cpu)
    again = run_method(name, params, fold, FAST, SEEDS, cpu)
    for a, b in zip(first, again):
        assert np.array_equal(a.logits, b.logits) and a.scores["auc_pr"] == b.scores["auc_pr"]
