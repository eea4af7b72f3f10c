"""``renn``: edited nearest neighbours repeated until no row is removed, or ``max_iter`` times
(imbalanced-learn's RepeatedEditedNearestNeighbours). Deterministic."""

from ..core.parameters import Parameter
from ._sampling import KIND_SEL, N_NEIGHBORS, _NeighbourCleaning


class RepeatedEditedNearestNeighboursCleaning(_NeighbourCleaning):
    parameters = (N_NEIGHBORS, KIND_SEL, Parameter("max_iter", int, 100, at_least=1, doc="editing passes, at most"))

    def make_sampler(self, seed):
        from imblearn.under_sampling import RepeatedEditedNearestNeighbours

        return RepeatedEditedNearestNeighbours(
            n_neighbors=self.n_neighbors, kind_sel=self.kind_sel, max_iter=self.max_iter
        )
