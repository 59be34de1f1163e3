"""The audit log: an append-only, hash-chained record of every run, decision and purge.

A screening tool for public hiring must keep logs that show who ran what on which inputs and
who decided what (AI Act Art. 12 and 26(6)). Each line of `audit.jsonl` is one JSON object in a
fixed form (sorted keys, no spaces) that carries `prev`, the hash of the line before, and
`hash`, the hash of itself without `hash`. `verify` recomputes the chain and names the first
line that was changed, inserted or removed. Nothing ever rewrites the file: runs append.

No CV text goes in. A candidate is named by the SHA-256 of their file, and a free-text value
(a name, an SKJ number, a diploma's name) by a hash keyed with that file's hash, so that once
the CV is purged nothing in the log leads back to the person. Reasons and reviewer names are
the analysts' own words and are logged as written.
"""

from __future__ import annotations

import fcntl
import getpass
import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.cache import file_sha256, fingerprint
from pipeline.review import DECISIONS, DIPLOMA_LEVELS, FIELD_CLASSES
from pipeline.scoring.criteria import analyst_scored, of_kind, points_criteria
from pipeline.scoring.points import analyst_points, motivation_points

GENESIS = "0" * 64
DEFAULT_LOG = "audit.jsonl"
# Output files whose hashes a run line records; report/ is hashed as one tree.
OUTPUT_FILES = (
    "candidates.jsonl",
    "ranking.csv",
    "metrics.json",
    "scores.csv",
    "points_per_criterion.csv",
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
WITHDRAWN_REASON = "besluit staat niet meer in het reviewbestand"


def log_path(out_dir: Path, params: dict[str, Any]) -> Path:
    """`audit.log` from params, relative to OUT_DIR unless absolute."""
    configured = Path((params.get("audit") or {}).get("log") or DEFAULT_LOG)
    return configured if configured.is_absolute() else Path(out_dir) / configured


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def analyst_name(given: str | None) -> str:
    """Who ran the command: `--analyst`, else the login name."""
    if given and given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "onbekend"


# --------------------------------------------------------------------------- the chain


def _canonical(entry: dict[str, Any]) -> str:
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _digest(entry: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(entry).encode("utf-8")).hexdigest()


def _last_hash(raw: bytes) -> str:
    lines = [line for line in raw.split(b"\n") if line]
    if not lines:
        return GENESIS
    try:
        return str(json.loads(lines[-1])["hash"])
    except (ValueError, KeyError, TypeError):
        # a damaged last line: chain on from its bytes; `verify` still reports it
        return hashlib.sha256(lines[-1]).hexdigest()


def append(path: Path, entries: list[dict[str, Any]]) -> list[str]:
    """Append `entries` to the log, each sealed with `prev` and `hash`; returns their hashes.

    Opened for appending only and locked while the last hash is read, so two runs into the
    same folder cannot interleave their lines.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_symlink():  # planted in the output folder: replaced, never written through
        path.unlink()
    hashes = []
    descriptor = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)
    with open(descriptor, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            prev = _last_hash(handle.read())
            for entry in entries:
                sealed = {**entry, "prev": prev}
                sealed["hash"] = _digest(sealed)
                handle.write((_canonical(sealed) + "\n").encode("utf-8"))
                prev = sealed["hash"]
                hashes.append(prev)
            handle.flush()
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    return hashes


def read_entries(path: Path) -> list[dict[str, Any]]:
    """The log's entries that parse (an unreadable line is `verify`'s to report)."""
    if not Path(path).is_file():
        return []
    entries = []
    for line in Path(path).read_bytes().split(b"\n"):
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


@dataclass
class Verification:
    """The outcome of `verify`: intact, or the first broken line (1-based) and why."""

    path: Path
    lines: int
    broken_line: int | None = None
    problem: str = ""
    last_hash: str = GENESIS

    @property
    def intact(self) -> bool:
        return self.broken_line is None


def verify(path: Path) -> Verification:
    """Recompute the chain line by line; stop at the first line that does not hold."""
    path = Path(path)
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()  # the newline that ends the last line
    prev = GENESIS
    for number, line in enumerate(lines, start=1):
        problem = _line_problem(line, prev)
        if problem:
            return Verification(path, len(lines), number, problem, prev)
        prev = json.loads(line)["hash"]
    return Verification(path, len(lines), None, "", prev)


def _line_problem(line: bytes, prev: str) -> str:
    try:
        entry = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return "geen geldige JSON-regel"
    if not isinstance(entry, dict) or not isinstance(entry.get("hash"), str):
        return "regel zonder hash"
    claimed = entry.pop("hash")
    if entry.get("prev") != prev:
        return (
            "verwijst niet naar de hash van de regel ervoor"
            " (regel ingevoegd, verwijderd of gewijzigd)"
        )
    if _digest(entry) != claimed:
        return "inhoud komt niet overeen met de hash van de regel (gewijzigd)"
    if _canonical({**entry, "hash": claimed}).encode("utf-8") != line:
        return "regel is niet in de vaste vorm geschreven (gewijzigd)"
    return ""


# --------------------------------------------------------------------------- what a line says


def _tree_sha256(root: Path) -> str:
    """One hash over every file under `root`: its relative path and content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
        digest.update(file_sha256(path).encode("ascii"))
    return digest.hexdigest()


def output_hashes(out_dir: Path) -> dict[str, str]:
    out_dir = Path(out_dir)
    hashes = {
        name: file_sha256(out_dir / name) for name in OUTPUT_FILES if (out_dir / name).is_file()
    }
    if (out_dir / "report").is_dir():
        hashes["report/"] = _tree_sha256(out_dir / "report")
    return hashes


def candidate_id(record: dict[str, Any]) -> str:
    """The candidate as the log names them: the SHA-256 of their file, never the name."""
    return str(record.get("sha256") or fingerprint("no-content", record["file"]))


def run_entry(
    records: list[dict[str, Any]],
    out_dir: Path,
    params: dict[str, Any],
    *,
    analyst: str,
    submissions: Path | None,
    review: Path | None,
    time: str,
) -> dict[str, Any]:
    """One screening run: who, which code, params, models, inputs and outputs (hashes only)."""
    trained: dict[str, str] = {}
    for record in records:
        trained.update(record.get("trained_models") or {})
    return {
        "type": "run",
        "time": time,
        "analyst": analyst,
        "version": __version__,
        "tender": str(params["tender"].get("id", "")),
        "params_sha256": fingerprint(params),
        "models": {
            "spacy": sorted({str(r.get("model")) for r in records if r.get("model")}),
            "trained": dict(sorted(trained.items())),
        },
        "inputs": {
            "files": sorted(candidate_id(r) for r in records),
            "submissions": file_sha256(submissions) if submissions else None,
            "review": file_sha256(review) if review else None,
        },
        "outputs": output_hashes(out_dir),
    }


def _loggable(value: Any, key: str, safe: frozenset[str]) -> Any:
    """`value` as the log may hold it: free text becomes a hash keyed with the file's hash."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list):
        return [_loggable(item, key, safe) for item in value]
    if isinstance(value, dict):
        return {k: _loggable(v, key, safe) for k, v in sorted(value.items())}
    text = str(value)
    if text in safe or _ISO_DATE.match(text) or _LANGUAGE.match(text):
        return text
    tag = hmac.new(key.encode("ascii"), text.encode("utf-8"), hashlib.sha256).hexdigest()
    return {"hmac": tag[:32]}


def _safe_words(params: dict[str, Any]) -> frozenset[str]:
    """Values that say nothing about a person: decision results, levels, counted certificates."""
    certificates = of_kind(points_criteria(params), "certificates")
    counted = certificates["counted"] if certificates else []
    return frozenset([*DECISIONS, *DIPLOMA_LEVELS, *FIELD_CLASSES, *map(str, counted)])


def applied_decisions(record: dict[str, Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    """Every decision the review file made on this record: field, old, new, reviewer, reason."""
    decisions = []
    for name, knockout in (record.get("knockouts") or {}).items():
        if knockout.get("proposal"):
            decisions.append(
                {
                    "field": f"knockouts.{name}",
                    "old": knockout["proposal"]["result"],
                    "new": knockout["result"],
                    "reviewer": knockout.get("reviewer"),
                    "reason": knockout.get("reason"),
                }
            )
    review = record.get("review") or {}
    for criterion in analyst_scored(params):
        decision = (review.get("points") or {}).get(criterion["id"])
        if decision is None:
            continue
        provisional = (
            motivation_points(record.get("motivation") or {}, None, criterion)
            if criterion["kind"] == "motivation"
            else analyst_points(None, criterion)
        )["points"]
        decisions.append(
            {
                "field": f"{criterion['id']}.points",
                "old": provisional,
                "new": decision["points"],
                "reviewer": decision.get("reviewer"),
                "reason": decision.get("reason"),
            }
        )
    seen: dict[str, int] = {}
    for correction in record.get("corrections") or []:
        field = correction["field"]
        seen[field] = seen.get(field, 0) + 1
        decisions.append(
            {
                "field": field if seen[field] == 1 else f"{field}#{seen[field]}",
                "old": correction.get("original"),
                "new": correction.get("value"),
                "reviewer": correction.get("reviewer"),
                "reason": correction.get("reason"),
            }
        )
    return decisions


def _decision_state(entries: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """(candidate, field) -> the last logged decision line still in force."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        if entry.get("type") != "decision":
            continue
        key = (entry.get("candidate"), entry.get("field"))
        if entry.get("withdrawn"):
            state.pop(key, None)
        else:
            state[key] = entry
    return state


def decision_entries(
    records: list[dict[str, Any]],
    params: dict[str, Any],
    previous: list[dict[str, Any]],
    *,
    analyst: str,
    time: str,
) -> list[dict[str, Any]]:
    """A line per decision that is new or changed since the log last saw it, and one per
    decision that was in force but is no longer applied (withdrawn). A rerun with the same
    review file adds none: the log is a history of decisions, not a copy per run."""
    state = _decision_state(previous)
    safe = _safe_words(params)
    lines = []
    for record in sorted(records, key=lambda r: r["file"]):
        candidate = candidate_id(record)
        current = set()
        for decision in applied_decisions(record, params):
            current.add(decision["field"])
            line = {
                "type": "decision",
                "time": time,
                "applied_by": analyst,
                "candidate": candidate,
                "field": decision["field"],
                "old": _loggable(decision["old"], candidate, safe),
                "new": _loggable(decision["new"], candidate, safe),
                "reviewer": decision["reviewer"],
                "reason": decision["reason"],
            }
            before = state.get((candidate, decision["field"]))
            same = before is not None and all(
                before.get(k) == line[k] for k in ("new", "reviewer", "reason")
            )
            if not same:
                lines.append(line)
        for (who, field), before in sorted(state.items()):
            if who == candidate and field not in current:
                lines.append(
                    {
                        "type": "decision",
                        "time": time,
                        "applied_by": analyst,
                        "candidate": candidate,
                        "field": field,
                        "old": before.get("new"),
                        "new": None,
                        "withdrawn": True,
                        "reviewer": None,
                        "reason": WITHDRAWN_REASON,
                    }
                )
    return lines


def record_run(
    records: list[dict[str, Any]],
    out_dir: Path,
    params: dict[str, Any],
    *,
    analyst: str | None = None,
    submissions: Path | None = None,
    review: Path | None = None,
) -> Path:
    """Append this run's line and its decision lines; returns the log's path."""
    path = log_path(out_dir, params)
    who, time = analyst_name(analyst), now()
    entries = [
        run_entry(records, out_dir, params, analyst=who, submissions=submissions,
                  review=review, time=time),
        *decision_entries(records, params, read_entries(path), analyst=who, time=time),
    ]
    append(path, entries)
    return path
