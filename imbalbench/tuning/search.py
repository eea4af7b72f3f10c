"""Search spaces of the equal-budget tuning: one parameter's range (:class:`Distribution`), one
method's space (:class:`SearchSpace`) and its reading from the config (:func:`search_space`).

Torch-free and Optuna-free until a trial samples: the workflow builds every space at planning.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.errors import ConfigError


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
    """What one run tunes: its method's parameters and its learner's settings (``training``)."""

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


def search_space(config: dict, name: str, base: str, parameters, default: dict, learner=None) -> SearchSpace:
    """The search space of configured method ``name`` (a variant of ``base``): ``tuning.spaces[name]``,
    else ``tuning.spaces[base]``, else the method's declared ``default``; plus, where the method
    trains ``learner`` (a learner class) from scratch, the learner's: ``tuning.spaces`` under its
    settings section (the MLP: ``training``) or its name, else its declared space. ``parameters``:
    the method's declared parameters. :class:`ConfigError` for an unknown parameter, a bad range
    or nothing to tune."""
    spaces = config["tuning"].get("spaces", {})
    key = name if name in spaces else base
    own = spaces[key] if key in spaces else default
    where = f"tuning.spaces.{key}" if key in spaces else f"the search space declared in imbalbench/methods/{base}.py"
    names = {parameter.name for parameter in parameters}
    unknown = sorted(set(own) - names)
    if unknown:
        raise ConfigError(
            f"{where}: unknown parameter(s) {unknown} of method {base!r}; "
            f"its parameters: {', '.join(sorted(names)) or 'none'}"
        )
    method = {p: Distribution.parse(entry, f"{where}.{p}") for p, entry in own.items()}
    training = {}
    if learner is not None:
        key = learner.settings_section or learner.name()
        given = spaces.get(key, learner.search_space)
        where = (
            f"tuning.spaces.{key}"
            if key in spaces
            else f"the search space declared in imbalbench/learners/{learner.name()}.py"
        )
        unknown = sorted(set(given) - set(learner.tunable()))
        if unknown:
            raise ConfigError(f"{where}: {unknown} cannot be tuned; tunable: {', '.join(learner.tunable())}")
        training = {p: Distribution.parse(entry, f"{where}.{p}") for p, entry in given.items()}
    if not method and not training:
        raise ConfigError(
            f"tuning: method {name!r} is tuned but has no search space: add tuning.spaces.{base}"
            + (f" or tuning.spaces.{learner.settings_section or learner.name()}" if learner is not None else "")
        )
    return SearchSpace(method, training)
