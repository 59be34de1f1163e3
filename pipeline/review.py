"""The analyst's review file: analyst-scored points, knock-out decisions and corrections.

Only a person judges a motivation (and any criterion params mark as analyst-scored), and a
knock-out `fail` or `review` is a proposal until a person confirms or overrules it. The
criteria, and so the review file's keys, come from params. The review file (YAML, see
docs/review-file.md) carries those decisions into the next run. Corrections replace an
extracted value *before* scoring but never silently: each one is kept beside the original in
`record["corrections"]`.

A bad entry stops the run with a message naming the file, line and entry, because a correction
that is quietly ignored would put a wrong ranking in front of a committee.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.atomic import write_text_atomic
from pipeline.decoding import decode_text
from pipeline.facts import check
from pipeline.lang.nl.registers import REGISTERS
from pipeline.safe_text import for_terminal
from pipeline.scoring.criteria import (
    analyst_scored,
    experience_criteria,
    knockouts,
    registration_keys,
    title,
)

DECISIONS = ("pass", "fail", "review")
DIPLOMA_LEVELS = ("vmbo", "havo", "vwo", "mbo", "hbo", "wo", "other")
FIELD_CLASSES = ("accepted", "review", "unrelated")
# Diplomas are numbered from 1, as the report numbers them ("Diploma 1" is diplomas[1]).
_DIPLOMA_FIELD = re.compile(r"^diplomas\[(\d+)\]\.(level|completed|field_class|name)$")
_TEMPLATE_HEADER = """\
# Reviewbestand voor de screening (cvscreen). Zie docs/review-file.md.
#
# Per kandidaat (bestandsnaam):
{points}#   knockouts:   {knockouts}: result pass|fail|review, reviewer, reason.
#                Een 'fail' of 'review' van de pipeline is een voorstel tot een analist het hier
#                bevestigt of overrulet. Laat result leeg (null) zolang er niet besloten is.
#   corrections: lijst van {{field, value, reviewer, reason}}; velden: zie docs/review-file.md,
#                bijv. {examples}, diplomas[1].completed (Diploma 1 in het rapport).
# Lege waarden (null) veranderen niets. De volgende `cvscreen screen ... --review` of
# `dvc repro` past alles toe en herberekent knock-outs, punten en ranking.
"""


class ReviewError(ValueError):
    """A review entry cannot be applied; the message names the line and entry to fix."""


@dataclass
class Correction:
    field: str
    value: Any
    reviewer: str
    reason: str
    line: int


@dataclass
class Entry:
    """Everything the review file says about one candidate file: points per analyst-scored
    criterion id ({points, reviewer, reason}), decisions per knock-out id, corrections."""

    file: str
    points: dict[str, dict[str, Any]] = field(default_factory=dict)
    knockouts: dict[str, dict[str, Any]] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)


@dataclass
class Review:
    path: Path
    entries: dict[str, Entry]


# --------------------------------------------------------------------------- template


def _comment(text: str | None) -> str:
    return for_terminal(" ".join(str(text or "").split())[:160])


def _header(params: dict[str, Any]) -> str:
    points = "".join(
        f"#   {c['id']}:{' ' * max(1, 12 - len(c['id']))}points 0-{_number(c['max'])} "
        f"({title(c)}; alleen een analist beoordeelt), reviewer, reason\n"
        for c in analyst_scored(params)
    )
    examples = [f"{key}.expires" for key in registration_keys(params)]
    examples += [f"experience_months.{c['id']}" for c in experience_criteria(params)]
    return _TEMPLATE_HEADER.format(
        points=points,
        knockouts=" / ".join(c["id"] for c in knockouts(params)) or "(geen)",
        examples=", ".join(examples[:3] or ["candidate_name"]),
    )


def init_review(records: list[dict[str, Any]], path: Path, params: dict[str, Any]) -> Path:
    """Write a review template with one entry per screened file, proposals as comments.

    Refuses to overwrite an existing file: it may hold an analyst's work.
    """
    path = Path(path)
    if path.exists():
        raise ReviewError(f"{path} already exists; an analyst may be working in it")
    lines = [_header(params), "candidates:"]
    for record in sorted(records, key=lambda r: r["file"]):
        lines.append(f"  {_yaml_scalar(record['file'])}:")
        if record.get("status") != "ok":
            detail = _comment(record.get("status_detail"))
            lines.append(f"    # status {record.get('status')}: {detail}")
        for criterion in analyst_scored(params):
            if criterion["kind"] == "motivation":
                motivation = record.get("motivation") or {}
                present = (
                    f"aanwezig, {motivation.get('words', 0)} woorden"
                    if motivation.get("present")
                    else "niet gevonden"
                )
                lines.append(f"    # {criterion['label'].lower()} {present}")
            lines.append(f"    {criterion['id']}: {{points: null, reviewer: null, reason: null}}")
        lines.append("    knockouts:")
        for name in (c["id"] for c in knockouts(params)):
            proposal = (record.get("knockouts") or {}).get(name) or {}
            if proposal:
                lines.append(
                    f"      # voorstel {name}: {proposal.get('result')}"
                    f" - {_comment(proposal.get('reason'))}"
                )
            lines.append(f"      {name}: {{result: null, reviewer: null, reason: null}}")
        lines.append("    corrections: []")
    write_text_atomic(path, "\n".join(lines) + "\n")
    return path


def _yaml_scalar(text: str) -> str:
    """`text` as a YAML key on one line: plain when it reads back as itself, else
    double-quoted with newlines and every character YAML may not hold literally escaped."""
    if re.fullmatch(r"[\w][\w .()+-]*", text) and not text.endswith(" "):
        try:
            if yaml.safe_load(f"{text}: x") == {text: "x"}:
                return text
        except yaml.YAMLError:
            pass
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable() and char not in "\ufeff" and not 0x7F <= ord(char) <= 0x9F:
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return "".join(out) + '"'


def _number(value: float) -> str:
    return f"{value:g}"


# --------------------------------------------------------------------------- loading


class _Located:
    """Raise errors that name the review file, the line and the entry."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, node: yaml.Node | None, entry: str | None, message: str) -> ReviewError:
        return self.error_at(node.start_mark if node is not None else None, message, entry)

    def error_at(self, mark: Any, message: str, entry: str | None = None) -> ReviewError:
        where = f"{self.path}"
        if mark is not None:
            where += f", line {mark.line + 1}"
        if entry:
            where += f" ({entry!r})" if "\n" in entry else f" ({entry})"
        return ReviewError(f"{where}: {message}")


def _mapping(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Key -> (key node, value node), keeping line numbers; duplicates are the caller's error."""
    return {str(key.value): (key, value) for key, value in node.value}


def _scalar(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    return loader.construct_object(node, deep=True)


class _BoundedLoader(yaml.SafeLoader):
    """A SafeLoader that refuses what a review file never needs: many aliases (alias bombs),
    deep nesting, duplicate keys and tags other than YAML's plain ones (`!!python/...`)."""

    def __init__(self, text: str, located: _Located, max_aliases: int, max_depth: int) -> None:
        super().__init__(text)
        self.located, self.max_aliases, self.max_depth = located, max_aliases, max_depth
        self.aliases = 0
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > self.max_aliases:
                mark = self.peek_event().start_mark
                raise self.located.error_at(mark, f"more than {self.max_aliases} aliases (*name)")
        self.depth += 1
        if self.depth > self.max_depth:
            mark = self.peek_event().start_mark
            raise self.located.error_at(mark, f"nested deeper than {self.max_depth} levels")
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        if node is not None and not node.tag.startswith("tag:yaml.org,2002:"):
            raise self.located.error(node, None, f"tag '{node.tag}' is not allowed")
        if node is not None and node.tag.startswith("tag:yaml.org,2002:python"):
            raise self.located.error(node, None, f"tag '{node.tag}' is not allowed")
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, _ in node.value:
                name = str(key.value)
                if name in seen:
                    raise self.located.error(key, None, f"key '{name}' appears twice")
                seen.add(name)
        return node


def _review_text(path: Path, max_mb: float) -> str:
    try:
        if path.is_dir():
            raise ReviewError(f"{path}: is a folder, not a review file")
        if path.stat().st_size > max_mb * 1024 * 1024:
            raise ReviewError(f"{path}: larger than {max_mb:g} MB (limits.yaml_max_mb)")
        data = path.read_bytes()
    except OSError as error:
        raise ReviewError(f"{path}: cannot read the review file ({error.strerror})") from error
    return decode_text(data)[0]  # UTF-8 (with or without BOM), UTF-16, else Windows-1252


def load_review(path: Path, records: list[dict[str, Any]], params: dict[str, Any]) -> Review:
    """Read and validate the review file against the batch; raise ReviewError on a bad entry."""
    path = Path(path)
    located = _Located(path)
    limits = (params or {}).get("limits", {})
    text = _review_text(path, float(limits.get("yaml_max_mb", 5)))
    loader = _BoundedLoader(
        text,
        located,
        int(limits.get("yaml_max_aliases", 100)),
        int(limits.get("yaml_max_depth", 20)),
    )
    try:
        root = loader.get_single_node()
        return _load_entries(loader, located, root, records, params)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ReviewError(f"{path}{line}: not valid YAML: {problem}") from error
    finally:
        loader.dispose()


def _load_entries(
    loader: yaml.SafeLoader,
    located: _Located,
    root: yaml.Node | None,
    records: list[dict[str, Any]],
    params: dict[str, Any] | None,
) -> Review:
    path = located.path
    entries: dict[str, Entry] = {}
    if root is None:
        return Review(path, entries)
    if not isinstance(root, yaml.MappingNode):
        raise located.error(root, None, "expected a mapping with 'candidates:'")
    top = _mapping(root)
    unknown = set(top) - {"candidates"}
    if unknown:
        key = top[sorted(unknown)[0]][0]
        raise located.error(key, None, f"unknown key '{key.value}'; only 'candidates' is allowed")
    if "candidates" not in top or _is_null(top["candidates"][1]):
        return Review(path, entries)
    candidates = top["candidates"][1]
    if not isinstance(candidates, yaml.MappingNode):
        raise located.error(candidates, None, "'candidates' must map each file name to its entry")
    by_file = {record["file"]: record for record in records}
    for key_node, value_node in candidates.value:
        file = str(key_node.value)
        if file not in by_file:
            raise located.error(key_node, file, "unknown candidate: this file is not in the batch")
        if file in entries:
            raise located.error(key_node, file, "candidate appears twice in the review file")
        entries[file] = _entry(loader, located, file, value_node, by_file[file], params)
    return Review(path, entries)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def _text(loader: yaml.SafeLoader, node: yaml.Node | None) -> str | None:
    if node is None or _is_null(node):
        return None
    value = _scalar(loader, node)
    return str(value).strip() or None


def _entry(
    loader: yaml.SafeLoader,
    located: _Located,
    file: str,
    node: yaml.Node,
    record: dict[str, Any],
    params: dict[str, Any],
) -> Entry:
    entry = Entry(file)
    scored = {c["id"]: c for c in analyst_scored(params)}
    allowed = [*scored, "knockouts", "corrections"]
    if _is_null(node):
        return entry
    if not isinstance(node, yaml.MappingNode):
        raise located.error(node, file, f"expected {'/'.join(allowed)}")
    parts = _mapping(node)
    for name, (key, _) in parts.items():
        if name not in allowed:
            raise located.error(
                key, file, f"unknown field '{name}'; allowed: {', '.join(allowed)}"
            )
    for name, criterion in scored.items():
        if name in parts:
            _points(loader, located, entry, parts[name][1], criterion)
    if "knockouts" in parts:
        ids = tuple(c["id"] for c in knockouts(params))
        _knockouts(loader, located, entry, parts["knockouts"][1], ids)
    if "corrections" in parts:
        corrections = parts["corrections"][1]
        if _is_null(corrections):
            return entry
        if not isinstance(corrections, yaml.SequenceNode):
            raise located.error(corrections, file, "'corrections' must be a list")
        for item in corrections.value:
            entry.corrections.append(_correction(loader, located, file, item, record, params))
    return entry


def _fields(
    loader: yaml.SafeLoader, located: _Located, entry: str, node: yaml.Node, allowed: tuple
) -> dict[str, tuple[yaml.Node, Any]]:
    if not isinstance(node, yaml.MappingNode):
        raise located.error(node, entry, f"expected a mapping with {', '.join(allowed)}")
    values = {}
    for key, value in node.value:
        if key.value not in allowed:
            raise located.error(
                key, entry, f"unknown field '{key.value}'; allowed: {', '.join(allowed)}"
            )
        values[key.value] = (value, _scalar(loader, value))
    return values


def _points(
    loader: yaml.SafeLoader, located: _Located, entry: Entry, node: yaml.Node,
    criterion: dict[str, Any],
) -> None:
    if _is_null(node):
        return
    max_points = float(criterion["max"])
    where = f"{entry.file} {criterion['id']}"
    values = _fields(loader, located, where, node, ("points", "reviewer", "reason"))
    points_node, points = values.get("points", (node, None))
    if points is None:
        return
    if isinstance(points, str) and re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", points):
        points = float(points.replace(",", "."))  # '12,5': the Dutch decimal comma
    if isinstance(points, bool) or not isinstance(points, int | float):
        raise located.error(points_node, where, f"points must be a number, not '{points}'")
    if not 0 <= points <= max_points:
        raise located.error(points_node, where, f"points {points} outside 0..{_number(max_points)}")
    reviewer = _text(loader, values.get("reviewer", (None, None))[0])
    if not reviewer:
        raise located.error(points_node, where, "reviewer missing (who gave these points?)")
    entry.points[criterion["id"]] = {
        "points": float(points),
        "reviewer": reviewer,
        "reason": _text(loader, values.get("reason", (None, None))[0]),
    }


def _knockouts(loader: yaml.SafeLoader, located: _Located, entry: Entry, node: yaml.Node,
               ids: tuple[str, ...]) -> None:
    if _is_null(node):
        return
    where = f"{entry.file} knockouts"
    if not isinstance(node, yaml.MappingNode):
        raise located.error(node, where, f"expected {', '.join(ids)}")
    for key, value in node.value:
        name = key.value
        if name not in ids:
            raise located.error(
                key, where, f"unknown knock-out '{name}'; allowed: {', '.join(ids)}"
            )
        if _is_null(value):
            continue
        label = f"{entry.file} knockouts.{name}"
        values = _fields(loader, located, label, value, ("result", "reviewer", "reason"))
        result_node, result = values.get("result", (value, None))
        if result is None:
            continue
        if result not in DECISIONS:
            raise located.error(
                result_node, label, f"result '{result}' must be pass, fail or review"
            )
        reviewer = _text(loader, values.get("reviewer", (None, None))[0])
        reason = _text(loader, values.get("reason", (None, None))[0])
        if not reviewer or not reason:
            missing = "reviewer" if not reviewer else "reason"
            raise located.error(result_node, label, f"{missing} missing for this decision")
        entry.knockouts[name] = {"result": result, "reviewer": reviewer, "reason": reason}


def _correction(
    loader: yaml.SafeLoader, located: _Located, file: str, node: yaml.Node, record: dict,
    params: dict[str, Any],
) -> Correction:
    values = _fields(loader, located, file, node, ("field", "value", "reviewer", "reason"))
    name = values.get("field", (node, None))[1]
    label = f"{file} correction {name or '?'}"
    if not name:
        raise located.error(node, label, "field missing")
    if "value" not in values:
        raise located.error(node, label, "value missing (use null to clear a value)")
    value_node, value = values["value"]
    reviewer = _text(loader, values.get("reviewer", (None, None))[0])
    reason = _text(loader, values.get("reason", (None, None))[0])
    if not reviewer or not reason:
        raise located.error(node, label, f"{'reviewer' if not reviewer else 'reason'} missing")
    try:
        value = _check_value(str(name), value, record, fields(params))
    except ValueError as error:
        raise located.error(value_node, label, str(error)) from error
    return Correction(str(name), value, reviewer, reason, node.start_mark.line + 1)


# --------------------------------------------------------------------------- fields


def _int(value: Any, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"expected a whole number >= {minimum}, not '{value}'")
    return value


_DUTCH_BOOLS = {"ja": True, "nee": False}


def _bool(value: Any) -> bool:
    """true/false, or the Dutch ja/nee an analyst types."""
    if isinstance(value, str) and value.strip().lower() in _DUTCH_BOOLS:
        return _DUTCH_BOOLS[value.strip().lower()]
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, not '{value}'")
    return value


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise ValueError(f"expected text, not '{value}'")
    return str(value).strip() or None


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as error:
        raise ValueError(f"expected a date YYYY-MM-DD, not '{value}'") from error


def _registration_number(value: Any) -> str | None:
    if value is None:
        return None
    digits = re.sub(r"\D", "", str(value))
    if not digits:
        raise ValueError(f"registration number '{value}' holds no digits")
    return digits


def _names(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("expected a list of names, e.g. [CGT, ACT]")
    return [v.strip() for v in value]


def _references(value: Any) -> int | list[str]:
    if isinstance(value, list):
        return _names(value)
    return _int(value)


def _choice(choices: tuple[str, ...]):
    def check(value: Any) -> str | None:
        if value is not None and value not in choices:
            raise ValueError(f"'{value}' is not one of {', '.join(choices)}")
        return value

    return check


def _optional_bool(value: Any) -> bool | None:
    return None if value is None else _bool(value)


def _diploma(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or not value.get("name"):
        raise ValueError("expected {name, level, completed, field_class, institution, end_year}")
    allowed = {"name", "level", "completed", "field_class", "institution", "end_year"}
    unknown = set(value) - allowed
    if unknown:
        raise ValueError(f"unknown diploma fields: {', '.join(sorted(unknown))}")
    _choice(DIPLOMA_LEVELS)(value.get("level"))
    _choice(FIELD_CLASSES)(value.get("field_class"))
    _optional_bool(value.get("completed"))
    return {key: value.get(key) for key in sorted(allowed)}


def fields(params: dict[str, Any]) -> dict[str, Any]:
    """Correctable fields: name -> check/normalise of the new value. Besides the fixed ones,
    the number, expiry and applied-only of each register the tender names and the months of
    each experience criterion. docs/review-file.md lists them."""
    registers = {
        f"{key}.{name}": check
        for key in registration_keys(params)
        for name, check in (("number", _registration_number), ("expires", _iso_date),
                            ("applied_only", _bool))
    }
    months = {f"experience_months.{c['id']}": _int for c in experience_criteria(params)}
    return {
        "candidate_name": _string,
        "language": _string,
        "pages": lambda v: _int(v, 1),
        **registers,
        **months,
        "certificates": _names,
        "references": _references,
        "motivation.present": _bool,
        "zzp_signal": _bool,
        "diplomas.add": _diploma,
    }
_DIPLOMA_CHECKS = {
    "level": _choice(DIPLOMA_LEVELS),
    "completed": _optional_bool,
    "field_class": _choice(FIELD_CLASSES),
    "name": _string,
}


def _check_value(name: str, value: Any, record: dict[str, Any], known: dict[str, Any]) -> Any:
    match = _DIPLOMA_FIELD.match(name)
    if match:
        index = int(match.group(1))
        count = len(record.get("diplomas") or [])
        if not 1 <= index <= count:
            raise ValueError(
                f"diploma {index} does not exist (the pipeline found {count}, numbered from 1"
                " as in the report; use diplomas.add for a missed one)"
            )
        return _DIPLOMA_CHECKS[match.group(2)](value)
    if name not in known:
        names = ", ".join([*known, "diplomas[i].level|completed|field_class|name"])
        raise ValueError(f"unknown field '{name}'; correctable: {names}")
    return known[name](value)


# --------------------------------------------------------------------------- applying


def field_value(record: dict[str, Any], name: str) -> Any:
    """The value of a correctable field in a record, as a correction would replace it."""
    match = _DIPLOMA_FIELD.match(name)
    if match:
        return record["diplomas"][int(match.group(1)) - 1].get(match.group(2))
    if name == "certificates":
        return [c["name"] for c in record.get("certificates") or []]
    if name == "references":
        return [r["name"] for r in record.get("references") or []]
    if name == "diplomas.add":
        return None
    if "." in name:
        section, key = name.split(".", 1)
        return (record.get(section) or {}).get(key)
    return record.get(name)


def _analyst_fact(name: str) -> dict[str, Any]:
    """A fact the analyst added: it has no words in the CV, and says so."""
    return {"name": name, "evidence": None, "explanation": {"source": check("correctie analist")}}


def _set(record: dict[str, Any], name: str, value: Any) -> None:
    match = _DIPLOMA_FIELD.match(name)
    if match:
        record["diplomas"][int(match.group(1)) - 1][match.group(2)] = value
        return
    if name == "certificates":
        record["certificates"] = [_analyst_fact(n) for n in value]
    elif name == "references":
        current = list(record.get("references") or [])
        if isinstance(value, list):
            record["references"] = [_analyst_fact(n) for n in value]
        else:
            extra = [
                _analyst_fact(f"referentie {i + 1} (correctie analist)")
                for i in range(len(current), value)
            ]
            record["references"] = current[:value] + extra
        record["references_on_request"] = False
    elif name == "diplomas.add":
        record.setdefault("diplomas", []).append(
            {
                **value,
                "foreign": False,
                "evidence": None,
                "explanation": {"source": check("correctie analist")},
            }
        )
    elif "." in name:
        section, key = name.split(".", 1)
        record[section] = dict(record.get(section) or {})
        record[section][key] = value
        if section in REGISTERS and key in ("number", "expires"):
            # The analyst read the registration; the pipeline's doubt no longer applies.
            record[section]["ambiguous"] = None
            record[section]["mentioned"] = True
    else:
        record[name] = value


def apply_review(record: dict[str, Any], review: Review | None) -> dict[str, Any]:
    """A copy of `record` with corrections applied and `review` decisions attached.

    Runs before scoring: the scorer reads `record["review"]` for analyst-scored points and
    knock-out decisions, and scores the corrected facts.
    """
    record = copy.deepcopy(record)
    record.setdefault("corrections", [])
    entry = review.entries.get(record["file"]) if review else None
    if entry is None:
        return record
    for correction in entry.corrections:
        original = copy.deepcopy(field_value(record, correction.field))
        _set(record, correction.field, copy.deepcopy(correction.value))
        record["corrections"].append(
            {
                "field": correction.field,
                "original": original,
                "value": correction.value,
                "reviewer": correction.reviewer,
                "reason": correction.reason,
                "line": correction.line,
            }
        )
    record["review"] = {
        "file": str(review.path),
        "points": copy.deepcopy(entry.points),
        "knockouts": dict(entry.knockouts),
    }
    return record


# --------------------------------------------------------------------------- decisions of a run


def decisions_of(record: dict[str, Any]) -> dict[str, Any]:
    """The review-file entry a scored record was made with: what the report starts from when
    an analyst decides further, and what an export writes back (see docs/review-file.md)."""
    review = record.get("review") or {}
    return {
        "points": {
            name: {key: decision.get(key) for key in ("points", "reviewer", "reason")}
            for name, decision in (review.get("points") or {}).items()
        },
        "knockouts": {
            name: {key: decision.get(key) for key in ("result", "reviewer", "reason")}
            for name, decision in (review.get("knockouts") or {}).items()
        },
        "corrections": [
            {key: correction.get(key) for key in ("field", "value", "reviewer", "reason")}
            for correction in record.get("corrections") or []
        ],
    }
