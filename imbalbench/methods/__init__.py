"""Registry of the benchmark's methods, keyed by the config's method name.

Importing this module is cheap (no torch): the workflow reads it to find each method's module,
whose import closure (:mod:`imbalbench.codedeps`) is an input of that method's training jobs, so
that editing one method reruns only its jobs. :func:`make_method` imports just that module.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class MethodSpec:
    module: str
    """Module in this folder that defines the method's class."""
    cls: str
    warm_start: str | None = None
    """The method whose trained models of the same fold and seeds this one continues from."""
    trains_recipe: bool = True
    """Whether it trains the recipe's MLP (so that tuning the training settings applies)."""


METHODS = {
    "ce": MethodSpec("ce", "CrossEntropy"),
    "ros": MethodSpec("ros", "RandomOversampling"),
    "smote": MethodSpec("smote", "SMOTEOversampling"),
    "adasyn": MethodSpec("adasyn", "ADASYNOversampling"),
    "bsmote": MethodSpec("bsmote", "BorderlineSMOTEOversampling"),
    "rs": MethodSpec("rs", "BalancedBatches"),
    "focal": MethodSpec("focal", "FocalLoss"),
    "ldam": MethodSpec("ldam", "LDAMLoss"),
    "egl": MethodSpec("egl", "ExplicitGradientLearning", warm_start="ce"),
    "potential": MethodSpec("potential", "Potential"),
    "cwgan": MethodSpec("cwgan", "CWGANOversampling"),
    "mesa": MethodSpec("mesa", "MESA", trains_recipe=False),
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
