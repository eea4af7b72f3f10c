# The report's own pages (snakemake --report results/report.html): every result table rendered
# as HTML, what was run, and what the training jobs cost.


rule report_table:
    input:
        markdown=lambda wc: report_tables()[wc.table],
    output:
        html=report(
            "results/report/{table}.html",
            caption="../report/table.rst",
            category="Tables",
            labels={"table": "{table}"},
        ),
    log:
        "results/logs/report/{table}.log",
    benchmark:
        "results/benchmarks/report/{table}.tsv"
    wildcard_constraints:
        table="|".join(report_tables()),
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("report_table.py"),
    script:
        "../scripts/report_table.py"


rule run_summary:
    input:
        metadata=expand(rules.preprocess.output.metadata, dataset=DATASETS),
        scores=rules.aggregate_scores.output.table,
        tables=list(report_tables().values()),
    output:
        html=report(
            "results/report/run.html",
            caption="../report/run.rst",
            category="About this run",
        ),
    log:
        "results/logs/run_summary.log",
    benchmark:
        "results/benchmarks/run_summary.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("run_summary.py"),
        config=config,
        methods={m: imbalbench.workflow.config.method_entry(config, m) for m in METHODS},
        tuned=TUNED,
        control=REFERENCE,
        ropes=imbalbench.workflow.config.metric_ropes(config),
        references=sorted({part.name for part in REUSED.values()}),
    script:
        "../scripts/run_summary.py"


rule runtime_figure:
    input:
        scores=[*run_outputs("scores.json"), *induced_outputs("scores.json")],
    output:
        figure=report(
            "results/figures/runtime.png",
            caption="../report/runtime.rst",
            category="Figures",
        ),
    log:
        "results/logs/runtime_figure.log",
    benchmark:
        "results/benchmarks/runtime_figure.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("runtime_figure.py"),
        reused=REUSED_FOLDERS,
    script:
        "../scripts/runtime_figure.py"
