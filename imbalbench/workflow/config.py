"""What a configuration means, checked before any job is planned.

The workflow's config is exactly one file: ``config.yaml`` when no ``--configfile`` is given,
otherwise the given file(s) alone. :func:`prepare` then

1. rejects duplicate keys in those files (YAML would let the last one win silently);
2. re-reads nested ``--config`` values with their types (Snakemake parses ``--config
   training='{epochs: 3}'`` as the text ``'3'``) and merges them into the config;
3. validates against ``schemas/config.schema.yaml`` with Snakemake's validator, which fills in
   the schema's defaults; a failure is one line naming the key and the allowed values, with the
   full report in ``results/logs/config.log``;
4. applies ``only_methods`` / ``only_datasets`` (a subset run without editing files);
5. checks that every method and learner module imports (:func:`check_plugins`), then the methods'
   variants and search spaces against the schema (:func:`check_methods`);
6. checks each dataset entry against its source's declared keys (:func:`dataset_schema`) and
   cross-checks what the schema cannot say (:func:`check`).

A method entry's name is a method of the registry (``egl: {eta2: 0}``), or any other name for a
variant of one, which names it (``egl_frozen: {method: egl, eta2: 0}``); :func:`method_entry`
resolves both.

``learners`` names the learners (default: the MLP alone). Each configured method runs on every
configured learner it applies to (:meth:`imbalbench.methods.base.Method.applies_to`); a method with
a model of its own runs once. A run is named by its method, with ``@learner`` for a learner other
than the default one (``smote`` on the MLP, ``smote@hgb`` on gradient boosting): :func:`planned_runs`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

from ..core.errors import ConfigError, DatasetError

# The schema's bounds on ``folds``, ``repeats`` and ``seed``, so that every derived training seed
# (run_seeds) is distinct and below 2**32, the bound numpy's seeding accepts.
MAX_FOLDS = 100
MAX_REPEATS = 100
MAX_SEED = 2**32 // (MAX_FOLDS * MAX_REPEATS) - 1


# libyaml's parser where PyYAML has it: every job's Snakemake process reads the config and schema.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # `<<: *anchor`: its keys may be overridden here
                continue
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ConfigError(
                    f"key {key!r} appears twice in one mapping "
                    f"(lines {seen[key] + 1} and {key_node.start_mark.line + 1}); YAML would keep only the last"
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: str | Path) -> dict:
    """Read a YAML config file, raising :class:`ConfigError` on a duplicate key or bad YAML."""
    path = Path(path)
    try:
        with open(path) as handle:
            return yaml.load(handle, Loader=_StrictLoader) or {}
    except ConfigError as error:
        raise ConfigError(f"{path.name}: {error}") from None
    except yaml.YAMLError as error:
        where = " ".join(str(error).split())  # yaml's message spans lines; it names the line and column
        raise ConfigError(f"{path.name}: not valid YAML: {where}") from None


def _typed(value):
    """A value parsed by Snakemake's ``--config`` (nested scalars as text) with numbers, booleans and
    null restored, as YAML would read them (``1e-3`` included)."""
    if isinstance(value, Mapping):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    if not isinstance(value, str):
        return value
    for parse in (int, float):
        try:
            return parse(value)
        except ValueError:
            pass
    return {"true": True, "false": False, "null": None, "~": None}.get(value.lower(), value)


def _describe(error) -> str:
    """One line for a jsonschema ValidationError: the key, what is wrong, what is allowed."""
    key = ".".join(str(part) for part in error.absolute_path) or "(top level)"
    message = error.message
    if error.validator == "additionalProperties" and isinstance(error.schema.get("properties"), dict):
        message += f"; allowed: {', '.join(error.schema['properties'])}"
    elif error.validator == "type" and isinstance(error.instance, str):
        message += _text_hint(error.instance, error.validator_value)
    if len(message) > 300:
        message = message[:300] + " ..."
    return f"config key {key}: {message}"


def _text_hint(text: str, expected) -> str:
    """Why a value meant as a number or a list arrived as text, and how to write it."""
    expected = set(expected if isinstance(expected, list) else [expected])
    try:
        float(text)
    except ValueError:
        number = False
    else:
        number = True
    if number and expected & {"number", "integer"}:
        if "e" in text.lower() and "." not in text.lower().split("e")[0]:
            mantissa, exponent = text.lower().split("e")
            return f" (YAML reads {text} as text: write {mantissa}.0e{exponent})"
        return f" (quote nothing: write {text}, not '{text}')"
    if "array" in expected:
        return f" (a list: write [{text}])"
    return ""


def non_finite(value, path=()) -> list[tuple[str, float]]:
    """``(dotted key, value)`` of every NaN or infinity in ``value``, at any depth."""
    if isinstance(value, float) and not math.isfinite(value):
        return [(".".join(map(str, path)), value)]
    if isinstance(value, Mapping):
        return [found for k, v in value.items() for found in non_finite(v, (*path, k))]
    if isinstance(value, list):
        return [found for i, v in enumerate(value) for found in non_finite(v, (*path, i))]
    return []


@cache
def read_schema(path: str | Path) -> dict:
    """The config schema at ``path`` (read once per process; treat it as read-only)."""
    return yaml.load(Path(path).read_text(), Loader=_SafeLoader)


def validate(config: dict, schema: Path, log: Path | None = None) -> None:
    """Validate ``config`` against ``schema`` with Snakemake's validator, which fills in the schema's
    defaults. Raises :class:`ConfigError` with one line; the full report goes to ``log``."""
    import jsonschema
    from snakemake.exceptions import WorkflowError
    from snakemake.utils import validate as snakemake_validate

    schema = Path(schema).resolve()
    try:
        snakemake_validate(config, str(schema))
    except WorkflowError as error:
        # Snakemake's error holds the report as text; the structured error names the key.
        validator = jsonschema.Draft202012Validator(read_schema(schema))
        cause = jsonschema.exceptions.best_match(validator.iter_errors(config))
        if cause is None:
            raise
        where = ""
        if log is not None:
            Path(log).parent.mkdir(parents=True, exist_ok=True)
            Path(log).write_text(f"{error}\n")
            where = f" (full report: {log})"
        raise ConfigError(_describe(cause) + where) from None


def select(config: dict) -> None:
    """Keep only the methods and datasets named by ``only_methods`` / ``only_datasets``."""
    for key, section in (("only_methods", "methods"), ("only_datasets", "datasets")):
        wanted = config.pop(key, None)
        if wanted is None:
            continue
        unknown = [name for name in wanted if name not in config[section]]
        if unknown:
            raise ConfigError(f"{key}: {unknown} not in {section}; configured: {', '.join(config[section])}")
        config[section] = {name: spec for name, spec in config[section].items() if name in wanted}
        control = (config.get("aggregate") or {}).get("control")
        if section == "methods" and control is not None and control not in wanted:
            raise ConfigError(
                f"only_methods: {wanted} leaves out aggregate.control {control!r}, the method the "
                f"others are compared with; add it to only_methods or set aggregate.control"
            )
    tuning = config.get("tuning") or {}
    if tuning.get("methods"):
        tuning["methods"] = [name for name in tuning["methods"] if name in config["methods"]] or None


def prepare(
    config: dict, *, schema: Path, configfiles, cli_config: Mapping, cwd: Path, log: Path | None = None
) -> dict:
    """Turn the config Snakemake loaded into the run's config, in place (see the module docstring)."""
    from snakemake.utils import update_config

    for path in configfiles:
        load_yaml(path)
    update_config(config, _typed(dict(cli_config)))
    bad = non_finite(config)  # JSON schema bounds let NaN through, and --config values arrive here too
    if bad:
        key, value = bad[0]
        raise ConfigError(f"config key {key}: {value} is not a finite number")
    validate(config, schema, log)
    select(config)
    check_plugins()
    check_learners(config)
    check_methods(config, read_schema(Path(schema).resolve()))
    check(config, cwd)
    return config


RUN_SEPARATOR = "@"
"""Between a method's and a learner's name in a run's name (it cannot occur in either)."""


def run_name(method: str, learner: str) -> str:
    """The name of configured method ``method``'s run on ``learner``: the method's own name on the
    default learner (the MLP), ``method@learner`` on another."""
    from ..learners import learner_spec

    return method if learner_spec(learner).default else f"{method}{RUN_SEPARATOR}{learner}"


def split_run(run: str) -> tuple[str, str]:
    """``(configured method, learner)`` of a run's name (:func:`run_name`)."""
    from ..learners import default_learner

    method, _, learner = run.partition(RUN_SEPARATOR)
    return method, learner or default_learner()


def configured_learners(config: dict) -> dict[str, dict]:
    """``learners``: name -> settings; the default learner alone when the config names none."""
    from ..learners import default_learner

    return {name: dict(entry or {}) for name, entry in (config.get("learners") or {default_learner(): {}}).items()}


def planned_runs(config: dict) -> dict[str, tuple[str, str]]:
    """Every run of the configured methods on the configured learners: run name ->
    ``(configured method, learner)``. A method with a model of its own runs once, on
    the default learner's name. :class:`ConfigError` for a method that applies to none of them."""
    from ..learners import default_learner, learner_spec
    from ..methods import method_spec

    learners = configured_learners(config)
    runs = {}
    for name in config["methods"]:
        spec = method_spec(method_entry(config, name)[0])
        if spec.own_model:
            runs[name] = (name, default_learner())
            continue
        fitting = [learner for learner in learners if spec.applies_to(learner_spec(learner))]
        if not fitting:
            needs = ", ".join(sorted(spec.requirements()))
            raise ConfigError(
                f"config key methods.{name}: method {spec.name()!r} needs a learner with {needs}; "
                f"none of the configured learners ({', '.join(learners)}) has it"
            )
        runs.update({run_name(name, learner): (name, learner) for learner in fitting})
    return runs


def shared_row_methods(config: dict) -> list[str]:
    """The configured samplers whose rows a resampling job makes once for all their learners: those
    that run on more than one learner and are not tuned (a run tuned per learner has rows of its own)."""
    from ..methods import method_spec

    tuned = set(tuned_methods(config))
    learners_of = {}
    for method, learner in planned_runs(config).values():
        learners_of.setdefault(method, []).append(learner)
    return [
        method
        for method, learners in learners_of.items()
        if len(learners) > 1 and method not in tuned and method_spec(method_entry(config, method)[0]).resamples()
    ]


def learner_settings(config: dict, run: str) -> dict:
    """The settings of run ``run``'s learner: the MLP's are its recipe (:func:`method_training`:
    ``training`` and the variant's own ``training``), another learner's are its ``learners``
    entry; none for a method with a model of its own, which trains no learner."""
    from ..learners import learner_spec
    from ..methods import method_spec

    method, learner = split_run(run)
    if method_spec(method_entry(config, method)[0]).own_model:
        return {}
    if learner_spec(learner).settings_section is not None:
        return method_training(config, method)
    return configured_learners(config).get(learner, {})


def method_entry(config: dict, name: str) -> tuple[str, dict]:
    """``(registry method, parameters)`` of configured method or run ``name`` (see the module
    docstring); a name that is not configured (a warm start's source, an induced run's method) is
    the registry's, with the configured parameters of that name if any. A variant's ``training``
    overrides are not parameters (:func:`method_training`)."""
    name = split_run(name)[0]
    params = dict(config["methods"].get(name) or {})
    params.pop("training", None)
    return params.pop("method", name), params


def method_training(config: dict, name: str) -> dict:
    """The training settings of method ``name``'s jobs: ``training``, updated by the variant's own
    ``training`` entry (``smote_10: {method: smote, training: {epochs: 10}}``)."""
    name = split_run(name)[0]
    return {**config["training"], **((config["methods"].get(name) or {}).get("training") or {})}


def tuned_methods(config: dict) -> list[str]:
    """The configured methods that tune before training: none unless ``tuning.trials`` > 0."""
    tuning = config.get("tuning") or {}
    if not tuning.get("trials"):
        return []
    return list(tuning.get("methods") or config["methods"])


def tuned_runs(config: dict) -> list[str]:
    """The runs of the tuned methods (:func:`tuned_methods`), one study per run: a method tuned on
    each of its learners."""
    tuned = set(tuned_methods(config))
    return [run for run, (method, _) in planned_runs(config).items() if method in tuned]


def method_schema(parameters) -> dict:
    """The JSON schema of a method's config entry, from its declared ``parameters``."""
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {parameter.name: parameter.json_schema() for parameter in parameters},
    }


def search_spaces(config: dict) -> dict:
    """Each tuned run's search space (:class:`imbalbench.tuning.search.SearchSpace`), checked: its
    method's parameters, and its learner's where the method trains the learner from scratch."""
    from ..learners import learner_spec
    from ..methods import method_spec
    from ..tuning.search import search_space

    spaces = {}
    for run in tuned_runs(config):
        name, learner = split_run(run)
        base, _ = method_entry(config, name)
        method = method_spec(base)
        tunes_learner = not method.own_model and method.warm_start is None
        spaces[run] = search_space(
            config, name, base, method.parameters, method.search_space, learner_spec(learner) if tunes_learner else None
        )
    return spaces


def _check_entry(schema: dict, entry: dict, path: list, words: str = "") -> None:
    import jsonschema

    cause = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(entry))
    if cause is not None:
        root = cause
        while root.parent is not None:  # an anyOf branch's error: its path continues its parent's
            root = root.parent
        root.path.extendleft(reversed(path))
        raise ConfigError(_describe(cause) + words)


def check_learners(config: dict) -> None:
    """Every ``learners`` entry: a known learner, installed, its parameters as it declares them
    (:class:`ConfigError` naming the key)."""
    from ..learners import all_learners
    from ..methods import all_methods

    known = all_learners()
    for name, entry in (config.get("learners") or {}).items():
        if name not in known:
            raise ConfigError(f"config key learners.{name}: not a learner; known: {', '.join(known)}")
        learner = known[name]
        if learner.settings_section and entry:
            raise ConfigError(
                f"config key learners.{name}: takes no settings here; its settings are the "
                f"{learner.settings_section!r} section"
            )
        _check_entry(method_schema(learner.parameters), entry or {}, ["learners", name])
        missing = learner.missing_packages()
        if missing:
            raise ConfigError(
                f"config key learners.{name}: package(s) {', '.join(missing)} not installed; "
                f"install the extra: pip install -e '.[{learner.extra}]'"
            )
        if name in all_methods():
            raise ConfigError(f"config key learners.{name}: a method has this name too; rename one of them")


def check_plugins() -> None:
    """:class:`ConfigError` naming the file and line where a method or learner module fails to
    import: planning reads every plug-in's declarations, whatever the config names."""
    import traceback

    from ..learners import all_learners
    from ..methods import all_methods

    try:
        all_methods()
        all_learners()
    except Exception as error:
        if isinstance(error, SyntaxError):
            where, what = f"{error.filename}:{error.lineno}", f"{type(error).__name__}: {error.msg}"
        else:
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where, what = f"{frame.filename}:{frame.lineno}", f"{type(error).__name__}: {error}"
        raise ConfigError(
            f"{where}: {what}; every method and learner module is read while planning, even one the config "
            "does not name: fix or remove that file"
        ) from None


def check_methods(config: dict, schema: dict) -> None:
    """Every method entry against its method's declared parameters (a variant names its method and
    may override training settings); the induced experiment's methods; the tuning section: known
    methods, parameters and ranges (:class:`ConfigError` naming the method and key)."""
    from ..methods import all_methods, benchmark_methods

    known = benchmark_methods()
    training_schema = {**schema["properties"]["training"], "$defs": schema["$defs"]}
    for name, entry in config["methods"].items():
        if name in known and "method" not in entry:
            _check_entry(method_schema(known[name].parameters), entry, ["methods", name])
            continue
        base = entry.get("method")
        if base not in known:
            what = f"names {base!r}, which is not a method" if "method" in entry else "is not a method"
            raise ConfigError(
                f"config key methods.{name}: {what} (known: {', '.join(known)}); a variant of one names it: "
                f"{name}: {{method: egl, ...}}"
            )
        params = {key: value for key, value in entry.items() if key not in ("method", "training")}
        _check_entry(
            training_schema, entry.get("training") or {}, ["methods", name, "training"], f" (a variant of {base})"
        )
        _check_entry(method_schema(known[base].parameters), params, ["methods", name], f" (a variant of {base})")
    planned_runs(config)
    induced = config.get("induced") or {}
    unknown = [name for name in induced.get("methods", []) if name not in all_methods()]
    if unknown:
        raise ConfigError(f"induced.methods: {unknown} are not methods; known: {', '.join(all_methods())}")
    tuning = config.get("tuning") or {}
    unknown = [name for name in tuning.get("methods") or [] if name not in config["methods"]]
    if unknown:
        raise ConfigError(f"tuning.methods: {unknown} not in methods; configured: {', '.join(config['methods'])}")
    learner_keys = {learner.settings_section or name for name, learner in _learner_classes(config).items()}
    for key in tuning.get("spaces", {}):
        if key not in learner_keys and key not in known and key not in config["methods"]:
            raise ConfigError(
                f"tuning.spaces.{key}: neither a method nor a configured learner's settings "
                f"({', '.join(sorted(learner_keys))}); methods: {', '.join(known)}"
            )
    search_spaces(config)


def _learner_classes(config: dict) -> dict:
    from ..learners import learner_spec

    return {name: learner_spec(name) for name in configured_learners(config)}


def run_seeds(seed: int, fold: int, repeats: int) -> list[int]:
    """Training seeds of one fold, one per repeat: the same for every method, so that methods are
    compared in pairs. ``(seed * MAX_FOLDS + fold) * MAX_REPEATS + repeat``: distinct for distinct
    (seed, fold, repeat) within the schema's bounds, and below 2**32."""
    if not (0 <= seed <= MAX_SEED and 0 <= fold < MAX_FOLDS and 1 <= repeats <= MAX_REPEATS):
        raise ConfigError(
            f"seed {seed}, fold {fold}, repeats {repeats} out of range "
            f"(seed <= {MAX_SEED}, folds <= {MAX_FOLDS}, repeats <= {MAX_REPEATS})"
        )
    return [(seed * MAX_FOLDS + fold) * MAX_REPEATS + repeat for repeat in range(repeats)]


def dataset_specs(config: dict) -> dict:
    """Every dataset the workflow prepares: the benchmark's and the induced-imbalance experiment's."""
    specs = dict(config["datasets"])
    if config.get("induced"):
        specs[config["induced"]["dataset"]] = config["induced"]["source"]
    return specs


def induced_runs(config: dict) -> dict[str, dict]:
    """The induced-imbalance experiment's training runs, read from its config section in this one
    place: ``{run name: {"source": dataset, "ratio": "50"}}``, run names like ``adult@ir50`` (``@``
    cannot occur in a dataset's name, so runs never collide with benchmark datasets)."""
    induced = config.get("induced")
    if not induced:
        return {}
    ratios = [f"{ratio:g}" for ratio in induced["imbalance_ratios"]]
    return {f"{induced['dataset']}@ir{ratio}": {"source": induced["dataset"], "ratio": ratio} for ratio in ratios}


def control_method(config: dict) -> str:
    """The method every other is compared with: ``aggregate.control``, else the configured method
    declared the control (``ce``, plain training: the question is whether a method beats it; not a
    variant of it), else the first method."""
    from ..methods import method_spec

    methods = list(config["methods"])
    controls = [name for name in methods if method_entry(config, name)[0] == name and method_spec(name).control]
    return config["aggregate"].get("control") or (controls or methods)[0]


def learner_control(config: dict, learner: str) -> str:
    """The run each method on ``learner`` is compared with: the control method's run on it."""
    return run_name(control_method(config), learner)


def reference_run(config: dict) -> str:
    """The run every (method, learner) pair is compared with in the deployment verdict:
    ``aggregate.reference``, else the control on the default learner when it is configured, else
    on the first learner."""
    from ..learners import default_learner

    learners = list(configured_learners(config))
    learner = default_learner() if default_learner() in learners else learners[0]
    return config["aggregate"].get("reference") or learner_control(config, learner)


def learner_groups(config: dict) -> dict[str, dict]:
    """Per family, what its own verdict judges: ``{"control": run, "runs": {run: row label}}``.

    A family per learner: the methods on it against :func:`learner_control`. A method with a
    model of its own (MESA, the rebalancing ensembles) is judged on every learner: against plain
    boosting as well as the plain MLP, so that its verdict does not mix its model with its
    rebalancing. When a learner has tuned and untuned runs (the defaults beside tuned variants,
    e.g. ``smote`` and ``smote_tuned: {method: smote}`` with ``tuning.methods: [ce_tuned,
    smote_tuned]``), its family ``<learner>`` holds the untuned runs, ``<learner> tuned`` the
    tuned ones against the tuned control (a tuned run of the control's method), and ``<learner>
    tuning`` that tuned control against the untuned one: what tuning alone gives. A row label is
    the run's method as configured; a tuned run's is its untuned twin's (:func:`_beside_defaults`),
    so that the grid shows a method's default and tuned verdicts in one row."""
    from ..methods import method_spec

    tuned = set(tuned_methods(config))
    control = control_method(config)
    members: dict[str, dict[str, str]] = {learner: {} for learner in configured_learners(config)}
    for run, (method, learner) in planned_runs(config).items():
        own_model = method_spec(method_entry(config, method)[0]).own_model
        for runs in members.values() if own_model else [members[learner]]:
            runs[run] = method
    base = method_entry(config, control)[0]
    groups = {}
    for learner, runs in members.items():
        default_control = learner_control(config, learner)
        default = {run: m for run, m in runs.items() if m not in tuned}
        tuned_here = {run: m for run, m in runs.items() if m in tuned}
        tuned_control = next((run for run, m in tuned_here.items() if method_entry(config, m)[0] == base), None)
        if control in tuned or tuned_control is None:  # one family, as without tuning
            groups[learner] = {"control": default_control, "runs": runs}
            continue
        groups[learner] = {"control": default_control, "runs": default}
        groups[f"{learner} tuned"] = {"control": tuned_control, "runs": _beside_defaults(config, tuned_here, default)}
        groups[f"{learner} tuning"] = {
            "control": default_control,
            "runs": {default_control: control, tuned_control: base},
        }
    return groups


def _beside_defaults(config: dict, tuned: dict[str, str], default: dict[str, str]) -> dict[str, str]:
    """Row labels of tuned runs (run -> method): the untuned method of the same registry method,
    where exactly one runs beside it, so that the two share a row; else the tuned method's name."""
    by_base: dict[str, list[str]] = {}
    for method in dict.fromkeys(default.values()):
        by_base.setdefault(method_entry(config, method)[0], []).append(method)
    labels = {}
    for run, method in tuned.items():
        twins = by_base.get(method_entry(config, method)[0], [])
        labels[run] = twins[0] if len(twins) == 1 else method
    return labels


def metric_ropes(config: dict) -> dict[str, float]:
    """Each of ``aggregate.metrics``' ROPE: ``aggregate.rope`` when one number, else its entry for
    the metric, else the metric's default (:data:`imbalbench.scoring.metric_specs.METRICS`)."""
    from ..scoring.metric_specs import METRICS

    rope = config["aggregate"]["rope"]
    given = rope if isinstance(rope, Mapping) else dict.fromkeys(config["aggregate"]["metrics"], rope)
    return {metric: float(given.get(metric, METRICS[metric].rope)) for metric in config["aggregate"]["metrics"]}


def _check_aggregate(config: dict) -> None:
    """The verdict's metrics are known ones, and every ROPE given belongs to one of them."""
    from ..scoring.metric_specs import METRICS

    aggregate = config["aggregate"]
    unknown = [m for m in aggregate["metrics"] if m not in METRICS]
    if unknown:
        raise ConfigError(f"aggregate.metrics: {unknown} are not metrics; known: {', '.join(METRICS)}")
    if isinstance(aggregate["rope"], Mapping):
        stray = [m for m in aggregate["rope"] if m not in aggregate["metrics"]]
        if stray:
            raise ConfigError(
                f"aggregate.rope: {stray} are not in aggregate.metrics "
                f"({', '.join(aggregate['metrics'])}); add them there or drop their ROPE"
            )
    dataset = aggregate.get("reliability_dataset")
    if dataset is not None and dataset not in config["datasets"]:
        raise ConfigError(
            f"aggregate.reliability_dataset: {dataset!r} is not a configured dataset; "
            f"configured: {', '.join(config['datasets'])}"
        )


def check(config: dict, workdir: Path = Path(".")) -> None:
    """Raise :class:`ConfigError` for what the schema cannot see: dataset entries with keys their
    source does not declare, unknown dataset names, missing files, names that collide, a control
    that does not run, too few minority rows for the folds, unknown verdict metrics and ROPEs of
    metrics the verdict does not judge."""
    from ..data.sources import SOURCES
    from ..data.splits import minority_shortfall
    from ..methods import all_methods

    unknown = [m for m in config.get("gpu_methods") or [] if m not in config["methods"] and m not in all_methods()]
    if unknown:
        raise ConfigError(
            f"gpu_methods: {unknown} are neither configured methods nor methods; "
            f"configured: {', '.join(config['methods'])}"
        )
    _check_aggregate(config)
    control = config["aggregate"].get("control")
    if control is not None and control not in config["methods"]:
        raise ConfigError(
            f"aggregate.control: {control!r} is not a configured method; configured: {', '.join(config['methods'])}"
        )
    runs = planned_runs(config)
    missing = [learner_control(config, learner) for learner in configured_learners(config)]
    missing = [run for run in missing if run not in runs]
    if missing and len(configured_learners(config)) > 1:
        raise ConfigError(
            f"aggregate.control: {control_method(config)!r} does not run on every learner ({', '.join(missing)} "
            f"missing); each learner's methods are judged against it"
        )
    reference = config["aggregate"].get("reference")
    if reference is not None and reference not in runs:
        raise ConfigError(f"aggregate.reference: {reference!r} is not a planned run; planned: {', '.join(runs)}")
    induced = config.get("induced")
    if induced and induced["dataset"] in config["datasets"]:
        raise ConfigError(
            f"induced.dataset: {induced['dataset']!r} is also a benchmark dataset; "
            "give the induced-imbalance source another name"
        )
    schema = dataset_schema()
    seen = {}
    for name, spec in dataset_specs(config).items():
        key = ["induced", "source"] if induced and name == induced["dataset"] else ["datasets", name]
        _check_entry(schema, spec, key)
        source = SOURCES[spec["source"]]
        source.check(name, spec, workdir)
        same, where = seen.setdefault(source.identity(name, spec, workdir), (name, source.describe(name, spec)))
        if same != name:
            raise ConfigError(
                f"datasets.{same} ({where}) and datasets.{name} ({source.describe(name, spec)}) are the same "
                f"data: a dataset listed twice weighs twice in every test across datasets; keep one"
            )
        try:
            minority = source.minority(name, spec, workdir)
        except DatasetError as error:
            raise ConfigError(f"datasets.{name}: {error}") from None
        shortfall = None if minority is None else minority_shortfall(minority, config["folds"], config["valid_size"])
        if shortfall:
            raise ConfigError(f"datasets.{name}: {shortfall}")


def dataset_schema() -> dict:
    """The JSON schema of a dataset entry: a known ``source``, and the keys that source declares."""
    from ..data.sources import SOURCES

    return {
        "type": "object",
        "required": ["source"],
        "properties": {"source": {"enum": list(SOURCES)}},
        "allOf": [source.schema_branch() for source in SOURCES.values()],
    }


def job_device(config: dict, name: str) -> str:
    """Where the jobs of run ``name`` train: the CPU for a learner that trains there only; else
    ``cuda`` when its method (or the method it is a variant of) is in ``gpu_methods``, else
    ``device``. Jobs on ``cuda`` ask the scheduler for a GPU."""
    from ..learners import learner_spec

    base, _ = method_entry(config, name)
    method, learner = split_run(name)
    if not learner_spec(learner).uses_device:
        return "cpu"
    gpu_methods = config.get("gpu_methods") or []
    return "cuda" if method in gpu_methods or base in gpu_methods else config["device"]


def check_device(config: dict) -> None:
    """Jobs on ``cuda`` on a machine that runs jobs itself but has no GPU: an error before any job."""
    if config["device"] != "cuda" and not config.get("gpu_methods"):
        return
    import torch

    if not torch.cuda.is_available():
        raise ConfigError(
            "device: 'cuda' or gpu_methods is set, but torch sees no GPU on this machine; use "
            "device: auto or cpu without gpu_methods, or submit to a cluster with GPU nodes "
            "(--workflow-profile profiles/slurm)"
        )


def config_flags(argv: list[str]) -> str:
    """The config flags of a Snakemake command line (``--configfile(s)``, ``--config``/``-C`` and
    their values), as a shell fragment: what a command to redo part of this run must repeat."""
    import shlex

    flags, taking = [], False
    for token in argv:
        if token in ("--configfile", "--configfiles", "--config", "-C"):
            flags.append(token)
            taking = True
        elif token.startswith(("--configfile=", "--configfiles=", "--config=")):
            flags.append(token)
            taking = False
        elif taking and not token.startswith("-"):
            flags.append(token)
        else:
            taking = False
    return shlex.join(flags)


def folder_notices(folder: Path, expected_scores, flags: str = "") -> list[str]:
    """What a user should know before a run in ``folder`` starts: another Snakemake may hold it
    (its lock files carry no process id, so a stale lock looks the same), and runs that the last
    tables hold whose folders are missing (Snakemake would not redo them: the tables are newer).
    ``flags``: this run's config flags (:func:`config_flags`), which the commands given repeat."""
    import csv

    notices = []
    locks = Path(folder) / ".snakemake" / "locks"
    locked = locks.is_dir() and any(locks.iterdir())
    if locked:
        notices.append(
            "another Snakemake run may be working in this folder (.snakemake/locks is not empty); if none "
            f"is (an earlier run was killed), remove its lock with: snakemake --unlock {flags}".rstrip()
        )
    table = Path(folder) / "results" / "scores.csv"
    if table.is_file():
        with open(table, newline="") as handle:
            tabled = {(row["dataset"], row["method"], row["fold"]) for row in csv.DictReader(handle)}
        gone = [
            str(path)
            for path in map(Path, expected_scores)
            if not path.exists() and (path.parts[-4], path.parts[-3], path.parts[-2].removeprefix("fold")) in tabled
        ]
        if gone:
            notices.append(
                f"{len(gone)} run(s) that results/scores.csv holds are missing ({', '.join(gone[:3])}"
                f"{' ...' if len(gone) > 3 else ''}); the tables still show them. "
                + ("If no other run is rebuilding them, redo" if locked else "Redo")
                + f" them: snakemake --cores N {flags + ' ' if flags else ''}--forcerun {' '.join(gone)}"
            )
    return notices


def failure_hints(log_files) -> list[str]:
    """What a failed run's Snakemake log (``log_files``: its paths, as ``onerror`` gets them) means
    where Snakemake's own words mislead."""
    paths = [log_files] if isinstance(log_files, (str, Path)) else list(log_files or [])
    text = "".join(Path(path).read_text(errors="replace") for path in paths if Path(path).is_file())
    hints = []
    if "Missing files after" in text:
        hints.append(
            "a job finished but its outputs were gone when Snakemake looked: on one machine that is rarely "
            "file-system latency (--latency-wait), but another run or a hand removing results/ folders "
            "meanwhile; run again once nothing else works in this folder, and the missing outputs are redone"
        )
    return hints


def main(argv=None) -> int:
    """``python -m imbalbench.workflow.config check FILE [FILE ...]``: read the config file(s) as
    Snakemake would (later files update earlier ones) and run every check of :func:`prepare`;
    a YAML syntax error names the file, line and column, which Snakemake's own message does not."""
    import argparse
    import sys

    from snakemake.utils import update_config

    parser = argparse.ArgumentParser(prog="python -m imbalbench.workflow.config", description=main.__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check config files before a run").add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    config = {}
    try:
        for path in args.files:
            if not path.is_file():
                raise ConfigError(f"{path}: no such file")
            update_config(config, load_yaml(path))
        schema = Path(__file__).resolve().parents[2] / "schemas" / "config.schema.yaml"
        prepare(config, schema=schema, configfiles=args.files, cli_config={}, cwd=Path.cwd())
    except ConfigError as error:
        print(f"Config error: {error}", file=sys.stderr)
        return 1
    print(
        f"{', '.join(map(str, args.files))}: valid; {len(config['datasets'])} datasets, "
        f"{len(planned_runs(config))} method x learner runs, {config['folds']} folds"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
