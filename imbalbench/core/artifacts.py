"""The workflow's own files between jobs: written atomically, read back with an error that names
a damaged file and how to rebuild it, and each run's ``scores.json`` sealed with a digest so that
an edited score is reported instead of tabled.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import zipfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from .errors import UserError


class ArtifactError(UserError):
    """A file the workflow wrote earlier is damaged, truncated or was edited by hand."""


RUN_FLAGS = "IMBALBENCH_RUN_FLAGS"
"""The environment variable in which the Snakefile leaves its run's config flags for the jobs."""


def rerun_command(path) -> str:
    """The command that redoes ``path`` and what depends on it, with the config flags of the run
    that is going on (``--configfile``, ``--config``): without them it would plan config.yaml."""
    flags = os.environ.get(RUN_FLAGS, "")
    return f"snakemake --cores N {flags + ' ' if flags else ''}--forcerun {path}"


def _damaged(path, error: Exception) -> ArtifactError:
    return ArtifactError(
        f"{path} is damaged or truncated ({type(error).__name__}: {error}); rebuild it and what "
        f"depends on it with: {rerun_command(path)}"
    )


@contextmanager
def atomic(path: str | Path):
    """Yield a temporary path beside ``path``, unique to this writer; rename it to ``path`` only if
    the block succeeds, so that a failed or killed job never leaves a half-written output."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    try:
        yield partial
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def write_json(data: dict, path: str | Path, indent: int | None = 2) -> None:
    with atomic(path) as partial:
        partial.write_text(json.dumps(data, indent=indent) + "\n")


def read_json(path: str | Path) -> dict:
    try:
        return json.loads(Path(path).read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise _damaged(path, error) from None


def write_arrays(path: str | Path, **arrays: np.ndarray) -> None:
    with atomic(path) as partial:
        with open(partial, "wb") as handle:
            np.savez_compressed(handle, **arrays)


def read_arrays(path: str | Path, *names: str) -> tuple[np.ndarray, ...]:
    """Arrays ``names`` of an ``.npz`` file."""
    try:
        with np.load(path) as arrays:
            return tuple(arrays[name] for name in names)
    except (zipfile.BadZipFile, EOFError, ValueError, KeyError, OSError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        raise _damaged(path, error) from None


RUN_OUTPUTS = {
    "predictions": "predictions.parquet",
    "trace": "trace.csv",
    "synthetic": "synthetic.parquet",
    "models": "model.npz",
}
"""A training run's outputs beside its ``scores.json``, which seals their sha256 under these keys."""


def check_run_output(path: str | Path) -> Path:
    """``path``, one of a run's :data:`RUN_OUTPUTS`, if it is the file its run wrote: its sha256
    equals the one sealed in the ``scores.json`` beside it; else :class:`ArtifactError` naming it."""
    path = Path(path)
    key = next((key for key, name in RUN_OUTPUTS.items() if name == path.name), None)
    scores = path.parent / "scores.json"
    if key is None or read_scores(scores).get("outputs_sha256", {}).get(key) != sha256_of(path):
        raise ArtifactError(
            f"{path} is not the file its run wrote (its sha256 is not the one sealed in {scores}); "
            f"rerun that run with: {rerun_command(scores)}"
        )
    return path


def read_predictions(path: str | Path, part: str = "test", columns=None):
    """The rows of one ``part`` (``test`` or ``valid``) of a run's ``predictions.parquet`` as a
    ``pandas.DataFrame`` (``columns``: only these, besides ``part``), checked by :func:`check_run_output`."""
    import pandas as pd

    wanted = None if columns is None else list(dict.fromkeys([*columns, "part"]))
    try:
        frame = pd.read_parquet(check_run_output(path), columns=wanted)
    except (ValueError, OSError) as error:  # pyarrow's ArrowInvalid is a ValueError, ArrowIOError an OSError
        if isinstance(error, FileNotFoundError):
            raise
        raise _damaged(path, error) from None
    return frame[frame["part"] == part].reset_index(drop=True)


def read_trace(path: str | Path):
    """A run's ``trace.csv`` as a ``pandas.DataFrame``, checked by :func:`check_run_output`."""
    import pandas as pd

    return pd.read_csv(check_run_output(path))


def _digest(scores: dict) -> str:
    body = json.dumps({k: v for k, v in scores.items() if k != "digest"}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()


def seal(scores: dict) -> dict:
    """``scores`` with a ``digest`` of its content, checked by :func:`read_scores`."""
    return {**scores, "digest": _digest(scores)}


def read_scores(path: str | Path) -> dict:
    """A run's ``scores.json``, checked against its digest."""
    scores = read_json(path)
    if scores.get("digest") != _digest(scores):
        raise ArtifactError(
            f"{path} was changed after its run wrote it (its digest does not match); "
            f"rerun that run with: {rerun_command(path)}"
        )
    return scores


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
