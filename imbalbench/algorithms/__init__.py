"""The learning algorithms behind the methods, usable without the workflow: explicit-gradient
augmentation (:mod:`.egl`), the conditional WGAN (:mod:`.cwgan`), MESA (:mod:`.mesa`), the sine
illustration (:mod:`.sine`), and their declared settings (:mod:`.settings`).

Layer 4: may import the layers below (core, scoring, data, models).
"""
