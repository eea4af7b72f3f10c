"""The neural network and its training: the MLP and its stacked copies (:mod:`.mlp`) and stacked
training with model selection (:mod:`.training`).

Layer 3: may import :mod:`imbalbench.core` and :mod:`imbalbench.scoring`.
"""
