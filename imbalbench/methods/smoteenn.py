"""``smoteenn``: SMOTE adding ``augmentation x minority`` rows, then edited nearest neighbours
cleaning both classes (Batista et al., 2004; imbalanced-learn's SMOTEENN, its ENN as it is by
default). The cleaning leaves a seed-dependent number of rows."""

from ._combined import _SMOTEThenCleaning


class SMOTEENNCombined(_SMOTEThenCleaning):
    def make_sampler(self, smote, seed):
        from imblearn.combine import SMOTEENN

        return SMOTEENN(smote=smote, random_state=seed)
