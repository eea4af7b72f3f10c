"""Equal-budget tuning of one method on one fold (Optuna), on validation rows only.

A tune job runs ``trials`` trials of Optuna's TPE sampler for one method x dataset x fold. Each
trial trains the method on the fold's train rows with sampled parameters (the fold's first
training seed, one run, the config's epochs) and scores the validation AUC-PR of the kept epoch,
the value the method's own model selection maximises. The job never loads the fold's test rows.

Every tuned method gets the same number of trials. A trial the method cannot run
(:class:`~imbalbench.methods.base.MethodNotApplicable`, e.g. SMOTE's k above the minority count)
or with a non-finite score is a failed trial and counts towards the budget; when all fail, the
tuning result says ``failed`` with the reason and the method's training job records that.

Reproducible and resumable: trial k uses a TPE sampler seeded ``seed + k``, so that the trials
depend only on the config and on the trials before them; the study lives in an Optuna journal
file beside the output while the job runs, so that a killed job resumes its trials (those that were
running are marked failed and do not count), and it is removed when the result is written.

A method that continues from another's models (EGL from ce) trains with that method's tuned
training settings and tunes only its own parameters.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import math
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

logger = logging.getLogger(__name__)

TRAINING_KEYS = ("lr", "weight_decay", "batch_size")
"""Training settings a search space may tune (``tuning.spaces.training``): never the epochs, so
that every trial of every method trains equally long."""


@dataclass(frozen=True)
class Distribution:
    """One parameter's search range: ``float`` or ``int`` in [low, high] (``log``: on a log scale),
    or ``categorical`` among ``choices``."""

    type: str
    low: float | None = None
    high: float | None = None
    log: bool = False
    choices: tuple | None = None

    @classmethod
    def parse(cls, entry: dict, where: str) -> Distribution:
        """From a config entry; :class:`ConfigError` naming ``where`` for an empty or invalid range."""
        kind = entry["type"]
        if kind == "categorical":
            if not entry.get("choices") or {"low", "high", "log"} & set(entry):
                raise ConfigError(f"{where}: a categorical range takes a non-empty list 'choices' only")
            return cls(kind, choices=tuple(entry["choices"]))
        if "choices" in entry or "low" not in entry or "high" not in entry:
            raise ConfigError(f"{where}: a {kind} range takes 'low' and 'high' (and 'log'), no 'choices'")
        low, high, log_scale = entry["low"], entry["high"], bool(entry.get("log", False))
        if kind == "int" and not (float(low).is_integer() and float(high).is_integer()):
            raise ConfigError(f"{where}: an int range needs integer bounds, got [{low}, {high}]")
        if not low < high:
            raise ConfigError(f"{where}: empty range [{low}, {high}] (low must be below high)")
        if log_scale and low <= 0:
            raise ConfigError(f"{where}: a log range needs bounds > 0, got low = {low}")
        return cls(
            kind, int(low) if kind == "int" else float(low), int(high) if kind == "int" else float(high), log_scale
        )

    def suggest(self, trial, name: str):
        if self.type == "categorical":
            return trial.suggest_categorical(name, list(self.choices))
        if self.type == "int":
            return trial.suggest_int(name, self.low, self.high, log=self.log)
        return trial.suggest_float(name, self.low, self.high, log=self.log)


@dataclass(frozen=True)
class SearchSpace:
    """What one method tunes: its own parameters and the shared training settings."""

    method: dict[str, Distribution]
    training: dict[str, Distribution]

    def as_config(self) -> dict:
        """The space as plain data (the tune rule's params: a change reruns only this method's tuning)."""

        def plain(space):
            return {
                name: {k: v for k, v in vars(d).items() if v is not None and v is not False}
                for name, d in space.items()
            }

        return {"method": plain(self.method), "training": plain(self.training)}

    @classmethod
    def from_config(cls, space: dict) -> SearchSpace:
        def distribution(entry):
            return Distribution(**{**entry, **({"choices": tuple(entry["choices"])} if "choices" in entry else {})})

        return cls(
            *({name: distribution(entry) for name, entry in space[part].items()} for part in ("method", "training"))
        )

    def sample(self, trial) -> tuple[dict, dict]:
        """``(method parameters, training settings)`` for one trial."""
        method = {name: d.suggest(trial, name) for name, d in self.method.items()}
        training = {name: d.suggest(trial, f"training.{name}") for name, d in self.training.items()}
        return method, training


def search_space(config: dict, name: str, base: str, parameters: set[str], trains_recipe: bool) -> SearchSpace:
    """The search space of configured method ``name`` (a variant of ``base``): ``tuning.spaces[name]``
    or else ``tuning.spaces[base]``, plus ``tuning.spaces.training`` where the method trains its own
    MLP (``trains_recipe``). ``parameters``: the method's parameter names. :class:`ConfigError` for
    an unknown parameter, a bad range or nothing to tune."""
    spaces = config["tuning"].get("spaces", {})
    key = name if name in spaces else base
    own = spaces.get(key, {})
    unknown = sorted(set(own) - parameters)
    if unknown:
        raise ConfigError(
            f"tuning.spaces.{key}: unknown parameter(s) {unknown} of method {base!r}; "
            f"its parameters: {', '.join(sorted(parameters)) or 'none'}"
        )
    method = {p: Distribution.parse(entry, f"tuning.spaces.{key}.{p}") for p, entry in own.items()}
    training = {}
    if trains_recipe:
        shared = spaces.get("training", {})
        unknown = sorted(set(shared) - set(TRAINING_KEYS))
        if unknown:
            raise ConfigError(f"tuning.spaces.training: {unknown} cannot be tuned; tunable: {', '.join(TRAINING_KEYS)}")
        training = {p: Distribution.parse(entry, f"tuning.spaces.training.{p}") for p, entry in shared.items()}
    if not method and not training:
        raise ConfigError(
            f"tuning: method {name!r} is tuned but has no search space: add tuning.spaces.{base}"
            + (" or tuning.spaces.training" if trains_recipe else "")
        )
    return SearchSpace(method, training)


# ---------------------------------------------------------------- the tune job


def _study_name(settings: dict, inputs: list[str]) -> str:
    """Identifies a study by everything it depends on (settings and the content of its input
    files, code included): a journal is resumed only by the job that wrote it."""
    from .artifacts import sha256_of

    body = json.dumps({"settings": settings, "inputs": sorted(sha256_of(p) for p in inputs)}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def _open_study(journal: Path | None, name: str):
    """The journal's study ``name`` (created if new; in memory without a journal); trials left
    running by a killed job are marked failed with the user attribute ``interrupted``."""
    import optuna
    from optuna.storages import JournalStorage
    from optuna.storages.journal import JournalFileBackend

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    if journal is None:
        return optuna.create_study(study_name=name, direction="maximize")
    storage = JournalStorage(JournalFileBackend(str(journal)))
    study = optuna.create_study(study_name=name, storage=storage, direction="maximize", load_if_exists=True)
    study_id = storage.get_study_id_from_name(name)
    for trial in study.get_trials(deepcopy=False, states=(optuna.trial.TrialState.RUNNING,)):
        trial_id = storage.get_trial_id_from_study_id_trial_number(study_id, trial.number)
        storage.set_trial_user_attr(trial_id, "interrupted", True)
        storage.set_trial_state_values(trial_id, optuna.trial.TrialState.FAIL)
        logger.info("trial %d was interrupted by a kill: marked failed, not counted", trial.number)
    return study


def _counted(study) -> list:
    """Trials that count towards the budget: finished or failed, not interrupted."""
    from optuna.trial import TrialState

    return [
        t
        for t in study.get_trials(deepcopy=False, states=(TrialState.COMPLETE, TrialState.FAIL))
        if not t.user_attrs.get("interrupted")
    ]


def _record(trial) -> dict:
    params = {k: v for k, v in trial.params.items() if not k.startswith("training.")}
    training = {k.removeprefix("training."): v for k, v in trial.params.items() if k.startswith("training.")}
    return {
        "number": trial.number,
        "state": "complete" if trial.state.name == "COMPLETE" else "failed",
        "params": params,
        "training": training,
        "value": trial.value,
        "seconds": trial.user_attrs.get("seconds"),
        "reason": trial.user_attrs.get("reason"),
    }


@contextmanager
def _only_warnings(*names: str):
    """Raise these loggers to WARNING inside the block, and put their levels back after it."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [each.level for each in loggers]
    for each in loggers:
        each.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for each, level in zip(loggers, levels):
            each.setLevel(level)


def tune(
    evaluate, space: SearchSpace, trials: int, seed: int, startup_trials: int, journal: Path | None, study_name: str
) -> dict:
    """Run the study until ``trials`` trials count; ``evaluate(method_params, training)`` returns the
    validation score or raises :class:`~imbalbench.methods.base.MethodNotApplicable`. Returns the
    result (``status``, ``best``, ``trials``) as written to the tuning file."""
    import optuna
    from optuna.trial import TrialState

    from .methods.base import MethodNotApplicable
    from .training import Progress

    study = _open_study(journal, study_name)
    done = len(_counted(study))
    if done:
        logger.info("resuming: %d of %d trials already done", done, trials)
    progress = Progress(trials, "trial", logger)
    # Trials log only warnings: the study's progress is one line per tenth of the trials.
    with _only_warnings("imbalbench.training", "imbalbench.egl", "imbalbench.cwgan", "imbalbench.mesa"):
        for k in range(done, trials):
            # A fresh sampler per trial, seeded by its position: the same trials after a resume.
            study.sampler = optuna.samplers.TPESampler(seed=seed + k, n_startup_trials=startup_trials)
            trial = study.ask()
            method_params, training = space.sample(trial)
            start = time.perf_counter()
            try:
                value = float(evaluate(method_params, training))
                reason = None if math.isfinite(value) else f"validation AUC-PR is {value}"
            except MethodNotApplicable as error:
                reason = str(error)
            trial.set_user_attr("seconds", time.perf_counter() - start)
            if reason is None:
                study.tell(trial, value)
            else:
                trial.set_user_attr("reason", reason)
                study.tell(trial, state=TrialState.FAIL)
                logger.warning("trial %d failed: %s", trial.number, reason)
            best = max((t.value for t in _counted(study) if t.state == TrialState.COMPLETE), default=math.nan)
            progress(k, best_valid_auc_pr=best)
    records = [_record(t) for t in sorted(_counted(study), key=lambda t: t.number)]
    complete = [r for r in records if r["state"] == "complete"]
    if not complete:
        reasons = list(dict.fromkeys(r["reason"] for r in records))
        shown = "; ".join(reasons[:3]) + (f"; and {len(reasons) - 3} more" if len(reasons) > 3 else "")
        return {"status": "failed", "reason": f"all {trials} trials failed: {shown}", "best": None, "trials": records}
    best = max(complete, key=lambda r: (r["value"], -r["number"]))
    return {"status": "ok", "best": {k: best[k] for k in ("number", "params", "training", "value")}, "trials": records}


def tuned_settings(own: str | Path | None, warm: str | Path | None) -> tuple[dict, dict, str | None]:
    """What tuning files give a training job: ``(method parameters, training settings, failure)``.
    ``own``: the method's tuning result; ``warm``: that of the method it continues from, whose
    training settings it inherits. ``failure``: the reason when the method's tuning failed."""
    from .artifacts import read_json

    params, training = {}, {}
    if warm is not None:
        result = read_json(warm)
        training.update(result["best"]["training"] if result["status"] == "ok" else {})
    if own is not None:
        result = read_json(own)
        if result["status"] != "ok":
            return {}, training, f"tuning: {result['reason']}"
        params.update(result["best"]["params"])
        training.update(result["best"]["training"])
    return params, training, None


def tune_job(
    *,
    data: str,
    splits: str,
    dataset: str,
    method: str,
    base: str,
    fold: int,
    params: dict,
    training: dict,
    space: dict,
    trials: int,
    seed: int,
    startup_trials: int,
    run_seed: int,
    device: str,
    threads: int,
    log: str,
    output: str,
    code: list[str],
    warm_start: dict | None = None,
) -> None:
    """The ``tune`` rule's work: tune configured method ``method`` (a variant of ``base``) on one
    fold and write the result to ``output`` (``results/tuning/{dataset}/{method}/fold{k}.json``).

    ``params`` / ``training``: the configured values that trials start from (sampled ones replace
    them); ``space``: :meth:`SearchSpace.as_config`; ``run_seed``: the seed every trial trains;
    ``warm_start`` (``models``, ``trace``, optional ``tuning``): the run this method continues
    from, and that run's tuning result, whose training settings it inherits.
    """
    from .artifacts import write_json
    from .jobs import job_logging
    from .methods import make_method
    from .runs import read_warm_start
    from .splits import load_fold
    from .training import Recipe, pick_device, use_threads

    with job_logging(log, prefix=f"{dataset}/{method}/fold{fold}/tune"):
        use_threads(threads)
        fold_data = load_fold(data, splits, fold, parts=("train", "valid"))
        torch_device = pick_device(device)
        warm, inherited = None, {}
        if warm_start is not None:
            _, inherited, _ = tuned_settings(None, warm_start.get("tuning"))
            warm = read_warm_start(
                warm_start["models"],
                warm_start["trace"],
                [run_seed],
                Recipe.from_config({**training, **inherited}),
                fold_data.X_train.shape[1],
            )

        def evaluate(method_params: dict, trial_training: dict) -> float:
            recipe = Recipe.from_config({**training, **inherited, **trial_training})
            model = make_method(base, {**params, **method_params})
            extra = {} if warm is None else {"warm_start": copy.deepcopy(warm)}
            (result,) = model.fit(fold_data, recipe, [run_seed], torch_device, **extra)
            return result.best_valid_auc_pr

        settings = {
            "method": method,
            "base": base,
            "params": params,
            "training": training,
            "space": space,
            "budget": trials,
            "seed": seed,
            "startup_trials": startup_trials,
            "run_seed": run_seed,
        }
        inputs = [
            data,
            splits,
            *code,
            *([] if warm_start is None else [v for v in warm_start.values() if v is not None]),
        ]
        journal = Path(output).with_suffix(".journal")
        logger.info(
            "tuning %s (%s): %d trials, space %s, on %d train / %d validation rows",
            method,
            base,
            trials,
            space,
            len(fold_data.y_train),
            len(fold_data.y_valid),
        )
        result = tune(
            evaluate,
            SearchSpace.from_config(space),
            trials,
            seed,
            startup_trials,
            journal,
            _study_name(settings, inputs),
        )
        if result["status"] == "ok":
            logger.info(
                "best trial %d: validation AUC-PR %.4f, %s",
                result["best"]["number"],
                result["best"]["value"],
                {**result["best"]["params"], **result["best"]["training"]},
            )
        else:
            logger.warning("%s", result["reason"])
        write_json({"dataset": dataset, "fold": fold, **settings, "inherited_training": inherited, **result}, output)
        journal.unlink(missing_ok=True)
