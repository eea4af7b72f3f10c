"""A real single-node SLURM (munge, slurmctld, slurmd; no accounting) for the SLURM tests.

Needs root and Debian's packages ``slurmctld slurmd slurm-client munge`` (``.ci/run`` installs
them). :class:`Cluster` never takes over a SLURM it did not start: it refuses
(:class:`ClusterUnavailable`, the tests skip with the reason) when a slurmctld or slurmd already
runs on the machine; its daemons listen on free ports of their own, with a cluster name of their
own that the test checks it is talking to; it writes configuration and state under a folder of
its own, restores ``/etc/slurm/slurm.conf`` as it was (also when the test process exits without
stopping it), and stops exactly the daemons it started, in reverse order. Jobs are cancelled by
id, only those whose working directory lies under a folder the test owns (:func:`cancel_jobs_under`).
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

BINARIES = ("munged", "slurmctld", "slurmd", "sinfo", "sbatch", "squeue")
SYSTEM_CONF = Path("/etc/slurm/slurm.conf")


class ClusterUnavailable(RuntimeError):
    """This machine cannot host a test cluster without touching someone else's SLURM."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def missing_binaries() -> list[str]:
    return [name for name in BINARIES if shutil.which(name) is None and not Path(f"/usr/sbin/{name}").exists()]


def _which(name: str) -> str:
    return shutil.which(name) or f"/usr/sbin/{name}"


class Cluster:
    def __init__(self, state: Path):
        self.state = Path(state)
        self.processes: list[subprocess.Popen] = []
        self._backup = self.state / "slurm.conf.before"
        self._had_system_conf = False
        self.host = socket.gethostname().split(".")[0]
        self.name = f"imbtest{os.getpid()}"
        self.ports = (free_port(), free_port())

    def _node_line(self) -> str:
        described = subprocess.run([_which("slurmd"), "-C"], capture_output=True, text=True, check=True).stdout
        fields = dict(item.split("=", 1) for item in described.split("\n")[0].split() if "=" in item)
        memory = int(int(fields["RealMemory"]) * 0.9)
        hardware = " ".join(
            f"{key}={fields[key]}"
            for key in ("CPUs", "Boards", "SocketsPerBoard", "CoresPerSocket", "ThreadsPerCore")
            if key in fields
        )
        return f"NodeName={self.host} NodeAddr=127.0.0.1 {hardware} RealMemory={memory} State=UNKNOWN"

    def write_config(self) -> Path:
        for sub in ("slurmctld", "slurmd", "log"):
            (self.state / sub).mkdir(parents=True, exist_ok=True)
        s = self.state
        config = f"""\
ClusterName={self.name}
SlurmctldHost={self.host}(127.0.0.1)
SlurmctldPort={self.ports[0]}
SlurmdPort={self.ports[1]}
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
StateSaveLocation={s}/slurmctld
SlurmdSpoolDir={s}/slurmd
SlurmctldPidFile={s}/slurmctld.pid
SlurmdPidFile={s}/slurmd.pid
SlurmctldLogFile={s}/log/slurmctld.log
SlurmdLogFile={s}/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU_Memory
SchedulerType=sched/backfill
ReturnToService=2
MinJobAge=600
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
{self._node_line()}
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
"""
        # Job steps (srun inside a batch job) read the default path, whatever SLURM_CONF says: the
        # file is replaced while the cluster runs and put back as it was afterwards.
        SYSTEM_CONF.parent.mkdir(parents=True, exist_ok=True)
        if not self._backup.exists():
            self._had_system_conf = SYSTEM_CONF.exists()
            if self._had_system_conf:
                shutil.copy2(SYSTEM_CONF, self._backup)
            atexit.register(self._restore_system_conf)
        SYSTEM_CONF.write_text(config)
        return SYSTEM_CONF

    def _restore_system_conf(self) -> None:
        if self._had_system_conf and self._backup.exists():
            shutil.copy2(self._backup, SYSTEM_CONF)
        elif not self._had_system_conf:
            SYSTEM_CONF.unlink(missing_ok=True)

    def environment(self) -> dict:
        return {**os.environ, "SLURM_CONF": str(SYSTEM_CONF)}

    def _start(self, command: list[str], **kwargs) -> None:
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=self.environment(), **kwargs
        )
        self.processes.append(process)

    def start(self, timeout: float = 60) -> None:
        running = [
            name
            for name in ("slurmctld", "slurmd")
            if subprocess.run(["pgrep", "-x", name], capture_output=True).returncode == 0
        ]
        if running:
            raise ClusterUnavailable(
                f"a SLURM this test did not start runs here ({', '.join(running)}); the SLURM tests leave it alone"
            )
        self.write_config()
        self._start_munge()
        self._start([_which("slurmctld"), "-D"])
        time.sleep(1)
        self._start([_which("slurmd"), "-D"])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = subprocess.run(["sinfo", "-h", "-o", "%t"], capture_output=True, text=True, env=self.environment())
            if state.stdout.strip() == "idle":
                if self._cluster_name() != self.name:
                    self.stop()
                    raise ClusterUnavailable("the SLURM answering is not the one this test started")
                return
            if any(p.poll() is not None for p in self.processes):
                break
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"SLURM did not come up; see {self.state / 'log'}")

    def _cluster_name(self) -> str | None:
        shown = subprocess.run(["scontrol", "show", "config"], capture_output=True, text=True, env=self.environment())
        match = next(
            (line.split("=", 1)[1].strip() for line in shown.stdout.splitlines() if line.startswith("ClusterName")),
            None,
        )
        return match

    def jobs_under(self, folder: Path) -> list[str]:
        """Ids of this cluster's queued or running jobs whose working directory lies under ``folder``."""
        listed = subprocess.run(
            ["squeue", "-h", "-o", "%i|%Z"], capture_output=True, text=True, env=self.environment()
        ).stdout
        return [
            job
            for job, workdir in (line.split("|", 1) for line in listed.splitlines() if "|" in line)
            if Path(workdir).resolve().is_relative_to(Path(folder).resolve())
        ]

    def cancel_jobs_under(self, folder: Path, timeout: float = 120) -> list[str]:
        """Cancel the jobs whose working directory lies under ``folder`` (the test's own), by id,
        and wait until they have left the queue; returns their ids."""
        ids = self.jobs_under(folder)
        if ids:
            subprocess.run(["scancel", *ids], env=self.environment(), capture_output=True)
        deadline = time.monotonic() + timeout
        while ids and self.jobs_under(folder) and time.monotonic() < deadline:
            time.sleep(0.5)
        return ids

    def _start_munge(self) -> None:
        key = Path("/etc/munge/munge.key")
        if not key.exists():
            subprocess.run(
                ["dd", "if=/dev/urandom", f"of={key}", "bs=1024", "count=1"], check=True, capture_output=True
            )
        run_dir = Path("/run/munge")
        run_dir.mkdir(parents=True, exist_ok=True)
        for path in (key, run_dir, Path("/var/lib/munge"), Path("/var/log/munge"), Path("/etc/munge")):
            if path.exists():
                shutil.chown(path, "munge", "munge")
        key.chmod(0o400)
        if subprocess.run(["pgrep", "-x", "munged"], capture_output=True).returncode == 0:
            return  # a munged of the machine's own is running: use it, leave it alone
        self._start(["setpriv", "--reuid=munge", "--regid=munge", "--init-groups", _which("munged"), "-F"])
        time.sleep(0.5)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.processes.clear()
        self._restore_system_conf()
