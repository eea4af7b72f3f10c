# Published references (imbalbench.workflow.reference): `publish` writes this run's jobs into
# published/{name}/; a run with config key `reference` takes the jobs a reference holds, checks
# each dataset it takes jobs of against the reference's rows and splits, and copies the outputs
# that its own methods continue from. A published folder is untrusted input: its names reach no shell.


rule publish:
    input:
        unpack(publish_inputs),
    output:
        manifest="published/{name}/manifest.json",
    log:
        "results/logs/publish/{name}.log",
    benchmark:
        "results/benchmarks/publish/{name}.tsv"
    wildcard_constraints:
        name=r"[\w.-]+(/[\w.-]+)?",
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("publish.py"),
        identities=published_identities,
        runs=lambda wc: {run: training_code_of(run) for run in METHODS},
        config=config,
        checkout=workflow.basedir,
    script:
        "../scripts/publish.py"


rule reference_data:
    input:
        data=rules.preprocess.output.data,
        splits=rules.split.output.splits,
    output:
        check="results/reference/data/{dataset}.json",
    log:
        "results/logs/reference/{dataset}.log",
    benchmark:
        "results/benchmarks/reference/{dataset}.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("reference_data.py"),
        expected=reference_data_digests,
    script:
        "../scripts/reference_data.py"


rule reference_warm_start:
    input:
        check=lambda wc: rules.reference_data.output.check.format(dataset=wc.dataset),
    output:
        **{
            name.split(".")[
                0
            ]: f"{REFERENCE_WARM}/{{dataset}}/{{method}}/fold{{fold}}/{name}"
            for name in imbalbench.workflow.reference.WARM_FILES
        },
    log:
        "results/logs/reference/warm/{dataset}/{method}/fold{fold}.log",
    benchmark:
        "results/benchmarks/reference/warm/{dataset}/{method}/fold{fold}.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("reference_warm_start.py"),
        source=published_warm_source,
    script:
        "../scripts/reference_warm_start.py"
