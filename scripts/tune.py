"""Rule tune: one method's Optuna study on one fold -> results/tuning/{dataset}/{method}/fold{k}.json."""

import sys

from imbalbench.worker import run_job

w, p, i = snakemake.wildcards, snakemake.params, snakemake.input
warm = (
    {"models": i.warm_models, "trace": i.warm_trace, "tuning": i.get("warm_tuning")}
    if "warm_models" in i.keys()
    else None
)
sys.exit(
    run_job(
        "imbalbench.tuning:tune_job",
        dict(
            data=i.data,
            splits=i.splits,
            dataset=w.dataset,
            method=w.method,
            base=p.base,
            fold=int(w.fold),
            params=p.method,
            training=p.training,
            space=p.space,
            trials=p.trials,
            seed=p.seed,
            startup_trials=p.startup_trials,
            run_seed=p.run_seed,
            device=p.device,
            threads=snakemake.threads,
            log=snakemake.log[0],
            output=snakemake.output.tuning,
            code=list(i.code),
            warm_start=warm,
        ),
    )
)
