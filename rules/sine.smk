# The sine-wave illustration of EGL as a regression meta-learner (METHOD.md section 3); runs when
# the config has a `sine` section.


rule sine:
    input:
        code=source_inputs([PACKAGE / "sine.py", PACKAGE / "egl.py"]),
    output:
        figure=report("results/sine/sine.png", caption="../report/sine.rst", category="EGL"),
        summary="results/sine/sine.json",
    params:
        sine=config.get("sine") or {},
    resources:
        **SMALL_JOB,
    log:
        "results/logs/sine.log",
    benchmark:
        "results/benchmarks/sine.tsv"
    conda:
        "../envs/torch.yaml"
    script:
        "../scripts/sine.py"


def sine_targets():
    return rules.sine.output if config.get("sine") not in (None, False) else []
