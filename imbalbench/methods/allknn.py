"""``allknn``: edited nearest neighbours with 1, 2, ..., ``n_neighbors`` neighbours in turn
(Tomek, 1976; imbalanced-learn's AllKNN). Deterministic."""

from ._sampling import _NeighbourCleaning


class AllKNNCleaning(_NeighbourCleaning):
    def make_sampler(self, seed):
        from imblearn.under_sampling import AllKNN

        return AllKNN(n_neighbors=self.n_neighbors, kind_sel=self.kind_sel)
