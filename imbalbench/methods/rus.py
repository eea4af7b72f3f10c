"""``rus``: random under-sampling of the majority class (imbalanced-learn's RandomUnderSampler)."""

from ._sampling import _Undersampling


class RandomUndersampling(_Undersampling):
    def make_sampler(self, seed):
        from imblearn.under_sampling import RandomUnderSampler

        return RandomUnderSampler(sampling_strategy=self.sampling_strategy, random_state=seed)
