"""Step 2 of the tender: rank eligible candidates by points, ties by the lower hourly rate."""

from __future__ import annotations

import itertools
import math
from typing import Any


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


def _sort_key(record: dict[str, Any]) -> tuple[float, float, str]:
    rate = record.get("hourly_rate")
    return (-record["points"]["total"], rate if rate is not None else math.inf, record["file"])


def _unconfirmed(record: dict[str, Any]) -> bool:
    return bool(record["points"].get("motivation_provisional")) or any(
        not ko["confirmed"] for ko in record["knockouts"].values()
    )


def rank_candidates(records: list[dict[str, Any]], params: dict[str, Any]) -> list[dict[str, Any]]:
    """Set `rank`, `shortlisted` and `shortlist_provisional` on every record (in place)."""
    size = params["ranking"]["shortlist_size"]
    ranked = sorted((r for r in records if is_ranked(r, params)), key=_sort_key)
    for record in records:
        record["rank"], record["shortlisted"] = None, False
    for position, record in enumerate(ranked, start=1):
        record["rank"] = position
        record["shortlisted"] = position <= size
    for earlier, later in itertools.pairwise(ranked):
        if _sort_key(earlier)[:2] == _sort_key(later)[:2]:
            for record in (earlier, later):
                if "gelijke stand: zelfde punten en tarief" not in record["flags"]:
                    record["flags"].append("gelijke stand: zelfde punten en tarief")
    provisional = any(_unconfirmed(r) for r in ranked[:size])
    for record in records:
        record["shortlist_provisional"] = provisional
    return records
