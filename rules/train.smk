# Training: one job per method x dataset x fold.


rule train:
    input:
        data="results/data/{dataset}.npz",
        splits="results/splits/{dataset}.json",
        code=method_sources,
    output:
        scores="results/runs/{dataset}/{method}/fold{fold}/scores.json",
        predictions="results/runs/{dataset}/{method}/fold{fold}/predictions.parquet",
        trace="results/runs/{dataset}/{method}/fold{fold}/trace.csv",
    params:
        method=lambda wc: config["methods"][wc.method],
        training=config["training"],
        seed=run_seed,
        device=config["device"],
    threads: config["threads"]
    resources:
        mem_mb=lambda wc, input: 1000 + int(20 * input.size_mb),
        runtime=30,
    log:
        "results/runs/{dataset}/{method}/fold{fold}/train.log",
    benchmark:
        "results/benchmarks/train/{dataset}/{method}/fold{fold}.tsv"
    conda:
        "../envs/torch.yaml"
    script:
        "../scripts/train.py"
