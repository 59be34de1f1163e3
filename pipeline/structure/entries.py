"""Entries of a section: the lines that belong to one job, study or course.

One segmenter for the recognizers that read lists: an entry opens at a bullet, at a date or
period that opens a line, at a form's opening field or entry number (pipeline.structure.fields),
or at a line the recognizer's own test says opens one (a line that names a study); without
bullets or leading dates, a year (or a result word) closes an entry, so a course name may wrap
over lines.
Roles anchor their entries on the periods themselves (pipeline.recognizers.roles).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.structure.dates import YEAR_ALONE
from pipeline.structure.fields import Field, form_prefix, prefixed_entry_starts
from pipeline.structure.lines import Line
from pipeline.structure.periods import LEADING_DATE

BULLET = re.compile(r"^(?:[•\-–—○▪►›✓*·◦■□➢>]+|\d{1,2}[.)])\s*")


@dataclass(frozen=True)
class Entry:
    """The lines of one entry; `how` says where it was read and what split it off.
    `period_line` holds its dates where a column of dates was read apart from the entries;
    `columns` the fields its table rows take from a header row (structure.fields)."""

    lines: tuple[Line, ...]
    how: str
    period_line: Line | None = None
    columns: dict[int, list[Field]] = field(default_factory=dict, compare=False, hash=False)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end

    @property
    def text(self) -> str:
        lines = (self.period_line, *self.lines) if self.period_line else self.lines
        return "\n".join(line.text for line in lines)


def leading_date(text: str) -> re.Match[str] | None:
    """A date or period that opens the line, after a bullet ("- 2019 – 2021: ...")."""
    return LEADING_DATE.match(BULLET.sub("", text))


def group(lines: Sequence[Line], starts: Sequence[bool], how: str) -> list[Entry]:
    """Lines grouped into entries, a new one where `starts` is true (and at the first line)."""
    groups: list[list[Line]] = []
    for line, opens in zip(lines, starts, strict=True):
        if opens or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return [Entry(tuple(lines_of), how) for lines_of in groups]


def split_entries(lines: Sequence[Line], closes: re.Pattern[str] | None = None) -> list[Entry]:
    """A prefixed form's lines split where the entry number changes, a list split by its
    bullets, else by the dates that open its lines, else by closing
    years: a line with a year (or a `closes` word) ends an entry, and the next line that
    starts with a capital opens one. Without any year, each capitalised line is an entry."""
    if not lines:
        return []
    if form_prefix(lines[0].text):  # "Certificaat 1 - Naam: ..." lines: one entry per number
        return group(lines, prefixed_entry_starts(lines), "form")
    if any(BULLET.match(line.text) for line in lines):
        return group(lines, [bool(BULLET.match(line.text)) for line in lines], "bullets")
    if leading_date(lines[0].text):
        return group(lines, [bool(leading_date(line.text)) for line in lines], "dates")
    has_years = any(YEAR_ALONE.search(line.text) for line in lines)
    starts, closed = [], True
    for line in lines:
        lead = line.text[:1]
        capital = lead.isupper() or (lead.isdigit() and not YEAR_ALONE.fullmatch(line.text))
        opens = capital and (closed or not has_years)
        starts.append(opens)
        if opens:
            closed = False
        closed = closed or bool(YEAR_ALONE.search(line.text)
                                or (closes and closes.search(line.text)))
    return group(lines, starts, "closing years")
