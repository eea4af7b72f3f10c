# Aggregation: every run's scores, then tables, significance tests and figures.


rule aggregate_scores:
    input:
        scores=run_outputs("scores.json"),
        data=expand(rules.preprocess.output.data, dataset=DATASETS),
        reference_checks=reference_checks(),
    output:
        table=report(
            "results/scores.csv", caption="../report/scores.rst", category="Scores"
        ),
    log:
        "results/logs/aggregate_scores.log",
    benchmark:
        "results/benchmarks/aggregate_scores.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("aggregate_scores.py"),
        reused=REUSED_FOLDERS,
    script:
        "../scripts/aggregate_scores.py"


rule tables:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        **{
            f"{metric}_{kind}": f"results/tables/{metric}.{kind}"
            for metric in TABLE_METRICS
            for kind in ("csv", "md", "tex")
        },
        all_metrics_md="results/tables/all_metrics.md",
        all_metrics_csv="results/tables/all_metrics.csv",
    log:
        "results/logs/tables.log",
    benchmark:
        "results/benchmarks/tables.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("tables.py"),
        datasets=DATASETS,
        methods=METHODS,
        metrics=TABLE_METRICS,
        notes=table_notes(),
    script:
        "../scripts/tables.py"


rule significance:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        markdown="results/tables/significance.md",
        json="results/tables/significance.json",
        cd_diagram=report(
            "results/figures/critical_difference.png",
            caption="../report/critical_difference.rst",
            category="Figures",
        ),
    log:
        "results/logs/significance.log",
    benchmark:
        "results/benchmarks/significance.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("significance.py"),
        control=REFERENCE,
        alpha=config["aggregate"]["alpha"],
        metric="auc_pr",
        methods=METHODS,
    script:
        "../scripts/significance.py"


rule verdict:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        markdown="results/tables/verdict.md",
        json="results/tables/verdict.json",
        evidence_md="results/tables/evidence.md",
        evidence_csv="results/tables/evidence.csv",
    log:
        "results/logs/verdict.log",
    benchmark:
        "results/benchmarks/verdict.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("verdict.py"),
        control=REFERENCE,
        metrics=VERDICT_METRICS,
        ropes=imbalbench.workflow.config.metric_ropes(config),
        alpha=config["aggregate"]["alpha"],
        methods=METHODS,
    script:
        "../scripts/verdict.py"


rule verdict_grid:
    input:
        verdict=rules.verdict.output.json,
    output:
        figure=report(
            "results/figures/verdict_grid.png",
            caption="../report/verdict_grid.rst",
            category="Verdict",
        ),
    log:
        "results/logs/verdict_grid.log",
    benchmark:
        "results/benchmarks/verdict_grid.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("verdict_grid.py"),
        metrics=VERDICT_METRICS,
    script:
        "../scripts/verdict_grid.py"


rule reliability:
    input:
        scores=run_outputs("scores.json"),
        predictions=run_outputs("predictions.parquet"),
    output:
        figure=report(
            "results/figures/reliability.png",
            caption="../report/reliability.rst",
            category="Figures",
        ),
    log:
        "results/logs/reliability.log",
    benchmark:
        "results/benchmarks/reliability.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("reliability.py"),
        methods=METHODS,
        dataset=config["aggregate"]["reliability_dataset"],
    script:
        "../scripts/reliability.py"


rule performance_profile:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        figure=report(
            "results/figures/performance_profile.png",
            caption="../report/profile.rst",
            category="Figures",
        ),
        table="results/tables/performance_profile.csv",
    log:
        "results/logs/performance_profile.log",
    benchmark:
        "results/benchmarks/performance_profile.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("performance_profile.py"),
        metric="auc_pr",
        methods=METHODS,
    script:
        "../scripts/performance_profile.py"


rule pr_curves:
    input:
        scores=run_outputs("scores.json"),
        predictions=run_outputs("predictions.parquet"),
    output:
        figure=report(
            "results/figures/pr_curves.png",
            caption="../report/pr_curves.rst",
            category="Figures",
        ),
    log:
        "results/logs/pr_curves.log",
    benchmark:
        "results/benchmarks/pr_curves.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("pr_curves.py"),
        methods=METHODS,
    script:
        "../scripts/pr_curves.py"


rule egl_convergence:
    input:
        scores=run_outputs("scores.json", methods=[META_METHOD]),
        traces=run_outputs("trace.csv", methods=[META_METHOD]),
    output:
        figure=report(
            "results/figures/egl_convergence.png",
            caption="../report/egl_convergence.rst",
            category="EGL",
        ),
    log:
        "results/logs/egl_convergence.log",
    benchmark:
        "results/benchmarks/egl_convergence.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("egl_convergence.py"),
    script:
        "../scripts/egl_convergence.py"


rule meta_phase:
    input:
        scores=rules.aggregate_scores.output.table,
        egl_scores=run_outputs("scores.json", methods=META_METHODS),
        traces=run_outputs("trace.csv", methods=META_METHODS),
    output:
        markdown="results/tables/meta_phase.md",
        csv="results/tables/meta_phase.csv",
    log:
        "results/logs/meta_phase.log",
    benchmark:
        "results/benchmarks/meta_phase.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("meta_phase.py"),
        warm_method=lambda wildcards: spec_of_name(META_METHOD).warm_start,
        split_methods=[
            m
            for m in META_METHODS
            if imbalbench.workflow.config.method_entry(config, m)[1].get("valid_split")
        ],
    script:
        "../scripts/meta_phase.py"


rule moderators:
    input:
        scores=rules.aggregate_scores.output.table,
        metadata=expand(rules.preprocess.output.metadata, dataset=DATASETS),
    output:
        markdown="results/tables/moderators.md",
        csv="results/tables/moderators.csv",
        figure=report(
            "results/figures/moderators.png",
            caption="../report/moderators.rst",
            category="Verdict",
        ),
    log:
        "results/logs/moderators.log",
    benchmark:
        "results/benchmarks/moderators.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("moderators.py"),
        control=REFERENCE,
        metrics=VERDICT_METRICS,
        methods=[m for m in METHODS if m != REFERENCE],
        alpha=config["aggregate"]["alpha"],
        seed=config["seed"],
    script:
        "../scripts/moderators.py"


rule learner_verdict:
    input:
        scores=rules.aggregate_scores.output.table,
    output:
        markdown="results/tables/learner_verdict.md",
        json="results/tables/learner_verdict.json",
        figure=report(
            "results/figures/learner_grid.png",
            caption="../report/learner_grid.rst",
            category="Verdict",
        ),
    log:
        "results/logs/learner_verdict.log",
    benchmark:
        "results/benchmarks/learner_verdict.tsv"
    localrule: True
    conda:
        "../envs/analysis.yaml"
    params:
        code=rule_code("learner_verdict.py"),
        groups=imbalbench.workflow.config.learner_groups(config),
        metrics=VERDICT_METRICS,
        ropes=imbalbench.workflow.config.metric_ropes(config),
        alpha=config["aggregate"]["alpha"],
    script:
        "../scripts/learner_verdict.py"
