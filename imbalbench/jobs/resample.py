"""A resampling job: one sampler's training rows of one fold, every seed's, made once and shared by
every learner that trains on them (the rows depend on the method, its parameters, the fold and
the seed, never on the learner).

Its outputs (``results/rows/{dataset}/{method}/fold{k}``): ``.npz`` with ``X`` (R, n', d) and
``y`` (R, n') (or (n', d) and (n',) when every seed got the same rows; or, when the seeds' class
counts differ, every seed's rows one after the other, (sum n'_r, d) and (sum n'_r,), with
``seed_rows`` [n'_1, ..., n'_R] in the ``.json``), and ``.json``, sealed, with the seeds, the
status (``ok`` or ``failed`` with the sampler's reason) and the ``.npz``'s sha256,
which every training job checks before it trains (:func:`imbalbench.jobs.prepare.read_rows`).
"""

from __future__ import annotations

import logging
import time

import numpy as np

from ..core.artifacts import seal, sha256_of, write_arrays, write_json
from ..core.logs import job_logging
from ..methods import make_method
from ..methods.base import MethodNotApplicable, class_counts
from .prepare import prepare_run
from .spec import JobSpec

log = logging.getLogger(__name__)


def resample_job(*, job: dict, outputs: dict) -> None:
    """The ``resample`` rule's work: ``job``'s method (a :class:`~imbalbench.jobs.spec.JobSpec` as
    a dict) resamples its fold's training rows for each of its seeds; ``outputs`` maps ``rows``
    (.npz) and ``about`` (.json) to paths."""
    job = JobSpec(**job)
    with job_logging(job.log, prefix=f"{job.dataset}/{job.method}/fold{job.fold}/resample"):
        run = prepare_run(job, parts=("train", "valid"))
        method = make_method(job.base, run.params)
        about = {"dataset": job.dataset, "method": job.method, "fold": job.fold, "seeds": job.seeds}
        log.info(
            "%r on %d train rows (%d minority), %d seed(s)",
            method,
            len(run.fold.y_train),
            run.fold.y_train.sum(),
            len(job.seeds),
        )
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            X, y = method.resample_seeds(run.fold.X_train, run.fold.y_train, job.seeds, run.device)
        except MethodNotApplicable as error:
            log.warning("the sampler cannot run: %s", error)
            X, y, about = (
                np.zeros((0, run.fold.X_train.shape[1]), np.float32),
                np.zeros(0, np.int64),
                {
                    **about,
                    "status": "failed",
                    "reason": str(error),
                },
            )
        else:
            about["status"] = "ok"
            if isinstance(y, list):
                about["seed_rows"] = [len(y_r) for y_r in y]
                log.info("the seeds' rows differ in class counts (majority, minority): %s", list(map(class_counts, y)))
                X, y = np.concatenate(X), np.concatenate(y)
            else:
                first = np.reshape(y, (-1, np.shape(y)[-1]))[0]
                log.info("%d rows per seed (majority, minority: %s)", len(first), class_counts(first))
        about.update(sampler_seconds=time.perf_counter() - start, sampler_cpu_seconds=time.process_time() - start_cpu)
        write_arrays(outputs["rows"], X=np.asarray(X, dtype=np.float32), y=np.asarray(y))
        write_json(seal({**about, "rows_sha256": sha256_of(outputs["rows"])}), outputs["about"])
