"""Knock-outs as tri-state rules, one per criterion kind: `fail` only on clear evidence, else
`review`.

A wrongful `fail` excludes a person from public work, so every branch that is not sure of
its ground says `review` and why. Each rule takes its criterion from params (see
pipeline/scoring/criteria.py) and names it in the criterion's own words.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.scoring.criteria import Criterion, domains_named, register_name, registers_named

Result = dict[str, Any]


def _result(result: str, reason: str, **extra: Any) -> Result:
    return {"result": result, "reason": reason, **extra}


def _describe(diploma: dict[str, Any]) -> str:
    level = (diploma.get("level") or "niveau onbekend").upper()
    text = f"{level} {diploma.get('name') or 'naam onbekend'}"
    return f"{text}, {diploma['institution']}" if diploma.get("institution") else text


def diploma_knockout(diplomas: list[dict[str, Any]], criterion: Criterion) -> Result:
    """A completed diploma at one of `min_levels` in an accepted field (spec K1)."""
    levels = set(criterion["min_levels"])
    fields = criterion["fields_name"]
    foreign_review = criterion["foreign_is_review"]
    higher = [d for d in diplomas if d.get("level") in levels]
    for diploma in higher:
        if (
            diploma.get("field_class") == "accepted"
            and diploma.get("completed") is True
            and not (diploma.get("foreign") and foreign_review)
        ):
            return _result("pass", f"Afgerond diploma in een {fields}: {_describe(diploma)}")
    doubts = []
    for diploma in diplomas:
        field_class, level = diploma.get("field_class"), diploma.get("level")
        if diploma.get("completed") is False:
            continue  # not completed: whatever its level or field, it cannot pass
        if level in levels and field_class == "accepted" and diploma.get("foreign"):
            doubts.append(f"buitenlands diploma in een {fields}: {_describe(diploma)}")
        elif level in levels and field_class == "accepted" and diploma.get("completed") is None:
            doubts.append(f"afronding niet te lezen: {_describe(diploma)}")
        elif level in levels and field_class == "review":
            doubts.append(f"vergelijkbare opleiding, beoordeling nodig: {_describe(diploma)}")
        elif level in levels and field_class is None:
            doubts.append(f"richting niet te bepalen: {_describe(diploma)}")
        elif level is None and field_class != "unrelated":
            # an associate degree (hbo level 5, no bachelor), or a level the CV does not say
            doubts.append(f"niveau niet te lezen: {_describe(diploma)}")
    if doubts:
        return _result("review", "; ".join(doubts))
    if not diplomas:
        return _result("review", "Geen diploma gevonden in het cv; controleer de opleidingen")
    found = "; ".join(_describe(d) for d in diplomas)
    wanted = "/".join(level for level in criterion["min_levels"])
    if all(_read_outside_education(d) for d in diplomas):
        return _result("review", f"Geen opleidingenrubriek herkend, alleen losse regels gelezen "
                                 f"({found}); controleer de opleidingen")
    return _result("fail", f"Geen afgerond {wanted}-diploma in een {fields}. Gevonden: {found}")


def _read_outside_education(diploma: dict[str, Any]) -> bool:
    """Read from loose lines of a CV without an education section: that reading is strict
    and may miss a diploma, so what it did not find is not proven absent."""
    entry = (diploma.get("explanation") or {}).get("entry") or {}
    return entry.get("rule") == "whole text"


def garbled_number(number: str | None, register: str, criterion: Criterion) -> str | None:
    """Why a registration number as read cannot be the register's number, or None."""
    digits = criterion.get("number_digits")
    if number and digits and len(number) != digits:
        return (f"registratienummer {number} heeft {len(number)} cijfers, een "
                f"{register_name(register)}-nummer heeft er {digits}")
    return None


def _registration(
    facts: dict[str, Any],
    register: str,
    valid_on: date,
    criterion: Criterion,
    ocr_confidence: float | None,
) -> Result:
    """One register: a number and an expiry date on or after `valid_on`, as required."""
    name = register_name(register)
    number, expires = facts.get("number"), facts.get("expires")
    if facts.get("ambiguous"):
        return _result("review", f"{name}-gegevens onduidelijk: {facts['ambiguous']}")
    if facts.get("applied_only"):
        return _result("fail", f"{name}-registratie alleen aangevraagd, niet geregistreerd")
    garbled = garbled_number(facts.get("number_as_written") or number, register, criterion)
    if garbled:  # spec K2: a number of another length is garbled, never a guess
        return _result("review", f"{name}-gegevens onduidelijk: {garbled}; controleer het nummer")
    missing = None
    if not number and not expires and not facts.get("mentioned"):
        missing = f"Geen {name}-registratie vermeld in het cv"
    elif criterion["require_number"] and not number:
        missing = f"{name}-registratie zonder registratienummer (nummer is vereist)"
    elif criterion["require_expiry"] and not expires:
        missing = f"{name}-nummer {number} zonder afloopdatum (afloopdatum is vereist)"
    if missing:
        threshold = criterion["absence_needs_ocr_confidence"]
        if ocr_confidence is not None and ocr_confidence < threshold:
            # a scan may have lost the words: what is not read is not proven absent
            return _result(
                "review",
                f"{missing}, maar de tekst komt uit OCR (betrouwbaarheid "
                f"{ocr_confidence:.0f} < {threshold}); controleer de scan",
            )
        return _result("fail", missing)
    expiry = date.fromisoformat(expires) if expires else None
    if expiry and expiry < valid_on and facts.get("expiry_is_renewal"):
        # "herregistratie op 01-03-2024": a renewal that took place, not when it runs out
        return _result("review", f"{name}-registratie {number}: herregistratiedatum "
                                 f"{expires} ligt voor de peildatum; de afloopdatum staat er "
                                 "niet, controleer")
    if expiry and expiry < valid_on:
        return _result(
            "fail", f"{name}-registratie {number} verlopen op {expires} (peildatum {valid_on})"
        )
    warnings = []
    warn_before = criterion.get("warn_if_expires_before")
    if expiry and warn_before and expiry < date.fromisoformat(str(warn_before)):
        warnings.append(f"{name}-registratie verloopt op {expires}, voor het einde van de opdracht")
    held = f"{name}-nummer {number}" if number else f"{name}-registratie"
    until = f", geldig tot {expires}" if expires else ""
    return _result("pass", held + until, warnings=warnings)


def registration_knockout(
    registrations: dict[str, dict[str, Any]],
    valid_on: date,
    criterion: Criterion,
    ocr_confidence: float | None,
) -> Result:
    """A registration in any one of the criterion's registers (spec K2 for SKJ): the first
    that passes; else a person looks when one is unsure; else the fail of the register the CV
    names (or, naming none, that no registration is stated)."""
    facts = [registrations.get(key) or {} for key in criterion["registers"]]
    results = [
        _registration(fact, key, valid_on, criterion, ocr_confidence)
        for fact, key in zip(facts, criterion["registers"], strict=True)
    ]
    passed = next((r for r in results if r["result"] == "pass"), None)
    if passed:
        return passed
    reviews = [r["reason"] for r in results if r["result"] == "review"]
    if reviews:
        return _result("review", "; ".join(reviews))
    if len(results) == 1:
        return results[0]
    named = [r["reason"] for f, r in zip(facts, results, strict=True)
             if f.get("mentioned") or f.get("number")]
    if named:
        return _result("fail", "; ".join(named))
    names = registers_named(criterion["registers"])
    return _result("fail", f"Geen registratie vermeld in het cv ({names})")


def execution_knockout(
    employment: str | None, zzp_signal: bool, criterion: Criterion, conflict: str | None = None
) -> Result:
    """The submission's employment form; a ZZP signal in the CV only warns (spec K3).

    Rows that disagree about the form (`conflict`) decide nothing: review, with the reason.
    """
    warnings = ["Het cv presenteert de kandidaat als zelfstandige (zzp-signaal)"] * zzp_signal
    if conflict:
        return _result("review", conflict[:1].upper() + conflict[1:], warnings=warnings)
    if employment in criterion["fail"]:
        reason = f"Inschrijving als {employment}: voldoet niet aan de {criterion['label'].lower()}"
        return _result("fail", reason, warnings=warnings)
    if employment in criterion["pass"]:
        return _result("pass", f"Inschrijving via {employment}", warnings=warnings)
    if employment is None:
        return _result(
            "review", "Geen dienstverband bekend in de inschrijvingsgegevens", warnings=warnings
        )
    return _result(
        "review",
        f"Onbekend dienstverband '{employment}' in de inschrijvingsgegevens",
        warnings=warnings,
    )


def experience_knockout(months: int | None, criterion: Criterion) -> Result:
    """A minimum of months in the criterion's domains. Roles a reader missed would make a
    shortfall wrong, so below the minimum a person looks: `review`, never `fail`."""
    minimum, domains = criterion["min_months"], domains_named(criterion["domains"])
    if months is not None and months >= minimum:
        return _result("pass", f"{months} maanden {domains}, minimaal {minimum} vereist")
    found = "onbekend aantal" if months is None else str(months)
    return _result("review", f"{found} maanden {domains} gevonden, minimaal {minimum} vereist;"
                             " controleer de werkervaring")


def analyst_knockout(criterion: Criterion) -> Result:
    """A requirement no rule reads: a person decides it."""
    return _result("review", f"Te beoordelen door een analist: {criterion['label']}")
