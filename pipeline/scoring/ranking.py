"""Step 2 of the tender: rank eligible candidates by points; ties by the lower hourly rate, or
flagged for the analyst (params ranking.tie_break)."""

from __future__ import annotations

import itertools
import math
from typing import Any

from pipeline.scoring.candidate import provisional_criteria


def is_ranked(record: dict[str, Any], params: dict[str, Any]) -> bool:
    """Ranked: status ok, no knock-out fail, no excluding requirement failed."""
    if record.get("status") != "ok" or not record.get("points"):
        return False
    if any(ko["result"] == "fail" for ko in record["knockouts"].values()):
        return False
    if not params["ranking"].get("rank_review_knockouts", True) and any(
        ko["result"] == "review" for ko in record["knockouts"].values()
    ):
        return False
    return not any(
        req["result"] == "fail" and req.get("excludes") for req in record["requirements"].values()
    )


def _sort_key(record: dict[str, Any], by_rate: bool) -> tuple[float, float, str]:
    rate = record.get("hourly_rate") if by_rate else None
    return (-record["points"]["total"], rate if rate is not None else math.inf, record["file"])


def _unconfirmed(record: dict[str, Any], params: dict[str, Any]) -> bool:
    return bool(provisional_criteria(record, params)) or any(
        not ko["confirmed"] for ko in record["knockouts"].values()
    )


def _open_knockout(record: dict[str, Any]) -> bool:
    return any(not ko["confirmed"] for ko in record["knockouts"].values())


def _total_bounds(record: dict[str, Any], params: dict[str, Any]) -> tuple[float, float]:
    """The lowest and highest total the candidate's open analyst scores still allow."""
    points = record["points"]
    open_criteria = provisional_criteria(record, params)
    base = points["total"] - sum(points[c["id"]] for c in open_criteria)
    if not open_criteria:
        return points["total"], points["total"]
    return base, base + sum(c["max"] for c in open_criteria)


def _could_be_ranked(record: dict[str, Any], params: dict[str, Any]) -> bool:
    """Ranked once every open knock-out is decided `pass`."""
    if record.get("status") != "ok" or not record.get("points"):
        return False
    decided = {
        name: ko if ko["confirmed"] else {**ko, "result": "pass"}
        for name, ko in record["knockouts"].items()
    }
    return is_ranked({**record, "knockouts": decided}, params)


def behind_shortlist(records: list[dict[str, Any]], params: dict[str, Any]) -> set[str]:
    """Files whose open decisions could still change who is on the shortlist.

    The shortlisted candidates themselves; while one of them may still drop out on a knock-out,
    the next in rank; and anyone who could be ranked and whose open motivation score could lift
    them to the lowest total a shortlisted candidate may end with.
    """
    size = params["ranking"]["shortlist_size"]
    shortlisted = [r for r in records if r.get("shortlisted")]
    behind = {r["file"] for r in shortlisted}
    cutoff = (
        min(_total_bounds(r, params)[0] for r in shortlisted)
        if len(shortlisted) >= size
        else -math.inf
    )
    may_drop = sum(1 for r in shortlisted if _open_knockout(r))
    for record in records:
        if record["file"] in behind or not record.get("points") \
                or not _unconfirmed(record, params):
            continue
        if not _could_be_ranked(record, params):
            continue
        next_in = record.get("rank") is not None and record["rank"] <= size + may_drop
        if next_in or _total_bounds(record, params)[1] >= cutoff:
            behind.add(record["file"])
    return behind


def rank_candidates(records: list[dict[str, Any]], params: dict[str, Any]) -> list[dict[str, Any]]:
    """Set `rank`, `shortlisted`, `behind_shortlist` and `shortlist_provisional` on every
    record (in place). The shortlist is provisional while any decision behind it is open."""
    size = params["ranking"]["shortlist_size"]
    by_rate = params["ranking"]["tie_break"] == "hourly_rate"
    ranked = sorted((r for r in records if is_ranked(r, params)),
                    key=lambda r: _sort_key(r, by_rate))
    for record in records:
        record["rank"], record["shortlisted"] = None, False
    for position, record in enumerate(ranked, start=1):
        record["rank"] = position
        record["shortlisted"] = position <= size
    tie = ("gelijke stand: zelfde punten en tarief" if by_rate
           else "gelijke stand: zelfde punten, de analist bepaalt de volgorde")
    for earlier, later in itertools.pairwise(ranked):
        if _sort_key(earlier, by_rate)[:2] == _sort_key(later, by_rate)[:2]:
            for record in (earlier, later):
                if tie not in record["flags"]:
                    record["flags"].append(tie)
    behind = behind_shortlist(records, params)
    provisional = any(_unconfirmed(r, params) for r in records if r["file"] in behind)
    for record in records:
        record["behind_shortlist"] = record["file"] in behind
        record["shortlist_provisional"] = provisional
    return records
