"""``smote``: SMOTE interpolation between minority neighbours (imbalanced-learn)."""

from ._oversampling import _NeighbourOversampling


class SMOTEOversampling(_NeighbourOversampling):
    def make_sampler(self, target_minority, seed):
        from imblearn.over_sampling import SMOTE

        return SMOTE(sampling_strategy={1: target_minority}, k_neighbors=self.k_neighbors, random_state=seed)
