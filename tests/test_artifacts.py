"""The workflow's files between jobs: atomic writes, damaged files named, edited scores detected."""

import json
import os

import numpy as np
import pytest

from imbalbench.core.artifacts import (
    ArtifactError,
    atomic,
    read_arrays,
    read_json,
    read_predictions,
    read_scores,
    seal,
    sha256_of,
    write_arrays,
    write_json,
)
from imbalbench.data.splits import load_fold


def test_a_failed_write_leaves_nothing_and_writers_never_share_a_partial_file(tmp_path):
    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError):
        with atomic(target) as partial:
            partial.write_text("half")
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []
    with atomic(target) as first, atomic(target) as second:
        assert first != second and str(os.getpid()) in first.name
        first.write_text("1")
        second.write_text("2")
    assert target.read_text() in ("1", "2") and list(tmp_path.iterdir()) == [target]


def test_truncated_npz_and_json_are_named_with_the_rebuild_command(tmp_path):
    data, splits = tmp_path / "toy.npz", tmp_path / "toy.json"
    write_arrays(data, X=np.ones((50, 3)), y=np.arange(50) % 2)
    write_json({"folds": [{"train": [1, 2], "valid": [3], "test": [4]}]}, splits)
    assert read_arrays(data, "y")[0].sum() == 25 and read_json(splits)["folds"][0]["test"] == [4]
    data.write_bytes(data.read_bytes()[:100])
    with pytest.raises(ArtifactError, match=f"{data} is damaged or truncated .*--forcerun {data}"):
        load_fold(data, splits, 0)
    splits.write_text(splits.read_text()[:20])
    with pytest.raises(ArtifactError, match=f"{splits} is damaged or truncated .*--forcerun {splits}"):
        read_json(splits)


def test_an_edited_score_is_reported_not_tabled(tmp_path):
    path = tmp_path / "scores.json"
    write_json(seal({"status": "ok", "auc_pr": 0.61, "method": "ce"}), path)
    assert read_scores(path)["auc_pr"] == 0.61
    edited = json.loads(path.read_text())
    edited["auc_pr"] = 0.99
    path.write_text(json.dumps(edited))
    with pytest.raises(ArtifactError, match="was changed after its run wrote it"):
        read_scores(path)
    path.write_text(json.dumps(edited)[:30])
    with pytest.raises(ArtifactError, match="damaged or truncated"):
        read_scores(path)


def test_predictions_are_read_by_part_and_a_truncated_file_is_named(tmp_path):
    import pandas as pd

    path = tmp_path / "predictions.parquet"
    pd.DataFrame({"part": ["test", "test", "valid"], "y_true": [0, 1, 1], "logit": [-1.0, 2.0, 0.5]}).to_parquet(path)
    write_json(seal({"runs": [], "outputs_sha256": {"predictions": sha256_of(path)}}), tmp_path / "scores.json")
    assert read_predictions(path)["logit"].tolist() == [-1.0, 2.0]
    assert read_predictions(path, "valid", columns=["y_true"]).columns.tolist() == ["y_true", "part"]
    path.write_bytes(path.read_bytes()[:-20])
    with pytest.raises(
        ArtifactError, match=f"{path} is not the file its run wrote .*--forcerun {tmp_path}/scores.json"
    ):
        read_predictions(path)


def test_a_run_output_that_differs_from_its_sealed_digest_is_named(tmp_path):
    from imbalbench.analysis.aggregate import check_distinct_datasets
    from imbalbench.core.artifacts import check_run_output, read_trace
    from imbalbench.core.errors import DatasetError

    trace = tmp_path / "trace.csv"
    trace.write_text("repeat,seed,epoch,valid_auc_pr\n0,0,0,0.5\n0,0,1,0.75\n")
    write_json(seal({"runs": [], "outputs_sha256": {"trace": sha256_of(trace)}}), tmp_path / "scores.json")
    assert read_trace(trace)["valid_auc_pr"].tolist() == [0.5, 0.75]
    trace.write_bytes(trace.read_bytes()[:-5])  # truncated: still a valid CSV, with a wrong last value
    with pytest.raises(ArtifactError, match=f"{trace} is not the file its run wrote .* --forcerun {tmp_path}/scores"):
        read_trace(trace)
    (tmp_path / "model.npz").write_bytes(b"")
    with pytest.raises(ArtifactError, match="is not the file its run wrote"):
        check_run_output(tmp_path / "model.npz")  # nothing sealed for it
    # One dataset under two names: the same rows and labels; one raw file with two targets is fine.
    X = np.arange(12.0).reshape(6, 2)
    for name, y in (
        ("abalone", [0, 0, 0, 0, 1, 1]),
        ("abalone_19", [0, 0, 0, 0, 0, 1]),
        ("glass2", [1, 0, 0, 0, 0, 0]),
        ("glass_two", [1, 0, 0, 0, 0, 0]),
    ):
        write_arrays(tmp_path / f"{name}.npz", X=X, y=np.array(y))
    check_distinct_datasets([tmp_path / "abalone.npz", tmp_path / "abalone_19.npz", tmp_path / "glass2.npz"])
    with pytest.raises(DatasetError, match="datasets 'glass2' and 'glass_two' hold the same rows and labels"):
        check_distinct_datasets([tmp_path / "glass2.npz", tmp_path / "glass_two.npz"])
