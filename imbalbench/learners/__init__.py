"""The benchmark's learners, one module each: ``imbalbench/learners/<name>.py`` defines learner
``<name>``, a subclass of :class:`~imbalbench.learners.base.Learner` whose class attributes declare
it (parameters, search space, what it can take from a method). Adding a learner is adding its
module; :func:`all_learners` finds them by discovery, as :mod:`imbalbench.methods` finds methods.

Importing a learner module is cheap (no torch, no scikit-learn): the workflow reads every
declaration while it plans.

Layer 5: may import core, scoring, data, models and algorithms.
"""

from __future__ import annotations

from functools import cache

from ..core.discovery import find_plugin, plugin_class, plugin_names
from .base import Learner


@cache
def all_learners() -> dict[str, type[Learner]]:
    """Every learner, name -> class, in name order."""
    return {name: plugin_class(__name__, name, Learner) for name in plugin_names(__name__, __path__)}


def learner_spec(name: str) -> type[Learner]:
    """The class of learner ``name``, whose attributes declare it."""
    return find_plugin(__name__, name, Learner, all_learners(), "learner")


def default_learner() -> str:
    """The learner a config without ``learners`` trains (the paper's MLP)."""
    (name,) = [name for name, cls in all_learners().items() if cls.default]
    return name


def make_learner(name: str, settings: dict | None = None, threads: int = 1) -> Learner:
    """Instantiate learner ``name`` with its settings (the MLP: the config's ``training`` recipe),
    to train on ``threads`` CPU threads (the job's rule's)."""
    learner = learner_spec(name)(**(settings or {}))
    learner.threads = threads
    return learner
