"""The workflow end to end on a tiny config: planning, outputs, failures, and what a change reruns."""

import base64
import json
import re
import shutil
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest
import yaml

from imbalbench.learners.mlp import MLPLearner

from .conftest import REPO, Workflow, make_workflow, separable_table

pytestmark = pytest.mark.slow

# What a change to one method's results replans besides its training jobs.
AGGREGATION = {
    "aggregate_scores": 1,
    "tables": 1,
    "significance": 1,
    "verdict": 1,
    "verdict_grid": 1,
    "performance_profile": 1,
    "pr_curves": 1,
    "reliability": 1,
    "meta_phase": 1,
    "runtime_figure": 1,
    "run_summary": 1,
    "all": 1,
    # verdict, evidence, the 6 tables of auc_pr, auc_roc and the verdict's metrics, all_metrics,
    # significance, meta_phase
    "report_table": 11,
}


def test_dry_run_of_the_default_config_plans_every_job(workflow):
    workflow.write_config(yaml.safe_load((REPO / "config.yaml").read_text()))
    config = yaml.safe_load((REPO / "config.yaml").read_text())
    n_datasets, n_methods, n_folds = len(config["datasets"]), len(config["methods"]), config["folds"]
    planned = workflow.planned_jobs()
    # The 18 benchmark datasets and the induced-imbalance experiment's source (Adult).
    assert planned["download"] == planned["preprocess"] == planned["split"] == n_datasets + 1 == 19
    induced = config["induced"]
    n_induced = len(induced["imbalance_ratios"]) * len(induced["methods"]) * n_folds
    # One training rule for every method, benchmark and induced runs alike.
    assert planned["train"] == n_datasets * n_methods * n_folds + n_induced
    for rule in (
        "aggregate_scores",
        "tables",
        "significance",
        "verdict",
        "performance_profile",
        "pr_curves",
        "egl_convergence",
        "induced_split",
        "induced_table",
        "induced_pr_curves",
        "moderators",
        "sine",
        "all",
    ):
        assert planned[rule] == 1, rule


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
    # 2 datasets x 3 methods x 2 folds x 2 seeds, every method on the same seeds of a fold.
    assert len(scores) == 2 * 3 * 2 * 2 and set(scores["status"]) == {"ok"}
    seeds = scores.groupby(["dataset", "fold", "method"])["seed"].apply(tuple).unstack("method")
    assert (seeds.nunique(axis=1) == 1).all() and seeds["ce"].map(len).eq(2).all()
    assert seeds["ce"].map(lambda s: s[0] != s[1]).all() and seeds["ce"].nunique() == 2
    per_seed = scores.groupby(["dataset", "method", "fold"])["auc_pr"].nunique()
    assert (per_seed == 2).mean() > 0.5  # two seeds give two different results (a tiny run can tie now and then)
    verdict = (root / "results" / "tables" / "verdict.md").read_text()
    assert "ros vs ce, AUC-PR:" in verdict and "egl vs ce, Brier score after Platt scaling:" in verdict
    # Two datasets are too few for a conclusion: the verdict says so, with Δ and W/T/L.
    assert "→ no verdict: 2 dataset(s) where both have scores; a verdict needs at least 6" in verdict
    # The grid first: one row per method, one column per verdict metric.
    assert verdict.index(
        "| method | AUC-PR | F1 at the validation threshold | balanced accuracy at 0.5 | Brier"
    ) < verdict.index("## AUC-PR")
    evidence = (root / "results" / "tables" / "evidence.md").read_text()
    assert evidence.count("| dataset | ce | ros | egl |") == 5 and "## Brier score" in evidence
    decision_columns = ["f1", "balanced_accuracy", "mcc", "g_mean", "precision", "recall", "brier", "log_loss", "ece"]
    decision_columns += [f"{c}_tuned" for c in decision_columns[:6]] + ["brier_calibrated", "threshold_tuned"]
    assert scores[decision_columns].notna().all().all()
    assert scores["balanced_accuracy"].between(0, 1).all() and scores["threshold_tuned"].between(0, 1).all()
    run = root / "results" / "runs" / "toy" / "ros" / "fold1"
    predictions = pd.read_parquet(run / "predictions.parquet")
    assert list(predictions.columns) == [
        "repeat",
        "seed",
        "part",
        "y_true",
        "logit",
        "probability",
        "probability_calibrated",
    ]
    splits = json.loads((root / "results" / "splits" / "toy.json").read_text())["folds"][1]
    sizes = predictions.groupby(["repeat", "part"]).size().unstack("part")
    assert (sizes["test"] == len(splits["test"])).all() and (sizes["valid"] == len(splits["valid"])).all()
    assert predictions["repeat"].nunique() == 2 and predictions["probability_calibrated"].between(0, 1).all()
    trace = pd.read_csv(run / "trace.csv")
    assert len(trace) == 3 * 2 and list(trace.columns[:3]) == ["repeat", "seed", "epoch"]
    assert [r["status"] for r in json.loads((run / "scores.json").read_text())["runs"]] == ["ok", "ok"]
    assert (run / "train.log").read_text().count("epoch") >= 1
    assert (root / "results" / "benchmarks" / "train" / "toy" / "ros" / "fold1.tsv").exists()
    synthetic = pd.read_parquet(root / "results" / "runs" / "ecoli" / "egl" / "fold0" / "synthetic.parquet")
    assert set(synthetic["stage"]) == {"start", "learned"} and synthetic.shape[1] == 4 + 2 * 7  # scaled, original
    assert synthetic["repeat"].nunique() == 2
    assert len(pd.read_parquet(run / "synthetic.parquet")) == 0  # every method writes the same outputs
    for name in (
        "auc_pr.md",
        "auc_pr.tex",
        "auc_roc.csv",
        "significance.md",
        "significance.json",
        "f1_tuned.md",
        "brier.tex",
        "brier_calibrated.csv",
        "all_metrics.md",
        "all_metrics.csv",
    ):
        assert (root / "results" / "tables" / name).stat().st_size > 100
    for name in (
        "performance_profile.png",
        "critical_difference.png",
        "pr_curves.png",
        "egl_convergence.png",
        "verdict_grid.png",
        "reliability.png",
    ):
        assert (root / "results" / "figures" / name).stat().st_size > 10_000
    assert json.loads((root / "results" / "sine" / "sine.json").read_text())["egl_test_mse"] > 0
    assert finished.planned_jobs() == {}


def test_the_same_config_gives_bit_identical_per_seed_scores(finished):
    run = finished.root / "results" / "runs" / "toy" / "egl" / "fold1"
    before = json.loads((run / "scores.json").read_text())["runs"]
    finished.snakemake("--forcerun", str(run.relative_to(finished.root) / "scores.json"), "--until", "train")
    after = json.loads((run / "scores.json").read_text())["runs"]
    keys = (
        "seed",
        "auc_pr",
        "auc_roc",
        "best_epoch",
        "best_valid_auc_pr",
        "f1_tuned",
        "threshold_tuned",
        "brier_calibrated",
    )
    assert [{k: r[k] for k in keys} for r in before] == [{k: r[k] for k in keys} for r in after]


def test_repeats_change_no_job_count(workflow):
    counts = {r: workflow.planned_jobs("--config", f"repeats={r}")["train"] for r in (1, 3)}
    assert counts[1] == counts[3] == 2 * 3 * 2


class _Page(HTMLParser):
    """Tables (with their text), and every attribute or style that would load something from outside."""

    def __init__(self):
        super().__init__()
        self.tables, self.external, self._table = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._table = []
        for name in ("src", "data", "poster") + (("href",) if tag == "link" else ()):
            if re.match(r"(https?:)?//", attrs.get(name) or ""):
                self.external.append((tag, attrs[name]))
        if re.search(r"url\(\s*['\"]?(https?:)?//", attrs.get("style") or ""):
            self.external.append((tag, attrs["style"]))

    def handle_data(self, data):
        if self._table is not None:
            self._table.append(data)
        if re.search(r"@import|url\(\s*['\"]?(https?:)?//", data):
            self.external.append(("text", data[:80]))

    def handle_endtag(self, tag):
        if tag == "table" and self._table is not None:
            self.tables.append(" ".join(self._table))
            self._table = None


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def test_html_report_renders_tables_and_the_config_without_external_resources(finished):
    finished.snakemake("--report", "results/report.html")
    html = (finished.root / "results" / "report.html").read_text(errors="replace")
    for figure in (
        "performance_profile.png",
        "critical_difference.png",
        "pr_curves.png",
        "egl_convergence.png",
        "sine.png",
        "runtime.png",
        "verdict_grid.png",
        "reliability.png",
    ):
        assert figure in html, figure
    assert not _parse(html).external
    # The report embeds each item as a data URI; the HTML items are the rendered tables and the run page.
    items = {
        name: base64.b64decode(data).decode()
        for name, data in re.findall(r'"data_uri": "data:text/html;charset=utf8;filename=([^;]+);base64,([^"]+)"', html)
    }
    assert {
        "verdict.html",
        "evidence.html",
        "auc_pr.html",
        "auc_roc.html",
        "significance.html",
        "run.html",
        "meta_phase.html",
        "f1_tuned.html",
        "brier.html",
        "all_metrics.html",
    } <= set(items)
    pages = {name: _parse(text) for name, text in items.items()}
    assert all(not page.external for page in pages.values())
    auc_pr = pages["auc_pr.html"].tables
    assert len(auc_pr) == 1 and "toy" in auc_pr[0] and "mean rank" in auc_pr[0] and "egl" in auc_pr[0]
    grid = pages["verdict.html"].tables[0]  # the verdict page opens with the grid
    assert "Brier score after Platt scaling" in grid and "egl" in grid and len(pages["verdict.html"].tables) == 6
    protocol, datasets, methods = pages["run.html"].tables[:3]
    config = yaml.safe_load((finished.root / "config.yaml").read_text())
    assert f"folds {config['folds']}" in " ".join(protocol.split())
    assert f"epochs {config['training']['epochs']}" in " ".join(protocol.split())
    assert "toy 240 4 30" in " ".join(datasets.split())  # rows, features, minority rows
    assert "meta_epochs=2" in methods
    # The start page says what was run.
    start = html.replace("\\n", " ")  # the start page is JSON-escaped inside the report's script
    assert "2 folds" in start and "2 training seeds per fold, 3 epochs per training run" in start
    assert "tuning: off" in start


def _edit_config(flow, edit):
    config = yaml.safe_load((flow.root / "config.yaml").read_text())
    edit(config)
    flow.write_config(config)


def test_aggregation_names_an_edited_or_truncated_scores_file(finished):
    path = finished.root / "results" / "runs" / "toy" / "ros" / "fold1" / "scores.json"
    scores = json.loads(path.read_text())
    path.write_text(json.dumps({**scores, "auc_pr": 1.0}))
    result = finished.snakemake("--forcerun", "aggregate_scores", "--until", "aggregate_scores", check=False)
    log = (finished.root / "results" / "logs" / "aggregate_scores.log").read_text()
    assert result.returncode != 0 and "Traceback" not in log
    assert f"ArtifactError: {path.relative_to(finished.root)} was changed after its run wrote it" in log
    path.write_text(path.read_text()[:40])
    finished.snakemake("--forcerun", "aggregate_scores", "--until", "aggregate_scores", check=False)
    log = (finished.root / "results" / "logs" / "aggregate_scores.log").read_text()
    assert f"{path.relative_to(finished.root)} is damaged or truncated (JSONDecodeError" in log


def test_an_edited_predictions_file_stops_the_figures_naming_it(finished):
    path = finished.root / "results" / "runs" / "toy" / "ros" / "fold1" / "predictions.parquet"
    predictions = pd.read_parquet(path)
    predictions["logit"] = np.where(predictions["y_true"] == 1, 10.0, -10.0)  # valid, and perfect
    predictions.to_parquet(path)
    result = finished.snakemake("--forcerun", "pr_curves", "--until", "pr_curves", check=False)
    log = (finished.root / "results" / "logs" / "pr_curves.log").read_text()
    assert result.returncode != 0 and "Traceback" not in log
    assert f"{path.relative_to(finished.root)} is not the file its run wrote" in log


def test_a_truncated_warm_start_trace_stops_egl_naming_it(finished):
    trace = finished.root / "results" / "runs" / "toy" / "ce" / "fold0" / "trace.csv"
    trace.write_bytes(trace.read_bytes()[:-20])
    egl = "results/runs/toy/egl/fold0/scores.json"
    result = finished.snakemake("--forcerun", egl, "--until", "train", "--allowed-rules", "train", check=False)
    log = (finished.root / "results" / "runs" / "toy" / "egl" / "fold0" / "train.log").read_text()
    assert result.returncode != 0
    assert f"{trace.relative_to(finished.root)} is not the file its run wrote" in log


def test_changing_one_methods_parameter_reruns_only_its_jobs(finished):
    _edit_config(finished, lambda c: c["methods"].update(ros={"augmentation": 0.5}))
    assert finished.planned_jobs() == {"train": 4, **AGGREGATION}


def test_editing_one_methods_source_reruns_only_its_jobs(finished):
    source = finished.root / "imbalbench" / "methods" / "ros.py"
    source.write_text(source.read_text() + "\n# edited\n")
    assert finished.planned_jobs() == {"train": 4, **AGGREGATION}


def test_editing_egl_reruns_no_ce_job_and_editing_ce_reruns_both(finished):
    """EGL continues from ce's models of the same fold and seeds (one plain run per fold)."""
    egl = finished.root / "imbalbench" / "methods" / "egl.py"
    egl.write_text(egl.read_text() + "\n# edited\n")
    assert finished.planned_jobs() == {"train": 4, "egl_convergence": 1, **AGGREGATION}
    ce = finished.root / "imbalbench" / "methods" / "ce.py"
    ce.write_text(ce.read_text() + "\n# edited\n")
    assert finished.planned_jobs() == {"train": 8, "egl_convergence": 1, **AGGREGATION}


def test_code_outside_a_jobs_import_closure_plans_nothing_and_inside_reruns_it(finished):
    for outside in ("README.md", "tests/test_stats.py", "imbalbench/methods/mesa.py", "imbalbench/estimators/api.py"):
        path = finished.root / outside
        if path.exists():
            path.write_text(path.read_text() + "\n# edited\n")
    assert finished.planned_jobs() == {}
    # methods/base.py is the training path of ros (and of egl's warm start, ce), not ce's own module.
    base = finished.root / "imbalbench" / "methods" / "base.py"
    base.write_text(base.read_text() + "\n# edited\n")
    planned = finished.planned_jobs()
    assert planned["train"] == 2 * 3 * 2 and "split" not in planned  # every run of 2 datasets x 3 methods x 2 folds
    splits = finished.root / "imbalbench" / "data" / "splits.py"
    splits.write_text(splits.read_text() + "\n# edited\n")
    assert finished.planned_jobs()["split"] == 2


def _planned_inputs(flow) -> list[tuple[str, list[str]]]:
    """Every job of a forced dry run as (rule, its input files), from Snakemake's job listing."""
    jobs = []
    for line in flow.snakemake("-n", "--forceall").stdout.splitlines():
        if match := re.match(r"\s*(?:local)?rule (\w+):$", line):
            jobs.append((match.group(1), []))
        elif (match := re.match(r"\s+input: (.*)$", line)) and jobs:
            jobs[-1][1].extend(match.group(1).split(", "))
    return jobs


def test_no_job_takes_source_files_as_inputs_and_a_training_job_takes_few(finished):
    """The overhead guard: Snakemake resolves each input of each job while it plans and stats the
    inputs of every ready job at every scheduling round. A job's code is one digest in its params
    (the edit tests above show that it still reruns exactly the jobs it should)."""
    jobs = _planned_inputs(finished)
    assert {rule for rule, _ in jobs} >= {"train", "split", "aggregate_scores"}
    sources = [path for _, inputs in jobs for path in inputs if path.endswith(".py")]
    assert not sources
    # data, metadata, splits, and for EGL ce's model, trace and scores
    assert max(len(inputs) for rule, inputs in jobs if rule == "train") <= 6


def test_a_variants_training_override_reruns_only_its_jobs(finished):
    _edit_config(finished, lambda c: c["methods"].update(ros_short={"method": "ros", "training": {"epochs": 2}}))
    assert finished.planned_jobs()["train"] == 4  # the new variant's 2 datasets x 2 folds, nothing else
    finished.snakemake()
    assert set(
        pd.read_csv(finished.root / "results" / "runs" / "toy" / "ros_short" / "fold0" / "trace.csv")["epoch"]
    ) == {0, 1}
    _edit_config(finished, lambda c: c["methods"]["ros_short"]["training"].update(epochs=3))
    assert finished.planned_jobs() == {"train": 4, **AGGREGATION}
    _edit_config(finished, lambda c: c["methods"]["ros_short"]["training"].update(epoch=3))
    result = finished.snakemake("-n", check=False)
    assert result.returncode != 0 and "Config error: config key methods.ros_short.training:" in result.stderr


def test_egl_alone_plans_the_plain_runs_it_continues_from(workflow):
    planned = workflow.planned_jobs("--config", "only_methods=[egl]")
    assert planned["train"] == 2 * 2 * 2  # egl and its ce warm start, 2 datasets x 2 folds


def test_egl_continues_from_ces_models(finished):
    """The warm-start phase of EGL's trace is ce's trace, and model.npz holds every seed's MLP."""
    runs = finished.root / "results" / "runs" / "toy"
    ce = pd.read_csv(runs / "ce" / "fold0" / "trace.csv")
    egl = pd.read_csv(runs / "egl" / "fold0" / "trace.csv")
    warm = egl[egl["phase"] == "warm_start"][ce.columns]
    pd.testing.assert_frame_equal(warm.reset_index(drop=True), ce, check_dtype=False)
    with np.load(runs / "ce" / "fold0" / "model.npz") as models:
        assert list(models["seed"]) == sorted(set(ce["seed"]), key=list(ce["seed"]).index)
        assert models["state.net.0.weight"].shape == (2, 8, 4)  # 2 seeds, hidden 8, 4 features


def test_changing_a_datasets_definition_reruns_only_that_dataset(finished):
    _edit_config(finished, lambda c: c["datasets"]["toy"].update(drop=["x3"]))
    assert finished.planned_jobs() == {
        "download": 1,
        "preprocess": 1,
        "split": 1,
        "train": 6,
        "egl_convergence": 1,
        **AGGREGATION,
    }


def test_a_method_that_cannot_run_fails_alone(workflow):
    _edit_config(workflow, lambda c: c["methods"].update(smote={"k_neighbors": 60}))
    workflow.snakemake()
    scores = pd.read_csv(workflow.root / "results" / "scores.csv")
    failed = scores[scores["status"] == "failed"]
    assert set(failed["method"]) == {"smote"} and len(failed) == 2 * 2 * 2  # datasets x folds x seeds
    assert failed["reason"].str.contains("neighbo").all()
    assert set(scores.loc[scores["method"] != "smote", "status"]) == {"ok"}
    assert "Datasets missed: smote 2." in (workflow.root / "results" / "tables" / "auc_pr.md").read_text()


def test_a_crashing_job_leaves_no_outputs_and_the_others_complete(workflow):
    # A dataset whose file is corrupted after checking: its preprocess job crashes.
    bad = workflow.root / "bad.csv"
    bad.write_text("x0,label\n" + "1,pos\n" * 12 + "2,neg\n" * 30 + "not-a-number,neg\n")
    _edit_config(
        workflow,
        lambda c: c["datasets"].update(bad={"source": "csv", "path": "bad.csv", "target": "label", "positive": "pos"}),
    )
    result = workflow.snakemake("--keep-going", check=False)
    assert result.returncode != 0
    log = (workflow.root / "results" / "logs" / "preprocess" / "bad.log").read_text()
    assert "dataset 'bad': non-numeric feature columns ['x0']" in log
    assert "Traceback" not in log
    assert not (workflow.root / "results" / "data" / "bad.npz").exists()
    for dataset in ("toy", "ecoli"):
        assert len(list((workflow.root / "results" / "runs" / dataset).glob("*/fold*/scores.json"))) == 3 * 2


def test_where_a_method_helps_runs_from_ten_datasets_and_not_below(workflow):
    from .conftest import separable_table

    datasets = {}
    for i in range(10):
        separable_table(n=120 + 40 * i, minority=12 + 3 * i, d=2 + i % 3, seed=i).to_csv(
            workflow.root / f"t{i}.csv", index=False
        )
        datasets[f"t{i}"] = {"source": "csv", "path": f"t{i}.csv", "target": "label", "positive": "pos"}
    config = {
        "folds": 2,
        "repeats": 1,
        "datasets": datasets,
        "methods": {"ce": {}, "ros": {}},
        "training": {"hidden": [4], "epochs": 2, "batch_size": 64},
        "aggregate": {"metrics": ["auc_pr", "brier"]},
    }
    workflow.write_config(config)
    workflow.snakemake("results/tables/moderators.md")
    table = pd.read_csv(workflow.root / "results" / "tables" / "moderators.csv")
    assert set(table["metric"]) == {"auc_pr", "brier"} and set(table["method"]) == {"ros"}
    assert (table["datasets"] == 10).all() and table["rho"].between(-1, 1).all()
    assert (workflow.root / "results" / "figures" / "moderators.png").stat().st_size > 0
    assert "## auc_pr" in (workflow.root / "results" / "tables" / "moderators.md").read_text()
    config["datasets"].pop("t9")
    workflow.write_config(config)
    assert "moderators" not in workflow.planned_jobs()


def test_induced_experiment_end_to_end_on_a_small_balanced_dataset(workflow):
    rng = np.random.default_rng(0)
    y = np.array([0, 1] * 300)
    frame = pd.DataFrame(rng.normal(size=(600, 4)) + 1.5 * y[:, None], columns=list("abcd"))
    frame["label"] = y
    frame.to_csv(workflow.root / "balanced.csv", index=False)
    _edit_config(
        workflow,
        lambda c: c.update(
            methods={"ce": {}},
            datasets={"toy": c["datasets"]["toy"]},
            induced={
                "dataset": "balanced",
                "source": {"source": "csv", "path": "balanced.csv", "target": "label", "positive": 1},
                "imbalance_ratios": [5, 20],
                "methods": ["ce", "egl", "potential"],
                "pca_components": 2,
            },
        ),
    )
    workflow.snakemake()
    table = pd.read_csv(workflow.root / "results" / "induced" / "table.csv")
    assert sorted(table["imbalance_ratio"].unique()) == [5, 20]
    assert set(table["method"]) == {"ce", "egl", "potential"} and table["auc_pr"].notna().all()
    assert table.loc[table["method"] == "potential", "delta_percent"].abs().max() == 0
    markdown = (workflow.root / "results" / "induced" / "table.md").read_text()
    assert "made imbalanced alike, as in the paper" in markdown and "| 20:1 | egl |" in markdown
    assert (workflow.root / "results" / "induced" / "pr_curves.png").stat().st_size > 10_000


TOY_METHOD = '''"""``toy``: label smoothing, a method that exists only in this test."""

from ..core.parameters import Parameter
from .base import Method


class LabelSmoothing(Method):
    parameters = (Parameter("smoothing", float, 0.1, at_least=0, below=0.5, doc="target shrink towards 1/2"),)
    search_space = {"smoothing": {"type": "float", "low": 0.0, "high": 0.3}}
    note = "{name} is this test's own method."

    def make_loss(self, y):
        import torch.nn.functional as F

        eps = self.smoothing
        return lambda logits, targets: F.binary_cross_entropy_with_logits(
            logits, targets * (1 - 2 * eps) + eps, reduction="none"
        ).mean(-1)
'''


def test_a_new_method_is_one_file(workflow):
    """A method module dropped into imbalbench/methods, and nothing else edited but the config: it is
    validated against its declaration, tuned with its declared space, trained and tabled."""
    (workflow.root / "imbalbench" / "methods" / "toy.py").write_text(TOY_METHOD)
    _edit_config(workflow, lambda c: c["methods"].update(toy={"smoothing": 0.7}))
    refused = workflow.snakemake("-n", check=False)
    assert refused.returncode != 0 and "config key methods.toy.smoothing" in refused.stderr
    _edit_config(
        workflow,
        lambda c: c.update(
            methods={"ce": {}, "toy": {"smoothing": 0.1}, "toy_strong": {"method": "toy", "smoothing": 0.3}},
            tuning={"trials": 2, "methods": ["toy"]},
        ),
    )
    workflow.snakemake("results/tables/auc_pr.md", "results/tables/tuning.md")
    tuning = json.loads((workflow.root / "results" / "tuning" / "toy" / "toy" / "fold0.json").read_text())
    assert tuning["status"] == "ok" and tuning["space"] == {
        "method": {"smoothing": {"type": "float", "low": 0.0, "high": 0.3}},
        "training": MLPLearner.search_space,  # the MLP's declared space: the config names none
    }
    scores = pd.read_csv(workflow.root / "results" / "scores.csv")
    assert set(scores["method"]) == {"ce", "toy", "toy_strong"} and set(scores["status"]) == {"ok"}
    by_method = scores.set_index(["method", "dataset", "fold", "repeat"])["brier"]
    assert not by_method["toy"].equals(by_method["ce"]) and not by_method["toy_strong"].equals(by_method["toy"])
    table = (workflow.root / "results" / "tables" / "auc_pr.md").read_text()
    header = next(line for line in table.splitlines() if line.startswith("| dataset"))
    assert [cell.strip() for cell in header.strip("|").split("|")] == ["dataset", "ce", "toy", "toy_strong"]
    assert "toy is this test's own method." in table and "toy_strong is this test's own method." in table


TOY_LEARNER = '''"""``toy``: a learner that exists only in this test: the direction between the class means."""

import numpy as np

from .base import SAMPLE_WEIGHT, Learner


class MeanDifference(Learner):
    capabilities = frozenset({SAMPLE_WEIGHT})

    def fit(self, X, y, X_valid, y_valid, seeds, *, device=None, class_weight=None, loss=None, batches=None):
        from ..models.training import TrainResult
        from ..scoring.metrics import average_precision

        results = []
        for r, _ in enumerate(seeds):
            rows, labels = (X, y) if np.ndim(X) == 2 else (X[r], y[r])
            direction = rows[labels == 1].mean(0) - rows[labels == 0].mean(0)
            valid = average_precision(y_valid, X_valid @ direction)
            results.append(TrainResult(None, 0, valid, {"epoch": [0]}, predict=lambda Z, w=direction: Z @ w))
        return results
'''


def test_a_new_learner_is_one_file_and_samplers_share_their_rows(workflow):
    """A learner module dropped into imbalbench/learners: each method that applies to it runs on it
    (focal does not: it needs minibatches), the verdict per learner judges it against its own ce,
    and ros's rows are made once for both learners, the same rows as ros makes alone on the MLP."""
    from imbalbench.data.splits import load_fold
    from imbalbench.methods import make_method

    (workflow.root / "imbalbench" / "learners" / "toy.py").write_text(TOY_LEARNER)
    methods = {"ce": {}, "ros": {}, "cw": {}, "focal": {}}
    _edit_config(workflow, lambda c: c.update(methods=methods, learners={"mlp": {}, "toy": {}}))
    planned = workflow.planned_jobs()
    assert planned["train"] == 2 * 2 * 7 and planned["resample"] == 2 * 2 and planned["learner_verdict"] == 1
    workflow.snakemake("results/tables/learner_verdict.md", "results/tables/verdict.md")
    results = workflow.root / "results"
    scores = pd.read_csv(results / "scores.csv")
    assert set(scores["method"]) == {"ce", "ce@toy", "ros", "ros@toy", "cw", "cw@toy", "focal"}
    assert set(scores.loc[scores["method"].str.endswith("@toy"), "learner"]) == {"toy"}
    records = pd.DataFrame(json.loads((results / "tables" / "learner_verdict.json").read_text()))
    toy = records[records["learner"] == "toy"]
    assert set(toy["control"]) == {"ce@toy"} and set(toy["base"]) == {"ros", "cw"}
    verdict = pd.DataFrame(json.loads((results / "tables" / "verdict.json").read_text()))
    assert set(verdict["control"]) == {"ce"} and "ros@toy" in set(verdict["method"])
    # The shared rows are ros's own, seed by seed.
    fold = load_fold(results / "data" / "ecoli.npz", results / "splits" / "ecoli.json", 1)
    with np.load(results / "rows" / "ecoli" / "ros" / "fold1.npz") as rows:
        seeds = json.loads((results / "rows" / "ecoli" / "ros" / "fold1.json").read_text())["seeds"]
        for r, seed in enumerate(seeds):
            X, y = make_method("ros").resample(fold.X_train, fold.y_train, seed)
            np.testing.assert_array_equal(rows["X"][r], X)
            np.testing.assert_array_equal(rows["y"][r], y)
    # Without the toy learner ros resamples inside its MLP jobs: the same numbers.
    shared = scores[scores["method"] == "ros"].set_index(["dataset", "fold", "repeat"])["auc_pr"]
    _edit_config(workflow, lambda c: c.pop("learners"))
    assert workflow.planned_jobs().get("resample", 0) == 0
    workflow.snakemake("results/scores.csv")
    alone = pd.read_csv(results / "scores.csv")
    alone = alone[alone["method"] == "ros"].set_index(["dataset", "fold", "repeat"])["auc_pr"]
    pd.testing.assert_series_equal(alone, shared)


@pytest.mark.slow
def test_a_kept_raw_folder_never_serves_the_file_of_another_entry(workflow):
    """resources/ outlives results/ and .snakemake/: a dataset entry that now names another file
    gets that file's rows, not the files fetched for the entry before."""
    from imbalbench.core.artifacts import sha256_of

    separable_table(seed=1).to_csv(workflow.root / "toy2.csv", index=False)
    _edit_config(workflow, lambda c: c["datasets"]["toy"].update(path="toy2.csv"))
    workflow.snakemake("results/data/toy.npz")
    assert json.loads((workflow.root / "results/data/toy.json").read_text())["sha256"] == sha256_of(
        workflow.root / "toy2.csv"
    )
    shutil.rmtree(workflow.root / "results")
    shutil.rmtree(workflow.root / ".snakemake")
    _edit_config(workflow, lambda c: c["datasets"]["toy"].update(path="toy.csv"))
    workflow.snakemake("results/data/toy.npz")
    assert json.loads((workflow.root / "results/data/toy.json").read_text())["sha256"] == sha256_of(
        workflow.root / "toy.csv"
    )
    manifests = sorted((workflow.root / "resources/raw/toy").glob("*/manifest.json"))
    assert sorted(json.loads(path.read_text())["spec"]["path"] for path in manifests) == ["toy.csv", "toy2.csv"]
