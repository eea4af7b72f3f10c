"""A rerun on SLURM that is safe after a killed run: it refuses while jobs of an earlier run of
the same workflow folder are still queued or running, so that no output is written by two jobs.

A SIGKILLed Snakemake leaves its submitted jobs running; after ``--unlock`` a rerun would
submit the same jobs again. The earlier run's jobs are recognised by what the SLURM executor
plugin gives every job: a comment ``rule_{rule}...`` and the working directory of the run.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..core.errors import UserError


class EarlierJobsRunning(UserError):
    """Jobs submitted by an earlier run of this workflow folder are still in the queue."""


def earlier_jobs(folder: Path) -> list[tuple[str, str, str]]:
    """``(job id, state, comment)`` of this user's SLURM jobs whose working directory is ``folder``
    and that the Snakemake SLURM plugin submitted; empty where there is no ``squeue``."""
    if shutil.which("squeue") is None:
        return []
    listed = subprocess.run(["squeue", "--me", "-h", "-o", "%i|%T|%k|%Z"], capture_output=True, text=True, timeout=60)
    folder = Path(folder).resolve()
    jobs = []
    for line in listed.stdout.splitlines():
        parts = line.split("|", 3)
        if len(parts) == 4 and parts[2].startswith("rule_") and Path(parts[3]).resolve() == folder:
            jobs.append((parts[0], parts[1], parts[2]))
    return jobs


def refuse_if_earlier_jobs(folder: Path) -> None:
    """:class:`EarlierJobsRunning` naming the jobs and how to cancel them, if there are any."""
    jobs = earlier_jobs(folder)
    if jobs:
        shown = ", ".join(f"{job} ({state.lower()}, {comment})" for job, state, comment in jobs[:5])
        more = f" and {len(jobs) - 5} more" if len(jobs) > 5 else ""
        raise EarlierJobsRunning(
            f"{len(jobs)} SLURM job(s) of an earlier run of this workflow are still in the queue: {shown}{more}. "
            f"Starting now would submit them again. Wait until `squeue --me` no longer lists them, or cancel "
            f"them: scancel {' '.join(job for job, _, _ in jobs)}"
        )
