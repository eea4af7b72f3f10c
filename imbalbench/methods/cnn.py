"""``cnn``: condensed nearest neighbours, which keeps the majority rows that a 1-nearest-neighbour
rule, grown from a random start, misclassifies (Hart, 1968; imbalanced-learn's
CondensedNearestNeighbour). Its loop visits every majority row, repeatedly: quadratic in the rows."""

from ._sampling import N_SEEDS_S, ONE_NEIGHBOUR, _ImblearnSampling


class CondensedNearestNeighbourCleaning(_ImblearnSampling):
    parameters = (ONE_NEIGHBOUR, N_SEEDS_S)

    def make_sampler(self, seed):
        from imblearn.under_sampling import CondensedNearestNeighbour

        return CondensedNearestNeighbour(n_neighbors=self.n_neighbors, n_seeds_S=self.n_seeds_S, random_state=seed)
