"""A user's own table (CSV or Parquet), local (source ``csv``) or downloaded with a checksum (source ``url``)."""

from __future__ import annotations

import codecs
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from ...core.errors import ConfigError, DatasetError
from ._frame import binary_target, one_hot, to_xy
from .base import Source
from .download import download

MAX_COLUMNS = 10_000
"""The widest table read unless a dataset's ``max_columns`` says otherwise: a wide file costs
minutes and gigabytes before any other check could refuse it."""


def check_width(name: str, path: Path, spec: dict) -> None:
    """Refuse a CSV whose header has more than ``max_columns`` fields, from its first line alone."""
    path = Path(path)
    if path.suffix.lower() in {".parquet", ".pq"}:
        return
    with open(path, "rb") as handle:
        header = handle.readline()
    width = header.count(spec.get("sep", ",").encode()) + 1
    limit = spec.get("max_columns", MAX_COLUMNS)
    if width > limit:
        raise DatasetError(
            f"dataset {name!r}: {path.name} has {width:,} columns, more than max_columns "
            f"({limit:,}); raise datasets.{name}.max_columns if the file is meant to be that wide"
        )


def minority_rows(name: str, path: Path, spec: dict) -> int | None:
    """Rows whose target is the dataset's ``positive`` value, from the target column alone; None
    where the file cannot be read that way (preprocessing then says why)."""
    check_width(name, path, spec)
    try:
        if Path(path).suffix.lower() in {".parquet", ".pq"}:
            frame = pd.read_parquet(path, columns=[spec["target"]])
        else:
            frame = pd.read_csv(
                path, sep=spec.get("sep", ","), usecols=[spec["target"]], na_values=spec.get("na_values")
            )
    except Exception:  # a missing target, a bad file: pandas' and pyarrow's errors share no base class
        return None
    return int(binary_target(name, frame[spec["target"]], spec["positive"]).sum())


def read_table(name: str, path: Path, spec: dict) -> pd.DataFrame:
    """The table of a ``csv`` or ``url`` dataset; a file that is empty, binary or not a table is a
    :class:`DatasetError` naming the dataset and the file."""
    path = Path(path)
    if path.suffix.lower() in {".parquet", ".pq"}:
        try:
            return pd.read_parquet(path)
        except Exception as error:  # pyarrow's errors have no common base beyond Exception
            raise DatasetError(f"dataset {name!r}: {path.name} is not a readable Parquet file ({error})") from None
    sep = spec.get("sep", ",")
    check_width(name, path, spec)
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    try:
        if b"\0" in head:
            raise UnicodeDecodeError("utf-8", head, head.index(b"\0"), head.index(b"\0") + 1, "NUL byte")
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        frame = pd.read_csv(path, sep=sep, na_values=spec.get("na_values"))
    except pd.errors.EmptyDataError:
        raise DatasetError(f"dataset {name!r}: {path.name} is empty") from None
    except UnicodeDecodeError as error:
        raise DatasetError(
            f"dataset {name!r}: {path.name} is not UTF-8 text (binary or another encoding; "
            f"byte {error.start}); give a CSV or Parquet file"
        ) from None
    except pd.errors.ParserError as error:
        reason = str(error).strip()
        raise DatasetError(
            f"dataset {name!r}: {path.name} cannot be read as a table with sep {sep!r} ({reason})"
        ) from None
    if frame.empty:
        raise DatasetError(f"dataset {name!r}: {path.name} has a header but no rows")
    return frame


def table_to_xy(name: str, spec: dict, frame: pd.DataFrame):
    target = spec["target"]
    if target not in frame.columns:
        raise DatasetError(f"dataset {name!r}: target column {target!r} not found; columns: {list(frame.columns)[:10]}")
    features = frame.drop(columns=[target, *spec.get("drop", [])])
    features = one_hot(features, spec.get("one_hot", []))
    return to_xy(name, features, binary_target(name, frame[target], spec["positive"]))


def url_filename(url: str) -> str:
    return Path(urlparse(url).path).name or "download"


PLANNING_SCAN_MB = 50
"""The largest local CSV or Parquet file whose target column planning reads to count the minority rows."""

_TABLE = {
    "target": {"type": "string"},
    "positive": {"type": ["string", "number", "boolean"]},
    "sep": {"type": "string"},
    "na_values": {"type": "array", "items": {"type": "string"}},
    "one_hot": {"type": "array", "items": {"type": "string"}},
    "drop": {"type": "array", "items": {"type": "string"}},
    "max_columns": {
        "type": "integer",
        "minimum": 1,
        "description": f"a table with more columns is refused before it is read (default {MAX_COLUMNS})",
    },
}


class _Table(Source):
    """A table whose ``target`` column equal to ``positive`` marks the minority rows."""

    def load(self, name, spec, files):
        return table_to_xy(name, spec, read_table(name, files[0], spec))


class LocalTable(_Table):
    """``source: csv``: a CSV or Parquet file in the working directory (``path``)."""

    name = "csv"
    properties = {"path": {"type": "string", "minLength": 1}, **_TABLE}
    required = ("path", "target", "positive")

    def input_files(self, name, spec):
        return [spec["path"]]

    def identity(self, name, spec, workdir):
        return self.name, str((Path(workdir) / spec["path"]).resolve())

    def check(self, name, spec, workdir):
        if not (Path(workdir) / spec["path"]).is_file():
            raise ConfigError(
                f"datasets.{name}.path: file {spec['path']!r} does not exist "
                f"(relative paths are read from the working directory, {Path(workdir).resolve()})"
            )

    def minority(self, name, spec, workdir):
        path = Path(workdir) / spec["path"]
        check_width(name, path, spec)
        if path.stat().st_size <= PLANNING_SCAN_MB * 1e6:
            return minority_rows(name, path, spec)
        return None

    def locate(self, name, spec, dest, cache):
        path = Path(spec["path"])
        if not path.is_file():
            raise DatasetError(f"dataset {name!r}: file {str(path)!r} (key datasets.{name}.path) does not exist")
        return [path]


class DownloadedTable(_Table):
    """``source: url``: a CSV or Parquet file downloaded from ``url`` and checked against ``sha256``."""

    name = "url"
    properties = {
        "url": {"type": "string", "pattern": "^https?://"},
        "sha256": {"type": "string", "pattern": "^[0-9a-fA-F]{64}$"},
        **_TABLE,
    }
    required = ("url", "sha256", "target", "positive")

    def identity(self, name, spec, workdir):
        return self.name, spec["sha256"].lower()

    def locate(self, name, spec, dest, cache):
        return [download(spec["url"], Path(dest) / url_filename(spec["url"]), spec["sha256"])]
