"""Knock-outs K1-K3 as tri-state rules: `fail` only on clear evidence, else `review`.

A wrongful `fail` excludes a person from public work, so every branch that is not sure of
its ground says `review` and why.
"""

from __future__ import annotations

from datetime import date
from typing import Any

Result = dict[str, Any]


def _result(result: str, reason: str, **extra: Any) -> Result:
    return {"result": result, "reason": reason, **extra}


def _describe(diploma: dict[str, Any]) -> str:
    level = (diploma.get("level") or "niveau onbekend").upper()
    text = f"{level} {diploma.get('name') or 'naam onbekend'}"
    return f"{text}, {diploma['institution']}" if diploma.get("institution") else text


def diploma_knockout(diplomas: list[dict[str, Any]], settings: dict[str, Any]) -> Result:
    """K1: a completed HBO/WO diploma in an accepted pedagogical field."""
    levels = set(settings["min_levels"])
    foreign_review = settings.get("foreign_is_review", True)
    higher = [d for d in diplomas if d.get("level") in levels]
    for diploma in higher:
        if (
            diploma.get("field_class") == "accepted"
            and diploma.get("completed") is True
            and not (diploma.get("foreign") and foreign_review)
        ):
            return _result("pass", f"Afgerond pedagogisch diploma: {_describe(diploma)}")
    doubts = []
    for diploma in diplomas:
        field_class, level = diploma.get("field_class"), diploma.get("level")
        if diploma.get("completed") is False:
            continue  # not completed: whatever its level or field, it cannot pass
        if level in levels and field_class == "accepted" and diploma.get("foreign"):
            doubts.append(f"buitenlands diploma in pedagogische richting: {_describe(diploma)}")
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
    return _result(
        "fail",
        "Geen afgerond hbo/wo-diploma in een pedagogische richting. Gevonden: " + found,
    )


def garbled_number(number: str | None, settings: dict[str, Any]) -> str | None:
    """Why a registration number as read cannot be the register's number, or None."""
    digits = settings.get("number_digits")
    if number and digits and len(number) != digits:
        return (f"registratienummer {number} heeft {len(number)} cijfers, een SKJ-nummer "
                f"heeft er {digits}")
    return None


def skj_knockout(
    skj: dict[str, Any],
    reference_date: date,
    settings: dict[str, Any],
    ocr_confidence: float | None,
) -> Result:
    """K2: an SKJ number and an expiry date on or after the reference date."""
    number, expires = skj.get("number"), skj.get("expires")
    if skj.get("ambiguous"):
        return _result("review", f"SKJ-gegevens onduidelijk: {skj['ambiguous']}")
    if skj.get("applied_only"):
        return _result("fail", "SKJ-registratie alleen aangevraagd, niet geregistreerd")
    garbled = garbled_number(skj.get("number_as_written") or number, settings)
    if garbled:  # spec K2: a number of another length is garbled, never a guess
        return _result("review", f"SKJ-gegevens onduidelijk: {garbled}; controleer het nummer")
    missing = None
    if not number and not expires and not skj.get("mentioned"):
        missing = "Geen SKJ-registratie vermeld in het cv"
    elif settings.get("require_number", True) and not number:
        missing = "SKJ-registratie zonder registratienummer (nummer is vereist)"
    elif settings.get("require_expiry", True) and not expires:
        missing = f"SKJ-nummer {number} zonder afloopdatum (afloopdatum is vereist)"
    if missing:
        threshold = settings.get("absence_needs_ocr_confidence", 85)
        if ocr_confidence is not None and ocr_confidence < threshold:
            # a scan may have lost the words: what is not read is not proven absent
            return _result(
                "review",
                f"{missing}, maar de tekst komt uit OCR (betrouwbaarheid "
                f"{ocr_confidence:.0f} < {threshold}); controleer de scan",
            )
        return _result("fail", missing)
    expiry = date.fromisoformat(expires) if expires else None
    if expiry and expiry < reference_date and skj.get("expiry_is_renewal"):
        # "herregistratie op 01-03-2024": a renewal that took place, not when it runs out
        return _result("review", f"SKJ-registratie {number}: herregistratiedatum {expires} ligt "
                                 f"voor de peildatum; de afloopdatum staat er niet, controleer")
    if expiry and expiry < reference_date:
        return _result(
            "fail", f"SKJ-registratie {number} verlopen op {expires} (peildatum {reference_date})"
        )
    warnings = []
    warn_before = settings.get("warn_if_expires_before")
    if expiry and warn_before and expiry < date.fromisoformat(str(warn_before)):
        warnings.append(f"SKJ-registratie verloopt op {expires}, voor het einde van de opdracht")
    return _result("pass", f"SKJ-nummer {number}, geldig tot {expires}", warnings=warnings)


def execution_knockout(
    employment: str | None, zzp_signal: bool, settings: dict[str, Any], conflict: str | None = None
) -> Result:
    """K3: the submission's employment form; a ZZP signal in the CV only warns.

    Rows that disagree about the form (`conflict`) decide nothing: review, with the reason.
    """
    warnings = ["Het cv presenteert de kandidaat als zelfstandige (zzp-signaal)"] * zzp_signal
    if conflict:
        return _result("review", conflict[:1].upper() + conflict[1:], warnings=warnings)
    if employment in settings["fail"]:
        reason = f"Inschrijving als {employment}: voldoet niet aan de uitvoeringsvoorwaarde"
        return _result("fail", reason, warnings=warnings)
    if employment in settings["pass"]:
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
