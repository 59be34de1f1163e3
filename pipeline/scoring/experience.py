"""Months of experience in a domain by the spec's union rule (selection criteria S4/S5).

A role's period covers every calendar month from its start month to its end month; the months
of all counting roles with a label are put in one set, so overlapping roles count once and a
gap between roles counts zero. A year-only start is January, a year-only end December, and
"present" is the month of the reference date. Part-time roles are not prorated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

Month = tuple[int, int]
Role = Mapping[str, Any]  # a role as candidates.jsonl holds it


def _month(value: str, *, end: bool, reference_date: date) -> Month:
    """(year, month) of "2019", "2019-09" or "present"."""
    if value == "present":
        return reference_date.year, reference_date.month
    year, _, month = value.partition("-")
    return int(year), int(month[:2]) if month else (12 if end else 1)


def role_months(role: Role, reference_date: date) -> set[Month]:
    """Every (year, month) the role covers; empty when its dates are unknown or reversed."""
    if not role.get("start") or not role.get("end"):
        return set()
    first = _month(role["start"], end=False, reference_date=reference_date)
    last = _month(role["end"], end=True, reference_date=reference_date)
    last = min(last, (reference_date.year, reference_date.month))
    months: set[Month] = set()
    year, month = first
    while (year, month) <= last:
        months.add((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def counts_towards(role: Role, domains: Iterable[str]) -> bool:
    """The role's months count for a criterion in `domains`: it counts and shares a domain.
    The scorer, the report's marks and the letters all ask this one question."""
    return bool(role.get("counts")) and bool(set(domains) & set(role.get("domains") or []))


def experience_months(roles: Iterable[Role], domains: Iterable[str], reference_date: date) -> int:
    """Months in the union of the counting roles in any of `domains` ("ambulant", "ggz")."""
    wanted = set(domains)
    covered: set[Month] = set()
    for role in roles:
        if counts_towards(role, wanted):
            covered |= role_months(role, reference_date)
    return len(covered)
