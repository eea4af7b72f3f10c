# The sine-wave illustration of EGL as a regression meta-learner (METHOD.md section 3).


rule sine:
    input:
        code=source_inputs([PACKAGE / "sine.py", PACKAGE / "egl.py"]),
    output:
        figure=report("results/sine/sine.png", caption="../report/sine.rst", category="EGL"),
        summary="results/sine/sine.json",
    params:
        sine=config["sine"],
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
