"""Published references: a run takes the jobs a reference holds with the same identity and trains
only the rest, with tables bit-identical to running everything here; anything that differs (code,
parameters, splits, a damaged file, another protocol) is rerun or refused with one line."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from imbalbench.workflow import reference

from .conftest import REPO, Workflow, make_workflow

METHODS = {"ce": {}, "ros": {}, "egl": {"meta_epochs": 2}, "rs": {}}
TABLES = [
    "tables/auc_pr.csv",
    "tables/all_metrics.csv",
    "tables/verdict.json",
    "tables/evidence.csv",
    "tables/significance.json",
    "tables/performance_profile.csv",
    "tables/meta_phase.csv",
]


def _flow(parent: Path):
    flow = make_workflow(parent)
    config = yaml.safe_load((flow.root / "config.yaml").read_text())
    config.update(datasets={"toy": config["datasets"]["toy"]}, methods=METHODS, sine=False)
    flow.write_config(config)
    return flow


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Everything run here once, then published in two parts: ce and ros; ce, egl and rs."""
    flow = _flow(tmp_path_factory.mktemp("whole"))
    flow.snakemake()
    flow.snakemake("--config", "only_methods=[ce,ros]", "--", "published/parts/a/manifest.json")
    flow.snakemake("--config", "only_methods=[ce,egl,rs]", "--", "published/parts/b/manifest.json")
    return flow


def _planned_training(flow, *config):
    return flow.planned_jobs("--config", *config).get("train", 0)


@pytest.mark.slow
def test_a_reference_of_half_the_methods_trains_the_other_half_and_gives_the_same_tables(published, tmp_path):
    flow = _flow(tmp_path)
    part = published.root / "published/parts/a"
    assert _planned_training(flow, f"reference={part}") == 4  # egl and rs, 2 folds each
    flow.snakemake("--config", f"reference={part}")
    for table in TABLES:
        assert (flow.root / "results" / table).read_bytes() == (published.root / "results" / table).read_bytes(), table
    scores = pd.read_csv(flow.root / "results/scores.csv")
    assert set(scores.loc[scores["source"] == str(part), "method"]) == {"ce", "ros"}
    assert set(scores.loc[scores["source"] == "here", "method"]) == {"egl", "rs"}
    # EGL continued from the published ce models, so ce was not trained here.
    assert not (flow.root / "results/runs/toy/ce").exists()
    assert "ce: 2 of 2 jobs from reference" in (flow.root / "results/tables/auc_pr.md").read_text()


@pytest.mark.slow
def test_two_parts_merge_into_the_whole_runs_tables(published, tmp_path):
    flow = _flow(tmp_path)
    parts = published.root / "published/parts"
    assert _planned_training(flow, f"reference={parts}") == 0
    flow.snakemake("--config", f"reference={parts}")
    for table in TABLES[:-1]:  # meta_phase needs EGL's traces, which a reference does not hold
        assert (flow.root / "results" / table).read_bytes() == (published.root / "results" / table).read_bytes(), table
    assert not (flow.root / "results/tables/meta_phase.csv").exists()


@pytest.mark.slow
def test_a_method_whose_code_or_parameters_changed_is_trained_again(published):
    flow = published
    parts = published.root / "published/parts"
    assert _planned_training(flow, f"reference={parts}") == 0
    assert _planned_training(flow, f"reference={parts}", "methods={ros: {augmentation: 0.5}}") == 2
    result = flow.snakemake("-n", "--config", f"reference={parts}", "methods={ros: {augmentation: 0.5}}")
    assert "a reference holds jobs of 1 run(s) under the same names but other identities" in result.stderr
    assert "(ros: its parameters, seeds or upstream jobs differ from" in result.stderr
    ros = flow.root / "imbalbench/methods/ros.py"
    original = ros.read_text()
    try:
        ros.write_text(original + "\n# edited\n")
        assert _planned_training(flow, f"reference={parts}") == 2
        result = flow.snakemake("-n", "--config", f"reference={parts}")
        assert "(ros: its training code differs from" in result.stderr and "1 run(s)" in result.stderr
        shared = flow.root / "imbalbench/models/training.py"  # every MLP job's code
        kept = shared.read_text()
        shared.write_text(kept + "\n# edited\n")
        try:
            assert _planned_training(flow, f"reference={parts}") == 8
        finally:
            shared.write_text(kept)
    finally:
        ros.write_text(original)


@pytest.mark.slow
@pytest.mark.parametrize(
    "setting, message",
    [
        ("seed=1", "was made with seed = 0, this config has 1"),
        ("repeats=3", "was made with repeats = 2, this config has 3"),
        ("audit=true", "audit: true needs every run's trace"),
    ],
)
def test_another_protocol_is_refused_with_one_line(published, setting, message):
    parts = published.root / "published/parts"
    result = published.snakemake("-n", "--config", f"reference={parts}", setting, check=False)
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr


def _copy(published, tmp_path) -> Path:
    folder = tmp_path / "a"
    shutil.copytree(published.root / "published/parts/a", folder)
    return folder


@pytest.mark.slow
def test_a_damaged_or_missing_published_file_is_refused(published, tmp_path):
    config = {"seed": 0, "folds": 2, "repeats": 2, "valid_size": 0.2}
    folder = _copy(published, tmp_path)
    reference.load([folder], config)  # intact
    scores = folder / "scores.parquet"
    scores.write_bytes(scores.read_bytes()[:-1] + b"x")
    with pytest.raises(reference.ReferenceError, match=r"scores.parquet is missing or differs from its sha256"):
        reference.load([folder], config)
    with pytest.raises(reference.ReferenceError, match="does not exist"):
        reference.load([tmp_path / "nowhere"], config)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(reference.ReferenceError, match="holds no manifest.json"):
        reference.load([empty], config)


@pytest.mark.slow
def test_a_manifest_of_another_format_is_refused(published, tmp_path):
    folder = _copy(published, tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps({**manifest, "format": 99}))
    with pytest.raises(reference.ReferenceError, match="is of format 99; this version reads format 1"):
        reference.load([folder], {"seed": 0, "folds": 2, "repeats": 2, "valid_size": 0.2})


@pytest.mark.slow
def test_a_dataset_whose_splits_differ_is_refused_before_its_tables(published, tmp_path):
    flow = _flow(tmp_path)
    folder = _copy(published, tmp_path)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["datasets"]["toy"]["splits"] = "0" * 64
    (folder / "manifest.json").write_text(json.dumps(manifest))
    result = flow.snakemake("--config", f"reference={folder}", check=False)
    assert result.returncode != 0
    log = (flow.root / "results/logs/reference/toy.log").read_text()
    assert "dataset toy: its splits differ from those of reference" in log
    assert not (flow.root / "results/scores.csv").exists()


@pytest.mark.slow
def test_a_manifest_records_what_decides_its_jobs(published):
    manifest = json.loads((published.root / "published/parts/a/manifest.json").read_text())
    assert manifest["protocol"] == reference.protocol(manifest["config"])
    assert set(manifest["runs"]) == {"ce", "ros"}
    assert sorted(manifest["jobs"]) == [f"toy/{run}/fold{k}" for run in ("ce", "ros") for k in (0, 1)]
    assert sorted(manifest["files"]) == sorted(
        ["scores.parquet", *[f"warm/toy/ce/fold{k}/{name}" for k in (0, 1) for name in reference.WARM_FILES]]
    )
    assert manifest["size_bytes"] == sum(size for size, _ in manifest["files"].values())
    assert {"torch", "scikit-learn", "imbalanced-learn"} <= set(manifest["libraries"])
    table = pd.read_parquet(published.root / "published/parts/a/scores.parquet")
    whole = pd.read_csv(published.root / "results/scores.csv")
    whole = whole[whole["method"].isin(["ce", "ros"])].sort_values(["method", "fold", "repeat"])
    table = table.sort_values(["method", "fold", "repeat"])
    for metric in ("auc_pr", "f1_tuned", "brier"):
        assert table[metric].tolist() == whole[metric].tolist()  # exact: the same float64s


TOY_METHOD = '''"""``toy``: plain training under another name, a new method as README's "Judge your own method" adds one."""

from .base import Method


class Toy(Method):
    """The MLP trained on the training rows as they are."""
'''


def _references() -> list[str]:
    return sorted(
        path.name
        for path in (REPO / "published").glob("*")
        if any(path.glob("manifest.json")) or any(path.glob("*/manifest.json"))
    )


@pytest.mark.slow
@pytest.mark.parametrize("name", _references())
def test_a_new_method_against_a_committed_reference_plans_only_its_own_jobs(name, tmp_path):
    """README's "Judge your own method" on a reference of this repository (its first part's config):
    a dry run plans the toy method's training jobs, on each learner, and no other."""
    flow = Workflow(tmp_path / "workflow")
    (flow.root / "imbalbench/methods/toy.py").write_text(TOY_METHOD)
    folder = REPO / "published" / name
    manifest = json.loads(sorted(folder.glob("**/manifest.json"))[0].read_text())
    config = {key: value for key, value in manifest["config"].items() if key not in ("induced", "sine", "reference")}
    flow.write_config(config, "reference.yaml")
    planned = flow.planned_jobs(
        "--configfile", "reference.yaml", "--config", f"reference={folder}", "methods={toy: {}}"
    )
    learners = len(config.get("learners") or {"mlp": {}})
    assert planned["train"] == learners * len(config["datasets"]) * config["folds"]


def test_an_identity_changes_with_any_param_or_upstream_job_and_not_with_their_order():
    params = {"code": "abc", "method": {"augmentation": 1.0}, "seeds": [1, 2]}
    same = reference.job_identity(dict(reversed(params.items())), {})
    assert reference.job_identity(params, {}) == same
    assert reference.job_identity({**params, "method": {"augmentation": 0.5}}, {}) != same
    assert reference.job_identity({**params, "seeds": [1, 3]}, {}) != same
    assert reference.job_identity(params, {"warm": "x"}) != same


def test_a_job_is_taken_from_the_first_part_holding_it_with_the_same_identity(tmp_path):
    first = reference.Part(tmp_path / "a", {"jobs": {"d/ce/fold0": "1", "d/ros/fold0": "2"}, "files": {}})
    second = reference.Part(tmp_path / "b", {"jobs": {"d/ros/fold0": "3", "d/rs/fold0": "4"}, "files": {}})
    planned = {"d/ce/fold0": "1", "d/ros/fold0": "3", "d/rs/fold0": "5"}
    assert reference.reused_jobs([first, second], planned) == {"d/ce/fold0": first, "d/ros/fold0": second}


@pytest.mark.slow
def test_without_published_models_a_method_retrains_the_jobs_it_continues_from_and_says_so(published, tmp_path):
    published.snakemake(
        "--config", "only_methods=[ce,ros]", "publish_warm_start=false", "--", "published/bare/manifest.json"
    )
    bare = published.root / "published/bare"
    assert not any((bare / "warm").rglob("*.npz"))
    flow = _flow(tmp_path)
    result = flow.snakemake("-n", "--quiet", "rules", "--config", f"reference={bare}")
    assert "2 jobs that a reference holds are trained here too (e.g. toy/ce/fold0)" in result.stderr
    assert _planned_training(flow, f"reference={bare}") == 6  # egl and rs, and ce for egl's warm start


# ---------------------------------------------------------------- a published folder is untrusted input

PROTOCOL = {"seed": 0, "folds": 2, "repeats": 2, "valid_size": 0.2}


def _rewrite(folder: Path, edit) -> None:
    """Edit a part's manifest in place, then seal ``scores.parquet`` again as a forger would."""
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text())
    edit(manifest)
    scores = folder / "scores.parquet"
    if "scores.parquet" in manifest.get("files", {}):
        manifest["files"]["scores.parquet"] = [scores.stat().st_size, reference.sha256_of(scores)]
    path.write_text(json.dumps(manifest))


@pytest.mark.slow
def test_a_part_folder_named_with_shell_syntax_runs_nothing_and_its_warm_files_are_copied(published, tmp_path):
    """A method continuing from ce (an EGL variant) takes ce's models from a part whose folder name
    holds $(...), backticks, ; and a space: nothing runs, the files arrive as published."""
    parts = tmp_path / "refs"
    name = "x$(touch PWNED1) `touch PWNED2`; touch PWNED3"
    shutil.copytree(published.root / "published/parts/b", parts / name)
    flow = _flow(tmp_path)
    flow.snakemake(
        "--config", f"reference={parts}", "methods={egl1: {method: egl, meta_epochs: 1}}", "only_methods=[ce,egl1]"
    )
    assert not [path for path in (tmp_path, flow.root, Path.cwd()) for path in path.rglob("PWNED*")]
    for fold in (0, 1):
        for file in reference.WARM_FILES:
            copied = flow.root / f"results/reference/warm/toy/ce/fold{fold}/{file}"
            assert copied.read_bytes() == (parts / name / f"warm/toy/ce/fold{fold}/{file}").read_bytes()
    scores = pd.read_csv(flow.root / "results/scores.csv")
    assert set(scores.loc[scores["source"] == "here", "method"]) == {"egl1"}


@pytest.mark.slow
def test_a_published_warm_model_that_is_not_its_jobs_is_refused_naming_the_published_file(published, tmp_path):
    part = tmp_path / "b"
    shutil.copytree(published.root / "published/parts/b", part)
    source = part / "warm/toy/ce/fold0"
    targets = {name: tmp_path / "copy" / name for name in reference.WARM_FILES}
    reference.copy_warm(source, targets)  # intact
    assert [targets[name].read_bytes() for name in reference.WARM_FILES] == [
        (source / name).read_bytes() for name in reference.WARM_FILES
    ]
    shutil.rmtree(tmp_path / "copy")
    shutil.copyfile(part / "warm/toy/ce/fold1/model.npz", source / "model.npz")  # another job's model
    with pytest.raises(reference.ReferenceError, match=r"warm/toy/ce/fold0/model.npz is not the file its job wrote"):
        reference.copy_warm(source, targets)
    assert not (tmp_path / "copy").exists()  # nothing copied


@pytest.mark.slow
@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda m: m.pop("datasets"), "key \\(top level\\): 'datasets' is a required property"),
        (lambda m: m["datasets"].pop("toy"), "holds jobs of dataset toy .* but not its rows' and splits' digests"),
        (lambda m: m["datasets"]["toy"].pop("rows"), "key datasets.toy: 'rows' is a required property"),
        (lambda m: m.pop("files"), "'files' is a required property"),
        (lambda m: m.pop("protocol"), "'protocol' is a required property"),
        (lambda m: m["files"].pop("scores.parquet"), "key files: 'scores.parquet' is a required property"),
        (lambda m: m["files"].update({"../../toy.csv": [1, "0" * 64]}), "lists file '../../toy.csv', which is not"),
        (lambda m: m["files"].update({"/etc/hostname": [1, "0" * 64]}), "lists file '/etc/hostname', which is not"),
        (
            lambda m: m["files"].update({"warm/toy/ce/fold0/../../../../x/scores.json": [1, "0" * 64]}),
            "which is not one a part holds",
        ),
        (lambda m: m["jobs"].update({"../x/fold0": "0" * 64}), "names a job '../x/fold0'"),
        (lambda m: m["files"].pop("warm/toy/ce/fold0/trace.csv"), "but not all of scores.json, model.npz, trace.csv"),
    ],
)
def test_a_manifest_that_lacks_what_the_code_reads_or_names_files_outside_its_part_is_refused(
    published, tmp_path, edit, message
):
    folder = _copy(published, tmp_path)
    _rewrite(folder, edit)
    with pytest.raises(reference.ReferenceError, match=message):
        reference.load([folder], PROTOCOL)


@pytest.mark.slow
def test_a_listed_file_that_is_a_link_out_of_its_part_is_refused(published, tmp_path):
    folder = _copy(published, tmp_path)
    outside = tmp_path / "outside.parquet"
    shutil.move(folder / "scores.parquet", outside)
    (folder / "scores.parquet").symlink_to(outside)
    with pytest.raises(reference.ReferenceError, match="scores.parquet is a link or leads outside"):
        reference.load([folder], PROTOCOL)


@pytest.mark.slow
def test_two_parts_holding_one_job_with_other_scores_are_refused_naming_both(published, tmp_path):
    parts = tmp_path / "parts"
    for name in ("a", "a2"):
        shutil.copytree(published.root / "published/parts/a", parts / name)
    loaded = reference.load([parts], PROTOCOL)
    planned = dict(loaded[0].jobs)
    # Identical duplicates (their costs aside) are taken once, from the first part.
    table = pd.read_parquet(parts / "a2/scores.parquet")
    table["job_cpu_seconds"] += 1.0
    table.to_parquet(parts / "a2/scores.parquet", index=False)
    _rewrite(parts / "a2", lambda m: None)
    loaded = reference.load([parts], PROTOCOL)
    assert {part.folder for part in reference.reused_jobs(loaded, planned).values()} == {parts / "a"}
    table.loc[table["job"] == "toy/ros/fold1", "auc_pr"] += 0.01
    table.to_parquet(parts / "a2/scores.parquet", index=False)
    _rewrite(parts / "a2", lambda m: None)
    loaded = reference.load([parts], PROTOCOL)
    with pytest.raises(
        reference.ReferenceError, match=r"parts .*/a and .*/a2 both hold job toy/ros/fold1 .* other scores"
    ):
        reference.reused_jobs(loaded, planned)


@pytest.mark.slow
def test_publishing_over_a_folder_of_parts_is_refused_and_leaves_the_parts_as_they_were(published):
    parts = published.root / "published/parts"
    before = {path: path.read_bytes() for path in parts.rglob("*") if path.is_file()}
    result = published.snakemake("--config", "only_methods=[ce]", "--", "published/parts/manifest.json", check=False)
    assert result.returncode != 0
    log = (published.root / "results/logs/publish/parts.log").read_text()
    assert "holds a/manifest.json, which is not part of a publication of its own" in log
    assert {path: path.read_bytes() for path in parts.rglob("*") if path.is_file()} == before


@pytest.mark.slow
def test_publishing_again_replaces_a_previous_publication_of_the_same_name(published):
    published.snakemake("--config", "only_methods=[ce,ros]", "--", "published/again/manifest.json")
    published.snakemake("--config", "only_methods=[ce]", "--", "published/again/manifest.json")  # its params changed
    again = published.root / "published/again"
    manifest = json.loads((again / "manifest.json").read_text())
    assert sorted(manifest["jobs"]) == [f"toy/ce/fold{k}" for k in (0, 1)]
    assert sorted(str(p.relative_to(again)) for p in again.rglob("*") if p.is_file()) == sorted(
        ["manifest.json", *manifest["files"]]
    )
    assert not list(again.parent.glob(".again.*"))  # nothing left beside it
    # A part inside a part would never be read.
    result = published.snakemake(
        "--config", "only_methods=[ce]", "--", "published/again/inner/manifest.json", check=False
    )
    assert result.returncode != 0 and not (again / "inner/manifest.json").exists()
    log = (published.root / "results/logs/publish/again/inner.log").read_text()
    assert "published/again is a published part, and a part inside it would never be read" in log


def test_a_reference_that_does_not_exist_is_named_as_written(workflow):
    result = workflow.snakemake("-n", "--config", "reference=nowhere/ref", check=False)
    assert result.returncode != 0 and "reference: nowhere/ref does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_rule_hands_a_path_to_a_shell():
    """Paths in this workflow come from configs and published folders, other people's input: every
    rule runs Python (``script:``), so that no name is ever parsed by a shell."""
    rules = [REPO / "Snakefile", *(REPO / "rules").glob("*.smk")]
    assert [path.name for path in rules if re.search(r"^\s*shell:", path.read_text(), re.MULTILINE)] == []


# ---------------------------------------------------------------- migration over an edit of the training code


def _committed_flow(parent: Path) -> Workflow:
    """The toy workflow of :func:`_flow` in a git repository of its own, committed."""
    flow = _flow(parent)
    (flow.root / ".gitignore").write_text("results/\n.snakemake/\n__pycache__/\n")
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"]):
        subprocess.run(["git", "-C", str(flow.root), *args], check=True)
    return flow


def _migrate(flow: Workflow, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "imbalbench.workflow.migrate", *args]
    return subprocess.run(command, cwd=flow.root, env=flow.env(), capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_a_reference_migrated_over_an_edit_of_the_training_code_is_taken_again(published, tmp_path):
    flow = _committed_flow(tmp_path)
    part = flow.root / "published/a"
    shutil.copytree(published.root / "published/parts/a", part)  # made by the same code as the commit
    train = flow.root / "imbalbench/jobs/train.py"
    train.write_text(train.read_text() + "\n# an edit that changes no number\n")
    assert _planned_training(flow, f"reference={part}") == 8  # every job stale: ce and ros train again
    done = _migrate(flow, str(part), "--from", "HEAD", "--because", "a comment")
    assert done.returncode == 0, done.stderr
    assert _planned_training(flow, f"reference={part}") == 4  # egl and rs, as before the edit
    (record,) = json.loads((part / "manifest.json").read_text())["migrations"]
    assert record["changed"] == ["imbalbench/jobs/train.py"] and record["because"] == "a comment"
    assert record["to"].endswith("(uncommitted changes)")


@pytest.mark.slow
def test_a_migration_refuses_a_part_whose_jobs_differ_by_more_than_code(published, tmp_path):
    flow = _committed_flow(tmp_path)
    parts = {name: flow.root / "published" / name for name in ("a", "b")}
    for name, folder in parts.items():
        shutil.copytree(published.root / f"published/parts/{name}", folder)
    manifest = json.loads((parts["b"] / "manifest.json").read_text())
    manifest["config"]["methods"]["egl"]["meta_epochs"] = 3  # a setting the part was not made with
    (parts["b"] / "manifest.json").write_text(json.dumps(manifest))
    before = {name: (folder / "manifest.json").read_bytes() for name, folder in parts.items()}
    train = flow.root / "imbalbench/jobs/train.py"
    train.write_text(train.read_text() + "\n# an edit\n")
    done = _migrate(flow, str(flow.root / "published"), "--from", "HEAD", "--because", "x")
    assert done.returncode == 1
    assert "published/b: 2 of 6 jobs (e.g. toy/egl/fold0) do not have, under commit" in done.stderr
    assert {
        name: (folder / "manifest.json").read_bytes() for name, folder in parts.items()
    } == before  # a not written either
