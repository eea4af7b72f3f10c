"""The warm worker runs a job exactly as a fresh process would, reports failures, and never
serves code that changed after it started."""

import json
import os
import subprocess
import sys

import numpy as np

from imbalbench import worker
from imbalbench.splits import make_splits

from .conftest import REPO, separable_table

JOB = """
import json, sys
from imbalbench.worker import run_job
sys.exit(run_job(sys.argv[1], json.loads(sys.argv[2])))
"""


def _run(function, kwargs, env):
    return subprocess.run([sys.executable, "-c", JOB, function, json.dumps(kwargs)], env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)


def _train_kwargs(tmp_path, name):
    frame = separable_table(n=200, minority=25)
    X, y = frame.drop(columns="label").to_numpy(), (frame["label"] == "pos").to_numpy().astype(np.int64)
    np.savez(tmp_path / "data.npz", X=X, y=y)
    (tmp_path / "splits.json").write_text(json.dumps({"folds": make_splits("toy", y, 2, 0.2, 0)}))
    out = tmp_path / name
    return dict(data=str(tmp_path / "data.npz"), splits=str(tmp_path / "splits.json"), dataset="toy", method="ros",
                fold=0, params={}, training={"hidden": [8], "epochs": 5, "batch_size": 32}, seed=0, device="cpu",
                threads=1, log=str(out / "train.log"),
                outputs={"scores": str(out / "scores.json"), "predictions": str(out / "p.parquet"),
                         "trace": str(out / "trace.csv")})


def test_worker_and_fresh_process_give_the_same_run(tmp_path):
    env = {"IMBALBENCH_WORKER_IDLE": "20"}
    in_worker = _run("imbalbench.runs:train_job", _train_kwargs(tmp_path, "worker"), env)
    fresh = _run("imbalbench.runs:train_job", _train_kwargs(tmp_path, "fresh"), {"IMBALBENCH_WORKER": "0"})
    assert in_worker.returncode == 0 and fresh.returncode == 0, in_worker.stderr + fresh.stderr
    assert "job ran in process" in in_worker.stderr
    a = json.loads((tmp_path / "worker" / "scores.json").read_text())
    b = json.loads((tmp_path / "fresh" / "scores.json").read_text())
    assert a["in_worker"] and not b["in_worker"]
    for key in ("auc_pr", "auc_roc", "best_epoch", "best_valid_auc_pr"):
        assert a[key] == b[key], key
    assert (tmp_path / "worker" / "trace.csv").read_text() == (tmp_path / "fresh" / "trace.csv").read_text()


def test_a_failing_job_returns_a_nonzero_status_through_the_worker(tmp_path):
    kwargs = _train_kwargs(tmp_path, "bad")
    kwargs["data"] = str(tmp_path / "missing.npz")
    result = _run("imbalbench.runs:train_job", kwargs, {"IMBALBENCH_WORKER_IDLE": "20"})
    assert result.returncode == 1
    assert "missing.npz" in result.stderr
    assert not (tmp_path / "bad" / "scores.json").exists()


def test_editing_the_package_changes_the_workers_address():
    source = REPO / "imbalbench" / "metrics.py"
    before = source.stat()
    path = worker.socket_path()
    try:
        os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        assert worker.socket_path() != path
    finally:
        os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert worker.socket_path() == path
