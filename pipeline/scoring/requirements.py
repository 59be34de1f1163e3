"""Formal CV requirements: page count, language, references. Each pass/fail with evidence."""

from __future__ import annotations

from typing import Any

from pipeline.lang.nl.languages import LANGUAGE_NAMES


def pages_requirement(pages: int | None, estimated: bool, settings: dict[str, Any]) -> dict:
    limit = settings["limit"]
    if pages is None:
        return {"result": "review", "reason": "Aantal pagina's onbekend"}
    note = " (geschat)" if estimated else ""
    result = "pass" if pages <= limit else "fail"
    return {"result": result, "reason": f"{pages} pagina's{note}, maximaal {limit}"}


def language_requirement(language: str | None, share: float | None, settings: dict) -> dict:
    """The CV's main language is the one asked for, in at least `min_share` of its language
    words; a mixed CV below that share is for a person to judge."""
    wanted, minimum = settings["language"], settings["min_share"]
    name = LANGUAGE_NAMES.get(wanted, wanted)
    if language is None:
        return {"result": "review", "reason": "Taal van het cv niet te bepalen"}
    share_text = f" ({share:.0%} van de woorden)" if share is not None else ""
    if language != wanted:
        found = LANGUAGE_NAMES.get(language, language)
        return {"result": "fail", "reason": f"Hoofdtaal van het cv is het {found}{share_text}"}
    if share is not None and share < minimum:
        return {"result": "review", "reason": f"Deels in het {name}{share_text}, minder dan "
                                              f"{minimum:.0%}; beoordeel de taal"}
    return {"result": "pass", "reason": f"Geschreven in het {name}{share_text}"}


def references_requirement(references: list, on_request: bool, settings: dict) -> dict:
    minimum, count = settings["min"], len(references)
    if on_request and count == 0:
        return {"result": "fail", "reason": "Referenties 'op aanvraag': telt als 0 referenties"}
    result = "pass" if count >= minimum else "fail"
    return {"result": result, "reason": f"{count} referenties, minimaal {minimum}"}
