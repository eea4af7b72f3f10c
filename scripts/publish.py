"""Rule publish: this run's training jobs -> published/{name}/ (imbalbench.workflow.reference)."""

from pathlib import Path

from imbalbench.core.logs import job_logging
from imbalbench.workflow import reference

with job_logging(snakemake.log[0]) as log:
    p = snakemake.params
    folder = Path(snakemake.output.manifest).parent
    scores = {str(Path(path).parent.relative_to("results/runs")): Path(path) for path in snakemake.input.scores}
    warm = {str(Path(path).parent.relative_to("results/runs")): Path(path).parent for path in snakemake.input.warm}
    datasets = {
        Path(data).stem: reference.dataset_digests(data, splits)
        for data, splits in zip(snakemake.input.data, snakemake.input.splits)
    }
    manifest = reference.publish(
        folder,
        scores=scores,
        identities=p.identities,
        run_code=p.runs,
        datasets=datasets,
        warm=warm,
        config=p.config,
        checkout=Path(p.checkout),
    )
    log.info(
        "%s: %d jobs of %d runs on %d datasets, %d warm-start jobs, %.1f MB, commit %s",
        folder,
        len(manifest["jobs"]),
        len(p.runs),
        len(datasets),
        len(warm),
        manifest["size_bytes"] / 1e6,
        manifest["commit"],
    )
