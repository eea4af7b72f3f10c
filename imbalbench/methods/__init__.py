"""Registry of the benchmark's methods, keyed by the config's method name.

Importing this module is cheap (no torch): the workflow reads it to find each method's source
files, which are inputs of that method's training jobs, so that editing one method reruns only
its jobs. :func:`make_method` imports just the module the method needs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

_HERE = Path(__file__).parent


@dataclass(frozen=True)
class MethodSpec:
    module: str
    cls: str
    helpers: tuple[str, ...] = ()
    """Private modules of this package the method's code also lives in."""

    def source_files(self) -> list[Path]:
        return [_HERE / f"{name}.py" for name in (self.module, *self.helpers)]


METHODS = {
    "ce": MethodSpec("ce", "CrossEntropy"),
    "ros": MethodSpec("ros", "RandomOversampling", ("_oversampling",)),
    "smote": MethodSpec("smote", "SMOTEOversampling", ("_oversampling",)),
    "adasyn": MethodSpec("adasyn", "ADASYNOversampling", ("_oversampling",)),
    "bsmote": MethodSpec("bsmote", "BorderlineSMOTEOversampling", ("_oversampling",)),
    "rs": MethodSpec("rs", "BalancedBatches"),
    "focal": MethodSpec("focal", "FocalLoss"),
    "ldam": MethodSpec("ldam", "LDAMLoss"),
}


def method_spec(name: str) -> MethodSpec:
    try:
        return METHODS[name]
    except KeyError:
        raise ValueError(f"unknown method {name!r}; known: {', '.join(METHODS)}") from None


def make_method(name: str, params: dict | None = None):
    """Instantiate method ``name`` with its config parameters."""
    spec = method_spec(name)
    module = importlib.import_module(f"{__name__}.{spec.module}")
    return getattr(module, spec.cls)(**(params or {}))
