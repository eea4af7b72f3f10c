# Training: one job per method x dataset x fold. EGL has a rule of its own for its extra output
# (the learned synthetic rows); EGL and cWGAN ask for a GPU when the config says device: cuda.

RUN = "results/runs/{dataset}/{method}/fold{fold}"


def gpus(wildcards):
    return 1 if config["device"] == "cuda" else 0


def train_mem_mb(wildcards, input):
    # The dataset's arrays a few times over (float32 copies, batches) plus torch's own footprint.
    return 1500 + int(40 * input.size_mb)


def train_runtime(wildcards, input):
    # Minutes; about 2 s per MB of data and epoch-hundred on one CPU core, with a wide margin.
    epochs = config["training"].get("epochs", 200)
    return 10 + int(input.size_mb * epochs / 10)


rule train:
    input:
        data="results/data/{dataset}.npz",
        splits="results/splits/{dataset}.json",
        code=method_sources,
    output:
        scores=f"{RUN}/scores.json",
        predictions=f"{RUN}/predictions.parquet",
        trace=f"{RUN}/trace.csv",
    wildcard_constraints:
        method="|".join(m for m in METHODS if m != "egl") or "^$",
    params:
        method=lambda wc: config["methods"][wc.method],
        training=config["training"],
        seed=run_seed,
        device=config["device"],
    threads: config["threads"]
    resources:
        mem_mb=train_mem_mb,
        runtime=train_runtime,
        gpu=lambda wc: gpus(wc) if wc.method == "cwgan" else 0,
    log:
        f"{RUN}/train.log",
    benchmark:
        "results/benchmarks/train/{dataset}/{method}/fold{fold}.tsv"
    conda:
        "../envs/torch.yaml"
    script:
        "../scripts/train.py"


use rule train as train_egl with:
    output:
        scores=f"{RUN}/scores.json",
        predictions=f"{RUN}/predictions.parquet",
        trace=f"{RUN}/trace.csv",
        synthetic=f"{RUN}/synthetic.parquet",
    wildcard_constraints:
        method="egl",
    resources:
        mem_mb=train_mem_mb,
        runtime=lambda wc, input: 4 * train_runtime(wc, input),
        gpu=gpus,
