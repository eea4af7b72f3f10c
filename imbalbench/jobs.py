"""What every workflow job does around its work: log to the rule's log file, and turn the
project's known errors into one clear line instead of a stack trace."""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from pathlib import Path

from .errors import UserError


@contextmanager
def job_logging(log_file: str | Path, threads: int | None = None):
    """Send logging (and warnings) to ``log_file`` and stderr; with ``threads``, cap torch's threads.

    Two jobs that each let torch use every core run several times slower than one thread each,
    so a job uses exactly the threads its rule declares.
    """
    Path(log_file).parent.mkdir(parents=True, exist_ok=True)
    handlers = [logging.FileHandler(log_file, mode="w"), logging.StreamHandler(sys.stderr)]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s",
                        handlers=handlers, force=True)
    logging.captureWarnings(True)
    if threads is not None:
        import torch

        torch.set_num_threads(threads)
    try:
        yield logging.getLogger("imbalbench.job")
    except Exception as error:
        if isinstance(error, UserError):
            logging.getLogger("imbalbench.job").error("%s: %s", type(error).__name__, error)
            sys.exit(1)
        logging.getLogger("imbalbench.job").exception("job failed")
        raise
