"""Scores of predictions: the torch AUC-PR and AUC-ROC of model selection (:mod:`.metrics`), the
decision and calibration metrics of a run (:mod:`.decision`), and what each metric means to the
verdict (:mod:`.metric_specs`: label, direction, ROPE).

Layer 1: may import :mod:`imbalbench.core`.
"""
