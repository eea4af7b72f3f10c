"""The benchmark's methods, one module each: ``imbalbench/methods/<name>.py`` defines method
``<name>``, a subclass of :class:`~imbalbench.methods.base.Method` whose class attributes declare
it (parameters, warm start, search space, roles). Adding a method is adding its module.

:func:`all_methods` finds them by discovery (every module of this folder but ``base`` and those
whose names start with ``_``). Importing a method module is cheap (no torch): the workflow reads
every declaration while it plans. :func:`make_method` imports just the module it needs, so that a
training job's code inputs are its own method's module (:mod:`imbalbench.workflow.codedeps`) and
editing one method reruns only its jobs.

Layer 5: may import core, data, models and algorithms.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from functools import cache

from .base import Method

_NOT_METHODS = {"base"}


def _method_class(name: str) -> type[Method]:
    module = importlib.import_module(f"{__name__}.{name}")
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, Method)
        and value.__module__ == module.__name__
        and not value.__name__.startswith("_")
    ]
    if len(classes) != 1:
        found = ", ".join(c.__name__ for c in classes) or "none"
        raise TypeError(f"{module.__name__} must define exactly one public Method subclass; found {found}")
    return classes[0]


@cache
def all_methods() -> dict[str, type[Method]]:
    """Every method, name -> class, in name order."""
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_") and info.name not in _NOT_METHODS
    )
    return {name: _method_class(name) for name in names}


def benchmark_methods() -> dict[str, type[Method]]:
    """The methods a benchmark config may name (the induced experiment's upper bound aside)."""
    return {name: cls for name, cls in all_methods().items() if not cls.upper_bound}


def method_spec(name: str) -> type[Method]:
    """The class of method ``name``, whose attributes declare it."""
    known = name.isidentifier() and not name.startswith("_") and name not in _NOT_METHODS
    if not known or importlib.util.find_spec(f"{__name__}.{name}") is None:
        raise ValueError(f"unknown method {name!r}; known: {', '.join(all_methods())}")
    return _method_class(name)


def make_method(name: str, params: dict | None = None) -> Method:
    """Instantiate method ``name`` with its config parameters."""
    return method_spec(name)(**(params or {}))
