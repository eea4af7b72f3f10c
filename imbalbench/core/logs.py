"""What every workflow job does around its work: log to the rule's log file, and turn the
project's known errors into one clear line instead of a stack trace."""

from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from .errors import UserError


@contextmanager
def job_logging(log_file: str | Path, prefix: str | None = None):
    """Send logging (and warnings) to ``log_file`` and stderr; every line starts with ``prefix``
    (e.g. ``dataset/method/fold0``) when given, so that parallel jobs' lines stay apart."""
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    handlers = [logging.FileHandler(log_file, mode="w"), logging.StreamHandler(sys.stderr)]
    line = "%(asctime)s %(name)s %(levelname)s %(message)s"
    logging.basicConfig(
        level=logging.INFO,
        format=line if prefix is None else f"{prefix.replace('%', '%%')} {line}",
        handlers=handlers,
        force=True,
    )
    logging.captureWarnings(True)
    if "SLURM_JOB_ID" in os.environ:
        logging.getLogger("imbalbench.job").info(
            "SLURM job %s on %s", os.environ["SLURM_JOB_ID"], os.environ.get("SLURMD_NODENAME", "?")
        )
    try:
        yield logging.getLogger("imbalbench.job")
    except Exception as error:
        if isinstance(error, UserError):
            logging.getLogger("imbalbench.job").error("%s: %s", type(error).__name__, error)
            sys.exit(1)
        logging.getLogger("imbalbench.job").exception("job failed")
        raise
