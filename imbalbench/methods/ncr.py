"""``ncr``: the neighbourhood cleaning rule, edited nearest neighbours and then the majority
neighbours of misclassified minority rows (Laurikkala, 2001; imbalanced-learn's
NeighbourhoodCleaningRule). Deterministic."""

from ..core.parameters import Parameter
from ._sampling import N_NEIGHBORS, _NeighbourCleaning


class NeighbourhoodCleaningRuleCleaning(_NeighbourCleaning):
    parameters = (
        N_NEIGHBORS,
        Parameter(
            "threshold_cleaning",
            float,
            0.5,
            at_least=0,
            at_most=1,
            doc="a class is cleaned only if it holds more than this share of the minority's count",
        ),
    )

    def make_sampler(self, seed):
        from imblearn.under_sampling import NeighbourhoodCleaningRule

        return NeighbourhoodCleaningRule(n_neighbors=self.n_neighbors, threshold_cleaning=self.threshold_cleaning)
