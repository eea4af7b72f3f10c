# imbalbench: which method really helps a neural network on imbalanced tabular data?
# Run: snakemake --cores 2   (config.yaml is the embedded, offline default)
# A config given with --configfile is the whole experiment: config.yaml is then not read.
import os
import sys
from pathlib import Path

from snakemake.utils import min_version

import imbalbench.workflow.config
import imbalbench.core.artifacts
import imbalbench.core.errors
import imbalbench.workflow.slurm

min_version("8.0")


if not workflow.config_settings.configfiles:

    configfile: "config.yaml"


try:
    imbalbench.workflow.config.prepare(
        config,
        schema=Path(workflow.basedir) / "schemas" / "config.schema.yaml",
        configfiles=workflow.config_settings.configfiles
        or [Path(workflow.basedir) / "config.yaml"],
        cli_config=workflow.config_settings.config,
        cwd=Path.cwd(),
        log=Path("results/logs/config.log"),
    )
except imbalbench.core.errors.ConfigError as error:
    sys.exit(f"Config error: {error}")  # the message says it all: no traceback

# Jobs import the package from this checkout (also inside conda environments and on cluster nodes),
# and know this run's config flags, which a command to redo one of its files must repeat.
os.environ.update(
    PYTHONPATH=os.pathsep.join(
        filter(None, [workflow.basedir, os.environ.get("PYTHONPATH")])
    )
)
if workflow.is_main_process:
    os.environ[imbalbench.core.artifacts.RUN_FLAGS] = (
        imbalbench.workflow.config.config_flags(sys.argv[1:])
    )


# On a cluster a dataset's split, tuning and training jobs are submitted as one batch (a group,
# rules/common.smk: batch_group); every other rule is a `localrule`: each takes seconds, and
# download needs the internet that compute nodes often lack.
include: "rules/common.smk"
include: "rules/data.smk"
include: "rules/tune.smk"
include: "rules/resample.smk"
include: "rules/train.smk"
include: "rules/reference.smk"
include: "rules/aggregate.smk"
include: "rules/audit.smk"
include: "rules/sine.smk"
include: "rules/induced.smk"
include: "rules/report.smk"


report: "report/workflow.rst"


if workflow.is_main_process:
    for notice in imbalbench.workflow.config.folder_notices(
        Path.cwd(),
        run_outputs("scores.json"),
        os.environ[imbalbench.core.artifacts.RUN_FLAGS],
    ):
        print(f"Note: {notice}", file=sys.stderr)
    stale = stale_reference_runs()
    if stale:
        named = "; ".join(f"{run}: {why}" for run, why in list(stale.items())[:5])
        print(
            f"Note: a reference holds jobs of {len(stale)} run(s) under the same names but other "
            f"identities, so they train here ({named}{' ...' if len(stale) > 5 else ''})",
            file=sys.stderr,
        )
    retrained = published_elsewhere()
    if retrained:
        print(
            f"Note: {len(retrained)} jobs that a reference holds are trained here too "
            f"(e.g. {retrained[0]}): methods here continue from their models, which the "
            "reference does not publish; the tables take their scores from the reference",
            file=sys.stderr,
        )


onstart:
    # Only where this machine runs the jobs itself: cluster jobs land on GPU nodes.
    if workflow.local_exec and not workflow.remote_exec:
        imbalbench.workflow.config.check_device(config)
        # Snakemake's job-rate limiter (--max-jobs-per-timespan) protects a cluster's queue; on one
        # machine it only costs CPU: each scheduling round with jobs waiting starts a timer for
        # another round, so rounds multiply with finished jobs (snakemake/snakemake#3744).
        if getattr(workflow.scheduler, "job_rate_limiter", None) is not None:
            workflow.scheduler.job_rate_limiter = None
    # The main process of a cluster run: refuse while an earlier run's jobs are still queued.
    if workflow.is_main_process and not workflow.local_exec:
        try:
            imbalbench.workflow.slurm.refuse_if_earlier_jobs(Path.cwd())
        except imbalbench.core.errors.UserError as error:
            sys.exit(f"Refusing to start: {error}")


onerror:
    for hint in imbalbench.workflow.config.failure_hints(log):
        print(f"Note: {hint}", file=sys.stderr)


rule all:
    default_target: True
    input:
        aggregate_targets(),
        induced_targets(),
        sine_targets(),
        report_targets(),
    localrule: True
