"""What a training or tuning job is given (:class:`JobSpec`): one method and learner on one fold of one dataset.

Torch-free: a rule's script builds the spec from its inputs and params before it hands the job to
the warm worker (:mod:`imbalbench.workflow.worker`), which passes it on as plain JSON.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, kw_only=True)
class JobSpec:
    """One job of method ``method`` on fold ``fold`` of ``dataset``: its files and settings."""

    dataset: str
    method: str
    """The run's name: the configured method's (a variant's own name), with ``@learner`` for a
    learner other than the default one (``smote@hgb``)."""
    base: str
    """The method it runs (the configured method, or the method that a variant names)."""
    fold: int
    data: str
    """The preprocessed dataset (``results/data/{dataset}.npz``)."""
    splits: str
    """The fold splits (``results/splits/{dataset}.json``; an induced run's induced splits)."""
    params: dict
    """The configured method parameters (tuning's best replace them)."""
    training: dict
    """The learner's configured settings (the MLP's: its recipe, :class:`~imbalbench.models.training.Recipe`)."""
    seeds: list[int]
    """The training seeds, one per repeat (a tuning job: the first only)."""
    device: str
    threads: int
    learner: str = "mlp"
    """The learner the method trains (:mod:`imbalbench.learners`)."""
    log: str
    warm_models: str | None = None
    """``model.npz`` and ``trace.csv`` of the run that this method continues from (EGL: ce's)."""
    warm_trace: str | None = None
    tuning: str | None = None
    """This method's tuning result, whose best parameters and training settings it trains with."""
    warm_tuning: str | None = None
    """The tuning result of the run it continues from, whose training settings it inherits."""
    rows: str | None = None
    """A resampling job's record (``results/rows/.../fold{k}.json``) whose rows this job trains on."""
    induced: dict | None = None
    """``ratio`` and ``pca_components`` of an induced-imbalance run."""

    @classmethod
    def from_rule(cls, snakemake) -> JobSpec:
        """The spec of the running ``train`` or ``tune`` job (its script's ``snakemake`` object)."""
        i, p, w = snakemake.input, snakemake.params, snakemake.wildcards
        return cls(
            dataset=w.dataset,
            method=w.method,
            base=p.base,
            fold=int(w.fold),
            data=i.data,
            splits=i.splits,
            params=dict(p.method),
            training=dict(p.training),
            seeds=list(p.seeds),
            device=p.device,
            threads=snakemake.threads,
            learner=p.learner,
            log=snakemake.log[0],
            warm_models=i.get("warm_models"),
            warm_trace=i.get("warm_trace"),
            tuning=i.get("tuning"),
            warm_tuning=i.get("warm_tuning"),
            rows=i.get("rows"),
            induced=p.get("induced"),
        )

    def as_dict(self) -> dict:
        return asdict(self)
