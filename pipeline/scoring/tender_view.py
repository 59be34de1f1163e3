"""The facts of one CV as this tender reads them: what extraction said, judged by params.

Extraction says what the CV says (a study's field, every training followed, each role's
dates and labels); which fields a tender accepts, which trainings score, how many months a
domain adds up to at the closing date and what a registration number must look like are
decided here. A changed weight or knock-out list therefore reruns scoring only, and the facts
of a CV are the same for every tender.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.scoring.experience import experience_months
from pipeline.scoring.knockouts import garbled_number

DOMAINS = ("ambulant", "onderwijs")


def tender_view(record: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
    """A copy of a facts record with the tender's reading added (before any review)."""
    view = dict(record)
    if record.get("status") != "ok":
        view["experience_months"] = {domain: None for domain in DOMAINS}
        return view
    reference = date.fromisoformat(str(params["tender"]["reference_date"]))
    view["diplomas"] = [
        {**diploma, "field_class": field_class(diploma, params["knockouts"]["diploma"])}
        for diploma in record.get("diplomas") or []
    ]
    view["certificates"], view["other_trainings"] = counted_trainings(
        record.get("certificates") or [], record.get("other_trainings") or [],
        params["points"]["certificates"]["counted"],
    )
    roles = record.get("roles") or []
    view["experience_months"] = {
        domain: experience_months(roles, domain, reference) for domain in DOMAINS
    }
    view["skj"] = registration(record.get("skj") or {}, params["knockouts"]["skj"])
    return view


def field_class(diploma: dict[str, Any], settings: dict[str, Any]) -> str | None:
    """accepted | review | unrelated | None (field unknown), from the params' field lists.

    A minor or youth track in a listed field makes an otherwise unknown or unrelated study
    comparable at most: a person judges it (spec K1 review)."""
    accepted, review = set(settings["accepted_fields"]), set(settings["review_fields"])
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


def registration(skj: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """The SKJ facts as the tender reads them: a number of the wrong length is reported as
    null (spec K2), with the digits as written kept beside it."""
    if not garbled_number(skj.get("number"), settings):
        return skj
    return {**skj, "number": None, "number_as_written": skj["number"]}
