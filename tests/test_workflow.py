"""The workflow end to end on a tiny config: planning, outputs, failures, and what a change reruns."""

import json
import shutil

import pandas as pd
import pytest
import yaml

from .conftest import REPO, Workflow, make_workflow

pytestmark = pytest.mark.slow


def test_dry_run_of_the_default_config_plans_every_job(workflow):
    workflow.write_config(yaml.safe_load((REPO / "config.yaml").read_text()))
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    n_datasets, n_methods, n_folds = len(config["datasets"]), len(config["methods"]), config["folds"]
    planned = workflow.planned_jobs()
    assert planned["download"] == planned["preprocess"] == planned["split"] == n_datasets == 18
    assert planned["train"] == n_datasets * n_methods * n_folds
    assert planned["aggregate_scores"] == 1


@pytest.fixture(scope="module")
def finished_template(tmp_path_factory):
    flow = make_workflow(tmp_path_factory.mktemp("finished"))
    flow.snakemake()
    return flow


@pytest.fixture
def finished(finished_template, tmp_path):
    """A private copy of a finished tiny run (file times kept, so nothing is out of date)."""
    shutil.copytree(finished_template.root, tmp_path / "copy", symlinks=True)
    return Workflow(tmp_path / "copy", copy=False)


def test_tiny_run_writes_every_output(finished):
    root = finished.root
    scores = pd.read_csv(root / "results" / "scores.csv")
    assert len(scores) == 2 * 2 * 2 and set(scores["status"]) == {"ok"}
    run = root / "results" / "runs" / "toy" / "ros" / "fold1"
    predictions = pd.read_parquet(run / "predictions.parquet")
    assert list(predictions.columns) == ["y_true", "logit", "probability"]
    assert len(pd.read_csv(run / "trace.csv")) == 3
    assert json.loads((run / "scores.json").read_text())["status"] == "ok"
    assert (run / "train.log").read_text().count("epoch") >= 1
    assert (root / "results" / "benchmarks" / "train" / "toy" / "ros" / "fold1.tsv").exists()
    assert finished.planned_jobs() == {}


def _edit_config(flow, edit):
    config = yaml.safe_load((flow.root / "config.yaml").read_text())
    edit(config)
    flow.write_config(config)


def test_changing_one_methods_parameter_reruns_only_its_jobs(finished):
    _edit_config(finished, lambda c: c["methods"].update(ros={"augmentation": 0.5}))
    assert finished.planned_jobs() == {"train": 4, "aggregate_scores": 1, "all": 1}


def test_editing_one_methods_source_reruns_only_its_jobs(finished):
    source = finished.root / "imbalbench" / "methods" / "ros.py"
    source.write_text(source.read_text() + "\n# edited\n")
    assert finished.planned_jobs() == {"train": 4, "aggregate_scores": 1, "all": 1}


def test_changing_a_datasets_definition_reruns_only_that_dataset(finished):
    _edit_config(finished, lambda c: c["datasets"]["toy"].update(drop=["x3"]))
    assert finished.planned_jobs() == {"download": 1, "preprocess": 1, "split": 1, "train": 4,
                                       "aggregate_scores": 1, "all": 1}


def test_a_method_that_cannot_run_fails_alone(workflow):
    _edit_config(workflow, lambda c: c["methods"].update(smote={"k_neighbors": 60}))
    workflow.snakemake()
    scores = pd.read_csv(workflow.root / "results" / "scores.csv")
    failed = scores[scores["status"] == "failed"]
    assert set(failed["method"]) == {"smote"} and len(failed) == 4
    assert failed["reason"].str.contains("neighbo").all()
    assert set(scores.loc[scores["method"] != "smote", "status"]) == {"ok"}


def test_a_crashing_job_leaves_no_outputs_and_the_others_complete(workflow):
    # A dataset whose file is corrupted after checking: its preprocess job crashes.
    bad = workflow.root / "bad.csv"
    bad.write_text("x0,label\n1,pos\n2,neg\n3,neg\nnot-a-number,neg\n")
    _edit_config(workflow, lambda c: c["datasets"].update(
        bad={"source": "csv", "path": "bad.csv", "target": "label", "positive": "pos"}))
    result = workflow.snakemake("--keep-going", check=False)
    assert result.returncode != 0
    log = (workflow.root / "results" / "logs" / "preprocess" / "bad.log").read_text()
    assert "dataset 'bad': non-numeric feature columns ['x0']" in log
    assert "Traceback" not in log
    assert not (workflow.root / "results" / "data" / "bad.npz").exists()
    for dataset in ("toy", "ecoli"):
        assert len(list((workflow.root / "results" / "runs" / dataset).glob("*/fold*/scores.json"))) == 4
