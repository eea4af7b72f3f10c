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
        tuning=expand(f"{TUNING}.json", dataset=DATASETS, method=TUNED, fold=FOLDS),
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
