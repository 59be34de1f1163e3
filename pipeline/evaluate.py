"""Compare a run's candidates.jsonl with hand-checked `.gold.json` answers.

Prints per-field accuracy, the knock-out confusion matrices (a predicted `fail` where the gold
says otherwise is a wrongful knock-out, and a `pass` of a knock-out read from the CV where it
says `fail` or `review` a wrongful pass, both counted apart), months error and every miss by
file. Gold of tender 30175 names its knock-outs by field (`diploma_knockout`, `skj`); gold of
another tender says `knockouts: {id: result}` and `registrations: {register: {...}}`, and its
months and role domains are the tender's own.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

KNOCKOUT_FIELDS = {
    "diploma_knockout": "diploma",
    "skj_knockout": "skj",
    "execution_knockout": "execution_condition",
}
MONTHS_TOLERANCE = 3
# A `pass` on these where the answer is `fail` or `review` is confirmed without anyone looking
# (the execution condition is read from the submissions, not the CV).
PASS_GUARDED = ("diploma_knockout", "skj_knockout")
NOT_GUARDED = ("knockout.execution_condition",)


def gold_knockouts(gold: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Field name -> (knock-out id, expected result), for both gold formats."""
    if "knockouts" in gold:
        return {f"knockout.{name}": (name, result) for name, result in gold["knockouts"].items()}
    return {field: (name, gold[field]) for field, name in KNOCKOUT_FIELDS.items()}


def _guarded(field: str) -> bool:
    return field in PASS_GUARDED or (field.startswith("knockout.") and field not in NOT_GUARDED)


def _norm(text: Any) -> str:
    return re.sub(r"[^a-z0-9]+", " ", str(text or "").lower()).strip()


def _month(value: str | None) -> str | None:
    """'2019' -> '2019', '2019-09' -> '2019-09', 'present' stays."""
    return value if value in (None, "present") else str(value)[:7]


def _role_key(role: dict[str, Any]) -> tuple[str | None, str | None]:
    return _month(role.get("start")), _month(role.get("end"))


def _match_roles(gold: list[dict], found: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair each gold role with the found role of the same period (start, then end)."""
    pairs, free = [], list(found)
    for role in gold:
        start, end = _role_key(role)
        match = next((f for f in free if _role_key(f) == (start, end)), None)
        match = match or next((f for f in free if _role_key(f)[0] == start), None)
        if match is not None:
            free.remove(match)
        pairs.append((role, match))
    return pairs


def compare(gold: dict[str, Any], record: dict[str, Any] | None) -> dict[str, tuple[bool, str]]:
    """Field -> (right?, what differed) for one file."""
    if record is None:
        return {"present": (False, "file missing from candidates.jsonl")}
    checks: dict[str, tuple[bool, str]] = {}

    def check(field: str, expected: Any, got: Any) -> None:
        checks[field] = (expected == got, f"expected {expected!r}, got {got!r}")

    check("candidate_name", _norm(gold["candidate_name"]), _norm(record.get("candidate_name")))
    check("pages", gold["pages"], record.get("pages"))
    check("language", gold["language"], record.get("language"))
    for field, (name, expected) in gold_knockouts(gold).items():
        check(field, expected, (record.get("knockouts") or {}).get(name, {}).get("result"))
    registrations = gold.get("registrations") or {"skj": gold.get("skj")}
    for register, expected in registrations.items():
        found = record.get(register) or (record.get("registrations") or {}).get(register) or {}
        for key in ("number", "expires"):
            check(f"{register}.{key}", (expected or {}).get(key), found.get(key))
    months = record.get("experience_months") or {}
    for label in gold["experience_months"]:
        expected, got = gold["experience_months"][label], months.get(label)
        close = got is not None and abs(expected - got) <= MONTHS_TOLERANCE
        checks[f"months.{label}"] = (close, f"expected {expected}, got {got}")
    check(
        "certificates",
        sorted(gold["certificates"]),
        sorted(c["name"] for c in record.get("certificates") or []),
    )
    check("references", gold["references"], len(record.get("references") or []))
    if "other_trainings" in gold:
        found = [set(_norm(t.get("name")).split()) for t in record.get("other_trainings") or []]
        expected = [set(_norm(name).split()) for name in gold["other_trainings"]]
        # names are worded freely ("Triple P, niveau 4"): half the gold name's words suffice
        matched = [e for e in expected if any(len(e & f) * 2 >= len(e) for f in found)]
        checks["other_trainings"] = (
            len(matched) == len(expected) == len(found),
            f"expected {gold['other_trainings']!r}, got "
            f"{[t.get('name') for t in record.get('other_trainings') or []]!r}",
        )
    check(
        "motivation_present",
        gold["motivation_present"],
        bool((record.get("motivation") or {}).get("present")),
    )
    if "zzp_signal" in gold:
        check("zzp_signal", gold["zzp_signal"], bool(record.get("zzp_signal")))
    if "diplomas" in gold:
        gold_levels = sorted(_norm(d["level"]) for d in gold["diplomas"])
        found_levels = sorted(_norm(d.get("level")) for d in record.get("diplomas") or [])
        check("diplomas.levels", gold_levels, found_levels)
    pairs = _match_roles(gold["roles"], record.get("roles") or [])
    found = sum(1 for _, match in pairs if match is not None)
    checks["roles.found"] = (
        found == len(gold["roles"]) and len(record.get("roles") or []) == len(gold["roles"]),
        f"{found} of {len(gold['roles'])} gold roles found by period; "
        f"{len(record.get('roles') or [])} roles extracted",
    )
    for label in ("ambulant", "onderwijs", "counts", "domains"):
        wrong = [
            f"{role['title']} ({role['start']}): expected {role[label]}"
            for role, match in pairs
            if match is not None and label in role and _label(match, label) != role[label]
        ]
        if any(label in role for role in gold["roles"]):
            checks[f"roles.{label}"] = (not wrong, "; ".join(wrong))
    return checks


def _label(role: dict[str, Any], label: str) -> Any:
    return sorted(role.get("domains") or []) if label == "domains" else bool(role.get(label))


def evaluate(gold_dir: Path, out_dir: Path) -> dict[str, Any]:
    """Figures for a run against every gold file in `gold_dir`."""
    records = {}
    with open(Path(out_dir) / "candidates.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[record["file"]] = record
    per_file: dict[str, dict[str, tuple[bool, str]]] = {}
    confusion: dict[str, Counter] = {}
    months_error: dict[str, list[int]] = {}
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if "file" not in gold:
            continue  # a set's own answers (tender.gold.json: the expected ranking)
        record = records.get(gold["file"])
        per_file[gold["file"]] = compare(gold, record)
        for field in gold_knockouts(gold):
            confusion.setdefault(field, Counter())
        for label in gold["experience_months"]:
            months_error.setdefault(label, [])
        if record is None:
            continue
        for field, (name, expected) in gold_knockouts(gold).items():
            got = (record.get("knockouts") or {}).get(name, {}).get("result")
            confusion[field][(expected, got)] += 1
        for label, expected in gold["experience_months"].items():
            got = (record.get("experience_months") or {}).get(label)
            if got is not None:
                months_error[label].append(abs(got - expected))
    fields = sorted({f for checks in per_file.values() for f in checks})
    accuracy = {
        f: round(
            sum(c[f][0] for c in per_file.values() if f in c)
            / max(1, sum(1 for c in per_file.values() if f in c)),
            3,
        )
        for f in fields
    }
    wrongful = sum(
        n for cm in confusion.values() for (g, p), n in cm.items() if p == "fail" and g != "fail"
    )
    wrongful_passes = sum(
        n for name, cm in confusion.items() if _guarded(name) for (g, p), n in cm.items()
        if p == "pass" and g != "pass"
    )
    return {
        "files": len(per_file),
        "accuracy": accuracy,
        "wrongful_fails": wrongful,
        "wrongful_passes": wrongful_passes,
        "confusion": {
            k: {f"{g}->{p}": n for (g, p), n in sorted(cm.items(), key=str)}
            for k, cm in confusion.items()
        },
        "months_mean_abs_error": {
            k: round(sum(v) / len(v), 1) if v else None for k, v in months_error.items()
        },
        "misses": {
            file: {f: why for f, (ok, why) in checks.items() if not ok}
            for file, checks in per_file.items()
        },
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [f"Files compared: {result['files']}", "", "Per-field accuracy:"]
    lines += [f"  {field:<22} {value:6.1%}" for field, value in result["accuracy"].items()]
    lines += [
        "",
        f"Wrongful knock-out fails: {result['wrongful_fails']}",
        f"Wrongful passes of knock-outs read from the CV (K1/K2 in 30175): "
        f"{result['wrongful_passes']}",
        "",
        "Knock-out confusion (gold->predicted: count):",
    ]
    for name, matrix in result["confusion"].items():
        lines.append(f"  {name}: " + ", ".join(f"{k}: {v}" for k, v in matrix.items()))
    errors = result["months_mean_abs_error"]
    lines += [
        "",
        "Months mean abs error: " + ", ".join(f"{label} {e}" for label, e in errors.items()),
        "",
        "Misses by file:",
    ]
    for file, misses in result["misses"].items():
        for field, why in misses.items():
            lines.append(f"  {file}  {field}: {why}")
    return "\n".join(lines)
