"""The workflow on a real single-node SLURM through Snakemake's SLURM executor plugin.

Skipped unless SLURM's daemons are installed and the tests run as root (``.ci/run`` installs
Debian's packages when it can). The cluster is started once for the module and stopped by PID.
"""

import json
import os
import re
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
import yaml

from .conftest import make_workflow
from .slurm_cluster import Cluster, ClusterUnavailable, missing_binaries

pytestmark = [pytest.mark.slurm, pytest.mark.slow]

if missing_binaries() or os.geteuid() != 0:
    pytest.skip(
        f"no SLURM here (missing: {missing_binaries() or 'root'}); .ci/run installs it", allow_module_level=True
    )

SLURM_OPTIONS = [
    "--workflow-profile",
    "profiles/slurm",
    "--slurm-status-command",
    "squeue",
    "--slurm-no-account",
    "--slurm-init-seconds-before-status-checks",
    "3",
    "--jobs",
    "4",
]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    cluster = Cluster(tmp_path_factory.mktemp("slurm"))
    try:
        cluster.start()
    except ClusterUnavailable as reason:
        pytest.skip(str(reason))
    try:
        yield cluster
    finally:
        cluster.cancel_jobs_under(tmp_path_factory.getbasetemp())  # only jobs these tests submitted
        cluster.stop()


def _tiny(flow, methods=None, **extra):
    config = yaml.safe_load((flow.root / "config.yaml").read_text())
    config.update(
        datasets={"toy": config["datasets"]["toy"]}, methods=methods or {"ce": {}, "ros": {}}, sine=False, **extra
    )
    flow.write_config(config)
    return config


def _slurm(flow, cluster, *args, check=True, timeout=900):
    command = [sys.executable, "-m", "snakemake", *SLURM_OPTIONS, *args]
    env = {**flow.env(), **cluster.environment()}
    result = subprocess.run(command, cwd=flow.root, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"snakemake on SLURM failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return result


def _submitted(result):
    """SLURM job ids that a Snakemake run reports having submitted (one per sbatch call)."""
    return set(re.findall(r"has been submitted with SLURM jobid (\d+)", result.stdout + result.stderr))


def test_workflow_runs_through_sbatch_in_batches_and_equals_a_local_run(cluster, tmp_path):
    methods = {"ce": {}, "ros": {}, "egl": {"meta_epochs": 2}}
    local = make_workflow(tmp_path / "local")
    _tiny(local, methods=methods)
    local.snakemake()

    remote = make_workflow(tmp_path / "remote")
    _tiny(remote, methods=methods)
    planned = re.findall(r"Group job (\S+) ", _slurm(remote, cluster, "-n").stdout)
    result = _slurm(remote, cluster)
    assert planned == ["training_toy"] and len(_submitted(result)) == 1  # the dry run predicts the submissions
    allocations = {}
    for log in remote.root.glob("results/runs/**/train.log"):
        found = re.search(r"SLURM job (\d+) on ", log.read_text())
        assert found, f"{log} did not run under SLURM"
        allocations.setdefault(found.group(1), []).append(log)
    assert set(allocations) == _submitted(result) and sum(map(len, allocations.values())) == 6
    local_logs = [log for log in remote.root.glob("results/logs/**/*.log") if "split" not in log.parts]
    assert local_logs and not any("SLURM job" in log.read_text() for log in local_logs)  # localrules
    columns = ["dataset", "method", "fold", "status", "auc_pr", "auc_roc", "best_epoch"]
    on_slurm = pd.read_csv(remote.root / "results" / "scores.csv")[columns]
    on_laptop = pd.read_csv(local.root / "results" / "scores.csv")[columns]
    pd.testing.assert_frame_equal(on_slurm, on_laptop)


def test_a_failing_job_is_reported_and_the_others_finish(cluster, tmp_path):
    flow = make_workflow(tmp_path)
    config = _tiny(flow)
    (flow.root / "bad.csv").write_text("x0,label\n" + "1,pos\n" * 12 + "2,neg\n" * 30 + "not-a-number,neg\n")
    config["datasets"]["bad"] = {"source": "csv", "path": "bad.csv", "target": "label", "positive": "pos"}
    flow.write_config(config)
    result = _slurm(flow, cluster, check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Error in rule preprocess" in output  # a local rule: it fails on this host
    assert len(list((flow.root / "results" / "runs" / "toy").glob("*/fold*/scores.json"))) == 4
    assert not (flow.root / "results" / "data" / "bad.npz").exists()


def test_a_killed_run_completes_after_a_rerun(cluster, tmp_path):
    flow = make_workflow(tmp_path)
    _tiny(flow, training={"hidden": [8], "epochs": 400, "batch_size": 32})  # jobs long enough to kill mid-way
    command = [sys.executable, "-m", "snakemake", *SLURM_OPTIONS]
    env = {**flow.env(), **cluster.environment()}
    process = subprocess.Popen(
        command, cwd=flow.root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )

    def training_jobs_queued():
        listed = subprocess.run(
            ["squeue", "-h", "-o", "%i|%k|%Z"], capture_output=True, text=True, env=cluster.environment()
        ).stdout.splitlines()
        return [
            line.split("|")[0]
            for line in listed
            if line.split("|")[1].startswith("rule_train") and line.split("|")[-1] == str(flow.root)
        ]

    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not training_jobs_queued():
        time.sleep(0.5)
    os.killpg(process.pid, signal.SIGKILL)  # snakemake and its children, while training jobs are queued
    process.wait()
    assert not (flow.root / "results" / "scores.csv").exists()
    subprocess.run(
        [sys.executable, "-m", "snakemake", "--unlock"], cwd=flow.root, env=env, check=True, capture_output=True
    )
    # Rerun at once: while the killed run's jobs are queued, it refuses and names them.
    queued = [
        line.split("|")[0]
        for line in subprocess.run(
            ["squeue", "-h", "-o", "%i|%Z"], capture_output=True, text=True, env=cluster.environment()
        ).stdout.splitlines()
        if line.split("|")[-1] == str(flow.root)
    ]
    assert queued, "the killed run's jobs finished before the rerun; nothing was tested"
    refused = _slurm(flow, cluster, check=False)
    assert refused.returncode != 0 and "Refusing to start" in refused.stderr, refused.stderr[-2000:]
    assert "scancel " in refused.stderr and all(job in refused.stderr for job in queued)
    assert not list(flow.root.glob("results/runs/*/*/fold*/scores.json.*"))  # the refusal submitted nothing
    cluster.cancel_jobs_under(flow.root)
    _slurm(flow, cluster)
    scores = pd.read_csv(flow.root / "results" / "scores.csv")
    assert len(scores) == 2 * 2 * 2 and set(scores["status"]) == {"ok"}  # methods x folds x seeds
    for path in flow.root.glob("results/runs/*/*/fold*/scores.json"):
        assert {run["status"] for run in json.loads(path.read_text())["runs"]} == {"ok"}
