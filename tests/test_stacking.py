"""Stacked seeds: R seeds trained as one stacked model give what R separate runs give."""

import numpy as np
import pytest
import torch

from imbalbench.data.splits import make_splits, scale_fold
from imbalbench.jobs.train import run_method
from imbalbench.learners.mlp import MLPLearner
from imbalbench.methods import benchmark_methods
from imbalbench.models.mlp import MLP, StackedMLP
from imbalbench.models.training import Recipe

FAST = Recipe(hidden=(16, 8), epochs=6, batch_size=32, lr=1e-2)
SEEDS = [11, 12, 13]
# Small budgets for the methods with their own training loops: the comparison is about stacking.
SMALL = {"cwgan": {"generator_steps": 15}, "mesa": {"n_estimators": 3, "episodes": 2}}
SMALL["kmsmote"] = {"n_clusters": 12}  # 2 to 4 clusters hold too few minority rows on this fold


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


@pytest.mark.parametrize("name", sorted(benchmark_methods()))
def test_stacked_seeds_equal_separate_runs(fold, name):
    cpu = torch.device("cpu")
    params = SMALL.get(name, {})
    stacked = run_method(name, params, fold, MLPLearner.of(FAST), SEEDS, cpu)
    for outcome, seed in zip(stacked, SEEDS):
        (alone,) = run_method(name, params, fold, MLPLearner.of(FAST), [seed], cpu)
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
    first = run_method(name, params, fold, MLPLearner.of(FAST), SEEDS, cpu)
    again = run_method(name, params, fold, MLPLearner.of(FAST), SEEDS, cpu)
    for a, b in zip(first, again):
        assert np.array_equal(a.logits, b.logits) and a.scores["auc_pr"] == b.scores["auc_pr"]


def _fresh_job(folder, X, y, method, params, warm=None) -> dict:
    """Five stacked seeds, one epoch, on fold 0 of (X, y), in a fresh process: its scores.json."""
    from imbalbench.core.artifacts import write_arrays, write_json
    from imbalbench.jobs.train import train_job_in_fresh_process
    from imbalbench.workflow.config import run_seeds

    data, splits = folder.parent / "data.npz", folder.parent / "splits.json"
    if not data.exists():
        write_arrays(data, X=X, y=y)
        write_json({"folds": make_splits("data", y, 4, 0.2, 0)}, splits)
    scores = train_job_in_fresh_process(
        folder,
        data=data,
        splits=splits,
        method=method,
        params=params,
        training={"epochs": 1},
        seeds=run_seeds(0, 0, 5),
        warm_from=warm,
        timeout=600,
    )
    assert len(scores["runs"]) == 5 and {r["status"] for r in scores["runs"]} == {"ok"}
    return scores


@pytest.mark.slow
@pytest.mark.parametrize("method", ["cwgan", "egl"])
def test_a_stacked_job_on_the_largest_dataset_stays_within_its_memory_request(tmp_path, method):
    """Five stacked seeds on satimage (the largest benchmark dataset of config.yaml: 6,435 x 36)
    in a fresh process: the peak RSS it records is within the rule's mem_mb."""
    from imbalbench.data.sources import fetch_raw, load_dataset
    from imbalbench.workflow.resources import mem_mb

    spec = {"source": "uci"}
    data = load_dataset("satimage", spec, fetch_raw("satimage", spec, tmp_path / "raw", tmp_path / "cache"))
    params = {"cwgan": {"generator_steps": 3}, "egl": {"meta_epochs": 1}}[method]
    scores = _fresh_job(tmp_path / "run" / method, data.X, data.y, method, params)
    assert 100 < scores["peak_memory_mb"] <= mem_mb(method, data.X.size * 5)


@pytest.mark.slow
def test_jobs_at_protein_homos_shape_stay_within_their_memory_requests(tmp_path):
    """The paper's largest dataset's shape (145,751 x 74, IR 111; synthetic), five stacked seeds,
    each job in a fresh process: ce, SMOTE and EGL (from ce's models) within the rule's mem_mb,
    which extrapolates benchmarks/scale.py's growth beyond the 100,000 rows it measured."""
    from imbalbench.workflow.resources import mem_mb

    rng = np.random.default_rng(0)
    y = (rng.random(145_751) < 1 / 112).astype(np.int64)
    X = rng.normal(size=(len(y), 74)) + 0.5 * y[:, None]
    runs = tmp_path / "runs"
    for method, params, warm in [("ce", {}, None), ("smote", {}, None), ("egl", {"meta_epochs": 1}, runs / "ce")]:
        scores = _fresh_job(runs / method, X, y, method, params, warm)
        assert scores["peak_memory_mb"] <= mem_mb(method, X.size * 5), method
