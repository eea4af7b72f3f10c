"""``kmsmote``: k-means SMOTE, which interpolates inside the k-means clusters where the minority
is dense enough (Douzas et al., 2018; imbalanced-learn's KMeansSMOTE). It cannot run where no
cluster holds enough minority rows: the run then fails with imbalanced-learn's reason."""

from ..algorithms.settings import AUGMENTATION
from ..core.parameters import Parameter
from ._oversampling import _ImblearnOversampling


class KMeansSMOTEOversampling(_ImblearnOversampling):
    parameters = (
        AUGMENTATION,
        Parameter("k_neighbors", int, 2, at_least=1, doc="nearest minority neighbours inside a cluster"),
        Parameter("n_clusters", int, 8, at_least=1, doc="k-means clusters of the training rows"),
    )
    search_space = {"n_clusters": {"type": "int", "low": 2, "high": 20}}

    def make_sampler(self, target_minority, seed):
        from imblearn.over_sampling import KMeansSMOTE
        from sklearn.cluster import MiniBatchKMeans

        return KMeansSMOTE(
            sampling_strategy={1: target_minority},
            k_neighbors=self.k_neighbors,
            kmeans_estimator=MiniBatchKMeans(n_clusters=self.n_clusters, n_init=3, random_state=seed),
            random_state=seed,
        )
