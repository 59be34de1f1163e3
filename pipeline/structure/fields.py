"""Label/value pairs of forms: "Opleiding: HBO Pedagogiek · Diploma behaald: Nee · Propedeuse
behaald", "Functie | Ambulant begeleider", "Startdatum: 01-03-2019", and the fields of an ATS
export that prefixes each with its group and entry ("Opleiding 1 - Niveau: HBO").

Forms (werk.nl, ATS exports, agency templates, Word tables of a label column and a value
column) say in a label what a value is. Read as fields, "Diploma behaald: Nee" is a plain
answer; read as running text, the words "Diploma behaald" looked like a completed diploma.
A part without a label ("Propedeuse behaald") is kept as a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.nl import fields as vocab
from pipeline.structure.lines import Line

MAX_LABEL_CHARS = 40
HEADER_ROW_LABELS = 2  # this many cells that are labels alone make a row a table's header
_LABELS = {label: key for key, labels in vocab.FIELD_LABELS.items() for label in labels}
_PARTS = re.compile(r"\s+[·•|]\s+|\t+")
_LABELLED = re.compile(rf"^(?P<label>[^:]{{1,{MAX_LABEL_CHARS}}}?)\s*:\s*(?P<value>.*)$")
_NUMBERED = re.compile(vocab.NUMBERED_ENTRY)
_PREFIX = re.compile(vocab.FORM_PREFIX)
_LINE_PREFIX = re.compile(vocab.FORM_PREFIX + vocab.FORM_LABEL_AHEAD)
_NAME_LABELS = frozenset(vocab.NAME_LABELS)
_YES = frozenset(vocab.YES_WORDS)
_NO = frozenset(vocab.NO_WORDS)


@dataclass(frozen=True)
class Field:
    """One part of a form line: `label` and `value` as written ("" for a flag), the field
    `key` the label names (None for an unknown label or a flag), offsets into the text."""

    key: str | None
    label: str
    value: str
    start: int
    end: int


def key_of(label: str) -> str | None:
    """The field a label names ("Diploma behaald" -> "completed", "Opleiding 1 - Niveau" ->
    "level", "Opleiding 1 - Naam" -> "study"), or None."""
    key = _LABELS.get(_folded(label))
    prefix = _PREFIX.match(label) if key is None else None
    if prefix is None:
        return key
    inner = _folded(label[prefix.end():])
    if inner in _NAME_LABELS:
        return _LABELS.get(_folded(prefix.group("group")))
    return _LABELS.get(inner)


def _folded(label: str) -> str:
    return " ".join(label.lower().strip(" :").split())


def form_prefix(text: str) -> re.Match[str] | None:
    """The "Opleiding 1 - " before a form line's label: group and entry number."""
    return _LINE_PREFIX.match(text)


def line_fields(line: Line) -> list[Field]:
    """The fields of one line; [] when the line is no form line (no known label on it)."""
    parts, at = [], 0
    for match in [*_PARTS.finditer(line.text), None]:
        end = match.start() if match else len(line.text)
        parts.append((at, end, bool(match) and "|" in match.group()))
        at = match.end() if match else at
    bare = [key_of(line.text[start:end]) for start, end, _ in parts]
    if sum(1 for key in bare if key) >= HEADER_ROW_LABELS:
        return []  # "Niveau | Opleiding | Instituut | Jaar": a table's header row
    fields: list[Field] = []
    index = 0
    while index < len(parts):
        start, end, cell = parts[index]
        text = line.text[start:end].strip()
        labelled = _LABELLED.match(text)
        if labelled and key_of(labelled.group("label")):
            fields.append(_field(line, start, end, labelled.group("label"),
                                 labelled.group("value")))
        elif cell and key_of(text) and index + 1 < len(parts):
            # a label cell beside its value cell: "Diploma behaald | Ja"
            value_start, value_end, _ = parts[index + 1]
            fields.append(_field(line, start, value_end, text,
                                 line.text[value_start:value_end]))
            index += 1
        else:
            fields.append(Field(None, text, "", line.start + start, line.start + end))
        index += 1
    return fields if any(f.key for f in fields) else []


def _field(line: Line, start: int, end: int, label: str, value: str) -> Field:
    return Field(key_of(label), label.strip(), value.strip(), line.start + start,
                 line.start + end)


def yes_no(value: str) -> bool | None:
    """True for "Ja", False for "Nee", None for anything else."""
    answer = " ".join(value.lower().strip(" .").split())
    return True if answer in _YES else False if answer in _NO else None


def prefixed_entry_starts(lines: Sequence[Line]) -> list[bool]:
    """Per line, whether it opens an entry of a prefixed form: its "Werkervaring 2 - " differs
    from the last prefix above it (a line without one, a wrapped description, stays put)."""
    starts, last = [], None
    for line in lines:
        prefix = _LINE_PREFIX.match(line.text)
        starts.append(prefix is not None and prefix.group() != last)
        last = prefix.group() if prefix else last
    return starts


def prefixed_entry_start(lines: Sequence[Line], index: int) -> int | None:
    """The first line of the prefixed form entry that line `index` belongs to ("Werkervaring 2
    - Functietitel:" above "Werkervaring 2 - Startdatum:"), or None for a line without one."""
    if not _LINE_PREFIX.match(lines[index].text):
        return None
    starts = prefixed_entry_starts(lines[:index + 1])
    return max(i for i, opens in enumerate(starts) if opens)


def form_entries(lines: Sequence[Line], opens: str) -> list[list[Line]]:
    """Entries of a form: a new entry at each line holding a field `opens`, a line that
    numbers entries ("Opleiding 2") or a new entry number in the prefix ("Opleiding 2 - Naam:");
    [] when no line holds that field.

    The lines after the last field of an entry stay with it (a description that wraps)."""
    if not any(f.key == opens for line in lines for f in line_fields(line)):
        return []
    entries: list[list[Line]] = []
    numbered = False
    for line, renumbered in zip(lines, prefixed_entry_starts(lines), strict=True):
        if _NUMBERED.match(line.text):
            numbered = True
            continue
        keys = {f.key for f in line_fields(line)}
        prefixed = _LINE_PREFIX.match(line.text) is not None
        if (opens in keys and not prefixed) or numbered or renumbered or not entries:
            entries.append([line])
            numbered = False
        else:
            entries[-1].append(line)
    return [entry for entry in entries if any(f.key == opens for x in entry
                                               for f in line_fields(x))]


def fields_of(lines: Sequence[Line], columns: dict[int, list[Field]] | None = None
              ) -> dict[str, Field]:
    """The first field of each key in an entry's lines: labelled parts, and the cells of a
    table row under a header row (`columns`, from `column_fields`)."""
    found: dict[str, Field] = {}
    for line in lines:
        for field in [*line_fields(line), *(columns or {}).get(line.start, [])]:
            if field.key:
                found.setdefault(field.key, field)
    return found


def column_fields(lines: Sequence[Line]) -> dict[int, list[Field]]:
    """The cells of each table row under a header row that names its columns, as fields of
    their column ("Periode | Opleiding | Instelling | Diploma" over "2010 - 2014 | HBO
    Pedagogiek | Hogeschool Leiden | nee"), by the row's line start."""
    rows: dict[int, list[Field]] = {}
    header: list[str] | None = None
    for line in lines:
        cells = line.text.split(" | ")
        if len(cells) >= HEADER_ROW_LABELS and all(key_of(cell) for cell in cells):
            header = cells
        elif header and len(cells) == len(header):
            rows[line.start] = _cells_as_fields(line, header)
        elif header and len(cells) > 1:
            header = None  # another table
    return rows


def _cells_as_fields(line: Line, header: list[str]) -> list[Field]:
    fields, at = [], 0
    for label, cell in zip(header, line.text.split(" | "), strict=True):
        fields.append(Field(key_of(label), label.strip(), cell.strip(), line.start + at,
                            line.start + at + len(cell)))
        at += len(cell) + len(" | ")
    return fields


def flags_of(lines: Sequence[Line]) -> list[Field]:
    """The parts without a label on an entry's form lines ("Propedeuse behaald")."""
    return [f for line in lines for f in line_fields(line) if f.key is None]
