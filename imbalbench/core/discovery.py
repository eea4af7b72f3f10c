"""Plug-ins found by discovery: one module per plug-in in a package folder, each defining exactly
one public subclass of the folder's base class (methods in ``imbalbench/methods``, learners in
``imbalbench/learners``). The module's name is the plug-in's name in the config."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil


def plugin_class(package: str, name: str, base: type) -> type:
    """The one public ``base`` subclass defined in module ``package.name``."""
    module = importlib.import_module(f"{package}.{name}")
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, base)
        and value.__module__ == module.__name__
        and not value.__name__.startswith("_")
    ]
    if len(classes) != 1:
        found = ", ".join(c.__name__ for c in classes) or "none"
        raise TypeError(f"{module.__name__} must define exactly one public {base.__name__} subclass; found {found}")
    return classes[0]


def plugin_names(package: str, path, excluded: frozenset[str] = frozenset({"base"})) -> list[str]:
    """The plug-in modules of ``package`` (its ``__path__``), in name order: every module but
    ``excluded`` and those whose names start with ``_``."""
    return sorted(
        info.name for info in pkgutil.iter_modules(path) if not info.name.startswith("_") and info.name not in excluded
    )


def find_plugin(package: str, name: str, base: type, known, what: str) -> type:
    """The class of plug-in ``name``; ValueError naming the ``known`` ones when there is none."""
    valid = name.isidentifier() and not name.startswith("_") and name != "base"
    if not valid or importlib.util.find_spec(f"{package}.{name}") is None:
        raise ValueError(f"unknown {what} {name!r}; known: {', '.join(known)}")
    return plugin_class(package, name, base)
