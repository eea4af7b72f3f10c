"""What a training job asks a scheduler for, from measured costs (no torch import: the workflow
reads this while it plans).

Memory: a job's peak resident memory (``peak_memory_mb`` in its scores.json) is the Python
process with torch, scikit-learn, imbalanced-learn and pandas loaded, plus the dataset's arrays a
few times over (float32 copies, stacked seeds' resampled rows, batches). Measured in the default
run of 2026-11-29 (5 stacked seeds, 2 cores, in the warm worker's forked child, which counts the
worker's preloaded modules): see ``MEASURED_PEAK_MB``; the request adds
``MEMORY_MARGIN`` on top, so that a job stays within it (tests/test_stacking.py checks a stacked
job on the largest benchmark dataset).
"""

from __future__ import annotations

import math

MEASURED_PEAK_MB = {"base": 650.0, "per_input_mb": 30.0}
"""``base``: the largest peak of a training job in the default run (cwgan, 630-641 MB whatever the
dataset; every other method 365-410 MB, Adult's included). ``per_input_mb``: an allowance per MB
of inputs (data, splits, code) for datasets larger than the default ones, where none was measured
(Adult's 1.7 MB of inputs added nothing measurable). Refresh both from ``benchmarks/job_overhead.py``."""
MEMORY_MARGIN = 1.5


def train_mem_mb(input_mb: float) -> int:
    """``mem_mb`` of a training job whose inputs (data, splits, code) take ``input_mb`` MB."""
    peak = MEASURED_PEAK_MB["base"] + MEASURED_PEAK_MB["per_input_mb"] * input_mb
    return int(math.ceil(MEMORY_MARGIN * peak / 100.0) * 100)
