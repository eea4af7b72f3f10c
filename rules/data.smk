# Datasets: raw files (download), then one checked (X, y) per dataset (preprocess), then folds (split).


rule zenodo_archive:
    # imbalanced-learn's benchmark archive, fetched once for every dataset of source "imblearn".
    output:
        marker="resources/imblearn/zenodo.done",
    resources:
        mem_mb=1000,
        runtime=60,
    log:
        "results/logs/zenodo_archive.log",
    benchmark:
        "results/benchmarks/zenodo_archive.tsv"
    conda:
        "../envs/data.yaml"
    script:
        "../scripts/zenodo_archive.py"


def download_inputs(wildcards):
    spec = dataset_spec(wildcards)
    if spec["source"] == "imblearn":
        return rules.zenodo_archive.output
    if spec["source"] == "csv":
        return [spec["path"]]
    return []


rule download:
    input:
        download_inputs,
    output:
        manifest="resources/raw/{dataset}/manifest.json",
    params:
        spec=dataset_spec,
        cache="resources/imblearn",
    resources:
        mem_mb=1000,
        runtime=30,
    log:
        "results/logs/download/{dataset}.log",
    benchmark:
        "results/benchmarks/download/{dataset}.tsv"
    conda:
        "../envs/data.yaml"
    script:
        "../scripts/download.py"


rule preprocess:
    input:
        manifest=rules.download.output.manifest,
    output:
        data="results/data/{dataset}.npz",
        metadata="results/data/{dataset}.json",
    params:
        spec=dataset_spec,
        allow_balanced=lambda wc: wc.dataset == config.get("induced", {}).get("dataset"),
    resources:
        # pandas holds a raw table several times over while parsing and encoding it
        mem_mb=lambda wc, input: 1000 + int(20 * folder_mb(input.manifest)),
        runtime=lambda wc, input: 5 + int(folder_mb(input.manifest)),
    log:
        "results/logs/preprocess/{dataset}.log",
    benchmark:
        "results/benchmarks/preprocess/{dataset}.tsv"
    conda:
        "../envs/data.yaml"
    script:
        "../scripts/preprocess.py"


rule split:
    input:
        data=rules.preprocess.output.data,
    output:
        splits="results/splits/{dataset}.json",
    params:
        folds=config["folds"],
        valid_size=config["valid_size"],
        seed=config["seed"],
    resources:
        mem_mb=lambda wc, input: 1000 + int(10 * input.size_mb),
        runtime=5,
    log:
        "results/logs/split/{dataset}.log",
    benchmark:
        "results/benchmarks/split/{dataset}.tsv"
    conda:
        "../envs/data.yaml"
    script:
        "../scripts/split.py"
