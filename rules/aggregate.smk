# Aggregation: every run's scores, then tables, significance tests and figures.


def runs_by(name, method=None):
    """{(dataset, method): [fold files]} of one run output."""
    methods = [method] if method else METHODS
    return {(d, m): expand(f"results/runs/{d}/{m}/fold{{fold}}/{name}", fold=FOLDS) for d in DATASETS for m in methods}


rule aggregate_scores:
    input:
        scores=run_outputs("scores.json"),
    output:
        table=report("results/scores.csv", caption="../report/scores.rst", category="Scores"),
    resources:
        **SMALL_JOB,
    log:
        "results/logs/aggregate_scores.log",
    benchmark:
        "results/benchmarks/aggregate_scores.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/aggregate_scores.py"


rule tables:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        **{
            f"{metric}_{kind}": report(
                f"results/tables/{metric}.{kind}", caption=f"../report/table_{metric}.rst", category="Tables"
            )
            if kind == "csv"
            else f"results/tables/{metric}.{kind}"
            for metric in ("auc_pr", "auc_roc")
            for kind in ("csv", "md", "tex")
        },
    params:
        datasets=DATASETS,
        methods=METHODS,
    resources:
        **SMALL_JOB,
    log:
        "results/logs/tables.log",
    benchmark:
        "results/benchmarks/tables.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/tables.py"


rule significance:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        markdown=report("results/tables/significance.md", caption="../report/significance.rst", category="Tables"),
        json="results/tables/significance.json",
        cd_diagram=report(
            "results/figures/critical_difference.png", caption="../report/critical_difference.rst", category="Figures"
        ),
    params:
        control=imbalbench.config.control_method(config),
        alpha=config["aggregate"]["alpha"],
        metric="auc_pr",
        methods=METHODS,
    resources:
        **SMALL_JOB,
    log:
        "results/logs/significance.log",
    benchmark:
        "results/benchmarks/significance.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/significance.py"


rule performance_profile:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        figure=report("results/figures/performance_profile.png", caption="../report/profile.rst", category="Figures"),
        table="results/tables/performance_profile.csv",
    params:
        metric="auc_pr",
        methods=METHODS,
    resources:
        **SMALL_JOB,
    log:
        "results/logs/performance_profile.log",
    benchmark:
        "results/benchmarks/performance_profile.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/performance_profile.py"


rule pr_curves:
    input:
        predictions=[f for files in runs_by("predictions.parquet").values() for f in files],
    output:
        figure=report("results/figures/pr_curves.png", caption="../report/pr_curves.rst", category="Figures"),
    params:
        runs={f"{d}|{m}": files for (d, m), files in runs_by("predictions.parquet").items()},
    resources:
        **SMALL_JOB,
    log:
        "results/logs/pr_curves.log",
    benchmark:
        "results/benchmarks/pr_curves.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/pr_curves.py"


rule egl_convergence:
    input:
        traces=[f for files in runs_by("trace.csv", "egl").values() for f in files],
    output:
        figure=report("results/figures/egl_convergence.png", caption="../report/egl_convergence.rst", category="EGL"),
    params:
        runs={f"{d}|{k}": f"results/runs/{d}/egl/fold{k}/trace.csv" for d in DATASETS for k in FOLDS},
    resources:
        **SMALL_JOB,
    log:
        "results/logs/egl_convergence.log",
    benchmark:
        "results/benchmarks/egl_convergence.tsv"
    conda:
        "../envs/analysis.yaml"
    script:
        "../scripts/egl_convergence.py"


def aggregate_targets():
    targets = [
        rules.aggregate_scores.output.table,
        *rules.tables.output,
        *rules.significance.output,
        *rules.performance_profile.output,
        rules.pr_curves.output.figure,
    ]
    if "egl" in METHODS:
        targets.append(rules.egl_convergence.output.figure)
    return targets
