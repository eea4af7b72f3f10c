# Configuration checks and the helpers that the rules share.
from pathlib import Path

import imbalbench.config
from imbalbench.methods import method_spec

DATASETS = list(config["datasets"])
DATASET_SPECS = imbalbench.config.dataset_specs(config)
METHODS = list(config["methods"])
FOLDS = list(range(config["folds"]))
PACKAGE = Path(imbalbench.__file__).parent
# The training core: editing it changes every method's results.
CORE_SOURCES = [PACKAGE / name for name in ("training.py", "mlp.py", "metrics.py", "splits.py", "runs.py")]


wildcard_constraints:
    dataset="|".join(map(re.escape, DATASET_SPECS)),
    method="|".join([*METHODS, *config.get("induced", {}).get("methods", [])]),
    fold=r"\d+",


def dataset_spec(wildcards):
    return DATASET_SPECS[wildcards.dataset]


def source_inputs(files):
    """Source files as job inputs: relative where the package lies inside the working directory,
    so that a moved checkout keeps its results."""
    return [p.relative_to(Path.cwd()) if p.is_relative_to(Path.cwd()) else p for p in files]


def method_sources(wildcards):
    return source_inputs([*method_spec(wildcards.method).source_files(), *CORE_SOURCES])


def run_seed(wildcards):
    return imbalbench.config.run_seed(config["seed"], int(wildcards.fold))


def run_outputs(name):
    return expand(f"results/runs/{{dataset}}/{{method}}/fold{{fold}}/{name}", dataset=DATASETS, method=METHODS, fold=FOLDS)


def folder_mb(path):
    """Size in MB of the files beside ``path`` (a dataset's raw files beside its manifest)."""
    folder = Path(path).parent
    return sum(f.stat().st_size for f in folder.iterdir() if f.is_file()) / 1e6 if folder.exists() else 0.0


SMALL_JOB = {"mem_mb": 2000, "runtime": 15}
