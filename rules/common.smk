# What the rules share: the run's datasets, methods and folds, and the functions that rules call.
# Every function lives here (rule files hold rules only).
import functools
from pathlib import Path

import snakemake.iocontainers

import imbalbench.analysis
import imbalbench.data.sources
import imbalbench.methods
import imbalbench.workflow.codedeps
import imbalbench.workflow.config
import imbalbench.workflow.reference
import imbalbench.workflow.resources
from imbalbench.learners import learner_spec
from imbalbench.methods import method_spec
from imbalbench.workflow.reference import job_key

DATASET_SPECS = imbalbench.workflow.config.dataset_specs(
    config
)  # benchmark datasets + the induced experiment's source
DATASETS = list(config["datasets"])
# Every run: a configured method on each configured learner it applies to ("smote", "smote@hgb"); the
# tables, tests and figures treat each run as a method of its own.
RUNS = imbalbench.workflow.config.planned_runs(config)
METHODS = list(RUNS)
LEARNERS = list(imbalbench.workflow.config.configured_learners(config))
# The run every run is compared with in the deployment verdict (default: ce on the MLP).
REFERENCE = imbalbench.workflow.config.reference_run(config)
TUNED = imbalbench.workflow.config.tuned_runs(
    config
)  # runs whose training jobs take a tune job's result
SPACES = {
    name: space.as_config()
    for name, space in imbalbench.workflow.config.search_spaces(config).items()
}
FOLDS = list(range(config["folds"]))
VERDICT_METRICS = config["aggregate"]["metrics"]
# A table per verdict metric, and the ranking metrics' always.
TABLE_METRICS = list(dict.fromkeys(["auc_pr", "auc_roc", *VERDICT_METRICS]))
INDUCED = config.get("induced")
INDUCED_RUNS = imbalbench.workflow.config.induced_runs(
    config
)  # run name (e.g. adult@ir50) -> its source and ratio
RUN = "results/runs/{dataset}/{method}/fold{fold}"
# A sampler's rows of one fold, every seed's, made once for all the learners that train on them.
ROWS = "results/rows/{dataset}/{method}/fold{fold}"
SHARED_ROWS = imbalbench.workflow.config.shared_row_methods(config)
TUNING = "results/tuning/{dataset}/{method}/fold{fold}"


def base_method(name):
    """The registry's method of a configured method or run (a variant names its method)."""
    return imbalbench.workflow.config.method_entry(config, name)[0]


def run_learner_of(run):
    return imbalbench.workflow.config.split_run(run)[1]


def run_learner(wildcards):
    return run_learner_of(wildcards.method)


def spec_of_name(name):
    """The declaration (class) of the method that configured method ``name`` runs."""
    return method_spec(base_method(name))


def spec_of(wildcards):
    return spec_of_name(wildcards.method)


def warm_start_run(run):
    """The run that run ``run`` continues from (EGL on a learner: ce's on the same learner), or None."""
    source = spec_of_name(run).warm_start
    learner = imbalbench.workflow.config.split_run(run)[1]
    return (
        None if source is None else imbalbench.workflow.config.run_name(source, learner)
    )


def method_params(wildcards):
    return imbalbench.workflow.config.method_entry(config, wildcards.method)[1]


def learner_settings(wildcards):
    return imbalbench.workflow.config.learner_settings(config, wildcards.method)


# Every method a training job may run: the benchmark's, the induced runs', and those others continue from.
TRAINED_METHODS = [*METHODS, *(INDUCED or {}).get("methods", [])]
TRAINED_METHODS += [
    warm_start_run(run) for run in TRAINED_METHODS if warm_start_run(run) is not None
]
# The induced experiment's upper bound (held-back real rows): dashed in its figure, the reference of its table.
INDUCED_UPPER_BOUNDS = [
    m for m in (INDUCED or {}).get("methods", []) if spec_of_name(m).upper_bound
]
# What the result tables add under them when a method is in them (mesa: not an MLP).
METHOD_NOTES = {
    m: spec_of_name(m).note.format(name=m) for m in METHODS if spec_of_name(m).note
}


wildcard_constraints:
    dataset="|".join(map(re.escape, [*DATASET_SPECS, *INDUCED_RUNS])),
    method="|".join(map(re.escape, dict.fromkeys(TRAINED_METHODS))),
    fold=r"\d+",


# ---------------------------------------------------------------- data


def dataset_spec(wildcards):
    return DATASET_SPECS[wildcards.dataset]


def raw_manifest(wildcards):
    """The download manifest of a dataset's configured entry (its folder named by the entry's digest)."""
    return rules.download.output.manifest.format(
        dataset=wildcards.dataset,
        spec=imbalbench.data.sources.spec_digest(dataset_spec(wildcards)),
    )


def download_inputs(wildcards):
    spec = dataset_spec(wildcards)
    source = imbalbench.data.sources.source_of(wildcards.dataset, spec)
    if source.shared_archive:
        return rules.zenodo_archive.output
    return source.input_files(wildcards.dataset, spec)


def folder_mb(path):
    """Size in MB of the files beside ``path`` (a dataset's raw files beside its manifest)."""
    folder = Path(path).parent
    return (
        sum(f.stat().st_size for f in folder.iterdir() if f.is_file()) / 1e6
        if folder.exists()
        else 0.0
    )


# ---------------------------------------------------------------- training


def code_digest(script, *modules):
    """The digest of a rule's script and the package files it executes (imbalbench.workflow.codedeps:
    its import closure, plus ``modules`` it loads by name), as the job's ``code`` param: editing
    one reruns exactly its jobs."""
    return imbalbench.workflow.codedeps.script_digest(
        Path(workflow.basedir) / "scripts" / script, *modules
    )


def rule_code(script):
    """:func:`code_digest` as a param function: computed only for the jobs a run plans (a cluster
    job's own Snakemake process parses the workflow again, for that one job)."""
    return lambda wildcards: code_digest(script)


def job_modules(run):
    """The modules of the method and the learner a training or tuning job of ``run`` loads by name
    (methods.make_method, learners.make_learner)."""
    return (
        spec_of_name(run).__module__,
        learner_spec(run_learner_of(run)).__module__,
    )


def training_code_of(run):
    return code_digest("train.py", *job_modules(run))


def training_code(wildcards):
    return training_code_of(wildcards.method)


def tuning_code(wildcards):
    return code_digest("tune.py", *job_modules(wildcards.method))


def train_data(wildcards):
    """A run's data and folds: a benchmark dataset's, or an induced run's (its source's data, induced folds)."""
    induced = INDUCED_RUNS.get(wildcards.dataset)
    source = wildcards.dataset if induced is None else induced["source"]
    splits = (
        rules.split.output.splits
        if induced is None
        else rules.induced_split.output.splits
    )
    return {
        "data": rules.preprocess.output.data.format(dataset=source),
        "metadata": rules.preprocess.output.metadata.format(dataset=source),
        "splits": splits.format(dataset=source),
    }


def warm_start_inputs(wildcards):
    """The outputs of the run that a method continues from (EGL: ce's of the same fold and seeds)."""
    source = warm_start_run(wildcards.method)
    if source is None:
        return {}
    key = job_key(wildcards.dataset, source, wildcards.fold)
    published = REUSED.get(key)
    run = (
        RUN.format(dataset=wildcards.dataset, method=source, fold=wildcards.fold)
        if published is None or not published.has_warm(key)
        else f"{REFERENCE_WARM}/{key}"
    )
    # scores.json seals the other two files' sha256, which the job checks.
    return {
        "warm_models": f"{run}/model.npz",
        "warm_trace": f"{run}/trace.csv",
        "warm_scores": f"{run}/scores.json",
    }


def tuning_inputs(wildcards, own=True):
    """Tuning results a run takes (benchmark datasets only): its own, when the method is tuned,
    and that of the method it continues from (whose training settings it inherits)."""
    if wildcards.dataset not in DATASETS:
        return {}
    inputs = {}
    source = warm_start_run(wildcards.method)
    if source in TUNED:
        inputs["warm_tuning"] = (
            f"{TUNING.format(dataset=wildcards.dataset, method=source, fold=wildcards.fold)}.json"
        )
    if own and wildcards.method in TUNED:
        inputs["tuning"] = f"{TUNING.format(**wildcards)}.json"
    return inputs


def rows_inputs(wildcards):
    """The shared rows a run trains on (benchmark datasets only): its sampler's resampling job's."""
    method = imbalbench.workflow.config.split_run(wildcards.method)[0]
    if method not in SHARED_ROWS or wildcards.dataset not in DATASETS:
        return {}
    rows = ROWS.format(dataset=wildcards.dataset, method=method, fold=wildcards.fold)
    return {"rows": f"{rows}.json", "rows_data": f"{rows}.npz"}


def resample_code(wildcards):
    return code_digest("resample.py", spec_of(wildcards).__module__)


def tune_warm_inputs(wildcards):
    return {**warm_start_inputs(wildcards), **tuning_inputs(wildcards, own=False)}


def induced_params(wildcards):
    induced = INDUCED_RUNS.get(wildcards.dataset)
    return (
        None
        if induced is None
        else {"ratio": induced["ratio"], "pca_components": INDUCED["pca_components"]}
    )


def run_seeds(wildcards):
    return imbalbench.workflow.config.run_seeds(
        config["seed"], int(wildcards.fold), config["repeats"]
    )


def batch_group(wildcards):
    """The group of a dataset's split, tuning and training jobs on a cluster (profiles/slurm):
    ``training_{dataset}`` (an induced run's: its source's), ``gpu_training_{dataset}`` for its
    jobs on a GPU. The split makes a dataset's jobs one connected component, which the SLURM
    plugin runs in one Snakemake process (one ``srun`` for all of them, not one per job); a
    dataset that fails upstream holds back only its own batch; only GPU batches land on GPU
    nodes. group-components refers to a group by its parent name (training, gpu_training), as
    for a group name with wildcards. None in a local run and its dry run (no group components
    given, as profiles/slurm gives): Snakemake ignores groups there, but a dry run would still
    build and check them, a fifth of its time."""
    if workflow.local_exec and not workflow.group_settings.group_components:
        return None
    induced = INDUCED_RUNS.get(wildcards.dataset)
    source = wildcards.dataset if induced is None else induced["source"]
    parent = (
        "gpu_training"
        if "method" in wildcards.keys() and uses_gpu(wildcards)
        else "training"
    )
    name = f"{parent}_{source}"
    workflow.parent_groupids[name] = parent
    return name


def uses_gpu(wildcards):
    return int(job_device(wildcards) == "cuda")


def job_device(wildcards):
    return imbalbench.workflow.config.job_device(config, wildcards.method)


# Requests from the measured cost table (imbalbench/job_costs.json, benchmarks/job_overhead.py).


def counts_steps(wildcards):
    """Whether a job's cost follows optimiser steps (the MLP, and methods with a model of their
    own), or rows x features (the other learners: their own measured model)."""
    return (
        learner_spec(run_learner(wildcards)).settings_section is not None
        or spec_of(wildcards).own_model
    )


def train_mem_mb(wildcards, input):
    # As train_runtime: <TBD> in a dry run, before the data JSON exists.
    cells = imbalbench.workflow.resources.job_cells(input.metadata, config["repeats"])
    if not counts_steps(wildcards):
        return imbalbench.workflow.resources.learner_mem_mb(
            run_learner(wildcards), cells
        )
    return imbalbench.workflow.resources.mem_mb(base_method(wildcards.method), cells)


def tune_mem_mb(wildcards, input):
    cells = imbalbench.workflow.resources.job_cells(input.metadata, 1)
    if not counts_steps(wildcards):
        return imbalbench.workflow.resources.learner_mem_mb(
            run_learner(wildcards), cells
        )
    return imbalbench.workflow.resources.mem_mb(base_method(wildcards.method), cells)


def train_runtime(wildcards, input):
    # A data JSON not written yet (a dry run) raises FileNotFoundError on an input: Snakemake
    # then shows the request as <TBD> and evaluates it when the job is ready. A sampler's own
    # work is added whatever the learner (the resampling job's and an unshared training job's).
    method = base_method(wildcards.method)
    own = imbalbench.workflow.resources.sampler_minutes(
        method,
        imbalbench.workflow.resources.fold_training_rows(input.metadata, config),
        config["repeats"],
    )
    if not counts_steps(wildcards):
        cells = imbalbench.workflow.resources.job_cells(
            input.metadata, config["repeats"]
        )
        return own + imbalbench.workflow.resources.learner_runtime_minutes(
            run_learner(wildcards), cells
        )
    steps = imbalbench.workflow.resources.job_steps(input.metadata, config)
    return own + imbalbench.workflow.resources.runtime_minutes(
        method, steps, config["repeats"]
    )


def tune_runtime(wildcards, input):
    # Trials run one after another in one process, each one seed's training run per inner fold
    # (on about as many rows as the fold's training part).
    fits = config["tuning"]["trials"] * config["tuning"]["inner_folds"]
    if not counts_steps(wildcards):
        cells = imbalbench.workflow.resources.job_cells(input.metadata, 1)
        return imbalbench.workflow.resources.learner_runtime_minutes(
            run_learner(wildcards), fits * cells
        )
    steps = imbalbench.workflow.resources.job_steps(input.metadata, config)
    return imbalbench.workflow.resources.runtime_minutes(
        base_method(wildcards.method), fits * steps, 1
    )


def first_run_seed(wildcards):
    """A tuning job's seed: every trial trains the fold's first training seed."""
    return run_seeds(wildcards)[:1]


def run_outputs(name, datasets=DATASETS, methods=METHODS):
    """A file of every training job that runs here (not those taken from a reference)."""
    return [
        f"{RUN}/{name}".format(dataset=dataset, method=method, fold=fold)
        for dataset in datasets
        for method in methods
        for fold in FOLDS
        if job_key(dataset, method, fold) not in REUSED
    ]


def induced_outputs(name):
    return run_outputs(name, list(INDUCED_RUNS), INDUCED["methods"]) if INDUCED else []


# ---------------------------------------------------------------- targets


def aggregate_targets():
    targets = [
        rules.aggregate_scores.output.table,
        *rules.tables.output,
        *rules.significance.output,
        *rules.verdict.output,
        rules.verdict_grid.output.figure,
        *rules.performance_profile.output,
        rules.pr_curves.output.figure,
        rules.reliability.output.figure,
    ]
    if META_METHOD:
        targets += [
            rules.egl_convergence.output.figure,
            rules.meta_phase.output.markdown,
        ]
    if TUNED:
        targets.append(rules.tuning_summary.output.markdown)
    if config["audit"]:
        targets.append(rules.audit.output.markdown)
    if len(DATASETS) >= imbalbench.analysis.MIN_DATASETS:
        targets += [*rules.moderators.output]
    if len(LEARNERS) > 1:
        targets += [*rules.learner_verdict.output]
    return targets


def report_tables():
    """The result tables that the report shows rendered: name -> Markdown file."""
    tables = {
        "verdict": rules.verdict.output.markdown,
        "evidence": rules.verdict.output.evidence_md,
        **{metric: rules.tables.output[f"{metric}_md"] for metric in TABLE_METRICS},
        "all_metrics": rules.tables.output.all_metrics_md,
        "significance": rules.significance.output.markdown,
    }
    if META_METHOD:
        tables["meta_phase"] = rules.meta_phase.output.markdown
    if TUNED:
        tables["tuning"] = rules.tuning_summary.output.markdown
    if INDUCED:
        tables["induced"] = rules.induced_table.output.markdown
    if config["audit"]:
        tables["audit"] = rules.audit.output.markdown
    if len(DATASETS) >= imbalbench.analysis.MIN_DATASETS:
        tables["moderators"] = rules.moderators.output.markdown
    if len(LEARNERS) > 1:
        tables["learner_verdict"] = rules.learner_verdict.output.markdown
    return tables


def report_targets():
    return [
        *expand(rules.report_table.output.html, table=report_tables()),
        rules.run_summary.output.html,
        rules.runtime_figure.output.figure,
    ]


def induced_targets():
    return (
        [*rules.induced_table.output, rules.induced_pr_curves.output.figure]
        if INDUCED
        else []
    )


def sine_targets():
    return rules.sine.output if config.get("sine") not in (None, False) else []


# ---------------------------------------------------------------- published references
# A training job is taken from a published reference (config key `reference`) when the reference
# holds it with the same identity: its params, as Snakemake passes them, and those of the jobs it
# reads (imbalbench.workflow.reference). The three param sets below are the rules' own.

TRAIN_PARAMS = dict(
    code=training_code,
    base=lambda wc: base_method(wc.method),
    method=method_params,
    training=learner_settings,
    learner=run_learner,
    seeds=run_seeds,
    device=job_device,
    induced=induced_params,
    audit=config["audit"],
)
RESAMPLE_PARAMS = dict(
    code=resample_code,
    base=lambda wc: base_method(wc.method),
    method=method_params,
    training={},
    learner=run_learner,
    seeds=run_seeds,
    device=job_device,
)
TUNE_PARAMS = dict(
    code=tuning_code,
    base=lambda wc: base_method(wc.method),
    method=method_params,
    training=learner_settings,
    learner=run_learner,
    space=lambda wc: SPACES[wc.method],
    trials=config["tuning"]["trials"],
    seed=config["tuning"]["seed"],
    startup_trials=config["tuning"]["startup_trials"],
    inner_folds=config["tuning"]["inner_folds"],
    seeds=first_run_seed,
    device=job_device,
)
REFERENCE_WARM = "results/reference/warm"


def evaluated(params, dataset, method, fold):
    wildcards = snakemake.iocontainers.Wildcards(
        fromdict={"dataset": dataset, "method": method, "fold": str(fold)}
    )
    values = {
        name: value(wildcards) if callable(value) else value
        for name, value in params.items()
    }
    return wildcards, values


@functools.cache
def train_identity(dataset, method, fold):
    """The identity of a training job: its params and the identities of the jobs it reads."""
    wildcards, params = evaluated(TRAIN_PARAMS, dataset, method, fold)
    upstream = {}
    source = warm_start_run(method)
    if source is not None:
        upstream["warm"] = train_identity(dataset, source, fold)
    if rows_inputs(wildcards):
        sampler = imbalbench.workflow.config.split_run(method)[0]
        upstream["rows"] = imbalbench.workflow.reference.job_identity(
            evaluated(RESAMPLE_PARAMS, dataset, sampler, fold)[1], {}
        )
    for role, tuned in (("tuning", method), ("warm_tuning", source)):
        if role in tuning_inputs(wildcards):
            upstream[role] = imbalbench.workflow.reference.job_identity(
                evaluated(TUNE_PARAMS, dataset, tuned, fold)[1],
                (
                    {"warm": train_identity(dataset, source, fold)}
                    if role == "tuning" and source
                    else {}
                ),
            )
    return imbalbench.workflow.reference.job_identity(params, upstream)


def reference_folder(entry):
    """A `reference` entry's folder: relative to the working directory, else to the checkout; as
    written when neither holds it (the refusal then names it so)."""
    path = Path(entry)
    in_checkout = Path(workflow.basedir) / path
    if path.is_absolute() or path.exists() or not in_checkout.exists():
        return path
    return in_checkout


try:
    REFERENCE_PARTS = imbalbench.workflow.reference.load(
        [
            reference_folder(entry)
            for entry in imbalbench.workflow.reference.entries(config.get("reference"))
        ],
        config,
    )
except imbalbench.workflow.reference.ReferenceError as error:
    sys.exit(f"Reference error: {error}")  # one line, no traceback


@functools.cache
def planned_identities():
    """Every planned training job's identity, by its key (dataset/run/fold); once per run: read-only."""
    return {
        job_key(dataset, method, fold): train_identity(dataset, method, fold)
        for dataset in DATASETS
        for method in METHODS
        for fold in FOLDS
    }


# Planned job (dataset/run/fold) -> the part it is taken from.
REUSED = (
    imbalbench.workflow.reference.reused_jobs(REFERENCE_PARTS, planned_identities())
    if REFERENCE_PARTS
    else {}
)
REUSED_FOLDERS = {
    key: part.name for key, part in REUSED.items()
}  # as the aggregation reads them
REUSED_DATASETS = sorted({key.split("/")[0] for key in REUSED})
# Methods whose traces hold meta-training epochs (egl and its variants) and that run here: the
# convergence figure shows the first, the meta-phase table all of them (a reference holds no traces).
META_METHODS = [
    m
    for m in METHODS
    if spec_of_name(m).meta_learner and run_outputs("trace.csv", methods=[m])
]
META_METHOD = META_METHODS[0] if META_METHODS else None


def stale_reference_runs():
    """Runs whose planned jobs a reference holds under other identities (edited code or settings)."""
    if not REFERENCE_PARTS:
        return {}
    identities = {
        key: identity
        for key, identity in planned_identities().items()
        if key not in REUSED
    }
    return imbalbench.workflow.reference.stale_runs(
        REFERENCE_PARTS,
        identities,
        {
            run: training_code_of(run)
            for run in {key.split("/")[1] for key in identities}
        },
    )


def reference_notes():
    """Per run with jobs from a reference: how many, and from which parts."""
    notes = {}
    for run in METHODS:
        parts = [
            part.name
            for dataset in DATASETS
            for fold in FOLDS
            if (part := REUSED.get(job_key(dataset, run, fold))) is not None
        ]
        if parts:
            total = len(DATASETS) * len(FOLDS)
            notes[run] = (
                f"{run}: {len(parts)} of {total} jobs from reference "
                f"{', '.join(sorted(set(parts)))}."
            )
    return notes


def table_notes():
    """What the result tables say under them: each method's own note, and where runs come from a reference."""
    notes = {**METHOD_NOTES}
    for run, note in reference_notes().items():
        notes[run] = f"{notes[run]} {note}" if run in notes else note
    return notes


def reference_data_digests(wildcards):
    """The digests of a dataset's rows and splits in each part that holds jobs of it."""
    return {
        part.name: part.manifest["datasets"][wildcards.dataset]
        for part in REFERENCE_PARTS
        if wildcards.dataset in part.manifest["datasets"]
        and any(
            REUSED.get(job_key(wildcards.dataset, run, fold)) is part
            for run in METHODS
            for fold in FOLDS
        )
    }


def reference_checks():
    return expand(rules.reference_data.output.check, dataset=REUSED_DATASETS)


def published_warm_source(wildcards):
    """The published folder of a warm-start source job, its data checked first."""
    key = f"{wildcards.dataset}/{wildcards.method}/fold{wildcards.fold}"
    return REUSED[key].folder / imbalbench.workflow.reference.WARM / key


def warm_start_sources():
    """The runs any method continues from on a configured learner it runs on (ce's on the MLP,
    for EGL): what a reference publishes the outputs of (``publish_warm_start``)."""
    return [
        run
        for run in METHODS
        if any(
            spec.warm_start == base_method(run)
            and spec.applies_to(learner_spec(run_learner_of(run)))
            for spec in imbalbench.methods.all_methods().values()
        )
    ]


def published_elsewhere():
    """Jobs taken from a reference that a job here continues from, whose outputs the reference
    does not publish: they are trained here as well."""
    return sorted(
        {
            key
            for run in METHODS
            if (source := warm_start_run(run)) is not None
            for dataset in DATASETS
            for fold in FOLDS
            if job_key(dataset, run, fold) not in REUSED
            and (key := job_key(dataset, source, fold)) in REUSED
            and not REUSED[key].has_warm(key)
        }
    )


def publish_inputs(wildcards):
    """What a reference publishes: every job run here, the outputs of the runs that methods
    continue from (unless ``publish_warm_start`` is false), and each dataset's rows and splits.
    """
    warm_sources = warm_start_sources() if config["publish_warm_start"] else []
    return {
        "scores": run_outputs("scores.json"),
        "warm": [
            path
            for name in imbalbench.workflow.reference.WARM_FILES
            for path in run_outputs(name, methods=warm_sources)
        ],
        "data": expand(rules.preprocess.output.data, dataset=DATASETS),
        "splits": expand(rules.split.output.splits, dataset=DATASETS),
    }


def published_identities(wildcards):
    return {
        key: identity
        for key, identity in planned_identities().items()
        if key not in REUSED
    }
