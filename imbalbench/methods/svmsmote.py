"""``svmsmote``: SMOTE from the minority support vectors of an SVM, extrapolating where the
majority is sparse (Nguyen et al., 2011; imbalanced-learn's SVMSMOTE)."""

from ..algorithms.settings import AUGMENTATION
from ..core.parameters import Parameter
from ._oversampling import K_NEIGHBORS, _NeighbourOversampling


class SVMSMOTEOversampling(_NeighbourOversampling):
    parameters = (
        AUGMENTATION,
        K_NEIGHBORS,
        Parameter(
            "m_neighbors", int, 10, at_least=1, doc="neighbours that decide whether a support vector is in danger"
        ),
        Parameter("out_step", float, 0.5, above=0, doc="step of an extrapolation away from a majority-sparse region"),
    )

    def make_sampler(self, target_minority, seed):
        from imblearn.over_sampling import SVMSMOTE

        return SVMSMOTE(
            sampling_strategy={1: target_minority},
            k_neighbors=self.k_neighbors,
            m_neighbors=self.m_neighbors,
            out_step=self.out_step,
            random_state=seed,
        )
