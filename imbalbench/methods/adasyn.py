"""``adasyn``: ADASYN, more new rows near the majority class (imbalanced-learn)."""

from imblearn.over_sampling import ADASYN

from ._oversampling import NeighbourOversampling


class ADASYNOversampling(NeighbourOversampling):
    def make_sampler(self, target_minority, seed):
        return ADASYN(sampling_strategy={1: target_minority}, n_neighbors=self.k_neighbors, random_state=seed)
