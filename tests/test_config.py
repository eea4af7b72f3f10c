import copy

import pytest
import yaml
from snakemake.exceptions import WorkflowError
from snakemake.utils import validate

import imbalbench.config
from imbalbench.errors import ConfigError

from .conftest import REPO

SCHEMA = str(REPO / "schemas" / "config.schema.yaml")


@pytest.fixture(scope="module")
def default_config():
    return yaml.safe_load((REPO / "config.yaml").read_text())


def _check(config):
    validate(config, SCHEMA)
    imbalbench.config.check(config, REPO)


def test_shipped_configs_are_valid(default_config):
    _check(copy.deepcopy(default_config))
    paper = yaml.safe_load((REPO / "configs" / "paper.yaml").read_text())
    validate(paper, SCHEMA)
    assert len(paper["datasets"]) == 27
    assert {spec["source"] for spec in paper["datasets"].values()} == {"imblearn"}


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
    (["folds"], 1, ["instance['folds']", "minimum of 2"]),
    (["folds"], "four", ["instance['folds']"]),
    (["valid_size"], 1.5, ["instance['valid_size']"]),
    (["device"], "tpu", ["instance['device']", "tpu"]),
    (["methods", "magic"], {}, ["instance['methods']", "'magic' was unexpected"]),
    (["methods", "focal"], {"gamma": -1}, ["instance['methods']['focal']['gamma']"]),
    (["methods", "smote"], {"k_neighbours": 3}, ["instance['methods']['smote']", "k_neighbours"]),
    (["methods", "ros"], {"augmentation": 0}, ["instance['methods']['ros']['augmentation']"]),
    (["training", "lr"], -0.1, ["instance['training']['lr']"]),
    (["training", "epochs"], 0, ["instance['training']['epochs']"]),
    (["datasets", "ecoli"], {"source": "ftp"}, ["instance['datasets']['ecoli']['source']"]),
    (["datasets", "mine"], {"source": "csv", "path": "x.csv"}, ["instance['datasets']['mine']", "'target' is a required"]),
    (["datasets", "web"], {"source": "url", "url": "http://x/y.csv", "sha256": "abc", "target": "t", "positive": 1},
     ["instance['datasets']['web']['sha256']"]),
    (["seed"], -3, ["instance['seed']"]),
    (["methods"], {}, ["instance['methods']"]),
]


@pytest.mark.parametrize("where, value, words", BAD, ids=[".".join(b[0]) for b in BAD])
def test_schema_rejects_bad_values_naming_the_key(default_config, where, value, words):
    config = _set(copy.deepcopy(default_config), where, value)
    with pytest.raises(WorkflowError) as error:
        validate(config, SCHEMA)
    message = str(error.value)
    for word in words:
        assert word in message


@pytest.mark.parametrize(
    "where, value, message",
    [
        (["datasets", "nonsense"], {"source": "uci"}, "datasets.nonsense: 'nonsense' is not a dataset of source 'uci'"),
        (["datasets", "yeast99"], {"source": "keel"}, "datasets.yeast99: 'yeast99' is not a dataset of source 'keel'"),
        (["datasets", "mine"], {"source": "csv", "path": "no/such.csv", "target": "t", "positive": 1},
         "datasets.mine.path: file 'no/such.csv' does not exist"),
    ],
)
def test_semantic_checks_name_the_key(default_config, where, value, message):
    config = _set(copy.deepcopy(default_config), where, value)
    validate(config, SCHEMA)
    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        imbalbench.config.check(config, REPO)


def test_a_bad_config_stops_snakemake_before_planning(workflow):
    config = yaml.safe_load((workflow.root / "config.yaml").read_text())
    config["folds"] = 1
    workflow.write_config(config, "bad.yaml")
    result = workflow.snakemake("-n", "--configfile", "bad.yaml", check=False)
    assert result.returncode != 0
    assert "instance['folds']" in result.stderr + result.stdout
    assert "Job stats" not in result.stdout
