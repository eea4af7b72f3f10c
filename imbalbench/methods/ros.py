"""``ros``: random oversampling by copying minority rows (imbalanced-learn's RandomOverSampler)."""

from imblearn.over_sampling import RandomOverSampler

from ._oversampling import ImblearnOversampling


class RandomOversampling(ImblearnOversampling):
    def make_sampler(self, target_minority, seed):
        return RandomOverSampler(sampling_strategy={1: target_minority}, random_state=seed)
