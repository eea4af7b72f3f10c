"""Rule run_summary: what was run (protocol, datasets, methods, versions, commit, machine, time) -> results/report/run.html."""

from pathlib import Path

import pandas as pd

from imbalbench.analysis.report import run_page
from imbalbench.analysis.summaries import failed_runs, run_sources
from imbalbench.core.artifacts import read_json
from imbalbench.core.logs import job_logging
from imbalbench.workflow.reference import environment_differences, read_part

with job_logging(snakemake.log[0]):
    p = snakemake.params
    datasets = {}
    for path in snakemake.input.metadata:
        meta = read_json(path)
        datasets[meta["name"]] = {
            "rows": meta["n"],
            "features": meta["d"],
            "minority": meta["n_minority"],
            "imbalance_ratio": meta["imbalance_ratio"],
        }
    methods = {
        name: {
            **params,
            **({"method": base} if base != name else {}),
            **({"tuned": "per fold, see tuning.html"} if name in p.tuned else {}),
        }
        for name, (base, params) in p.methods.items()
    }
    # Job time per rule from the benchmark files of this run's jobs (all finished before this one).
    seconds = {}
    for path in sorted(Path("results/benchmarks").rglob("*.tsv")):
        rule = path.relative_to("results/benchmarks").parts[0].removesuffix(".tsv")
        seconds[rule] = seconds.get(rule, 0.0) + float(pd.read_csv(path, sep="\t")["s"].sum())
    checkout = Path(snakemake.scriptdir).parent  # the workflow's folder (not a param: moving it reruns nothing)
    scores = pd.read_csv(snakemake.input.scores)
    parts = [read_part(Path(folder), check_files=False) for folder in p.references]
    page = run_page(
        p.config,
        datasets,
        methods,
        seconds,
        checkout,
        p.control,
        p.ropes,
        failed_runs(scores),
        run_sources(scores),
        environment_differences(parts),
    )
    Path(snakemake.output.html).write_text(page)
