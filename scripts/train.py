"""Rule train: one method on one fold of one dataset -> results/runs/{dataset}/{method}/fold{k}/."""

from imbalbench.jobs import job_logging

with job_logging(snakemake.log[0], threads=snakemake.threads):
    from imbalbench.runs import run_method, write_run
    from imbalbench.splits import load_fold
    from imbalbench.training import Recipe, pick_device

    p, out = snakemake.params, snakemake.output
    fold = load_fold(snakemake.input.data, snakemake.input.splits, int(snakemake.wildcards.fold))
    outcome = run_method(snakemake.wildcards.method, p.method, fold, Recipe.from_config(p.training),
                         p.seed, pick_device(p.device))
    outcome.scores.update(dataset=snakemake.wildcards.dataset, fold=int(snakemake.wildcards.fold))
    write_run(outcome, out.scores, out.predictions, out.trace)
