"""Declared parameters: one declaration per parameter, from which its config schema, its check and
its scikit-learn constraint all follow.

A method or an algorithm's settings declare each parameter once, as a field of a frozen dataclass
made with :func:`parameter` (``eta1: float = parameter(1e-2, above=0, doc="...")``) or as a
:class:`Parameter` of a method. :func:`declared` reads the dataclass's fields back as
:class:`Parameter` objects; :class:`Settings` checks every value when the dataclass is built.
Torch-free and scikit-learn-free: the workflow reads declarations while it plans.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from dataclasses import dataclass
from numbers import Integral, Real

_KINDS = {bool: "boolean", int: "integer", float: "number", str: "string", tuple: "array"}


@dataclass(frozen=True)
class Parameter:
    """One parameter: its ``kind`` (``bool``, ``int``, ``float``, ``str`` or ``tuple``), default,
    bounds (``above`` / ``at_least`` and ``below`` / ``at_most``), ``choices``, whether ``None`` is
    allowed (``optional``) and what it means (``doc``). A ``tuple`` holds ``item`` values (each
    within the bounds), ``length`` of them when given."""

    name: str
    kind: type
    default: object = None
    above: float | None = None
    at_least: float | None = None
    below: float | None = None
    at_most: float | None = None
    choices: tuple | None = None
    optional: bool = False
    item: type | None = None
    length: int | None = None
    doc: str = ""

    def json_schema(self) -> dict:
        """The parameter as a JSON-schema property (the config schema's entry)."""
        scalar = self.item if self.kind is tuple else self.kind
        bounds = {"enum": list(self.choices)} if self.choices else {"type": _KINDS[scalar]}
        for key, value in (
            ("exclusiveMinimum", self.above),
            ("minimum", self.at_least),
            ("exclusiveMaximum", self.below),
            ("maximum", self.at_most),
        ):
            if value is not None:
                bounds[key] = value
        if self.kind is tuple:
            bounds = {"type": "array", "items": bounds}
            if self.length is not None:
                bounds.update(minItems=self.length, maxItems=self.length)
        if self.optional:
            bounds = {"anyOf": [bounds, {"type": "null"}]}
        return {**bounds, **({"description": self.doc} if self.doc else {})}

    def problem(self, value) -> str | None:
        """What is wrong with ``value`` for this parameter, or None."""
        if value is None:
            return None if self.optional else "must not be None"
        if self.kind is tuple:
            if not isinstance(value, (tuple, list)):
                return f"must be a list, got {value!r}"
            if self.length is not None and len(value) != self.length:
                return f"must hold {self.length} values, got {len(value)}"
            problems = [self._scalar_problem(v, self.item) for v in value]
            return next((p for p in problems if p), None)
        return self._scalar_problem(value, self.kind)

    def _scalar_problem(self, value, kind: type) -> str | None:
        if kind is bool:
            ok = isinstance(value, bool)
        elif kind is int:
            ok = isinstance(value, Integral) and not isinstance(value, bool)
        elif kind is float:
            ok = isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value)
        else:
            ok = isinstance(value, kind)
        if not ok:
            return f"must be {_KINDS[kind]}, got {value!r}"
        if self.choices and value not in self.choices:
            return f"must be one of {list(self.choices)}, got {value!r}"
        for bound, fails, words in (
            (self.above, lambda v, b: v <= b, "> {}"),
            (self.at_least, lambda v, b: v < b, ">= {}"),
            (self.below, lambda v, b: v >= b, "< {}"),
            (self.at_most, lambda v, b: v > b, "<= {}"),
        ):
            if bound is not None and fails(value, bound):
                return f"must be {words.format(bound)}, got {value!r}"
        return None

    def check(self, value, owner: str) -> None:
        """Raise ValueError naming ``owner`` and the parameter when ``value`` is not allowed."""
        problem = self.problem(value)
        if problem:
            raise ValueError(f"{owner}: parameter {self.name} {problem}")

    def sklearn_constraints(self) -> list:
        """The parameter in scikit-learn's ``_parameter_constraints`` form."""
        from sklearn.utils._param_validation import Interval, StrOptions

        if self.choices:
            rule = StrOptions(set(self.choices)) if self.kind is str else self.choices
            constraints = [rule]
        elif self.kind in (int, float):
            low = self.above if self.above is not None else self.at_least
            high = self.below if self.below is not None else self.at_most
            closed_low = self.above is None and self.at_least is not None
            closed_high = self.below is None and self.at_most is not None
            closed = {(True, True): "both", (True, False): "left", (False, True): "right"}.get(
                (closed_low, closed_high), "neither"
            )
            constraints = [Interval(Integral if self.kind is int else Real, low, high, closed=closed)]
        else:
            constraints = [{bool: "boolean", str: str, tuple: list}[self.kind]]
            if self.kind is tuple:
                constraints.append(tuple)
        return [*constraints, *([None] if self.optional else [])]


def parameter(default, *, doc: str = "", **rules) -> dataclasses.Field:
    """A settings dataclass field that declares its parameter (see :class:`Parameter`; its kind
    and optionality come from the field's annotation)."""
    return dataclasses.field(default=default, metadata={"parameter": {"doc": doc, **rules}})


def declared(settings: type) -> tuple[Parameter, ...]:
    """The parameters a settings dataclass declares with :func:`parameter`, in field order."""
    hints = typing.get_type_hints(settings)
    parameters = []
    for field in dataclasses.fields(settings):
        if "parameter" not in field.metadata:
            continue
        kind, optional = _kind(hints[field.name])
        parameters.append(Parameter(field.name, kind, field.default, optional=optional, **field.metadata["parameter"]))
    return tuple(parameters)


def _kind(annotation) -> tuple[type, bool]:
    """``(kind, optional)`` of a field annotation such as ``float``, ``int | None`` or ``tuple``."""
    arguments = [a for a in typing.get_args(annotation) if a is not type(None)]
    optional = len(arguments) < len(typing.get_args(annotation))
    base = arguments[0] if arguments else annotation
    return typing.get_origin(base) or base, optional


@dataclass(frozen=True)
class Settings:
    """Base of frozen settings dataclasses whose fields are declared with :func:`parameter`: every
    value is checked when the settings are made (ValueError naming the parameter)."""

    def __post_init__(self):
        for declaration in declared(type(self)):
            value = getattr(self, declaration.name)
            declaration.check(value, type(self).__name__)
            if declaration.kind is tuple and value is not None:
                object.__setattr__(self, declaration.name, tuple(value))  # a config's list, kept hashable

    @classmethod
    def of(cls, source):
        """These settings from the same-named attributes of ``source`` (an estimator), by keyword."""
        return cls(**{declaration.name: getattr(source, declaration.name) for declaration in declared(cls)})


def sklearn_constraints(parameters: tuple[Parameter, ...]) -> dict:
    """scikit-learn's ``_parameter_constraints`` entries of declared ``parameters``."""
    return {declaration.name: declaration.sklearn_constraints() for declaration in parameters}


class Declared:
    """Base of a plug-in made from its declared :attr:`parameters` (a method, a learner): its name
    is its module's, and each parameter becomes an attribute, checked when it is made."""

    parameters: typing.ClassVar[tuple[Parameter, ...]] = ()
    """Its parameters (its config entry): kind, bounds, default."""
    kind: typing.ClassVar[str] = "plug-in"
    """What it is, in error messages (``method``, ``learner``)."""

    def __init__(self, **params):
        for name, value in check_values(self.parameters, params, f"{self.kind} {self.name()}").items():
            setattr(self, name, value)

    @classmethod
    def name(cls) -> str:
        return cls.__module__.rsplit(".", 1)[-1]

    def get_params(self) -> dict:
        return {parameter.name: getattr(self, parameter.name) for parameter in self.parameters}

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"


def check_values(parameters: tuple[Parameter, ...], values: dict, owner: str) -> dict:
    """``values`` with the defaults of the parameters they leave out, each checked; ValueError for
    a name that is not a parameter, or a value it does not allow."""
    known = {p.name: p for p in parameters}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise ValueError(f"{owner}: unknown parameter(s) {unknown}; its parameters: {', '.join(known) or 'none'}")
    filled = {name: values.get(name, p.default) for name, p in known.items()}
    for name, value in filled.items():
        known[name].check(value, owner)
    return filled
