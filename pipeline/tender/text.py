"""A tender text in the Flextender shape, read into its parts: the title, the header table, and
the lines of each part ("Vereisten/Knock-out criteria", "Selectiecriteria ...", "CV-eisen",
"Uitvoeringsvoorwaarde") with their items. Every piece keeps its line number, so the draft can
say which tender line each value came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.lang.nl import tender as vocab
from pipeline.structure.dates import find_dates

_I = re.IGNORECASE
_HEADINGS = {part: re.compile(pattern, _I) for part, pattern in vocab.HEADINGS.items()}
_OTHER_HEADING = re.compile(vocab.OTHER_HEADING, _I)
_ITEM = re.compile(vocab.ITEM, _I)
_HEADER_FIELDS = {key: re.compile(pattern, _I) for key, pattern in vocab.HEADER_FIELDS.items()}
MAX_HEADING = 90  # characters: a longer line is text, not a heading


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str


@dataclass(frozen=True)
class Item:
    """One criterion as the tender lists it: "4. Aantoonbare werkervaring ... (40 punten);"."""

    line: Line
    text: str
    number: int | None  # the tender's own numbering, when it has one


@dataclass
class TenderText:
    lines: list[Line]
    title: Line | None = None
    header: dict[str, tuple[str, Line]] = field(default_factory=dict)  # key -> (value, line)
    parts: dict[str, list[Line]] = field(default_factory=dict)  # part -> lines below its heading
    headings: dict[str, Line] = field(default_factory=dict)

    def items(self, part: str) -> list[Item]:
        """The part's list items; a part written without list marks has a line per item."""
        lines = self.parts.get(part, [])
        found = [(line, _ITEM.match(line.text)) for line in lines]
        if not any(match for _, match in found):
            return [Item(line, line.text.strip(), None) for line in lines]
        items = []
        for line, match in found:
            if match is None:
                continue
            number = match.group("number") or (match.group("code") or "")[1:]
            items.append(Item(line, match.group("text").strip(), int(number) if number else None))
        return items

    def text_of(self, part: str) -> str:
        return "\n".join(line.text for line in self.parts.get(part, []))

    def find(self, pattern: str) -> tuple[re.Match[str], Line] | None:
        """The first match of `pattern` on any line, with its line."""
        compiled = re.compile(pattern, _I)
        for line in self.lines:
            match = compiled.search(line.text)
            if match:
                return match, line
        return None

    def date(self, key: str) -> tuple[date, Line] | None:
        """A date from the header table ("Start", "Einde inschrijfdatum")."""
        if key not in self.header:
            return None
        value, line = self.header[key]
        dates = [d.value for d in find_dates(value, date.today().year)
                 if d.value.precision == "day"]
        return (date(dates[0].year, dates[0].month, dates[0].day), line) if dates else None


def _is_heading(lines: list[str], index: int) -> bool:
    """A short line standing alone between blank lines, without closing punctuation."""
    text = lines[index].strip()
    if not text or len(text) > MAX_HEADING or _ITEM.match(text):
        return False
    alone = (index == 0 or not lines[index - 1].strip()) and (
        index + 1 == len(lines) or not lines[index + 1].strip())
    return alone and bool(_OTHER_HEADING.fullmatch(text) or _part_of(text))


def _part_of(text: str) -> str | None:
    return next((part for part, rx in _HEADINGS.items() if rx.fullmatch(text.strip())), None)


def read_tender(text: str) -> TenderText:
    """Split a tender text into title, header table and parts."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    tender = TenderText([Line(i + 1, value) for i, value in enumerate(raw)])
    tender.title = next((line for line in tender.lines if line.text.strip()), None)
    current: str | None = None
    for index, line in enumerate(tender.lines):
        if "\t" in line.text:
            _read_header(tender, line)
        if _is_heading(raw, index):
            current = _part_of(line.text)
            if current and current not in tender.headings:
                tender.headings[current] = line
                tender.parts[current] = []
            else:
                current = None
            continue
        if current and line.text.strip():
            tender.parts[current].append(line)
    return tender


def _read_header(tender: TenderText, line: Line) -> None:
    """"Aanvraagnummer<TAB>30175<TAB>Start<TAB>1 september 2026": key/value cells."""
    cells = [cell.strip() for cell in line.text.split("\t")]
    for label, value in zip(cells[::2], cells[1::2], strict=False):
        for key, rx in _HEADER_FIELDS.items():
            if rx.fullmatch(label) and key not in tender.header:
                tender.header[key] = (value, line)
