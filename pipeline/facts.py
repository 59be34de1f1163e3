"""Typed facts that the recognizers extract; each carries the words that prove it.

Values that cannot be read are `None`; a fact without evidence is never created.
`explanation` records why a recognizer decided (pattern, context words, validation), so the
analyst's report can answer "why" for every value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, TypedDict


class Check(TypedDict, total=False):
    """One check a recognizer made: what it concluded (`rule`), the CV words that fired it,
    the score of the pattern that matched, and a learned model's view of the same question.

    Every explanation is a mapping of check names to Checks, so the report renders each the
    same way: "rule (terms)"."""

    rule: str
    terms: list[str]
    score: float
    model: dict[str, Any]


Explanation = dict[str, Check]


def check(rule: str, terms: Iterable[Any] = (), score: float | None = None) -> Check:
    """A Check; terms are kept as text, in order, without repeats."""
    found: Check = {"rule": rule, "terms": list(dict.fromkeys(str(t) for t in terms if t))}
    if score is not None:
        found["score"] = score
    return found


@dataclass
class Evidence:
    """The words a value was read from: `Document.text[start:end]` on `page`."""

    text: str
    page: int | None
    start: int
    end: int


@dataclass
class Diploma:
    level: str | None  # mbo | hbo | wo | havo | vwo | vmbo | other
    name: str | None
    institution: str | None
    completed: bool | None
    end_year: int | None
    evidence: Evidence
    study_field: str | None = None  # key in pipeline/lang/nl/diplomas.py FIELDS, or "unrelated"
    minor_fields: list[str] = field(default_factory=list)  # fields of minors and youth tracks
    foreign: bool = False
    explanation: Explanation = field(default_factory=dict)


@dataclass
class Registration:
    """What the CV says about one register (`register`: a key of pipeline/lang/nl/registers.py);
    `number`/`expires` are None when absent or ambiguous."""

    register: str
    number: str | None
    expires: str | None  # ISO date
    evidence: list[Evidence] = field(default_factory=list)
    mentioned: bool = False  # any wording about a registration in the register
    applied_only: bool = False  # "aangevraagd", "in aanvraag"
    expiry_is_renewal: bool = False  # the expiry was read after "herregistratie" alone
    ambiguous: str | None = None  # reason when two numbers or an unreadable date
    explanation: Explanation = field(default_factory=dict)


@dataclass
class Role:
    title: str | None
    employer: str | None
    start: str | None  # YYYY-MM, or YYYY where the CV gives only a year
    end: str | None  # YYYY-MM, YYYY or "present"
    ambulant: bool
    onderwijs: bool
    counts: bool
    evidence: Evidence
    review: str | None = None  # reason a person should check the labels
    # every known domain the role is in (keys of pipeline/lang/nl/roles.py DOMAINS), ambulant
    # and onderwijs included when their labels hold
    domains: list[str] = field(default_factory=list)
    explanation: Explanation = field(default_factory=dict)


@dataclass
class NamedFact:
    """A certificate, training or reference: a name and where it stands."""

    name: str
    evidence: Evidence
    explanation: Explanation = field(default_factory=dict)
    known_as: str | None = None  # the known training it is (KNOWN_TRAININGS), for scoring


@dataclass
class Motivation:
    present: bool
    words: int = 0
    text: str = ""
    evidence: Evidence | None = None


@dataclass
class Signal:
    """A yes/no finding such as a ZZP signal, with the words that raised it."""

    value: bool
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class TextValue:
    """A single string value (candidate name) with its evidence."""

    value: str | None
    evidence: Evidence | None = None


@dataclass
class LanguageGuess:
    code: str | None  # nl | en | ...
    share: float = 0.0  # share of words that looked like that language
    explanation: Explanation = field(default_factory=dict)


def to_jsonable(value: Any) -> Any:
    """Dataclasses (nested) to plain JSON-ready structures."""
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, list):
        return [to_jsonable(item) for item in value]
    return value
