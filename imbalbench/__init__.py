"""imbalbench: explicit-gradient augmentation against the usual baselines on imbalanced tabular data."""

__version__ = "0.1.0"
