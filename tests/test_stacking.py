"""Stacked seeds: R seeds trained as one stacked model give what R separate runs give."""

import numpy as np
import pytest
import torch

from imbalbench.data.splits import make_splits, scale_fold
from imbalbench.jobs.train import run_method
from imbalbench.methods import benchmark_methods
from imbalbench.models.mlp import MLP, StackedMLP
from imbalbench.models.training import Recipe

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


@pytest.mark.parametrize("name", sorted(benchmark_methods()))
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


@pytest.mark.slow
@pytest.mark.parametrize("method", ["cwgan", "egl"])
def test_a_stacked_job_on_the_largest_dataset_stays_within_its_memory_request(tmp_path, method):
    """Five stacked seeds on satimage (the largest benchmark dataset of config.yaml: 6,435 x 36)
    in a fresh process, every import paid: the peak RSS it records is within the rule's mem_mb."""
    import json
    import os
    import subprocess
    import sys

    from imbalbench.core.artifacts import write_arrays, write_json
    from imbalbench.data.sources import fetch_raw, load_dataset
    from imbalbench.workflow.config import run_seeds
    from imbalbench.workflow.resources import mem_mb

    spec = {"source": "uci"}
    data = load_dataset("satimage", spec, fetch_raw("satimage", spec, tmp_path / "raw", tmp_path / "cache"))
    write_arrays(tmp_path / "data.npz", X=data.X, y=data.y)
    write_json({"folds": make_splits("satimage", data.y, 4, 0.2, 0)}, tmp_path / "splits.json")
    out = tmp_path / "run"
    job = dict(
        data=str(tmp_path / "data.npz"),
        splits=str(tmp_path / "splits.json"),
        dataset="satimage",
        method=method,
        base=method,
        fold=0,
        params={"cwgan": {"generator_steps": 3}, "egl": {"meta_epochs": 1}}[method],
        training={"epochs": 1},
        seeds=run_seeds(0, 0, 5),
        device="cpu",
        threads=1,
        log=str(out / "train.log"),
    )
    kwargs = dict(
        job=job,
        outputs={
            name: str(out / f"{name}.{ext}")
            for name, ext in (
                ("scores", "json"),
                ("predictions", "parquet"),
                ("trace", "csv"),
                ("synthetic", "parquet"),
                ("models", "npz"),
            )
        },
    )
    code = "import json, sys; from imbalbench.jobs.train import train_job; train_job(**json.loads(sys.argv[1]))"
    subprocess.run(
        [sys.executable, "-c", code, json.dumps(kwargs)],
        check=True,
        capture_output=True,
        env={**os.environ, "IMBALBENCH_WORKER": "0"},
        timeout=600,
    )
    scores = json.loads((out / "scores.json").read_text())
    assert len(scores["runs"]) == 5 and {r["status"] for r in scores["runs"]} == {"ok"}
    input_mb = sum((tmp_path / name).stat().st_size for name in ("data.npz", "splits.json")) / 1e6
    assert 100 < scores["peak_memory_mb"] <= mem_mb(method, input_mb)
