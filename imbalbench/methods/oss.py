"""``oss``: one-sided selection, a condensed nearest-neighbour pass and then Tomek links
(Kubat and Matwin, 1997; imbalanced-learn's OneSidedSelection)."""

from ._sampling import N_SEEDS_S, ONE_NEIGHBOUR, _ImblearnSampling


class OneSidedSelectionCleaning(_ImblearnSampling):
    parameters = (ONE_NEIGHBOUR, N_SEEDS_S)

    def make_sampler(self, seed):
        from imblearn.under_sampling import OneSidedSelection

        return OneSidedSelection(n_neighbors=self.n_neighbors, n_seeds_S=self.n_seeds_S, random_state=seed)
