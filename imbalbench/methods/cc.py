"""``cc``: cluster centroids, which replaces the majority rows by the centroids of as many k-means
clusters as it keeps (imbalanced-learn's ClusterCentroids, KMeans seeded by the run's seed)."""

from ..core.parameters import Parameter
from ._sampling import RATIO, _Undersampling


class ClusterCentroidsUndersampling(_Undersampling):
    parameters = (
        RATIO,
        Parameter(
            "voting",
            str,
            "auto",
            choices=("auto", "hard", "soft"),
            doc="hard: the real row nearest each centroid; soft: the centroid; auto: hard for sparse data",
        ),
    )

    def make_sampler(self, seed):
        from imblearn.under_sampling import ClusterCentroids
        from sklearn.cluster import KMeans

        return ClusterCentroids(
            sampling_strategy=self.sampling_strategy,
            estimator=KMeans(random_state=seed),
            voting=self.voting,
            random_state=seed,
        )
