"""A user's own table (CSV or Parquet), local (source ``csv``) or downloaded with a checksum (source ``url``)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from ..errors import DatasetError
from ._frame import binary_target, one_hot, to_xy
from .download import download


def read_table(path: Path, spec: dict) -> pd.DataFrame:
    if Path(path).suffix.lower() in {".parquet", ".pq"}:
        return pd.read_parquet(path)
    return pd.read_csv(path, sep=spec.get("sep", ","), na_values=spec.get("na_values"))


def table_to_xy(name: str, spec: dict, frame: pd.DataFrame):
    target = spec["target"]
    if target not in frame.columns:
        raise DatasetError(f"dataset {name!r}: target column {target!r} not found; columns: {list(frame.columns)[:10]}")
    features = frame.drop(columns=[target, *spec.get("drop", [])])
    features = one_hot(features, spec.get("one_hot", []))
    return to_xy(name, features, binary_target(name, frame[target], spec["positive"]))


def csv_raw_files(name: str, spec: dict) -> list[Path]:
    path = Path(spec["path"])
    if not path.is_file():
        raise DatasetError(f"dataset {name!r}: file {str(path)!r} (key datasets.{name}.path) does not exist")
    return [path]


def url_filename(url: str) -> str:
    return Path(urlparse(url).path).name or "download"


def fetch_url(name: str, spec: dict, dest: Path) -> list[Path]:
    return [download(spec["url"], Path(dest) / url_filename(spec["url"]), spec["sha256"])]


def load(name: str, spec: dict, files: list[Path]):
    return table_to_xy(name, spec, read_table(files[0], spec))
