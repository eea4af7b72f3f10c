"""Equal-budget tuning: search spaces (:mod:`.search`) and the Optuna study of one method on one fold
(:mod:`.study`).

Layer 8: may import the layers below (core ... methods).
"""
