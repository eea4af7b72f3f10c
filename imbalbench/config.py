"""Checks of a configuration beyond what its JSON schema can say (files, dataset names).

The workflow validates ``config.yaml`` against ``schemas/config.schema.yaml`` first, then calls
:func:`check`, so that every mistake stops the run before any job is planned.
"""

from __future__ import annotations

from pathlib import Path

from .datasets import known_names
from .errors import ConfigError


def dataset_specs(config: dict) -> dict:
    """Every dataset the workflow prepares: the benchmark's and the induced-imbalance experiment's."""
    specs = dict(config["datasets"])
    if config.get("induced"):
        specs[config["induced"]["dataset"]] = config["induced"]["source"]
    return specs


def check(config: dict, workdir: Path = Path(".")) -> None:
    """Raise :class:`ConfigError` for unknown dataset names or missing files."""
    for name, spec in dataset_specs(config).items():
        source = spec["source"]
        names = known_names(source)
        wanted = spec.get("file", name)
        if names is not None and wanted not in names:
            shown = ", ".join(names[:30]) + (" ..." if len(names) > 30 else "")
            raise ConfigError(f"datasets.{name}: {wanted!r} is not a dataset of source {source!r}; known: {shown}")
        if source == "csv" and not (Path(workdir) / spec["path"]).is_file():
            raise ConfigError(f"datasets.{name}.path: file {spec['path']!r} does not exist")
