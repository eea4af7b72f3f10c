"""Methods whose training rows are an imbalanced-learn sampler's ``fit_resample``, as it returns
them: under-sampling to a ratio, and cleaning of the majority class."""

from __future__ import annotations

import numpy as np

from ..core.parameters import Parameter
from .base import Method, MethodNotApplicable, class_counts

RATIO = Parameter(
    "sampling_strategy",
    float,
    1.0,
    above=0,
    at_most=1,
    doc="minority / majority rows after under-sampling (imbalanced-learn's float; 1: balanced)",
)
N_NEIGHBORS = Parameter("n_neighbors", int, 3, at_least=1, doc="nearest neighbours that decide whether a row stays")
ONE_NEIGHBOUR = Parameter(
    "n_neighbors", int, 1, at_least=1, doc="neighbours of the condensing 1-nearest-neighbour rule"
)
N_SEEDS_S = Parameter("n_seeds_S", int, 1, at_least=1, doc="majority rows the kept set starts from, drawn at random")
KIND_SEL = Parameter(
    "kind_sel",
    str,
    "all",
    choices=("all", "mode"),
    doc="a row stays if all (or most) of its neighbours share its class",
)


def fit_resample(sampler, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``sampler.fit_resample(X, y)`` in the dtypes of ``X`` and ``y``; a sampler that refuses the
    data, or leaves a class without rows, raises :class:`MethodNotApplicable` with its reason."""
    name = type(sampler).__name__
    try:
        X_out, y_out = sampler.fit_resample(X, y)
    except (ValueError, RuntimeError) as error:
        raise MethodNotApplicable(f"{name}: {error}") from error
    if min(class_counts(y_out)) == 0:
        raise MethodNotApplicable(f"{name} left no rows of class {class_counts(y_out).index(0)}")
    return np.asarray(X_out, dtype=X.dtype), np.asarray(y_out, dtype=y.dtype)


class _ImblearnSampling(Method):
    """Trains on the rows that :meth:`make_sampler`'s sampler returns for the seed."""

    def make_sampler(self, seed: int):
        """The imbalanced-learn sampler of one seed."""
        raise NotImplementedError

    def resample(self, X, y, seed, device=None):
        return fit_resample(self.make_sampler(seed), X, y)


class _Undersampling(_ImblearnSampling):
    """Removes majority rows until minority / majority is :data:`RATIO`'s ``sampling_strategy``."""

    parameters = (RATIO,)
    search_space = {"sampling_strategy": {"type": "float", "low": 0.1, "high": 1.0}}


class _NeighbourCleaning(_ImblearnSampling):
    """Removes the majority rows whose ``n_neighbors`` nearest neighbours disagree with their class
    (imbalanced-learn's default ``sampling_strategy``: every class but the minority)."""

    parameters = (N_NEIGHBORS, KIND_SEL)
    search_space = {"n_neighbors": {"type": "int", "low": 1, "high": 10}}
