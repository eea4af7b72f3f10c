"""What one workflow job does: the shared preparation of a fold's run (:mod:`.prepare`: warm start, tuned
settings), a training job and its outputs (:mod:`.train`), a tuning job (:mod:`.tune`).

Layer 9: may import the layers below (core ... tuning).
"""
