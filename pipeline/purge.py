"""Retention: remove the personal data of a finished screening, keep what accounts for it.

The Dutch data protection authority expects a rejected applicant's data to go four weeks after
the procedure (or a year with consent). `plan` lists what a purge of an output folder would
remove; `carry_out` removes it: the CV texts, extracted facts, cache entries, report pages and
letters of the covered candidates, and their rows in every output. What stays says what
happened without saying who: an anonymised summary (`purged.json`: counts and scores, no names,
ordered by rank) and the audit log, which records the purge and stays verifiable.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from pipeline import audit
from pipeline.atomic import write_text_atomic
from pipeline.cache import file_sha256
from pipeline.document import Document
from pipeline.explain import LETTERS
from pipeline.outputs import criterion_ids, read_candidates, write_candidates, write_ranking
from pipeline.report import write_report
from pipeline.stages.common import json_name

SUMMARY = "purged.json"
_AGE = re.compile(r"^(\d+)([dw])$")


class PurgeError(ValueError):
    """The purge cannot be planned as asked; the message says what to fix."""


def parse_age(text: str) -> timedelta:
    """'4w' -> 28 days, '30d' -> 30 days."""
    match = _AGE.match(text.strip().lower())
    if not match:
        raise PurgeError(f"--older-than '{text}': use days or weeks, e.g. 28d or 4w")
    number, unit = int(match.group(1)), match.group(2)
    return timedelta(days=number * (7 if unit == "w" else 1))


@dataclass
class Plan:
    """What a purge of one output folder covers; nothing is touched until `carry_out`."""

    out_dir: Path
    older_than: str
    keep_shortlisted: bool
    last_run: datetime
    due: bool
    covered: list[dict[str, Any]] = field(default_factory=list)
    kept: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, list[Path]] = field(default_factory=dict)  # candidate file -> its paths
    orphans: list[Path] = field(default_factory=list)  # CV data of files no longer in the run

    @property
    def paths(self) -> list[Path]:
        return sorted({p for paths in self.files.values() for p in paths} | set(self.orphans))


def _last_run(out_dir: Path, params: dict[str, Any]) -> datetime:
    """When the folder was last screened: the audit log's last run, else the outputs' time."""
    log = audit.log_path(out_dir, params)
    runs = [e for e in audit.read_entries(log) if e.get("type") == "run"]
    if runs:
        return datetime.strptime(runs[-1]["time"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return datetime.fromtimestamp((out_dir / "candidates.jsonl").stat().st_mtime, UTC)


def _cache_files(out_dir: Path) -> dict[Path, str | None]:
    """Each cache entry and the file it holds the reading or facts of."""
    owners: dict[Path, str | None] = {}
    for path in sorted((out_dir / "cache").rglob("*")):
        if not path.is_file():
            continue
        try:
            owners[path] = json.loads(path.read_text(encoding="utf-8")).get("file")
        except (OSError, ValueError, AttributeError):
            owners[path] = None  # unreadable or half-written: no one's to keep
    return owners


def _per_file_paths(out_dir: Path, file: str) -> list[Path]:
    candidates = [
        out_dir / "documents" / json_name(file),
        out_dir / "facts" / json_name(file),
        out_dir / LETTERS / f"{file}.html",
        out_dir / LETTERS / f"{file}.txt",
    ]
    return [p for p in candidates if p.is_file()]


def plan(
    out_dir: Path,
    params: dict[str, Any],
    older_than: str,
    *,
    keep_shortlisted: bool = False,
    now: datetime | None = None,
) -> Plan:
    """What `purge --older-than` would remove from `out_dir` now."""
    out_dir = Path(out_dir)
    if not (out_dir / "candidates.jsonl").is_file():
        raise PurgeError(f"{out_dir} holds no candidates.jsonl: not a screening run's folder")
    age = parse_age(older_than)
    last_run = _last_run(out_dir, params)
    due = (now or datetime.now(UTC)) - last_run >= age
    result = Plan(out_dir, older_than, keep_shortlisted, last_run, due)
    if not due:
        return result
    records = read_candidates(out_dir / "candidates.jsonl")
    result.kept = [r for r in records if keep_shortlisted and r.get("shortlisted")]
    kept = {r["file"] for r in result.kept}
    result.covered = [r for r in records if r["file"] not in kept]
    cache = _cache_files(out_dir)
    for record in result.covered:
        file = record["file"]
        result.files[file] = _per_file_paths(out_dir, file) + [
            path for path, owner in cache.items() if owner == file
        ]
    known = {r["file"] for r in records}
    result.orphans = [path for path, owner in cache.items() if owner not in known]
    for folder in ("documents", "facts"):
        result.orphans += [
            path
            for path in sorted((out_dir / folder).glob("*.json"))
            if path.name.removesuffix(".json") not in known
        ]
    return result


def describe(plan: Plan) -> str:
    """The dry run, in the analyst's words."""
    age = (datetime.now(UTC) - plan.last_run).days
    lines = [
        f"Laatste screening in {plan.out_dir}: {plan.last_run:%Y-%m-%d %H:%M} UTC ({age} dagen"
        f" geleden); bewaartermijn --older-than {plan.older_than}."
    ]
    if not plan.due:
        lines.append("Nog binnen de bewaartermijn: er gaat niets weg.")
        return "\n".join(lines)
    kept = " (shortlist blijft)" if plan.keep_shortlisted else ""
    lines.append(
        f"Weg{kept}: {len(plan.covered)} kandidaat/kandidaten, {len(plan.paths)} bestanden:"
    )
    for record in plan.covered:
        kinds = Counter(p.relative_to(plan.out_dir).parts[0] for p in plan.files[record["file"]])
        what = ", ".join(f"{name} {count}" for name, count in sorted(kinds.items())) or "geen"
        lines.append(f"  - {record['file']}: {what}, rapportpagina, regels in de uitvoer")
    if plan.orphans:
        lines.append(f"  - {len(plan.orphans)} bestanden van cv's die niet meer in de run zitten")
    if plan.kept:
        lines.append(f"Blijft: {len(plan.kept)} kandidaat/kandidaten op de shortlist.")
    lines.append(
        "Zonder deze kandidaten herschreven: candidates.jsonl, ranking.csv, scores.csv, report/,"
        " review.yaml (als die in de map staat)."
    )
    lines.append(
        f"Blijft ook: {SUMMARY} (anonieme samenvatting), metrics.json en het auditlog, dat de"
        " opschoning vastlegt."
    )
    return "\n".join(lines)


def _summary(plan: Plan, now: str, params: dict[str, Any]) -> dict[str, Any]:
    """Counts and scores of the purged candidates, without names, files or order by name."""
    covered = plan.covered
    scores = sorted(
        (
            {
                "rank": r.get("rank"),
                "shortlisted": bool(r.get("shortlisted")),
                "total": r["points"]["total"],
                **{c: r["points"][c] for c in criterion_ids(params)},
            }
            for r in covered
            if r.get("points")
        ),
        key=lambda s: (s["rank"] is None, s["rank"] or 0, -s["total"]),
    )
    knockouts: dict[str, Counter] = {}
    for record in covered:
        for name, knockout in (record.get("knockouts") or {}).items():
            knockouts.setdefault(name, Counter())[knockout["result"]] += 1
    return {
        "purged": now,
        "last_run": plan.last_run.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "older_than": plan.older_than,
        "kept_shortlisted": plan.keep_shortlisted,
        "candidates": len(covered),
        "status": dict(Counter(r["status"] for r in covered)),
        "knockouts": {name: dict(counts) for name, counts in knockouts.items()},
        "scores": scores,
    }


def _rewrite_review(path: Path, purged: set[str]) -> None:
    """An analyst's review file in the folder without the purged candidates' entries."""
    if not path.is_file():
        return
    review = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = review.get("candidates") or {}
    remaining = {file: entry for file, entry in entries.items() if file not in purged}
    if len(remaining) == len(entries):
        return
    text = "# Reviewbestand na opschoning (bewaartermijn): vermeldingen van verwijderde\n"
    text += "# kandidaten zijn weggelaten.\n"
    text += yaml.safe_dump({"candidates": remaining or None}, allow_unicode=True, sort_keys=False)
    write_text_atomic(path, text)


def _rewrite_scores(path: Path, purged: set[str]) -> None:
    if not path.is_file():
        return
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([rows[0], *(r for r in rows[1:] if r[0] not in purged)])
    write_text_atomic(path, buffer.getvalue())


def carry_out(plan: Plan, params: dict[str, Any], analyst: str | None = None) -> Path:
    """Remove what `plan` covers; returns the summary file. The audit log gets a purge line."""
    out_dir = plan.out_dir
    now = audit.now()
    summary_path = out_dir / SUMMARY
    summaries = json.loads(summary_path.read_text("utf-8")) if summary_path.is_file() else []
    summaries.append(_summary(plan, now, params))
    write_text_atomic(summary_path, json.dumps(summaries, indent=1, ensure_ascii=False) + "\n")

    purged = {r["file"] for r in plan.covered}
    write_candidates(out_dir / "candidates.jsonl", plan.kept)
    write_ranking(out_dir / "ranking.csv", plan.kept, params)
    _rewrite_scores(out_dir / "scores.csv", purged)
    _rewrite_review(out_dir / "review.yaml", purged)
    removed = Counter()
    for path in plan.paths:
        removed[path.relative_to(out_dir).parts[0]] += 1
        path.unlink(missing_ok=True)
    report = out_dir / "report"
    if report.is_dir():
        blind = any((report / "candidates").glob("kandidaat-*.html"))
        documents = {
            r["file"]: Document.from_dict(
                json.loads((out_dir / "documents" / json_name(r["file"])).read_text("utf-8"))
            )
            for r in plan.kept
            if (out_dir / "documents" / json_name(r["file"])).is_file()
        }
        write_report(out_dir, plan.kept, documents, params, blind=blind)
    entry = {
        "type": "purge",
        "time": now,
        "analyst": audit.analyst_name(analyst),
        "older_than": plan.older_than,
        "keep": "shortlisted" if plan.keep_shortlisted else None,
        "last_run": plan.last_run.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "candidates": sorted(audit.candidate_id(r) for r in plan.covered),
        "kept": len(plan.kept),
        "removed": dict(sorted(removed.items())),
        "summary_sha256": file_sha256(summary_path),
        "outputs": audit.output_hashes(out_dir),
    }
    audit.append(audit.log_path(out_dir, params), [entry])
    return summary_path
