"""``adasyn``: ADASYN, more new rows near the majority class (imbalanced-learn)."""

from ._oversampling import _NeighbourOversampling


class ADASYNOversampling(_NeighbourOversampling):
    def make_sampler(self, target_minority, seed):
        from imblearn.over_sampling import ADASYN

        return ADASYN(sampling_strategy={1: target_minority}, n_neighbors=self.k_neighbors, random_state=seed)
