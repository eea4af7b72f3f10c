"""Rule train: one method on one fold of one dataset -> results/runs/{dataset}/{method}/fold{k}/.

The work runs in a warm worker that already has torch imported (imbalbench.worker).
"""

import sys

from imbalbench.worker import run_job

w, p, i = snakemake.wildcards, snakemake.params, snakemake.input
sys.exit(
    run_job(
        "imbalbench.runs:train_job",
        dict(
            data=i.data,
            splits=i.splits,
            dataset=w.dataset,
            method=w.method,
            fold=int(w.fold),
            base=p.base,
            params=p.method,
            training=p.training,
            seeds=p.seeds,
            device=p.device,
            threads=snakemake.threads,
            log=snakemake.log[0],
            outputs=dict(snakemake.output.items()),
            induced=p.get("induced"),
            audit=p.audit,
            warm_start=dict(models=i.warm_models, trace=i.warm_trace) if "warm_models" in i.keys() else None,
            tuning=dict(own=i.get("tuning"), warm=i.get("warm_tuning"))
            if {"tuning", "warm_tuning"} & set(i.keys())
            else None,
        ),
    )
)
