"""``enn``: edited nearest neighbours, which removes the majority rows that their neighbours
outvote (Wilson, 1972; imbalanced-learn's EditedNearestNeighbours). Deterministic."""

from ._sampling import _NeighbourCleaning


class EditedNearestNeighboursCleaning(_NeighbourCleaning):
    def make_sampler(self, seed):
        from imblearn.under_sampling import EditedNearestNeighbours

        return EditedNearestNeighbours(n_neighbors=self.n_neighbors, kind_sel=self.kind_sel)
