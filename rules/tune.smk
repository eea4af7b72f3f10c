# Tuning (opt-in, config key tuning.trials > 0): one Optuna study per tuned method x benchmark
# dataset x fold on the fold's train and validation rows (imbalbench.tuning.search); the fold's training job
# then trains its seeds with the best parameters. Every tuned method gets the same trials.


rule tune:
    input:
        unpack(tune_warm_inputs),
        data=rules.preprocess.output.data,
        metadata=rules.preprocess.output.metadata,
        splits=rules.split.output.splits,
    output:
        tuning=f"{TUNING}.json",
    log:
        f"{TUNING}.log",
    benchmark:
        "results/benchmarks/tune/{dataset}/{method}/fold{fold}.tsv"
    wildcard_constraints:
        dataset="|".join(map(re.escape, DATASETS)),
        method="|".join(map(re.escape, TUNED)) or "(?!)",
    group:
        batch_group
    conda:
        "../envs/torch.yaml"
    threads: config["threads"]
    resources:
        mem_mb=tune_mem_mb,
        runtime=tune_runtime,
        gpu=uses_gpu,
    params:
        **TUNE_PARAMS,
    script:
        "../scripts/tune.py"


rule tuning_summary:
    input:
        # Only the tuning of jobs trained here: a reference holds no tuning results, and a
        # training job taken from it needs none (its identity holds its tuning's).
        tuning=[
            f"{TUNING.format(dataset=dataset, method=method, fold=fold)}.json"
            for dataset in DATASETS
            for method in TUNED
            for fold in FOLDS
            if job_key(dataset, method, fold) not in REUSED
        ],
    output:
        markdown="results/tables/tuning.md",
        csv="results/tables/tuning.csv",
    log:
        "results/logs/tuning_summary.log",
    benchmark:
        "results/benchmarks/tuning_summary.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("tuning_summary.py"),
        trials=config["tuning"]["trials"],
        epochs=config["training"].get("epochs", 200),
    script:
        "../scripts/tuning_summary.py"
