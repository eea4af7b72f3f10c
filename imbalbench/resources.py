"""What a training job asks a scheduler for, from measured costs (no torch import: the workflow
reads this while it plans).

Memory: a job's peak resident memory (``peak_memory_mb`` in its scores.json) is the Python
process with torch, scikit-learn, imbalanced-learn and pandas loaded, plus the dataset's arrays a
few times over (float32 copies, stacked seeds' resampled rows, batches). Measured in the default
run of 2026-11-29 (5 stacked seeds, 2 cores): see ``MEASURED_PEAK_MB``; the request adds
``MEMORY_MARGIN`` on top, so that a job stays within it (tests/test_stacking.py checks a stacked
job on the largest benchmark dataset).
"""

from __future__ import annotations

import math

MEASURED_PEAK_MB = {"base": 520.0, "per_input_mb": 30.0}
"""Peak RSS of the largest job of the default run whose inputs are small (satimage, cwgan), and
the growth per MB of compressed input data beyond it (Adult, the largest input)."""
MEMORY_MARGIN = 1.5


def train_mem_mb(input_mb: float) -> int:
    """``mem_mb`` of a training job whose inputs (data, splits, code) take ``input_mb`` MB."""
    peak = MEASURED_PEAK_MB["base"] + MEASURED_PEAK_MB["per_input_mb"] * input_mb
    return int(math.ceil(MEMORY_MARGIN * peak / 100.0) * 100)
