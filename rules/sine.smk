# The sine-wave illustration of EGL as a regression meta-learner (METHOD.md section 3); runs when
# the config has a `sine` section.


rule sine:
    output:
        figure=report(
            "results/sine/sine.png", caption="../report/sine.rst", category="EGL"
        ),
        summary="results/sine/sine.json",
    log:
        "results/logs/sine.log",
    benchmark:
        "results/benchmarks/sine.tsv"
    localrule: True
    conda:
        "../envs/torch.yaml"
    params:
        code=rule_code("sine.py"),
        sine=config.get("sine") or {},
    script:
        "../scripts/sine.py"
