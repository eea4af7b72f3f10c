# Training: one job per method x dataset x fold (it trains the fold's `repeats` seeds as one stacked
# model), for the benchmark and the induced-imbalance runs alike. Every method writes the same outputs
# (synthetic.parquet is empty where a method makes no synthetic rows; model.npz holds only the seeds
# where a method trains no MLP); EGL continues from ce's models of the same fold and seeds. A job
# on cuda (device: cuda, or its method in gpu_methods) asks for a GPU.


rule train:
    input:
        unpack(train_data),
        unpack(warm_start_inputs),
        unpack(tuning_inputs),
        unpack(rows_inputs),
    output:
        scores=f"{RUN}/scores.json",
        predictions=f"{RUN}/predictions.parquet",
        trace=f"{RUN}/trace.csv",
        synthetic=f"{RUN}/synthetic.parquet",
        models=f"{RUN}/model.npz",
    log:
        f"{RUN}/train.log",
    benchmark:
        "results/benchmarks/train/{dataset}/{method}/fold{fold}.tsv"
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
        **TRAIN_PARAMS,
    script:
        "../scripts/train.py"
