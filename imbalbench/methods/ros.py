"""``ros``: random oversampling by copying minority rows (imbalanced-learn's RandomOverSampler)."""

from ._oversampling import _ImblearnOversampling


class RandomOversampling(_ImblearnOversampling):
    search_space = {"augmentation": {"type": "float", "low": 0.25, "high": 2.0}}

    def make_sampler(self, target_minority, seed):
        from imblearn.over_sampling import RandomOverSampler

        return RandomOverSampler(sampling_strategy={1: target_minority}, random_state=seed)
