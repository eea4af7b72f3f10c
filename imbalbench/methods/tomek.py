"""``tomek``: removes the majority row of every Tomek link, a pair of rows of different classes
that are each other's nearest neighbour (imbalanced-learn's TomekLinks). Deterministic."""

from ._sampling import _ImblearnSampling


class TomekLinksCleaning(_ImblearnSampling):
    def make_sampler(self, seed):
        from imblearn.under_sampling import TomekLinks

        return TomekLinks()
