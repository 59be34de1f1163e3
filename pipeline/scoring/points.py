"""Points criteria, one rule per kind, each with its computation spelled out in the reason."""

from __future__ import annotations

from typing import Any

from pipeline.scoring.criteria import Criterion, domains_named

Points = dict[str, Any]


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def experience_points(months: int | None, criterion: Criterion) -> Points:
    """`max * min(months / full_at_months, 1)`; unknown months score 0 and say so."""
    maximum, full = criterion["max"], criterion["full_at_months"]
    domains = domains_named(criterion["domains"])
    if months is None:
        return {"points": 0.0, "reason": f"Ervaring {domains} onbekend: 0 punten"}
    points = round(maximum * min(months / full, 1), 2)
    reason = f"{months} maanden {domains}: {maximum} x min({months}/{full}, 1) = {_fmt(points)}"
    return {"points": points, "reason": reason}


def certificate_points(certificates: list[dict[str, Any]], criterion: Criterion) -> Points:
    """`per_certificate` per distinct counted certificate, capped at `max`."""
    counted = sorted({c["name"] for c in certificates if c["name"] in criterion["counted"]})
    per, maximum = criterion["per_certificate"], criterion["max"]
    points = float(min(per * len(counted), maximum))
    names = ", ".join(counted) if counted else "geen"
    reason = (f"{criterion['label']}: {names}: min({per} x {len(counted)}, {maximum})"
              f" = {_fmt(points)}")
    return {"points": points, "reason": reason, "counted": counted}


def _reviewed(criterion: Criterion, decision: dict[str, Any]) -> Points:
    reviewer = decision.get("reviewer") or "analist"
    return {
        "points": float(decision["points"]),
        "provisional": False,
        "reason": f"{criterion['label']} beoordeeld door {reviewer}: {_fmt(decision['points'])}",
    }


def motivation_points(
    motivation: dict[str, Any], decision: dict[str, Any] | None, criterion: Criterion
) -> Points:
    """Only an analyst judges motivation; until then a provisional value by presence."""
    if decision is not None:
        return _reviewed(criterion, decision)
    label = criterion["label"]
    if motivation.get("present"):
        value = float(criterion["provisional_if_present"])
        reason = (
            f"{label} aanwezig ({motivation.get('words', 0)} woorden), nog niet beoordeeld:"
            f" voorlopig {_fmt(value)}"
        )
    else:
        value = float(criterion["provisional_if_absent"])
        reason = f"Geen {label.lower()} gevonden: voorlopig {_fmt(value)}"
    return {"points": value, "provisional": True, "reason": reason}


def analyst_points(decision: dict[str, Any] | None, criterion: Criterion) -> Points:
    """A criterion no rule reads: an analyst's points, until then the provisional value."""
    if decision is not None:
        return _reviewed(criterion, decision)
    value = float(criterion["provisional"])
    reason = f"{criterion['label']}: nog niet beoordeeld door een analist, voorlopig {_fmt(value)}"
    return {"points": value, "provisional": True, "reason": reason}
