"""``nearmiss``: NearMiss under-sampling, which keeps the majority rows nearest to (1, 3) or
farthest from (2) the minority rows (imbalanced-learn). Deterministic: every seed gets the same rows."""

from ..core.parameters import Parameter
from ._sampling import RATIO, _Undersampling


class NearMissUndersampling(_Undersampling):
    parameters = (
        RATIO,
        Parameter("version", int, 1, choices=(1, 2, 3), doc="NearMiss-1, -2 or -3 (Mani and Zhang, 2003)"),
        Parameter("n_neighbors", int, 3, at_least=1, doc="minority neighbours a majority row's distance averages over"),
        Parameter("n_neighbors_ver3", int, 3, at_least=1, doc="NearMiss-3: majority neighbours kept per minority row"),
    )
    search_space = {**_Undersampling.search_space, "version": {"type": "categorical", "choices": [1, 2, 3]}}

    def make_sampler(self, seed):
        from imblearn.under_sampling import NearMiss

        return NearMiss(
            sampling_strategy=self.sampling_strategy,
            version=self.version,
            n_neighbors=self.n_neighbors,
            n_neighbors_ver3=self.n_neighbors_ver3,
        )
