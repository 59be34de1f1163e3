"""A small schema language for YAML settings: each spec checks one value and, on a mismatch,
raises SchemaError naming the value's path ("points.criteria[2].per_certificate") and what
was expected there.

Hand-written rather than JSON Schema or a dataclass tree: the params stay the plain dict that
DVC, the audit fingerprint and the spaCy cache already read; a spec is a few lines of data per
key; and the messages say what an analyst must change in their own words (the key's path, the
expected type or choices, the closest known key for a misspelled one).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any


class SchemaError(ValueError):
    """A value does not match its spec; `path` names it, the message says what was expected."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or '(top)'}: {message}")
        self.path = path


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class Spec:
    """Checks a value at `path`; raises SchemaError when it does not fit."""

    expected = "a value"

    def check(self, value: Any, path: str) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Spec):
    choices: tuple[str, ...] | None = None
    expected = "text"

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise SchemaError(path, f"expected text, got {_shown(value)}")
        if self.choices is not None and value not in self.choices:
            close = difflib.get_close_matches(value, self.choices, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise SchemaError(
                path, f"{value!r} is not one of: {', '.join(self.choices)}{hint}"
            )


@dataclass(frozen=True)
class Number(Spec):
    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None

    def check(self, value: Any, path: str) -> None:
        kinds = int if self.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            what = "a whole number" if self.integer else "a number"
            raise SchemaError(path, f"expected {what}, got {_shown(value)}")
        if self.minimum is not None and value < self.minimum:
            raise SchemaError(path, f"expected at least {self.minimum:g}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise SchemaError(path, f"expected at most {self.maximum:g}, got {value}")


@dataclass(frozen=True)
class Boolean(Spec):
    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, bool):
            raise SchemaError(path, f"expected true or false, got {_shown(value)}")


@dataclass(frozen=True)
class IsoDate(Spec):
    """A date as YAML reads it (2026-06-22) or as text ("2026-06-22")."""

    def check(self, value: Any, path: str) -> None:
        if isinstance(value, date):
            return
        if isinstance(value, str):
            try:
                date.fromisoformat(value)
                return
            except ValueError:
                pass
        raise SchemaError(path, f"expected a date YYYY-MM-DD, got {_shown(value)}")


@dataclass(frozen=True)
class Optional(Spec):
    """`spec`, or null."""

    spec: Spec

    def check(self, value: Any, path: str) -> None:
        if value is not None:
            self.spec.check(value, path)


@dataclass(frozen=True)
class Either(Spec):
    """One of several specs; the message lists what each would have accepted."""

    specs: tuple[Spec, ...]

    def check(self, value: Any, path: str) -> None:
        problems = []
        for spec in self.specs:
            try:
                spec.check(value, path)
                return
            except SchemaError as error:
                problems.append(str(error).split(": ", 1)[1])
        raise SchemaError(path, " or ".join(problems))


@dataclass(frozen=True)
class ListOf(Spec):
    item: Spec
    min_items: int = 0
    unique: bool = False

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, list):
            raise SchemaError(path, f"expected a list, got {_shown(value)}")
        if len(value) < self.min_items:
            raise SchemaError(path, f"expected at least {self.min_items} item(s), got {len(value)}")
        for index, item in enumerate(value):
            self.item.check(item, _join(path, index))
        if self.unique:
            seen: set[Any] = set()
            for index, item in enumerate(value):
                key = repr(item)
                if key in seen:
                    raise SchemaError(_join(path, index), f"{_shown(item)} is listed twice")
                seen.add(key)


@dataclass(frozen=True)
class MapOf(Spec):
    """A mapping with free keys (names), each value checked by `value`."""

    value: Spec

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected a mapping, got {_shown(value)}")
        for key, item in value.items():
            self.value.check(item, _join(path, str(key)))


@dataclass(frozen=True)
class Key:
    spec: Spec
    required: bool = True


def required(spec: Spec) -> Key:
    return Key(spec, True)


def optional(spec: Spec) -> Key:
    return Key(spec, False)


@dataclass(frozen=True)
class Mapping(Spec):
    """A mapping with known keys: a missing required key or an unknown one is an error."""

    keys: dict[str, Key]
    checks: tuple[Callable[[dict[str, Any], str], None], ...] = field(default=())

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected a mapping with keys {self._names()}, "
                                    f"got {_shown(value)}")
        for key in value:
            if key not in self.keys:
                close = difflib.get_close_matches(str(key), list(self.keys), n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise SchemaError(_join(path, str(key)),
                                  f"unknown key; {hint}expected one of: {self._names()}")
        for key, spec in self.keys.items():
            if key not in value:
                if spec.required:
                    raise SchemaError(_join(path, key), "missing (required)")
                continue
            spec.spec.check(value[key], _join(path, key))
        for extra in self.checks:
            extra(value, path)

    def _names(self) -> str:
        return ", ".join(self.keys)


@dataclass(frozen=True)
class Tagged(Spec):
    """A mapping whose `tag` key (e.g. `kind`) picks which keys it has: `common` ones plus
    those of its variant."""

    tag: str
    common: dict[str, Key]
    variants: dict[str, dict[str, Key]]

    def check(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, f"expected a mapping, got {_shown(value)}")
        if self.tag not in value:
            raise SchemaError(_join(path, self.tag),
                              f"missing (required): one of {', '.join(self.variants)}")
        Text(tuple(self.variants)).check(value[self.tag], _join(path, self.tag))
        keys = {self.tag: Key(Text()), **self.common, **self.variants[value[self.tag]]}
        Mapping(keys).check(value, path)


def unique(items: Iterable[dict[str, Any]], key: str, paths: Iterable[str]) -> None:
    """Raise when two items share a value of `key` (ids and codes name one thing each)."""
    seen: dict[Any, str] = {}
    for item, path in zip(items, paths, strict=True):
        value = item.get(key)
        if value in seen:
            raise SchemaError(_join(path, key), f"{value!r} is used twice (also at {seen[value]})")
        seen[value] = path
