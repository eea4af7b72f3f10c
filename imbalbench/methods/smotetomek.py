"""``smotetomek``: SMOTE adding ``augmentation x minority`` rows, then removing both rows of every
Tomek link (Batista et al., 2004; imbalanced-learn's SMOTETomek, its Tomek links as they are by
default)."""

from ._combined import _SMOTEThenCleaning


class SMOTETomekCombined(_SMOTEThenCleaning):
    def make_sampler(self, smote, seed):
        from imblearn.combine import SMOTETomek

        return SMOTETomek(smote=smote, random_state=seed)
