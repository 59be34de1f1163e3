"""Score one candidate record: knock-outs, requirements and points, with an analyst's review.

A knock-out that is `fail` or `review` is a proposal until the review file confirms or
overrules it; the record keeps both the pipeline's proposal and the decision. Which rule reads
a criterion is its `kind` in params.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.scoring.criteria import (
    Criterion,
    analyst_scored,
    column,
    knockouts,
    points_criteria,
    requirements,
)
from pipeline.scoring.knockouts import (
    analyst_knockout,
    diploma_knockout,
    execution_knockout,
    experience_knockout,
    registration_knockout,
)
from pipeline.scoring.points import (
    analyst_points,
    certificate_points,
    experience_points,
    motivation_points,
)
from pipeline.scoring.requirements import (
    language_requirement,
    pages_requirement,
    references_requirement,
)
from pipeline.submissions import Submission

CV_KINDS = ("diploma", "registration", "experience")  # knock-outs the CV's words decide


def _apply_decision(proposal: dict[str, Any], decision: dict[str, Any] | None) -> dict[str, Any]:
    """Merge an analyst's decision into the pipeline's proposal, keeping both."""
    if decision is None:
        return {**proposal, "confirmed": proposal["result"] == "pass", "reviewer": None}
    return {
        **proposal,
        "result": decision["result"],
        "reason": decision.get("reason") or proposal["reason"],
        "proposal": {"result": proposal["result"], "reason": proposal["reason"]},
        "confirmed": True,
        "reviewer": decision.get("reviewer"),
    }


def valid_on(criterion: Criterion, params: dict[str, Any]) -> date:
    """The date a registration must still be valid on (params `valid_on`)."""
    setting = criterion["valid_on"]
    if setting in ("reference_date", "assignment_start"):
        setting = params["tender"][setting]
    return date.fromisoformat(str(setting))


def _knockout(record: dict, submission: Submission | None, criterion: Criterion,
              params: dict) -> dict[str, Any]:
    kind = criterion["kind"]
    if kind == "diploma":
        return diploma_knockout(record.get("diplomas") or [], criterion)
    if kind == "registration":
        ocr = record.get("ocr") or {}
        registrations = {key: record.get(key) or {} for key in criterion["registers"]}
        return registration_knockout(
            registrations, valid_on(criterion, params), criterion,
            ocr.get("mean_confidence") if ocr.get("used") else None,
        )
    if kind == "execution_condition":
        return execution_knockout(
            submission.employment if submission else None,
            bool(record.get("zzp_signal")),
            criterion,
            submission.conflict if submission else None,
        )
    if kind == "experience":
        return experience_knockout((record.get("experience_months") or {}).get(criterion["id"]),
                                   criterion)
    return analyst_knockout(criterion)


def _cv_knockout(record: dict, submission: Submission | None, criterion: Criterion,
                 params: dict) -> dict[str, Any]:
    """A knock-out the CV's words decide; an unread CV or hidden text never lets it fail."""
    if criterion["kind"] not in CV_KINDS:
        return _knockout(record, submission, criterion, params)
    if record.get("status") != "ok":
        return _unread(record)
    proposal = _knockout(record, submission, criterion, params)
    return _doubt_hidden(proposal) if record.get("hidden_text") else proposal


def _knockouts(record: dict, submission: Submission | None, params: dict) -> dict[str, dict]:
    decisions = (record.get("review") or {}).get("knockouts") or {}
    return {
        c["id"]: _apply_decision(_cv_knockout(record, submission, c, params),
                                 decisions.get(c["id"]))
        for c in knockouts(params)
    }


def _requirement(record: dict, settings: Criterion) -> dict[str, Any]:
    kind = settings["kind"]
    if kind == "max_pages":
        return pages_requirement(record.get("pages"), bool(record.get("pages_estimated")),
                                 settings)
    if kind == "language":
        return language_requirement(record.get("language"), record.get("language_share"),
                                    settings)
    return references_requirement(record.get("references") or [],
                                  bool(record.get("references_on_request")), settings)


def _unread(record: dict[str, Any]) -> dict[str, Any]:
    """A CV that was not read proves nothing either way: review, never a fail on absence."""
    reason = f"Het cv is niet gelezen ({record.get('status')}); beoordeel het bestand zelf"
    return {"result": "review", "reason": reason}


def _doubt_hidden(proposal: dict[str, Any]) -> dict[str, Any]:
    """A `fail` on a CV with hidden text becomes `review`: the hidden text is never evidence,
    but what it says may be on the page in a form we misjudged as invisible."""
    if proposal["result"] != "fail":
        return proposal
    reason = f"{proposal['reason']}; het cv bevat verborgen tekst die niet is meegeteld"
    return {**proposal, "result": "review", "reason": reason}


def _requirements(record: dict, params: dict) -> dict[str, dict]:
    return {
        c["id"]: {**_requirement(record, c), "excludes": c["excludes"]}
        for c in requirements(params)
    }


def _criterion_points(record: dict, criterion: Criterion) -> dict[str, Any]:
    kind = criterion["kind"]
    if kind == "experience":
        months = (record.get("experience_months") or {}).get(criterion["id"])
        return experience_points(months, criterion)
    if kind == "certificates":
        return certificate_points(record.get("certificates") or [], criterion)
    decision = (((record.get("review") or {}).get("points")) or {}).get(criterion["id"])
    if kind == "motivation":
        return motivation_points(record.get("motivation") or {}, decision, criterion)
    return analyst_points(decision, criterion)


def _points(record: dict, params: dict) -> tuple[dict[str, float | bool], dict[str, dict]]:
    """Points per criterion id, `<id>_provisional` per analyst-scored criterion, `total`."""
    detail = {c["id"]: _criterion_points(record, c) for c in points_criteria(params)}
    points: dict[str, float | bool] = {name: item["points"] for name, item in detail.items()}
    for criterion in analyst_scored(params):
        points[f"{criterion['id']}_provisional"] = detail[criterion["id"]]["provisional"]
    points["total"] = round(sum(item["points"] for item in detail.values()), 2)
    return points, detail


def provisional_criteria(record: dict[str, Any], params: dict[str, Any]) -> list[Criterion]:
    """The analyst-scored criteria of this record whose points are still provisional."""
    points = record.get("points") or {}
    return [c for c in analyst_scored(params) if points.get(f"{c['id']}_provisional")]


def _flags(record: dict, params: dict) -> list[str]:
    by_id = {c["id"]: c for c in knockouts(params)}
    flags = [
        f"knock-out {column(by_id[name])}: review"
        for name, ko in record["knockouts"].items()
        if ko["result"] == "review"
    ]
    flags += [
        f"knock-out {column(by_id[name])}: niet bevestigd"
        for name, ko in record["knockouts"].items()
        if ko["result"] != "pass" and not ko["confirmed"]
    ]
    labels = {c["id"]: c["label"] for c in requirements(params)}
    flags += [
        f"cv-eis {labels[name]}: {req['result']}"
        for name, req in record["requirements"].items()
        if req["result"] != "pass"
    ]
    flags += [f"{c['label'].lower()} voorlopig" for c in provisional_criteria(record, params)]
    flags += [w for ko in record["knockouts"].values() for w in ko.get("warnings", [])]
    flags += [
        f"rol ter controle: {role.get('title') or '?'} ({role['review']})"
        for role in record.get("roles") or []
        if role.get("review")
    ]
    return flags


def _reader_flags(record: dict[str, Any]) -> list[str]:
    """What the reader left out: text nobody sees on the page, text past the length cap."""
    flags = [
        "verborgen tekst genegeerd: "
        + (f"pagina {item['page']}, " if item.get("page") else "")
        + f"{item['chars']} tekens ({item['why']})"
        for item in record.get("hidden_text") or []
    ]
    if record.get("text_cut_at"):
        flags.append(f"tekst afgekapt na {record['text_cut_at']} tekens")
    return flags


def score_candidate(
    record: dict[str, Any], submission: Submission | None, params: dict[str, Any]
) -> dict[str, Any]:
    """A copy of `record` with knock-outs, requirements, points, rate and flags filled in."""
    scored = dict(record)
    scored["supplier"] = submission.supplier if submission else None
    scored["employment"] = submission.employment if submission else None
    scored["hourly_rate"] = submission.hourly_rate if submission else None
    scored["knockouts"] = _knockouts(record, submission, params)
    scored["requirements"] = _requirements(record, params)
    if record.get("status") == "ok":
        scored["points"], scored["points_detail"] = _points(record, params)
    else:
        scored["points"], scored["points_detail"] = None, {}
    scored["submission_problems"] = list(submission.problems) if submission else []
    scored["flags"] = _flags(scored, params) if scored["points"] else []
    scored["flags"] += _reader_flags(record)
    scored["flags"] += [f"inschrijving: {problem}" for problem in scored["submission_problems"]]
    if submission is None:
        scored["flags"].append("geen inschrijvingsgegevens (tarief en dienstverband onbekend)")
    return scored
