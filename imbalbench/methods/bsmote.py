"""``bsmote``: Borderline-SMOTE, SMOTE from the minority rows near the class border (imbalanced-learn)."""

from ..algorithms.settings import AUGMENTATION
from ..core.parameters import Parameter
from ._oversampling import K_NEIGHBORS, _NeighbourOversampling


class BorderlineSMOTEOversampling(_NeighbourOversampling):
    parameters = (
        AUGMENTATION,
        K_NEIGHBORS,
        Parameter("m_neighbors", int, 10, at_least=1, doc="neighbours that decide whether a row is at the border"),
    )

    def make_sampler(self, target_minority, seed):
        from imblearn.over_sampling import BorderlineSMOTE

        return BorderlineSMOTE(
            sampling_strategy={1: target_minority},
            k_neighbors=self.k_neighbors,
            m_neighbors=self.m_neighbors,
            random_state=seed,
        )
