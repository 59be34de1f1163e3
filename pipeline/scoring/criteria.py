"""The tender's criteria as params declare them: lookups every output shares.

Knock-outs, points criteria and CV requirements are lists in params (see params.yaml); each
output (scores, ranking.csv, report, letters, review file) takes the criteria's ids, labels
and maxima from here, so no module holds a tender's criterion of its own.
"""

from __future__ import annotations

from typing import Any

from pipeline.lang.nl.registers import REGISTERS
from pipeline.lang.nl.roles import DOMAINS

Criterion = dict[str, Any]
ANALYST_KINDS = ("motivation", "analyst")  # points only a person gives


def knockouts(params: dict[str, Any]) -> list[Criterion]:
    return list(params["knockouts"])


def points_criteria(params: dict[str, Any]) -> list[Criterion]:
    return list(params["points"]["criteria"])


def requirements(params: dict[str, Any]) -> list[Criterion]:
    return list(params["requirements"])


def of_kind(criteria: list[Criterion], kind: str) -> Criterion | None:
    """The criterion of `kind` (params allow one each of diploma, certificates, motivation)."""
    return next((c for c in criteria if c["kind"] == kind), None)


def analyst_scored(params: dict[str, Any]) -> list[Criterion]:
    """Points criteria only an analyst scores (motivation and the like)."""
    return [c for c in points_criteria(params) if c["kind"] in ANALYST_KINDS]


def experience_criteria(params: dict[str, Any]) -> list[Criterion]:
    """Knock-outs and points criteria that count months in domains."""
    return [c for c in [*knockouts(params), *points_criteria(params)] if c["kind"] == "experience"]


def registration_keys(params: dict[str, Any]) -> list[str]:
    """Every register a registration knock-out names, in params order."""
    keys: list[str] = []
    for criterion in knockouts(params):
        keys += [k for k in criterion.get("registers", []) if k not in keys]
    return keys


def max_points(params: dict[str, Any]) -> dict[str, float]:
    return {c["id"]: c["max"] for c in points_criteria(params)}


def title(criterion: Criterion) -> str:
    """"Diploma (K1)": a criterion's label with its code, as reports and letters name it."""
    return f"{criterion['label']} ({criterion['code']})"


def column(criterion: Criterion) -> str:
    """"K1 Diploma": a column header."""
    return f"{criterion['code']} {criterion.get('short') or criterion['label']}"


def register_name(key: str) -> str:
    """"SKJ": how reasons name a register."""
    return REGISTERS[key]["name"]


def either(names: list[str]) -> str:
    """"SKJ", "BIG, NIP of NVO": alternatives in a Dutch sentence."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " of " + names[-1]


def registers_named(keys: list[str]) -> str:
    return either([register_name(k) for k in keys])


def domains_named(keys: list[str]) -> str:
    """"ambulante begeleiding", "(jeugd-)GGZ of jeugdhulp": a criterion's domains in words."""
    return either([DOMAINS[k]["name"] for k in keys])


def by_id(params: dict[str, Any], criterion_id: str) -> Criterion:
    """The knock-out or points criterion with this id."""
    return next(c for c in [*knockouts(params), *points_criteria(params)]
                if c["id"] == criterion_id)
