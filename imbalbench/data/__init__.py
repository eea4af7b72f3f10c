"""Datasets: their sources (:mod:`.sources`: download and preprocessing per source), stratified folds
(:mod:`.splits`) and the induced-imbalance folds (:mod:`.induced`).

Layer 2: may import :mod:`imbalbench.core`.
"""
