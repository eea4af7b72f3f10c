"""``bsmote``: Borderline-SMOTE, SMOTE from the minority rows near the class border (imbalanced-learn)."""

from imblearn.over_sampling import BorderlineSMOTE

from ._oversampling import NeighbourOversampling


class BorderlineSMOTEOversampling(NeighbourOversampling):
    def __init__(self, augmentation: float = 1.0, k_neighbors: int = 5, m_neighbors: int = 10):
        super().__init__(augmentation, k_neighbors)
        self.m_neighbors = m_neighbors

    def make_sampler(self, target_minority, seed):
        return BorderlineSMOTE(
            sampling_strategy={1: target_minority},
            k_neighbors=self.k_neighbors,
            m_neighbors=self.m_neighbors,
            random_state=seed,
        )
