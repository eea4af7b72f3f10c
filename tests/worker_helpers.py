"""Entry points for the worker's tests (started by a test's own worker, never allowed in production)."""

import os
import time
from pathlib import Path


def sleep(seconds: float, marker: str) -> None:
    """Write this process's pid to ``marker``, then sleep."""
    Path(marker).write_text(str(os.getpid()))
    time.sleep(seconds)
