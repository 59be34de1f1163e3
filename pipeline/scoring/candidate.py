"""Score one candidate record: knock-outs, requirements and points, with an analyst's review.

A knock-out that is `fail` or `review` is a proposal until the review file confirms or
overrules it; the record keeps both the pipeline's proposal and the decision.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pipeline.scoring.knockouts import diploma_knockout, execution_knockout, skj_knockout
from pipeline.scoring.points import certificate_points, experience_points, motivation_points
from pipeline.scoring.requirements import (
    language_requirement,
    pages_requirement,
    references_requirement,
)
from pipeline.submissions import Submission

KNOCKOUTS = ("diploma", "skj", "execution_condition")


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


def _knockouts(record: dict, submission: Submission | None, params: dict) -> dict[str, dict]:
    settings = params["knockouts"]
    reference = date.fromisoformat(str(params["tender"]["reference_date"]))
    ocr = record.get("ocr") or {}
    proposals = {
        "diploma": diploma_knockout(record.get("diplomas") or [], settings["diploma"]),
        "skj": skj_knockout(
            record.get("skj") or {},
            reference,
            settings["skj"],
            ocr.get("mean_confidence") if ocr.get("used") else None,
        ),
        "execution_condition": execution_knockout(
            submission.employment if submission else None,
            bool(record.get("zzp_signal")),
            settings["execution_condition"],
            submission.conflict if submission else None,
        ),
    }
    for name in ("diploma", "skj"):
        if record.get("status") != "ok":
            proposals[name] = _unread(record)
        elif record.get("hidden_text"):
            proposals[name] = _doubt_hidden(proposals[name])
    decisions = (record.get("review") or {}).get("knockouts") or {}
    return {name: _apply_decision(proposals[name], decisions.get(name)) for name in KNOCKOUTS}


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
    settings = params["requirements"]
    requirements = {
        "max_pages": pages_requirement(
            record.get("pages"), bool(record.get("pages_estimated")), settings["max_pages"]
        ),
        "dutch": language_requirement(
            record.get("language"), record.get("language_share"), settings["dutch"]
        ),
        "references": references_requirement(
            record.get("references") or [],
            bool(record.get("references_on_request")),
            settings["references"],
        ),
    }
    for name, requirement in requirements.items():
        requirement["excludes"] = bool(settings[name].get("excludes", False))
    return requirements


def _points(record: dict, params: dict) -> tuple[dict[str, float | bool], dict[str, dict]]:
    settings = params["points"]
    months = record.get("experience_months") or {}
    review = record.get("review") or {}
    detail = {
        "ambulant": experience_points(months.get("ambulant"), "ambulant", settings["ambulant"]),
        "onderwijs": experience_points(months.get("onderwijs"), "onderwijs", settings["onderwijs"]),
        "certificates": certificate_points(
            record.get("certificates") or [], settings["certificates"]
        ),
        "motivation": motivation_points(
            record.get("motivation") or {},
            review.get("motivation_points"),
            review.get("motivation_reviewer"),
            settings["motivation"],
        ),
    }
    points: dict[str, float | bool] = {name: item["points"] for name, item in detail.items()}
    points["motivation_provisional"] = detail["motivation"]["provisional"]
    points["total"] = round(sum(item["points"] for item in detail.values()), 2)
    return points, detail


def _flags(record: dict) -> list[str]:
    flags = [
        f"knock-out {name}: review"
        for name, ko in record["knockouts"].items()
        if ko["result"] == "review"
    ]
    flags += [
        f"knock-out {name}: niet bevestigd"
        for name, ko in record["knockouts"].items()
        if ko["result"] != "pass" and not ko["confirmed"]
    ]
    flags += [
        f"cv-eis {name}: {req['result']}"
        for name, req in record["requirements"].items()
        if req["result"] != "pass"
    ]
    if record["points"].get("motivation_provisional"):
        flags.append("motivatie voorlopig")
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
        f"verborgen tekst genegeerd: pagina {item['page']}, {item['chars']} tekens"
        f" ({item['why']})"
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
    scored["flags"] = _flags(scored) if scored["points"] else []
    scored["flags"] += _reader_flags(record)
    scored["flags"] += [f"inschrijving: {problem}" for problem in scored["submission_problems"]]
    if submission is None:
        scored["flags"].append("geen inschrijvingsgegevens (tarief en dienstverband onbekend)")
    return scored
