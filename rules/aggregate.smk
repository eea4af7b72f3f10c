# Aggregation of every run's scores.


rule aggregate_scores:
    input:
        scores=run_outputs("scores.json"),
    output:
        table="results/scores.csv",
    log:
        "results/logs/aggregate_scores.log",
    benchmark:
        "results/benchmarks/aggregate_scores.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/aggregate_scores.py"
