"""The facts of one CV as this tender reads them: what extraction said, judged by params.

Extraction says what the CV says (a study's field, every training followed, each role's
dates and domains, every register's number and expiry); which fields a tender accepts, which
trainings score, how many months its domains add up to at the closing date and what a
registration number must look like are decided here. A changed weight or knock-out list
therefore reruns scoring only, and the facts of a CV are the same for every tender.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.facts import Registration, to_jsonable
from pipeline.scoring.criteria import experience_criteria, knockouts, of_kind, points_criteria
from pipeline.scoring.experience import experience_months
from pipeline.scoring.knockouts import garbled_number


def tender_view(record: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """A copy of a facts record with the tender's reading added (before any review):
    diplomas' field classes, the counted trainings, `experience_months` per experience
    criterion id and, per register a registration knock-out names, `record[register]`."""
    view = dict(record)
    experience = experience_criteria(params)
    if record.get("status") != "ok":
        view["experience_months"] = {c["id"]: None for c in experience}
        return view
    reference = date.fromisoformat(str(params["tender"]["reference_date"]))
    diploma = of_kind(knockouts(params), "diploma")
    if diploma:
        view["diplomas"] = [
            {**d, "field_class": field_class(d, diploma)} for d in record.get("diplomas") or []
        ]
    certificates = of_kind(points_criteria(params), "certificates")
    view["certificates"], view["other_trainings"] = counted_trainings(
        record.get("certificates") or [], record.get("other_trainings") or [],
        certificates["counted"] if certificates else [],
    )
    roles = record.get("roles") or []
    view["experience_months"] = {
        c["id"]: experience_months(roles, c["domains"], reference) for c in experience
    }
    registrations = record.get("registrations") or {}
    for criterion in knockouts(params):
        for register in criterion.get("registers", []):
            facts = registrations.get(register) or to_jsonable(  # the CV names no such register
                Registration(register=register, number=None, expires=None))
            view[register] = registration(facts, register, criterion)
    return view


def field_class(diploma: dict[str, Any], criterion: dict[str, Any]) -> str | None:
    """accepted | review | unrelated | None (field unknown), from the criterion's field lists.

    A minor or youth track in a listed field makes an otherwise unknown or unrelated study
    comparable at most: a person judges it (spec K1 review)."""
    accepted, review = set(criterion["accepted_fields"]), set(criterion["review_fields"])
    key = diploma.get("study_field")
    if key in accepted:
        return "accepted"
    if key in review or set(diploma.get("minor_fields") or []) & (accepted | review):
        return "review"
    return None if key is None else "unrelated"


def counted_trainings(
    certificates: list[dict[str, Any]], others: list[dict[str, Any]], counted: list[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the trainings that score, the rest): a training scores when its name, or the known
    training it was recognised as, is in `counted`."""
    def name(training: dict[str, Any]) -> str:
        return training.get("known_as") or training["name"]

    every = [*certificates, *others]
    scoring = [t for t in every if name(t) in counted]
    return ([{**t, "name": name(t)} for t in scoring],
            [t for t in every if name(t) not in counted])


def registration(facts: dict[str, Any], register: str, criterion: dict[str, Any]) -> dict:
    """A register's facts as the tender reads them: a number of the wrong length is reported
    as null (spec K2), with the digits as written kept beside it."""
    if not garbled_number(facts.get("number"), register, criterion):
        return facts
    return {**facts, "number": None, "number_as_written": facts["number"]}
