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
