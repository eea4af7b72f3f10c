# Shared rows: a sampler that runs on several learners resamples each fold once (every seed's rows);
# the training jobs of all its learners read them (imbalbench.jobs.resample). A sampler on one learner,
# or one tuned per learner, resamples inside its training job.


rule resample:
    input:
        data=rules.preprocess.output.data,
        metadata=rules.preprocess.output.metadata,
        splits=rules.split.output.splits,
    output:
        rows=f"{ROWS}.npz",
        about=f"{ROWS}.json",
    log:
        f"{ROWS}.log",
    benchmark:
        "results/benchmarks/resample/{dataset}/{method}/fold{fold}.tsv"
    wildcard_constraints:
        dataset="|".join(map(re.escape, DATASETS)),
        method="|".join(map(re.escape, SHARED_ROWS)) or "(?!)",
    group:
        batch_group
    conda:
        "../envs/torch.yaml"
    threads: config["threads"]
    resources:
        mem_mb=train_mem_mb,
        runtime=train_runtime,
        gpu=uses_gpu,
    params:
        **RESAMPLE_PARAMS,
    script:
        "../scripts/resample.py"
