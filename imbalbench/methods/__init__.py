"""The benchmark's methods, one module each: ``imbalbench/methods/<name>.py`` defines method
``<name>``, a subclass of :class:`~imbalbench.methods.base.Method` whose class attributes declare
it (parameters, warm start, search space, roles). Adding a method is adding its module.

:func:`all_methods` finds them by discovery (every module of this folder but ``base`` and those
whose names start with ``_``). Importing a method module is cheap (no torch): the workflow reads
every declaration while it plans. :func:`make_method` imports just the module it needs, so that a
training job's code digest covers its own method's module (:mod:`imbalbench.workflow.codedeps`) and
editing one method reruns only its jobs.

Layer 6: may import core, data, models, algorithms and learners.
"""

from __future__ import annotations

from functools import cache

from ..core.discovery import find_plugin, plugin_class, plugin_names
from .base import Method


@cache
def all_methods() -> dict[str, type[Method]]:
    """Every method, name -> class, in name order."""
    return {name: plugin_class(__name__, name, Method) for name in plugin_names(__name__, __path__)}


def benchmark_methods() -> dict[str, type[Method]]:
    """The methods a benchmark config may name (the induced experiment's upper bound aside)."""
    return {name: cls for name, cls in all_methods().items() if not cls.upper_bound}


def method_spec(name: str) -> type[Method]:
    """The class of method ``name``, whose attributes declare it."""
    return find_plugin(__name__, name, Method, all_methods(), "method")


def make_method(name: str, params: dict | None = None) -> Method:
    """Instantiate method ``name`` with its config parameters."""
    return method_spec(name)(**(params or {}))
