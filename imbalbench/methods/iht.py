"""``iht``: instance hardness threshold, which removes the majority rows that a cross-validated
random forest finds hardest to classify (imbalanced-learn's InstanceHardnessThreshold). Its
threshold keeps about, not exactly, the ratio's rows, so seeds may get different class counts."""

from ..core.parameters import Parameter
from ._sampling import RATIO, _Undersampling


class InstanceHardnessUndersampling(_Undersampling):
    parameters = (RATIO, Parameter("cv", int, 5, at_least=2, doc="cross-validation folds of the hardness estimate"))

    def make_sampler(self, seed):
        from imblearn.under_sampling import InstanceHardnessThreshold

        return InstanceHardnessThreshold(sampling_strategy=self.sampling_strategy, cv=self.cv, random_state=seed)
