# Datasets: raw files (download), then one checked (X, y) per dataset (preprocess), then folds (split).
# Raw files sit in a folder named by a digest of the dataset's config entry: another entry under the
# same name fetches its own (a kept resources/ folder never serves files fetched for another entry).


# imbalanced-learn's benchmark archive, fetched once for every dataset of source "imblearn".
rule zenodo_archive:
    output:
        marker="resources/imblearn/zenodo.done",
    log:
        "results/logs/zenodo_archive.log",
    benchmark:
        "results/benchmarks/zenodo_archive.tsv"
    localrule: True
    conda:
        "../envs/data.yaml"
    resources:
        mem_mb=1000,
        runtime=60,
    params:
        code=rule_code("zenodo_archive.py"),
    script:
        "../scripts/zenodo_archive.py"


rule download:
    input:
        download_inputs,
    output:
        manifest="resources/raw/{dataset}/{spec}/manifest.json",
    log:
        "results/logs/download/{dataset}/{spec}.log",
    benchmark:
        "results/benchmarks/download/{dataset}/{spec}.tsv"
    wildcard_constraints:
        spec=r"[0-9a-f]{12}",
    localrule: True
    conda:
        "../envs/data.yaml"
    resources:
        mem_mb=1000,
        runtime=30,
    params:
        code=rule_code("download.py"),
        spec=dataset_spec,
        cache="resources/imblearn",
    script:
        "../scripts/download.py"


rule preprocess:
    input:
        manifest=raw_manifest,
    output:
        data="results/data/{dataset}.npz",
        metadata="results/data/{dataset}.json",
    log:
        "results/logs/preprocess/{dataset}.log",
    benchmark:
        "results/benchmarks/preprocess/{dataset}.tsv"
    localrule: True
    conda:
        "../envs/data.yaml"
    resources:
        # pandas holds a raw table several times over while parsing and encoding it
        mem_mb=lambda wc, input: 1000 + int(20 * folder_mb(input.manifest)),
        runtime=lambda wc, input: 5 + int(folder_mb(input.manifest)),
    params:
        code=rule_code("preprocess.py"),
        spec=dataset_spec,
        allow_balanced=lambda wc: wc.dataset == config.get("induced", {}).get("dataset"),
    script:
        "../scripts/preprocess.py"


rule split:
    input:
        data=rules.preprocess.output.data,
    output:
        splits="results/splits/{dataset}.json",
    log:
        "results/logs/split/{dataset}.log",
    benchmark:
        "results/benchmarks/split/{dataset}.tsv"
    group:
        batch_group
    conda:
        "../envs/data.yaml"
    resources:
        mem_mb=lambda wc, input: 1000 + int(10 * input.size_mb),
        runtime=1,  # at most 6 s measured
    params:
        code=rule_code("split.py"),
        folds=config["folds"],
        valid_size=config["valid_size"],
        seed=config["seed"],
    script:
        "../scripts/split.py"
