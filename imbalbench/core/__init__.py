"""Foundations every layer may use: the error types (:mod:`.errors`), writing and checking output files
(:mod:`.artifacts`), job logs (:mod:`.logs`) and declared parameters (:mod:`.parameters`).

Layer 0: imports nothing else from the package, and neither torch nor scikit-learn.
"""
