"""Points criteria S4-S7, each with its computation spelled out in the reason."""

from __future__ import annotations

from typing import Any

Points = dict[str, Any]


def _fmt(value: float) -> str:
    return f"{value:.1f}"


def experience_points(months: int | None, label: str, settings: dict[str, Any]) -> Points:
    """`max * min(months / full_at_months, 1)`; unknown months score 0 and say so."""
    maximum, full = settings["max"], settings["full_at_months"]
    if months is None:
        return {"points": 0.0, "reason": f"Ervaring {label} onbekend: 0 punten"}
    points = round(maximum * min(months / full, 1), 2)
    reason = f"{months} maanden {label}: {maximum} x min({months}/{full}, 1) = {_fmt(points)}"
    return {"points": points, "reason": reason}


def certificate_points(certificates: list[dict[str, Any]], settings: dict[str, Any]) -> Points:
    """`per_certificate` per distinct counted certificate, capped at `max`."""
    counted = sorted({c["name"] for c in certificates if c["name"] in settings["counted"]})
    per, maximum = settings["per_certificate"], settings["max"]
    points = float(min(per * len(counted), maximum))
    names = ", ".join(counted) if counted else "geen"
    reason = f"Certificaten: {names}: min({per} x {len(counted)}, {maximum}) = {_fmt(points)}"
    return {"points": points, "reason": reason, "counted": counted}


def motivation_points(
    motivation: dict[str, Any],
    reviewed: float | None,
    reviewer: str | None,
    settings: dict[str, Any],
) -> Points:
    """Only an analyst judges motivation; until then a provisional value by presence."""
    if reviewed is not None:
        return {
            "points": float(reviewed),
            "provisional": False,
            "reason": f"Motivatie beoordeeld door {reviewer or 'analist'}: {_fmt(reviewed)}",
        }
    if motivation.get("present"):
        value = float(settings["provisional_if_present"])
        reason = (
            f"Motivatie aanwezig ({motivation.get('words', 0)} woorden), nog niet beoordeeld:"
            f" voorlopig {_fmt(value)}"
        )
    else:
        value = float(settings["provisional_if_absent"])
        reason = f"Geen motivatie gevonden: voorlopig {_fmt(value)}"
    return {"points": value, "provisional": True, "reason": reason}
