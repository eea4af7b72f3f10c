import copy
import re
import subprocess
import sys

import pytest
import yaml

import imbalbench.workflow.config
from imbalbench.core.errors import ConfigError
from imbalbench.scoring.metric_specs import METRICS

from .conftest import REPO

SCHEMA = str(REPO / "schemas" / "config.schema.yaml")


@pytest.fixture(scope="module")
def default_config():
    return yaml.safe_load((REPO / "config.yaml").read_text())


def validate(config):
    imbalbench.workflow.config.validate(config, SCHEMA)


def test_shipped_configs_are_valid(default_config):
    validate(default_config := copy.deepcopy(default_config))
    imbalbench.workflow.config.check(default_config, REPO)
    paper = imbalbench.workflow.config.load_yaml(REPO / "configs" / "paper.yaml")
    validate(paper)
    imbalbench.workflow.config.check(paper, REPO)
    assert len(paper["datasets"]) == 27 and "egl" in paper["methods"]
    assert {spec["source"] for spec in paper["datasets"].values()} == {"imblearn"}
    offline = imbalbench.workflow.config.load_yaml(REPO / "configs" / "paper_offline.yaml")
    validate(offline)
    imbalbench.workflow.config.check(offline, REPO)
    assert set(offline["datasets"]) < set(paper["datasets"]) and len(offline["datasets"]) == 14
    assert {key: value for key, value in offline.items() if key not in ("datasets", "induced")} == {
        key: value for key, value in paper.items() if key not in ("datasets", "induced")
    }


def _set(config, path, value):
    *parents, last = path
    node = config
    for key in parents:
        node = node[key]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value
    return config


DELETE = object()

BAD = [
    # (where, value, words the message must contain)
    (["folds"], 1, ["config key folds:", "minimum of 2"]),
    (["folds"], "four", ["config key folds:", "not of type 'integer'"]),
    (["valid_size"], 1.5, ["config key valid_size:"]),
    (["device"], "tpu", ["config key device:", "'tpu' is not one of ['auto', 'cpu', 'cuda']"]),
    (["training", "lr"], -0.1, ["config key training.lr:"]),
    (["training", "epochs"], 0, ["config key training.epochs:"]),
    (["seed"], -3, ["config key seed:"]),
    (["seed"], imbalbench.workflow.config.MAX_SEED + 1, ["config key seed:", "maximum"]),
    (["methods"], {}, ["config key methods:"]),
    (
        ["aggregate", "rope"],
        {"brier": -0.1},
        ["config key aggregate.rope.brier:", "less than or equal to the minimum of 0"],
    ),
    (["aggregate", "rope"], -1, ["config key aggregate.rope:", "less than or equal to the minimum of 0"]),
    (["aggregate", "metrics"], [], ["config key aggregate.metrics:"]),
]


@pytest.mark.parametrize("where, value, words", BAD, ids=[".".join(b[0]) for b in BAD])
def test_schema_rejects_bad_values_in_one_line_naming_the_key(default_config, where, value, words, tmp_path):
    config = _set(copy.deepcopy(default_config), where, value)
    log = tmp_path / "config.log"
    with pytest.raises(ConfigError) as error:
        imbalbench.workflow.config.validate(config, SCHEMA, log)
    message = str(error.value)
    assert "\n" not in message and len(message) < 400 and str(log) in message
    for word in words:
        assert word in message
    assert "Failed validating" in log.read_text()  # the full report is kept


# What the sources' declarations say: a dataset entry's keys (checked before any job).
BAD_DATASETS = [
    (["datasets", "ecoli"], {"source": "ftp"}, ["config key datasets.ecoli.source:", "'ftp' is not one of ['uci'"]),
    (["datasets", "mine"], {"source": "csv", "path": "x.csv"}, ["config key datasets.mine:", "'target' is a required"]),
    (
        ["datasets", "web"],
        {"source": "url", "url": "http://x/y.csv", "sha256": "abc", "target": "t", "positive": 1},
        ["config key datasets.web.sha256:"],
    ),
    (
        ["datasets", "web"],
        {"source": "url", "path": "y.csv", "url": "http://x/y.csv", "sha256": "a" * 64, "target": "t", "positive": 1},
        ["config key datasets.web:", "'path' was unexpected", "allowed: source, url, sha256, target"],
    ),
    (
        ["datasets", "ecoli"],
        {"source": "uci", "file": "yeast"},
        ["config key datasets.ecoli:", "'file' was unexpected"],
    ),
    (
        ["induced", "source"],
        {"source": "adult", "balance_seed": -1},
        ["config key induced.source.balance_seed:", "minimum of 0"],
    ),
]


@pytest.mark.parametrize("where, value, words", BAD_DATASETS, ids=[".".join(b[0]) for b in BAD_DATASETS])
def test_dataset_entries_are_checked_against_their_sources_keys(default_config, where, value, words):
    config = _set(copy.deepcopy(default_config), where, value)
    validate(config)
    with pytest.raises(ConfigError) as error:
        imbalbench.workflow.config.check(config, REPO)
    for word in words:
        assert word in str(error.value)


def test_a_new_source_is_one_object(default_config, monkeypatch, tmp_path):
    """A source declared in one class is configured, checked and planned with no other edit."""
    from imbalbench.data import sources

    class Toy(sources.Source):
        name = "toy"
        properties = {"rows": {"type": "integer", "minimum": 10}}
        required = ("rows",)

        def names(self):
            return ["tiny"]

        def minority(self, name, spec, workdir):
            return spec["rows"] // 10

    monkeypatch.setitem(sources.SOURCES, "toy", Toy())
    config = copy.deepcopy(default_config)
    config["datasets"] = {"tiny": {"source": "toy", "rows": 400}}
    validate(config)
    imbalbench.workflow.config.check(copy.deepcopy(config), REPO)
    for entry, message in [
        ({"source": "toy"}, "config key datasets.tiny: 'rows' is a required property"),
        ({"source": "toy", "rows": 400, "path": "x"}, "'path' was unexpected"),
        ({"source": "toy", "rows": 30}, "datasets.tiny: 3 minority rows, but 4 folds"),
    ]:
        config["datasets"] = {"tiny": entry}
        with pytest.raises(ConfigError, match=re.escape(message)):
            imbalbench.workflow.config.check(copy.deepcopy(config), REPO)
    config["datasets"] = {"huge": {"source": "toy", "rows": 400}}
    with pytest.raises(
        ConfigError, match=re.escape("datasets.huge: 'huge' is not a dataset of source 'toy'; known: tiny")
    ):
        imbalbench.workflow.config.check(config, REPO)


# What the methods' declarations say: every method entry's parameters, a variant's method, the search
# spaces (checked before any job).
BAD_METHODS = [
    (["methods", "magic"], {}, ["config key methods.magic:", "is not a method", "known: adasyn, allknn, bbag"]),
    (["methods", "egl_z"], {"method": "magic"}, ["config key methods.egl_z:", "names 'magic', which is not a method"]),
    (["methods", "focal"], {"gamma": -1}, ["config key methods.focal.gamma:"]),
    (["methods", "smote"], {"k_neighbours": 3}, ["config key methods.smote:", "k_neighbours"]),
    (["methods", "ros"], {"augmentation": 0}, ["config key methods.ros.augmentation:"]),
    (["methods", "nearmiss"], {"version": 4}, ["config key methods.nearmiss.version:", "4 is not one of [1, 2, 3]"]),
    (["methods", "rus"], {"sampling_strategy": "auto"}, ["config key methods.rus.sampling_strategy:", "'auto'"]),
    (["methods", "enn"], {"k_neighbors": 3}, ["config key methods.enn:", "k_neighbors"]),
    (
        ["methods", "egl"],
        {"classifier_step": "adam"},
        ["config key methods.egl.classifier_step:", "'adam' is not one of"],
    ),
    (["methods", "potential"], {}, ["config key methods.potential:", "is not a method"]),
    (
        ["induced"],
        {"dataset": "d", "source": {"source": "uci"}, "methods": ["ce", "nope"]},
        ["induced.methods: ['nope']"],
    ),
    (["methods", "egl_x"], {"method": "egl", "eta3": 1}, ["config key methods.egl_x:", "'eta3' was unexpected"]),
    (["methods", "egl_y"], {"method": "egl", "eta2": -1}, ["config key methods.egl_y.eta2:", "(a variant of egl)"]),
    (
        ["tuning", "spaces", "focal"],
        {"gama": {"type": "float", "low": 0, "high": 1}},
        ["tuning.spaces.focal: unknown parameter(s) ['gama'] of method 'focal'"],
    ),
    (
        ["tuning", "spaces", "focal"],
        {"gamma": {"type": "float", "low": 2, "high": 2}},
        ["tuning.spaces.focal.gamma: empty range [2, 2]"],
    ),
    (
        ["tuning", "spaces", "training"],
        {"lr": {"type": "float", "low": 0, "high": 0.1, "log": True}},
        ["tuning.spaces.training.lr: a log range needs bounds > 0"],
    ),
    (
        ["tuning", "spaces", "training"],
        {"epochs": {"type": "int", "low": 1, "high": 9}},
        ["tuning.spaces.training: ['epochs'] cannot be tuned"],
    ),
    (["tuning", "methods"], ["ce", "nope"], ["tuning.methods: ['nope'] not in methods"]),
]


@pytest.mark.parametrize("where, value, words", BAD_METHODS, ids=[".".join(b[0]) for b in BAD_METHODS])
def test_variants_and_search_spaces_are_checked_naming_method_and_key(default_config, where, value, words):
    config = copy.deepcopy(default_config)
    config["tuning"]["trials"] = 3
    config = _set(config, where, value)
    imbalbench.workflow.config.validate(config, SCHEMA)
    with pytest.raises(ConfigError) as error:
        imbalbench.workflow.config.check_methods(config, yaml.safe_load(open(SCHEMA)))
    message = str(error.value)
    assert "\n" not in message
    for word in words:
        assert word in message


def test_default_search_spaces_are_valid_and_tuning_is_off_by_default(default_config):
    config = copy.deepcopy(default_config)
    imbalbench.workflow.config.validate(config, SCHEMA)
    assert imbalbench.workflow.config.tuned_methods(config) == []
    config["tuning"]["trials"] = 5
    spaces = imbalbench.workflow.config.search_spaces(config)
    assert set(spaces) == set(config["methods"])
    assert spaces["egl"].training == {} and "lr" in spaces["ce"].training and spaces["mesa"].training == {}


def test_every_derived_training_seed_is_distinct_and_accepted_by_numpy():
    import numpy as np

    c = imbalbench.workflow.config
    schema = yaml.safe_load(open(SCHEMA))["properties"]
    assert (schema["seed"]["maximum"], schema["folds"]["maximum"], schema["repeats"]["maximum"]) == (
        c.MAX_SEED,
        c.MAX_FOLDS,
        c.MAX_REPEATS,
    )
    largest = c.run_seeds(c.MAX_SEED, c.MAX_FOLDS - 1, c.MAX_REPEATS)[-1]
    np.random.RandomState(largest)  # raises beyond 2**32 - 1
    np.random.default_rng(largest)
    # Distinct for distinct (seed, fold, repeat): neighbouring seeds and folds never share a training seed.
    seeds = [
        s for seed in (0, 1, c.MAX_SEED) for fold in range(c.MAX_FOLDS) for s in c.run_seeds(seed, fold, c.MAX_REPEATS)
    ]
    assert len(seeds) == len(set(seeds)) == 3 * c.MAX_FOLDS * c.MAX_REPEATS
    assert c.run_seeds(0, 2, 3)[:2] == c.run_seeds(0, 2, 2)  # more repeats keep the first seeds
    with pytest.raises(ConfigError):
        c.run_seeds(c.MAX_SEED + 1, 0, 1)


def test_schema_defaults_are_filled_in_and_optional_experiments_stay_off():
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}, "ros": {}}}
    validate(config)
    assert config["folds"] == 4 and config["valid_size"] == 0.2 and config["aggregate"]["alpha"] == 0.05
    assert "induced" not in config and "sine" not in config
    assert imbalbench.workflow.config.control_method(config) == "ce" and config["repeats"] == 1
    config["methods"] = {"egl": {}, "ros": {}}
    assert imbalbench.workflow.config.control_method(config) == "egl"  # no ce: the first method


def test_duplicate_keys_are_an_error_naming_the_lines(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("datasets: {ecoli: {source: uci}}\nmethods: {ce: {}}\ntraining:\n  epochs: 3\n  epochs: 4\n")
    with pytest.raises(ConfigError, match=r"dup.yaml: key 'epochs' appears twice in one mapping \(lines 4 and 5\)"):
        imbalbench.workflow.config.load_yaml(path)


def test_nested_command_line_values_get_their_types():
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}}, "training": {"hidden": [8]}}
    cli = {"training": {"epochs": "3", "lr": "1e-3", "betas": ["0.5", "0.9"]}, "methods": {"egl": {"clip": "false"}}}
    imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config=cli, cwd=REPO)
    # batch_size: the schema's default, filled in
    assert config["training"] == {"hidden": [8], "epochs": 3, "lr": 1e-3, "betas": [0.5, 0.9], "batch_size": 128}
    assert config["methods"]["egl"] == {"clip": False}


def test_only_methods_and_only_datasets_select_a_subset():
    config = {
        "datasets": {"ecoli": {"source": "uci"}, "yeast1": {"source": "keel"}},
        "methods": {"ce": {}, "ros": {}, "egl": {}},
        "only_methods": ["ce", "egl"],
        "only_datasets": ["yeast1"],
    }
    imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)
    assert list(config["methods"]) == ["ce", "egl"] and list(config["datasets"]) == ["yeast1"]
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}}, "only_methods": ["egl"]}
    with pytest.raises(ConfigError, match=r"only_methods: \['egl'\] not in methods; configured: ce"):
        imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)


@pytest.mark.parametrize(
    "where, value, message",
    [
        (["datasets", "nonsense"], {"source": "uci"}, "datasets.nonsense: 'nonsense' is not a dataset of source 'uci'"),
        (["datasets", "yeast99"], {"source": "keel"}, "datasets.yeast99: 'yeast99' is not a dataset of source 'keel'"),
        (
            ["datasets", "mine"],
            {"source": "csv", "path": "no/such.csv", "target": "t", "positive": 1},
            "datasets.mine.path: file 'no/such.csv' does not exist (relative paths are read from the working",
        ),
        (["aggregate", "control"], "magic", "aggregate.control: 'magic' is not a configured method; configured: ce,"),
        (["induced", "dataset"], "ecoli", "induced.dataset: 'ecoli' is also a benchmark dataset"),
        (["folds"], 40, "datasets.ecoli: 35 minority rows, but 40 folds with valid_size 0.2 need at least 40"),
        (
            ["valid_size"],
            0.05,
            "datasets.libras_move: 24 minority rows, but 4 folds with valid_size 0.05 need at least 27",
        ),
        (
            ["valid_size"],
            0.99,
            "datasets.ecoli: 35 minority rows, but 4 folds with valid_size 0.99 need at least 134 "
            "(one in every test fold, validation part and training part); with 4 folds valid_size "
            "must lie in [0.0381, 0.962] here",
        ),
        (["folds"], 18, "datasets.glass2: 17 minority rows, but 18 folds with valid_size 0.2 need at least 18"),
        (
            ["datasets", "glass_two"],
            {"source": "keel", "file": "glass2"},
            "datasets.glass2 (keel 'glass2') and datasets.glass_two (keel 'glass2') are the same data",
        ),
        (
            ["aggregate", "metrics"],
            ["auc_pr", "f2"],
            "aggregate.metrics: ['f2'] are not metrics; known: auc_pr, auc_roc",
        ),
        (
            ["aggregate", "rope"],
            {"auc_pr": 0.02, "log_loss": 0.01},
            "aggregate.rope: ['log_loss'] are not in aggregate.metrics (auc_pr, f1_tuned",
        ),
        (["aggregate", "reliability_dataset"], "adult", "aggregate.reliability_dataset: 'adult' is not a configured"),
    ],
)
def test_semantic_checks_name_the_key(default_config, where, value, message):
    config = _set(copy.deepcopy(default_config), where, value)
    validate(config)
    with pytest.raises(ConfigError, match=re.escape(message)):
        imbalbench.workflow.config.check(config, REPO)


def test_only_methods_that_leave_out_the_control_say_so():
    config = {
        "datasets": {"ecoli": {"source": "uci"}},
        "methods": {"ce": {}, "smote": {}},
        "aggregate": {"control": "ce"},
        "only_methods": ["smote"],
    }
    with pytest.raises(ConfigError, match=re.escape("only_methods: ['smote'] leaves out aggregate.control 'ce'")):
        imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)


def _csv_config(tmp_path, frame, **spec):
    frame.to_csv(tmp_path / "mine.csv", index=False)
    config = {
        "folds": 4,
        "datasets": {"mine": {"source": "csv", "path": "mine.csv", "target": "label", "positive": 1, **spec}},
        "methods": {"ce": {}},
    }
    validate(config)
    return config


def test_a_local_table_with_too_few_minority_rows_is_refused_at_planning(tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"x": range(100), "label": [1] * 5 + [0] * 95})
    with pytest.raises(
        ConfigError, match=re.escape("datasets.mine: 5 minority rows, but 4 folds with valid_size 0.2 need at least 7")
    ):
        imbalbench.workflow.config.check(_csv_config(tmp_path, frame), tmp_path)
    frame["label"] = [1] * 7 + [0] * 93
    imbalbench.workflow.config.check(_csv_config(tmp_path, frame), tmp_path)
    # A target the header lacks is named at planning.
    with pytest.raises(ConfigError, match=re.escape("datasets.mine.target names ['label'] not among the columns")):
        imbalbench.workflow.config.check(_csv_config(tmp_path, frame.rename(columns={"label": "class"})), tmp_path)


def test_a_table_wider_than_max_columns_is_refused_from_its_header(tmp_path):
    import pandas as pd

    frame = pd.DataFrame(
        [[0.0] * 30 + [1]] * 10 + [[0.0] * 30 + [0]] * 90, columns=[f"x{i}" for i in range(30)] + ["label"]
    )
    with pytest.raises(
        ConfigError,
        match=re.escape(
            "datasets.mine: dataset 'mine': mine.csv has 31 columns, more "
            "than max_columns (20); raise datasets.mine.max_columns"
        ),
    ):
        imbalbench.workflow.config.check(_csv_config(tmp_path, frame, max_columns=20), tmp_path)
    imbalbench.workflow.config.check(_csv_config(tmp_path, frame, max_columns=31), tmp_path)


def test_each_verdict_metric_gets_its_rope_given_or_its_default():
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}, "ros": {}}}
    validate(config)
    assert config["aggregate"]["metrics"] == ["auc_pr", "f1_tuned", "balanced_accuracy", "brier", "brier_calibrated"]
    assert imbalbench.workflow.config.metric_ropes(config) == {
        "auc_pr": 0.01,
        "f1_tuned": 0.01,
        "balanced_accuracy": 0.01,
        "brier": 0.001,
        "brier_calibrated": 0.001,
    }
    config["aggregate"].update(metrics=["auc_pr", "mcc"], rope={"mcc": 0.05})
    assert imbalbench.workflow.config.metric_ropes(config) == {"auc_pr": 0.01, "mcc": 0.05}
    config["aggregate"]["rope"] = 0.03  # one number: every metric's
    assert imbalbench.workflow.config.metric_ropes(config) == {"auc_pr": 0.03, "mcc": 0.03}


def test_a_bad_config_stops_snakemake_before_planning_with_one_line(workflow):
    config = yaml.safe_load((workflow.root / "config.yaml").read_text())
    config["folds"] = 1
    workflow.write_config(config, "bad.yaml")
    result = workflow.snakemake("-n", "--configfile", "bad.yaml", check=False)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert errors == [
        "Config error: config key folds: 1 is less than the minimum of 2 (full report: results/logs/config.log)"
    ]
    assert "Traceback" not in result.stderr and "Job stats" not in result.stdout
    result = workflow.snakemake("-n", "--config", "aggregate={metrics: [auc_pr, accuracy]}", check=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "error" in line.lower()] == [
        "Config error: aggregate.metrics: ['accuracy'] are not metrics; known: " + ", ".join(METRICS)
    ]


@pytest.mark.slow
def test_a_configfile_is_the_whole_experiment(workflow):
    tiny = yaml.safe_load((workflow.root / "config.yaml").read_text())
    workflow.write_config(tiny, "tiny.yaml")
    workflow.write_config(yaml.safe_load((REPO / "config.yaml").read_text()))  # the big default beside it
    planned = workflow.planned_jobs("--configfile", "tiny.yaml")
    # 2 datasets x (ce, ros | egl) x 2 folds; no induced experiment, as tiny.yaml has none.
    assert planned["train"] == 12 and planned["download"] == 2
    assert not any(rule.startswith("induced") for rule in planned)
    # Without --configfile, config.yaml runs as it is.
    assert workflow.planned_jobs()["induced_table"] == 1
    paper = workflow.planned_jobs("--configfile", str(REPO / "configs" / "paper.yaml"))
    n_induced = 3 * 6 * 4  # Adult at 3 ratios x 6 methods x 4 folds
    assert paper["train"] == 27 * 11 * 4 + n_induced and paper["download"] == 27 + 1


@pytest.mark.slow
def test_command_line_subsets_and_nested_overrides(workflow):
    planned = workflow.planned_jobs("--config", "only_methods=[ce]", "only_datasets=[toy]", "training={epochs: 5}")
    assert planned["train"] == 2 and planned["download"] == 1
    result = workflow.snakemake("-n", "--config", "only_methods=[magic]", check=False)
    assert result.returncode != 0 and "Config error: only_methods: ['magic'] not in methods" in result.stderr


@pytest.mark.slow
def test_csv_paths_are_read_from_the_working_directory(workflow, tmp_path):
    data_dir = tmp_path / "elsewhere"
    data_dir.mkdir()
    (workflow.root / "toy.csv").rename(data_dir / "toy.csv")
    command = [
        sys.executable,
        "-m",
        "snakemake",
        "-n",
        "--cores",
        "1",
        "-s",
        str(workflow.root / "Snakefile"),
        "--configfile",
        str(workflow.root / "config.yaml"),
    ]
    run = lambda *args: subprocess.run(
        [*command, *args],
        cwd=tmp_path,
        env=workflow.env(),  # noqa: E731
        capture_output=True,
        text=True,
    )
    assert run("--directory", str(data_dir)).returncode == 0
    missing = run("--directory", str(workflow.root))
    assert missing.returncode != 0 and "datasets.toy.path: file 'toy.csv' does not exist" in missing.stderr


@pytest.mark.slow
def test_cuda_without_a_gpu_stops_a_local_run_before_any_job(workflow):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    for setting in ("device=cuda", "gpu_methods=[egl]"):
        result = workflow.snakemake("--config", setting, check=False)
        assert result.returncode != 0 and "device: 'cuda' or gpu_methods is set, but torch sees no GPU" in result.stderr
        assert not (workflow.root / "results" / "data").exists()


@pytest.mark.slow
def test_gpu_methods_ask_for_a_gpu_exactly_for_their_jobs(workflow):
    """On a cluster (here a dry run with profiles/slurm's group components, which plans as a
    cluster run would): EGL's jobs on cuda with gpu=1, in groups of their own (a group's
    allocation is one submission), the others on the configured device with gpu=0."""
    result = workflow.snakemake(
        "-n",
        "--group-components",
        "training=40",
        "gpu_training=40",
        "--config",
        "gpu_methods=[egl]",
        "only_datasets=[toy]",
    )
    groups = re.split(r"Group job (\w+) ", result.stdout)[1:]
    jobs = [
        (group, block)
        for group, text in zip(groups[::2], groups[1::2])
        for block in re.split(r"\n\s*rule ", text)
        if block.startswith("train:")
    ]
    assert len(jobs) == 3 * 2  # ce, ros, egl x 2 folds
    for group, block in jobs:
        gpu = "method=egl" in block
        assert ("gpu=1" in block) == gpu and ("gpu=0" in block) == (not gpu), block
        assert group == ("gpu_training_toy" if gpu else "training_toy")


def test_a_job_on_cuda_without_a_gpu_fails_with_one_clear_line():
    import torch

    from imbalbench.models.training import pick_device

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(ConfigError, match="this job trains on 'cuda' .* but torch sees no GPU on"):
        pick_device("cuda")


def test_the_run_page_names_the_control_the_verdict_used():
    from imbalbench.analysis.report import run_page

    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"egl": {}, "ros": {}}}
    validate(config)
    page = run_page(
        config,
        {},
        {},
        {},
        REPO,
        imbalbench.workflow.config.control_method(config),
        imbalbench.workflow.config.metric_ropes(config),
    )
    assert "<td>control of the verdict</td><td>egl</td>" in page  # no ce: the first method, as the verdict
    assert "<td>verdict metrics and their ROPEs</td><td>auc_pr 0.01, f1_tuned 0.01," in page


def _probe_frame(n=100, minority=10):
    import pandas as pd

    return pd.DataFrame({"a": range(n), "b": [i % 7 for i in range(n)], "label": [1] * minority + [0] * (n - minority)})


@pytest.mark.parametrize(
    "header, message",
    [
        # The target named twice: pandas would read the second as feature 'label.1', a copy of the label.
        ("a,b,label,label", "mine.csv names column(s) ['label'] more than once"),
        ("a,a,b,label", "mine.csv names column(s) ['a'] more than once"),
    ],
)
def test_a_column_named_twice_is_refused_from_the_raw_header(tmp_path, header, message):
    rows = "\n".join(f"{i},{i % 3},{int(i < 10)},{int(i < 10)}" for i in range(100))
    (tmp_path / "mine.csv").write_text(f"{header}\n{rows}\n")
    config = _csv_config(tmp_path, _probe_frame())
    (tmp_path / "mine.csv").write_text(f"{header}\n{rows}\n")
    with pytest.raises(ConfigError, match=re.escape(message)):
        imbalbench.workflow.config.check(config, tmp_path)


def test_a_genuine_column_named_like_a_renamed_one_is_legal(tmp_path):
    frame = _probe_frame().rename(columns={"b": "a.1"})
    imbalbench.workflow.config.check(_csv_config(tmp_path, frame), tmp_path)


def test_a_parquet_file_is_checked_from_its_schema(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    frame = _probe_frame()
    config = _csv_config(tmp_path, frame)
    config["datasets"]["mine"]["path"] = "mine.parquet"
    columns = [pa.array(frame[c]) for c in ("a", "b", "label", "label")]
    pq.write_table(pa.Table.from_arrays(columns, names=["a", "b", "label", "label"]), tmp_path / "mine.parquet")
    with pytest.raises(ConfigError, match=re.escape("mine.parquet names column(s) ['label'] more than once")):
        imbalbench.workflow.config.check(copy.deepcopy(config), tmp_path)
    wide = {f"x{i}": [0.0] * 100 for i in range(30)} | {"label": frame["label"].tolist()}
    pq.write_table(pa.table(wide), tmp_path / "mine.parquet")
    config["datasets"]["mine"]["max_columns"] = 20
    with pytest.raises(ConfigError, match=re.escape("mine.parquet has 31 columns, more than max_columns (20)")):
        imbalbench.workflow.config.check(config, tmp_path)


@pytest.mark.parametrize("key", ["one_hot", "drop"])
def test_one_hot_and_drop_naming_a_missing_column_are_refused(tmp_path, key):
    config = _csv_config(tmp_path, _probe_frame(), **{key: ["colour"]})
    with pytest.raises(ConfigError, match=re.escape(f"datasets.mine.{key} names ['colour'] not among the columns")):
        imbalbench.workflow.config.check(config, tmp_path)


def test_a_header_without_rows_says_so(tmp_path):
    config = _csv_config(tmp_path, _probe_frame())
    (tmp_path / "mine.csv").write_text("a,b,label\n")
    with pytest.raises(ConfigError, match=re.escape("mine.csv has a header but no rows")):
        imbalbench.workflow.config.check(config, tmp_path)


def test_one_hot_wider_than_max_columns_is_refused_before_encoding():
    from imbalbench.core.errors import DatasetError
    from imbalbench.data.sources.tabular import table_to_xy

    frame = _probe_frame()  # column a: 100 distinct values, an identifier
    spec = {"target": "label", "positive": 1, "one_hot": ["a"], "max_columns": 50}
    with pytest.raises(DatasetError, match=re.escape("one-hot encoding ['a'] would make 101 features, more than")):
        table_to_xy("mine", spec, frame)
    X, _, names = table_to_xy("mine", {**spec, "one_hot": ["b"]}, frame)
    assert X.shape == (100, 8) and names[:2] == ["a", "b=0"]


def test_byte_identical_tables_under_two_paths_are_refused_naming_both_files(tmp_path):
    config = _csv_config(tmp_path, _probe_frame())
    (tmp_path / "copy.csv").write_bytes((tmp_path / "mine.csv").read_bytes())
    config["datasets"]["other"] = {**config["datasets"]["mine"], "path": "./copy.csv"}
    with pytest.raises(
        ConfigError,
        match=re.escape("datasets.mine (file 'mine.csv') and datasets.other (file './copy.csv') are the same data"),
    ):
        imbalbench.workflow.config.check(config, tmp_path)


@pytest.mark.parametrize(
    "config_update, cli, key",
    [
        ({"valid_size": float("nan")}, {}, "config key valid_size: nan is not a finite number"),
        ({"methods": {"ce": {}, "ros": {"augmentation": float("nan")}}}, {}, "config key methods.ros.augmentation"),
        ({"training": {"lr": float("nan")}}, {}, "config key training.lr: nan is not a finite number"),
        ({"methods": {"ce": {}, "egl": {"eta2": float("inf")}}}, {}, "config key methods.egl.eta2: inf is not"),
        ({}, {"training": {"lr": "nan"}}, "config key training.lr: nan is not a finite number"),  # --config
        ({"aggregate": {"rope": {"auc_pr": float("nan")}}}, {}, "config key aggregate.rope.auc_pr: nan"),
        ({"aggregate": {"rope": 0}}, {}, "config key aggregate.rope: 0 is less than or equal to the minimum of 0"),
    ],
)
def test_non_finite_numbers_and_a_zero_rope_are_refused_at_planning(config_update, cli, key):
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}}, **config_update}
    with pytest.raises(ConfigError, match=re.escape(key)):
        imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config=cli, cwd=REPO)


@pytest.mark.parametrize(
    "config_update, message",
    [
        ({"methods": {"egl": {"meta_epochs": 0}}}, "config key methods.egl.meta_epochs: 0 is less than the minimum"),
        ({"training": {"lr": "1e-3"}}, "'1e-3' is not of type 'number' (YAML reads 1e-3 as text: write 1.0e-3)"),
        ({"only_methods": "ce"}, "'ce' is not of type 'array' (a list: write [ce])"),
    ],
)
def test_messages_name_the_key_in_order_and_say_how_to_write_the_value(config_update, message):
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}}}
    config.update(config_update)
    with pytest.raises(ConfigError, match=re.escape(message)):
        imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)


def test_the_check_command_names_the_file_and_line_of_a_yaml_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("datasets:\n  ecoli: {source: uci}\nmethods:\n  ce: {}\n   ros: {}\n")
    command = [sys.executable, "-m", "imbalbench.workflow.config", "check"]
    done = subprocess.run([*command, str(bad)], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 1 and "Config error: bad.yaml: not valid YAML" in done.stderr
    assert "line 5, column 4" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = subprocess.run([*command, "config.yaml"], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0 and "config.yaml: valid; 18 datasets" in done.stdout


def test_the_rerun_hint_repeats_the_runs_config_flags(monkeypatch):
    from imbalbench.core.artifacts import RUN_FLAGS, rerun_command

    argv = ["--cores", "2", "--configfile", "configs/keel.yaml", "--config", "repeats=2", "only_methods=[ce]", "-n"]
    flags = imbalbench.workflow.config.config_flags(argv)
    assert flags == "--configfile configs/keel.yaml --config repeats=2 'only_methods=[ce]'"
    monkeypatch.setenv(RUN_FLAGS, flags)
    assert rerun_command("results/x.json") == f"snakemake --cores N {flags} --forcerun results/x.json"


def test_a_held_folder_and_a_vanished_run_are_named_before_the_run_with_the_runs_flags(tmp_path):
    assert imbalbench.workflow.config.folder_notices(tmp_path, []) == []
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "scores.csv").write_text("dataset,method,fold\necoli,smote,1\necoli,ce,1\n")
    kept = tmp_path / "results" / "runs" / "ecoli" / "ce" / "fold1" / "scores.json"
    kept.parent.mkdir(parents=True)
    kept.write_text("{}")
    gone = tmp_path / "results" / "runs" / "ecoli" / "smote" / "fold1" / "scores.json"
    flags = "--configfile my.yaml"
    (alone,) = imbalbench.workflow.config.folder_notices(tmp_path, [kept, gone], flags)
    assert alone.startswith("1 run(s) that results/scores.csv holds are missing") and "Redo them" in alone
    assert f"snakemake --cores N {flags} --forcerun {gone}" in alone
    # With a lock, another run may be rebuilding them: the notice does not call them gone.
    (tmp_path / ".snakemake" / "locks").mkdir(parents=True)
    (tmp_path / ".snakemake" / "locks" / "0.input.lock").write_text("")
    notices = imbalbench.workflow.config.folder_notices(tmp_path, [kept, gone], flags)
    assert "another Snakemake run may be working in this folder" in notices[0]
    assert notices[0].endswith(f"snakemake --unlock {flags}")
    assert "If no other run is rebuilding them, redo them" in notices[1] and "gone" not in notices[1]


def test_the_learners_config_is_config_yaml_with_three_learners():
    default = imbalbench.workflow.config.load_yaml(REPO / "config.yaml")
    learners = imbalbench.workflow.config.load_yaml(REPO / "configs" / "learners.yaml")
    assert learners.pop("learners") == {
        "mlp": {},
        "hgb": {
            "max_iter": 100,
            "learning_rate": 0.1,
            "max_leaf_nodes": 31,
            "min_samples_leaf": 20,
            "l2_regularization": 0.0,
        },
        "logreg": {"C": 1.0},
    }
    assert learners == default


def test_the_samplers_config_runs_every_imbalanced_learn_sampler_and_ensemble_on_the_default_data():
    from imbalbench.methods import all_methods

    default = imbalbench.workflow.config.load_yaml(REPO / "config.yaml")
    samplers = imbalbench.workflow.config.load_yaml(REPO / "configs" / "samplers.yaml")
    # Every method that changes the rows or has a model of its own, but those not of imbalanced-learn.
    expected = {n for n, c in all_methods().items() if c.resamples() or c.own_model} - {"cwgan", "mesa", "potential"}
    assert set(samplers["methods"]) == expected | {"ce"}
    assert set(samplers["learners"]) == {"mlp", "hgb"} and samplers["datasets"] == default["datasets"]
    for key in ("training", "aggregate", "folds", "repeats", "valid_size", "seed"):
        assert samplers[key] == default[key], key
    imbalbench.workflow.config.prepare(samplers, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)


def test_a_config_that_sets_only_the_trials_tunes_every_method_in_its_declared_space():
    config = {"datasets": {"ecoli": {"source": "uci"}}, "methods": {"ce": {}, "smote": {}}, "tuning": {"trials": 2}}
    imbalbench.workflow.config.prepare(config, schema=SCHEMA, configfiles=[], cli_config={}, cwd=REPO)
    spaces = {run: space.as_config() for run, space in imbalbench.workflow.config.search_spaces(config).items()}
    assert set(spaces) == {"ce", "smote"} and spaces["ce"]["training"]["lr"]["log"] is True
    assert set(spaces["smote"]["method"]) == {"k_neighbors"}


def test_an_unreadable_dataset_file_is_one_line_naming_the_file_and_key(tmp_path, monkeypatch):
    from imbalbench.data.sources import tabular

    (tmp_path / "mine.csv").write_text("x,label\n1,pos\n")

    def refused(path, *args, **kwargs):  # what open() raises on a file without read permission (root reads all)
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(tabular, "open", refused, raising=False)
    spec = {"source": "csv", "path": "mine.csv", "target": "label", "positive": "pos"}
    with pytest.raises(
        ConfigError, match=r"^datasets.mine.path: file 'mine.csv' cannot be read \(Permission denied\)$"
    ):
        tabular.LocalTable().check("mine", spec, tmp_path)


def test_a_method_module_that_does_not_import_is_named_with_its_line_whatever_the_config_names(workflow):
    broken = workflow.root / "imbalbench" / "methods" / "broken.py"
    broken.write_text('"""A method with a typo."""\n\nclass Broken(\n')
    result = workflow.snakemake("-n", check=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"Config error: {broken}:3: SyntaxError" in result.stderr and "fix or remove that file" in result.stderr
    broken.write_text("import no_such_package\n")
    result = workflow.snakemake("-n", check=False)
    assert f"{broken}:1: ModuleNotFoundError: No module named 'no_such_package'" in result.stderr


def test_outputs_that_vanish_after_their_job_get_the_run_level_hint(tmp_path):
    log = tmp_path / "snakemake.log"
    log.write_text(
        "MissingOutputException in rule train:\nJob 7 completed successfully, but some output files are missing. "
        "Missing files after 5 seconds. This might be due to filesystem latency. If that is the case, consider "
        "to increase the wait time with --latency-wait:\nresults/runs/toy/ce/fold0/scores.json (missing locally)\n"
    )
    (hint,) = imbalbench.workflow.config.failure_hints([str(log)])
    assert "another run or a hand removing results/ folders" in hint and "run again" in hint
    log.write_text("RuleException: CalledProcessError\n")
    assert imbalbench.workflow.config.failure_hints(str(log)) == []
    assert imbalbench.workflow.config.failure_hints(None) == []
