# The induced-imbalance experiment (METHOD.md sections 5 and 6): one balanced dataset, its folds'
# training rows made imbalanced at each ratio, the dropped minority rows held back for "potential".
# Its training runs are the `train` rule's, under the run names of INDUCED_RUNS (e.g. adult@ir50).

if INDUCED:

    rule induced_split:
        input:
            data=rules.preprocess.output.data,
            splits=rules.split.output.splits,
        output:
            splits="results/induced/splits/{dataset}.json",
        log:
            "results/logs/induced_split/{dataset}.log",
        benchmark:
            "results/benchmarks/induced_split/{dataset}.tsv"
        group:
            batch_group
        conda:
            "../envs/data.yaml"
        resources:
            runtime=1,  # 0.1 s measured on Adult
        params:
            code=rule_code("induced_split.py"),
            ratios=INDUCED["imbalance_ratios"],
            seed=config["seed"],
            imbalance_valid_test=INDUCED["imbalance_valid_test"],
            upper_bound=(INDUCED_UPPER_BOUNDS or [None])[0],
        script:
            "../scripts/induced_split.py"

    rule induced_table:
        input:
            scores=induced_outputs("scores.json"),
            predictions=induced_outputs("predictions.parquet"),
        output:
            csv="results/induced/table.csv",
            markdown="results/induced/table.md",
            latex="results/induced/table.tex",
        log:
            "results/logs/induced_table.log",
        benchmark:
            "results/benchmarks/induced_table.tsv"
        localrule: True
        conda:
            "../envs/analysis.yaml"
        params:
            code=rule_code("induced_table.py"),
            dataset=INDUCED["dataset"],
            methods=INDUCED["methods"],
            folds=config["folds"],
            imbalance_valid_test=INDUCED["imbalance_valid_test"],
            upper_bound=(INDUCED_UPPER_BOUNDS or [None])[0],
        script:
            "../scripts/induced_table.py"

    rule induced_pr_curves:
        input:
            scores=induced_outputs("scores.json"),
            predictions=induced_outputs("predictions.parquet"),
        output:
            figure=report(
                "results/induced/pr_curves.png",
                caption="../report/induced_pr_curves.rst",
                category="Induced imbalance",
            ),
        log:
            "results/logs/induced_pr_curves.log",
        benchmark:
            "results/benchmarks/induced_pr_curves.tsv"
        localrule: True
        conda:
            "../envs/analysis.yaml"
        params:
            code=rule_code("induced_pr_curves.py"),
            ratios=[run["ratio"] for run in INDUCED_RUNS.values()],
            methods=INDUCED["methods"],
            upper_bounds=INDUCED_UPPER_BOUNDS,
        script:
            "../scripts/induced_pr_curves.py"
