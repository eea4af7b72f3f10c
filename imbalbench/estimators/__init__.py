"""scikit-learn and imbalanced-learn estimators around the algorithms, for use outside the workflow:
:class:`EGLClassifier`, :class:`MESAClassifier` (``fit`` / ``predict_proba``), :class:`EGLSampler`,
:class:`CWGANSampler` (``fit_resample``).

Layer 7: may import the layers below (core, scoring, data, models, algorithms, learners, methods).
"""

from .api import CWGANSampler, EGLClassifier, EGLSampler, MESAClassifier

__all__ = ["CWGANSampler", "EGLClassifier", "EGLSampler", "MESAClassifier"]
