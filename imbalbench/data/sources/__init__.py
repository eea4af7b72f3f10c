"""Dataset layer: every dataset has a source; each source fetches raw files and turns them into (X, y).

Two steps, matching the workflow's ``download`` and ``preprocess`` rules:

- :func:`fetch_raw` puts the raw files of a dataset into a folder and writes ``manifest.json``
  (file names and sha256 sums);
- :func:`load_dataset` reads them back as a :class:`Dataset` with ``X`` (float64, n x d),
  ``y`` (0/1, 1 = minority) and its metadata.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...core.artifacts import sha256_of
from ...core.errors import DatasetError, DownloadError
from . import adult, keel, tabular, uci, zenodo

__all__ = [
    "Dataset",
    "DatasetError",
    "DownloadError",
    "SOURCES",
    "fetch_raw",
    "load_dataset",
    "known_names",
    "known_minority",
    "identity",
]


@dataclass(frozen=True)
class Source:
    """How one kind of dataset is obtained.

    ``locate(name, spec, dest, cache)`` returns the raw files, fetching them first where needed
    (files outside ``dest`` are copied into it); ``load(name, spec, files)`` returns ``(X, y)``.
    """

    locate: Callable[..., list[Path]]
    load: Callable[..., tuple[np.ndarray, np.ndarray]]


SOURCES = {
    "uci": Source(lambda name, spec, dest, cache: uci.raw_files(name, spec), uci.load),
    "keel": Source(lambda name, spec, dest, cache: keel.raw_files(name, spec), keel.load),
    "imblearn": Source(lambda name, spec, dest, cache: zenodo.fetch(name, spec, cache), zenodo.load),
    "csv": Source(lambda name, spec, dest, cache: tabular.csv_raw_files(name, spec), tabular.load),
    "url": Source(lambda name, spec, dest, cache: tabular.fetch_url(name, spec, dest), tabular.load),
    "adult": Source(lambda name, spec, dest, cache: adult.fetch(name, spec, dest), adult.load),
}


def known_names(source: str) -> list[str] | None:
    """Dataset names a source knows by itself, or None where the config supplies the file."""
    return {"uci": uci.available, "keel": lambda: list(keel.available()), "imblearn": lambda: zenodo.NAMES}.get(
        source, lambda: None
    )()


PLANNING_SCAN_MB = 50
"""The largest CSV or Parquet file whose target column planning reads to count the minority rows."""


def known_minority(name: str, spec: dict, workdir: Path = Path(".")) -> int | None:
    """Minority rows of dataset ``name`` where planning can know them cheaply: the UCI rebuilds and
    their imbalanced-learn originals (a table), the shipped KEEL files and local tables up to
    :data:`PLANNING_SCAN_MB` (read), else None (counted when the dataset is split). A local table
    that is too wide or has no such target raises :class:`DatasetError`."""
    source, file = spec["source"], spec.get("file", name)
    if source in ("uci", "imblearn"):
        return uci.MINORITY.get(file)
    if source == "keel" and file in keel.available():
        return keel.minority_rows(file)
    if source == "csv":
        path = Path(workdir) / spec["path"]
        tabular.check_width(name, path, spec)
        if path.stat().st_size <= PLANNING_SCAN_MB * 1e6:
            return tabular.minority_rows(name, path, spec)
    return None


def identity(name: str, spec: dict, workdir: Path = Path(".")) -> tuple:
    """What a dataset's data are, as far as its config says: two datasets with the same identity
    hold the same rows."""
    source = spec["source"]
    if source == "csv":
        return source, str((Path(workdir) / spec["path"]).resolve())
    if source == "url":
        return source, spec["sha256"].lower()
    return source, spec.get("file", name), spec.get("from")


@dataclass(frozen=True)
class Dataset:
    """A binary dataset ready for splitting. ``X``: (n, d) float64, unscaled; ``y``: (n,) int64, 1 = minority;
    ``feature_names``: d names (one-hot levels as ``column=level``)."""

    name: str
    source: str
    X: np.ndarray
    y: np.ndarray
    sha256: str
    feature_names: tuple[str, ...] = ()

    @property
    def metadata(self) -> dict:
        n_minority = int(self.y.sum())
        return {
            "name": self.name,
            "source": self.source,
            "n": int(self.X.shape[0]),
            "d": int(self.X.shape[1]),
            "n_minority": n_minority,
            "imbalance_ratio": round((len(self.y) - n_minority) / n_minority, 3),
            "sha256": self.sha256,
            "feature_names": list(self.feature_names),
        }


def _source(name: str, spec: dict) -> Source:
    try:
        return SOURCES[spec["source"]]
    except KeyError:
        raise DatasetError(
            f"dataset {name!r}: unknown source {spec.get('source')!r}; known: {', '.join(SOURCES)}"
        ) from None


def fetch_raw(name: str, spec: dict, dest: Path, cache: Path) -> Path:
    """Put dataset ``name``'s raw files into ``dest`` and write ``dest/manifest.json``; return its path.

    ``cache`` holds downloads shared between datasets (imbalanced-learn's Zenodo archive).
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for path in _source(name, spec).locate(name, spec, dest, Path(cache)):
        local = dest / Path(path).name
        if Path(path).resolve() != local.resolve():
            shutil.copyfile(path, local)
        files.append({"file": local.name, "sha256": sha256_of(local)})
    manifest = {"dataset": name, "source": spec["source"], "files": files}
    path = dest / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2) + "\n")
    return path


def load_dataset(name: str, spec: dict, manifest: Path, allow_balanced: bool = False) -> Dataset:
    """Read the raw files listed in ``manifest`` (written by :func:`fetch_raw`) as a checked :class:`Dataset`.

    Label 1 must be the smaller class; equal classes only with ``allow_balanced`` (the source of
    the induced-imbalance experiment).
    """
    manifest = Path(manifest)
    entries = json.loads(manifest.read_text())["files"]
    files = [manifest.parent / entry["file"] for entry in entries]
    X, y, names = _source(name, spec).load(name, spec, files)
    n_pos = int(y.sum())
    if n_pos > len(y) - n_pos or (n_pos == len(y) - n_pos and not allow_balanced):
        raise DatasetError(
            f"dataset {name!r}: the positive class has {n_pos} of {len(y)} rows; label 1 must be the minority class"
        )
    combined = hashlib.sha256("".join(entry["sha256"] for entry in entries).encode()).hexdigest()
    return Dataset(
        name=name,
        source=spec["source"],
        X=X,
        y=y,
        sha256=entries[0]["sha256"] if len(entries) == 1 else combined,
        feature_names=tuple(names),
    )
