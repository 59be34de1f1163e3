"""Write the contract's files: candidates.jsonl, ranking.csv, metrics.json and plot data.

Each file is written whole and renamed into place (pipeline.atomic), so a run killed midway
leaves the previous complete file. CSV cells are neutralised against formula injection. The
criterion columns are the tender's points criteria, by id, in params order.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pipeline.atomic import write_text_atomic
from pipeline.safe_text import for_csv
from pipeline.scoring.criteria import points_criteria


def criterion_ids(params: dict[str, Any]) -> list[str]:
    return [c["id"] for c in points_criteria(params)]


def write_candidates(path: Path, records: list[dict[str, Any]]) -> None:
    """One JSON object per input file, in sorted file-name order (strict JSON: no NaN)."""
    lines = [
        json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n"
        for record in sorted(records, key=lambda r: r["file"])
    ]
    write_text_atomic(path, "".join(lines))


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A CSV whose text cells cannot start a spreadsheet formula."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([for_csv(cell) for cell in row] for row in rows)
    write_text_atomic(path, buffer.getvalue())


def read_candidates(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_ranking(path: Path, records: list[dict[str, Any]], params: dict[str, Any]) -> None:
    """Ranked candidates in rank order, with the flags an analyst must look at."""
    criteria = criterion_ids(params)
    ranked = sorted((r for r in records if r.get("rank")), key=lambda r: r["rank"])
    columns = [
        "rank",
        "file",
        "candidate_name",
        "total",
        *criteria,
        "hourly_rate",
        "shortlisted",
        "shortlist_provisional",
        "flags",
        "corrections",
    ]
    rows = [
        [
            record["rank"],
            record["file"],
            record.get("candidate_name") or "",
            record["points"]["total"],
            *(record["points"][c] for c in criteria),
            "" if record.get("hourly_rate") is None else f"{record['hourly_rate']:.2f}",
            "ja" if record["shortlisted"] else "nee",
            "ja" if record.get("shortlist_provisional") else "nee",
            "; ".join(record.get("flags") or []),
            "; ".join(_correction_text(c) for c in record.get("corrections") or []),
        ]
        for record in ranked
    ]
    write_csv(path, columns, rows)


def _correction_text(correction: dict[str, Any]) -> str:
    return (
        f"{correction['field']}: {correction.get('original')!r} -> {correction['value']!r}"
        f" ({correction.get('reviewer')}: {correction.get('reason')})"
    )


def batch_metrics(records: list[dict[str, Any]], params: dict[str, Any]) -> dict[str, Any]:
    """Counts and means that DVC tracks between runs."""
    scored = [r for r in records if r.get("points")]
    knockouts: dict[str, dict[str, int]] = {}
    for record in records:
        for name, knockout in (record.get("knockouts") or {}).items():
            knockouts.setdefault(name, {"pass": 0, "fail": 0, "review": 0})
            knockouts[name][knockout["result"]] += 1
    mean = {
        c: round(sum(r["points"][c] for r in scored) / len(scored), 2) if scored else 0.0
        for c in (*criterion_ids(params), "total")
    }
    return {
        "files": len(records),
        "status": dict(Counter(r["status"] for r in records)),
        "knockouts": knockouts,
        "ranked": sum(1 for r in records if r.get("rank")),
        "shortlist": sum(1 for r in records if r.get("shortlisted")),
        "mean_points": mean,
    }


def write_plot_data(out_dir: Path, records: list[dict[str, Any]], params: dict[str, Any]) -> None:
    """scores.csv (one total per scored file) and points_per_criterion.csv for DVC plots."""
    scored = sorted((r for r in records if r.get("points")), key=lambda r: r["file"])
    write_csv(
        out_dir / "scores.csv",
        ["file", "total", "ranked"],
        ([r["file"], r["points"]["total"], bool(r.get("rank"))] for r in scored),
    )
    metrics = batch_metrics(records, params)["mean_points"]
    write_csv(
        out_dir / "points_per_criterion.csv",
        ["criterion", "mean_points"],
        ([criterion, metrics[criterion]] for criterion in criterion_ids(params)),
    )
