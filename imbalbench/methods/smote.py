"""``smote``: SMOTE interpolation between minority neighbours (imbalanced-learn)."""

from imblearn.over_sampling import SMOTE

from ._oversampling import NeighbourOversampling


class SMOTEOversampling(NeighbourOversampling):
    def make_sampler(self, target_minority, seed):
        return SMOTE(sampling_strategy={1: target_minority}, k_neighbors=self.k_neighbors, random_state=seed)
