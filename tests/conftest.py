"""Shared fixtures: a copy of the workflow in a temporary folder, tiny configs, a local HTTP server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOW_PARTS = ["Snakefile", "rules", "scripts", "schemas", "envs", "report", "profiles", "imbalbench", "config.yaml"]


def separable_table(n: int = 240, minority: int = 30, d: int = 4, seed: int = 0) -> pd.DataFrame:
    """A small imbalanced problem that a linear model separates well: the minority is shifted by 2 in every feature."""
    rng = np.random.default_rng(seed)
    y = np.zeros(n, dtype=int)
    y[rng.choice(n, minority, replace=False)] = 1
    X = rng.normal(size=(n, d)) + 2.0 * y[:, None]
    frame = pd.DataFrame(X, columns=[f"x{i}" for i in range(d)])
    frame["label"] = np.where(y == 1, "pos", "neg")
    return frame


class Workflow:
    """A copy of the workflow (and the package) in ``root``, run with that copy first on PYTHONPATH."""

    def __init__(self, root: Path, copy: bool = True):
        self.root = root
        if not copy:
            return
        root.mkdir(parents=True)
        for part in WORKFLOW_PARTS:
            source = REPO / part
            if source.is_dir():
                shutil.copytree(source, root / part, ignore=shutil.ignore_patterns("__pycache__"))
            elif source.exists():
                shutil.copy(source, root / part)

    def write_config(self, config: dict, name: str = "config.yaml") -> Path:
        path = self.root / name
        path.write_text(yaml.safe_dump(config, sort_keys=False))
        return path

    def env(self) -> dict:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(self.root), env.get("PYTHONPATH", "")])
        env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env["PATH"]])
        return env

    def snakemake(self, *args: str, check: bool = True, timeout: float = 900) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "snakemake", "--cores", "2", *args]
        result = subprocess.run(command, cwd=self.root, env=self.env(), capture_output=True, text=True, timeout=timeout)
        if check and result.returncode != 0:
            raise AssertionError(
                f"snakemake {' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-6000:]}"
            )
        return result

    def planned_jobs(self, *args: str) -> dict[str, int]:
        """Jobs a dry run plans, as {rule: count}, from Snakemake's job statistics table."""
        output = self.snakemake("-n", "--quiet", "rules", *args).stdout
        counts = {}
        for line in output.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[1].isdigit() and parts[0] not in ("total", "job"):
                counts[parts[0]] = int(parts[1])
        return counts


def tiny_config(data_file: Path, methods: dict | None = None, epochs: int = 3) -> dict:
    return {
        "seed": 0,
        "folds": 2,
        "repeats": 2,
        "datasets": {
            "toy": {"source": "csv", "path": str(data_file), "target": "label", "positive": "pos"},
            "ecoli": {"source": "uci"},
        },
        "methods": methods or {"ce": {}, "ros": {}, "egl": {"meta_epochs": 2}},
        "training": {"hidden": [8], "epochs": epochs, "batch_size": 32},
        "sine": {"steps": 20},
    }


def make_workflow(parent: Path) -> Workflow:
    """The workflow copied into ``parent/workflow`` with the tiny config of :func:`tiny_config`."""
    flow = Workflow(parent / "workflow")
    separable_table().to_csv(flow.root / "toy.csv", index=False)
    flow.write_config(tiny_config(Path("toy.csv")))
    return flow


@pytest.fixture
def workflow(tmp_path) -> Workflow:
    return make_workflow(tmp_path)
