"""A user's own table (CSV or Parquet), local (source ``csv``) or downloaded with a checksum (source ``url``)."""

from __future__ import annotations

import codecs
import csv
from collections import Counter
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


def _is_parquet(path: Path) -> bool:
    return Path(path).suffix.lower() in {".parquet", ".pq"}


def header_names(path: Path, spec: dict) -> list[str] | None:
    """The column names as the file writes them, before any reader renames a repeated one: a
    CSV's first line (the ``csv`` module, ``sep``), a Parquet file's schema; None where the file
    has no readable header (reading it then says why)."""
    path = Path(path)
    try:
        if _is_parquet(path):
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        with open(path, newline="", encoding="utf-8") as handle:
            return next(csv.reader(handle, delimiter=spec.get("sep", ",")), None)
    except Exception:  # binary, not UTF-8, not Parquet: read_table names the problem
        return None


def check_header(name: str, path: Path, spec: dict) -> None:
    """Refuse, from the header alone, a table wider than ``max_columns``, one that names a column
    twice (a reader would rename the second, ``label.1``: a copy of the target would become a
    feature), or one without the columns that ``target``, ``one_hot`` and ``drop`` name."""
    path = Path(path)
    names = header_names(path, spec)
    if names is None:
        return
    limit = spec.get("max_columns", MAX_COLUMNS)
    if len(names) > limit:
        raise DatasetError(
            f"dataset {name!r}: {path.name} has {len(names):,} columns, more than max_columns "
            f"({limit:,}); raise datasets.{name}.max_columns if the file is meant to be that wide"
        )
    repeated = [column for column, count in Counter(names).items() if count > 1]
    if repeated:
        raise DatasetError(
            f"dataset {name!r}: {path.name} names column(s) {repeated[:5]} more than once; "
            f"give every column its own name"
        )
    for key in ("target", "one_hot", "drop"):
        wanted = spec.get(key) or []
        missing = [c for c in ([wanted] if isinstance(wanted, str) else wanted) if c not in names]
        if missing:
            raise DatasetError(
                f"dataset {name!r}: datasets.{name}.{key} names {missing} not among the columns of "
                f"{path.name} ({', '.join(names[:10])}{' ...' if len(names) > 10 else ''})"
            )


def minority_rows(name: str, path: Path, spec: dict) -> int | None:
    """Rows whose target is the dataset's ``positive`` value, from the target column alone; None
    where the file cannot be read that way (preprocessing then says why)."""
    check_header(name, path, spec)
    try:
        if _is_parquet(path):
            frame = pd.read_parquet(path, columns=[spec["target"]])
        else:
            frame = pd.read_csv(
                path, sep=spec.get("sep", ","), usecols=[spec["target"]], na_values=spec.get("na_values")
            )
    except Exception:  # a missing target, a bad file: pandas' and pyarrow's errors share no base class
        return None
    if frame.empty:
        raise DatasetError(f"dataset {name!r}: {Path(path).name} has a header but no rows")
    return int(binary_target(name, frame[spec["target"]], spec["positive"]).sum())


def read_table(name: str, path: Path, spec: dict) -> pd.DataFrame:
    """The table of a ``csv`` or ``url`` dataset; a file that is empty, binary or not a table is a
    :class:`DatasetError` naming the dataset and the file."""
    path = Path(path)
    check_header(name, path, spec)
    if _is_parquet(path):
        try:
            frame = pd.read_parquet(path)
        except Exception as error:  # pyarrow's errors have no common base beyond Exception
            raise DatasetError(f"dataset {name!r}: {path.name} is not a readable Parquet file ({error})") from None
        if frame.empty:
            raise DatasetError(f"dataset {name!r}: {path.name} has a header but no rows")
        return frame
    sep = spec.get("sep", ",")
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
    encoded = spec.get("one_hot", [])
    width = features.shape[1] + sum(features[column].nunique(dropna=False) - 1 for column in encoded)
    limit = spec.get("max_columns", MAX_COLUMNS)
    if width > limit:  # counted before the encoding allocates it
        raise DatasetError(
            f"dataset {name!r}: one-hot encoding {encoded} would make {width:,} features, more than "
            f"max_columns ({limit:,}); leave an identifier column out of one_hot (key drop) or raise max_columns"
        )
    features = one_hot(features, encoded)
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
        # The content, not the path: a copy under another name is the same data. Every parse of
        # the workflow (each cluster job's too) computes it, so files above the planning scan's
        # bound keep their path; aggregation's check of rows and labels still catches their copies.
        from ...core.artifacts import sha256_of

        path = Path(workdir) / spec["path"]
        content = sha256_of(path) if path.stat().st_size <= PLANNING_SCAN_MB * 1e6 else str(path.resolve())
        return "table", content, spec.get("target"), str(spec.get("positive"))

    def describe(self, name, spec):
        return f"file {spec['path']!r}"

    def check(self, name, spec, workdir):
        path = Path(workdir) / spec["path"]
        if not path.is_file():
            raise ConfigError(
                f"datasets.{name}.path: file {spec['path']!r} does not exist "
                f"(relative paths are read from the working directory, {Path(workdir).resolve()})"
            )
        try:
            with open(path, "rb"):
                pass
        except OSError as error:
            raise ConfigError(
                f"datasets.{name}.path: file {spec['path']!r} cannot be read ({error.strerror})"
            ) from None

    def minority(self, name, spec, workdir):
        path = Path(workdir) / spec["path"]
        check_header(name, path, spec)
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
        return "table", spec["sha256"].lower(), spec.get("target"), str(spec.get("positive"))

    def describe(self, name, spec):
        return f"url {spec['url']!r}"

    def locate(self, name, spec, dest, cache):
        return [download(spec["url"], Path(dest) / url_filename(spec["url"]), spec["sha256"])]
