# The audit of published protocols (audit: true): how much choosing the epoch on the test rows,
# reporting the selection rows, or one split and one seed flatter each method.


rule audit:
    input:
        scores=rules.aggregate_scores.output.table,
        runs=run_outputs("scores.json"),
        traces=run_outputs("trace.csv"),
    output:
        markdown="results/tables/audit.md",
        csv="results/tables/audit.csv",
        runs="results/tables/audit_runs.csv",
    log:
        "results/logs/audit.log",
    benchmark:
        "results/benchmarks/audit.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("audit.py"),
        control=REFERENCE,
        methods=METHODS,
    script:
        "../scripts/audit.py"
