# The induced-imbalance experiment (METHOD.md sections 5 and 6): one balanced dataset, its folds'
# training rows made imbalanced at each ratio, the dropped minority rows held back for "potential".

INDUCED = config.get("induced")
if INDUCED:
    RATIOS = [f"{r:g}" for r in INDUCED["imbalance_ratios"]]
    INDUCED_RUN = "results/induced/runs/{dataset}/ir{ratio}/{method}/fold{fold}"

    def induced_runs(name):
        return expand(f"{INDUCED_RUN}/{name}", dataset=INDUCED["dataset"], ratio=RATIOS,
                      method=INDUCED["methods"], fold=FOLDS)

    rule induced_split:
        input:
            data="results/data/{dataset}.npz",
            splits="results/splits/{dataset}.json",
        output:
            splits="results/induced/splits/{dataset}.json",
        params:
            ratios=INDUCED["imbalance_ratios"],
            seed=config["seed"],
            imbalance_valid_test=INDUCED["imbalance_valid_test"],
        resources:
            **SMALL_JOB,
        log:
            "results/logs/induced_split/{dataset}.log",
        benchmark:
            "results/benchmarks/induced_split/{dataset}.tsv"
        conda:
            "../envs/data.yaml"
        script:
            "../scripts/induced_split.py"

    use rule train as induced_train with:
        input:
            data="results/data/{dataset}.npz",
            splits="results/induced/splits/{dataset}.json",
            code=method_sources,
        output:
            scores=f"{INDUCED_RUN}/scores.json",
            predictions=f"{INDUCED_RUN}/predictions.parquet",
            trace=f"{INDUCED_RUN}/trace.csv",
        wildcard_constraints:
            method="|".join(m for m in INDUCED["methods"] if m != "egl") or "^$",
            ratio="|".join(RATIOS),
        params:
            method=lambda wc: config["methods"].get(wc.method, {}),
            training=config["training"],
            seed=run_seed,
            device=config["device"],
            induced=lambda wc: {"ratio": wc.ratio, "pca_components": INDUCED["pca_components"]},
        log:
            f"{INDUCED_RUN}/train.log",
        benchmark:
            "results/benchmarks/induced/{dataset}/ir{ratio}/{method}/fold{fold}.tsv"

    use rule induced_train as induced_train_egl with:
        output:
            scores=f"{INDUCED_RUN}/scores.json",
            predictions=f"{INDUCED_RUN}/predictions.parquet",
            trace=f"{INDUCED_RUN}/trace.csv",
            synthetic=f"{INDUCED_RUN}/synthetic.parquet",
        wildcard_constraints:
            method="egl",
            ratio="|".join(RATIOS),
        resources:
            mem_mb=train_mem_mb,
            runtime=lambda wc, input: 4 * train_runtime(wc, input),
            gpu=gpus,

    rule induced_table:
        input:
            scores=induced_runs("scores.json"),
            predictions=induced_runs("predictions.parquet"),
        output:
            csv=report("results/induced/table.csv", caption="../report/induced_table.rst", category="Induced imbalance"),
            markdown="results/induced/table.md",
            latex="results/induced/table.tex",
        params:
            dataset=INDUCED["dataset"],
            methods=INDUCED["methods"],
            folds=config["folds"],
            imbalance_valid_test=INDUCED["imbalance_valid_test"],
        resources:
            **SMALL_JOB,
        log:
            "results/logs/induced_table.log",
        benchmark:
            "results/benchmarks/induced_table.tsv"
        conda:
            "../envs/analysis.yaml"
        script:
            "../scripts/induced_table.py"

    rule induced_pr_curves:
        input:
            predictions=induced_runs("predictions.parquet"),
        output:
            figure=report("results/induced/pr_curves.png", caption="../report/induced_pr_curves.rst",
                          category="Induced imbalance"),
        params:
            ratios=RATIOS,
        resources:
            **SMALL_JOB,
        log:
            "results/logs/induced_pr_curves.log",
        benchmark:
            "results/benchmarks/induced_pr_curves.tsv"
        conda:
            "../envs/analysis.yaml"
        script:
            "../scripts/induced_pr_curves.py"


def induced_targets():
    return [*rules.induced_table.output, rules.induced_pr_curves.output.figure] if INDUCED else []
