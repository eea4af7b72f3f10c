"""The SLURM test harness leaves a SLURM it did not start alone (no root or SLURM needed)."""

import shutil
import subprocess
import time

import pytest

from .slurm_cluster import SYSTEM_CONF, Cluster, ClusterUnavailable, free_port


def test_a_running_slurmctld_of_someone_else_makes_the_harness_refuse(tmp_path):
    impostor = tmp_path / "slurmctld"  # a process the system sees as "slurmctld"
    shutil.copy(shutil.which("sleep"), impostor)
    process = subprocess.Popen([str(impostor), "60"])
    try:
        time.sleep(0.2)
        before = SYSTEM_CONF.read_bytes() if SYSTEM_CONF.exists() else None
        cluster = Cluster(tmp_path / "state")
        with pytest.raises(ClusterUnavailable, match="did not start runs here"):
            cluster.start()
        assert (SYSTEM_CONF.read_bytes() if SYSTEM_CONF.exists() else None) == before  # untouched
        assert not cluster.processes
    finally:
        process.kill()
        process.wait()


def test_the_test_cluster_listens_on_free_ports_of_its_own(tmp_path):
    cluster = Cluster(tmp_path)
    assert len(set(cluster.ports)) == 2 and free_port() > 0
    assert cluster.name.startswith("imbtest")


def test_a_rerun_refuses_while_an_earlier_runs_jobs_are_queued(tmp_path, monkeypatch):
    from imbalbench.workflow.slurm import EarlierJobsRunning, earlier_jobs, refuse_if_earlier_jobs

    here, elsewhere = tmp_path / "run", tmp_path / "other"
    here.mkdir()
    elsewhere.mkdir()
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "squeue").write_text(
        "#!/bin/sh\n"
        f"echo '41|RUNNING|rule_train_wildcards_toy-ce-0|{here}'\n"
        f"echo '42|PENDING|rule_train_wildcards_toy-ros-1|{here}'\n"
        f"echo '43|RUNNING|rule_train_wildcards_toy-ce-0|{elsewhere}'\n"  # another run's folder
        f"echo '44|RUNNING|my own job|{here}'\n"
    )  # not submitted by Snakemake
    (fake / "squeue").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:{__import__('os').environ['PATH']}")
    assert [job for job, _, _ in earlier_jobs(here)] == ["41", "42"]
    with pytest.raises(EarlierJobsRunning, match=r"2 SLURM job\(s\) .* scancel 41 42$"):
        refuse_if_earlier_jobs(here)
    (fake / "squeue").write_text("#!/bin/sh\n")
    refuse_if_earlier_jobs(here)  # an empty queue: go
