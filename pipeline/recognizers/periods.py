"""Date ranges ("sep 2019 – heden", "01-2015 t/m 12-2017", "2015 - 2018") as Period spans.

Presidio-style: named patterns find candidates, `validate` rejects impossible ones (end before
start, month 13, a year before 1950 or after the reference year), and each period keeps an
explanation (pattern, validation). A lone date is never a period: a birth date or "geldig tot
17-10-2028" has no start and separator. Column layouts read line by line split a range over
two lines ("02/2015 - Werkgever ...\n08/2019 ..."); the `wrapped` patterns join them, and the
period keeps the offsets of its two dates so a reader can tell them from the words between.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.nl import periods as vocab

Span.set_extension("period", default=None, force=True)

MIN_YEAR = 1950
UNSEPARATED_PRESENT = frozenset({"heden", "tot heden", "tot op heden", "present", "current"})
_I = re.IGNORECASE
_YEAR = r"(?:19|20)\d{2}"
_MONTH = "|".join(re.escape(m) for m in sorted(vocab.MONTHS, key=len, reverse=True))
_PRESENT = r"(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for w in sorted(vocab.PRESENT_WORDS, key=len, reverse=True)
) + r")(?![\w])"
SEPARATOR = r"(?:[-–—−~]{1,3}|\b(?:" + "|".join(
    s for s in vocab.RANGE_SEPARATORS if s[0].isalpha()
) + r")(?![\w]))"
_SINCE = r"\b(?:" + "|".join(vocab.OPEN_START_WORDS) + r")\b"
_BEFORE = r"(?<![\w/.,+'’‘-])"
_AFTER = r"(?![\w/]|[-.,/]\d)"


def _atom(tag: str) -> str:
    """One date as CVs write it; group names end in `tag` so two atoms fit one pattern."""
    return (
        r"(?:"
        rf"(?P<d_{tag}>\d{{1,2}})[-/.](?P<m_{tag}>\d{{1,2}})[-/.](?P<y_{tag}>{_YEAR})"
        rf"|(?:\d{{1,2}}\.?\s+)?(?P<mn_{tag}>{_MONTH})\.?,?\s*"
        rf"(?:(?P<ny_{tag}>{_YEAR})|['’‘](?P<nyy_{tag}>\d{{2}}))"
        rf"|(?P<iy_{tag}>{_YEAR})[-/](?P<im_{tag}>0[1-9]|1[0-2])(?!\d)"
        rf"|(?P<mm_{tag}>\d{{1,2}})\s?[-/.]\s?(?P<my_{tag}>{_YEAR})"
        rf"|(?P<yo_{tag}>{_YEAR})"
        rf"|['’‘](?P<yy_{tag}>\d{{2}})"
        r")"
    )


_START = rf"{_BEFORE}(?P<start>{_atom('s')})"
_END = rf"(?P<end>{_atom('e')}{_AFTER}|(?P<present>{_PRESENT}))"
# name, regex, base score: the wrapped forms are less certain than a range on one line.
PATTERNS: list[tuple[str, re.Pattern[str], float]] = [
    ("range", re.compile(rf"{_START}\s*{SEPARATOR}\s*{_END}", _I), 0.9),
    (
        "cells",  # "2019 | heden | Ambulant begeleider": start and end in columns of a table
        re.compile(rf"{_START}[ \t]*\|[ \t]*{_END}", _I),
        0.55,
    ),
    (
        "shared year",  # "september – december 2016"
        re.compile(
            rf"(?<![\w])(?P<start>(?P<mn_s>{_MONTH}))\.?\s*{SEPARATOR}\s*"
            rf"(?P<end>(?P<mn_e>{_MONTH})\.?\s*(?P<ny_e>{_YEAR})){_AFTER}",
            _I,
        ),
        0.8,
    ),
    (
        "wrapped",  # end date at the start of the next line, other column's words between
        re.compile(rf"{_START}[ \t]*{SEPARATOR}[ \t]+(?P<between>[^\n]*?)[ \t]*\n[ \t]*{_END}", _I),
        0.6,
    ),
    (
        "wrapped year",  # "september 2014 – juni <other words>\n2015"
        re.compile(
            rf"{_START}[ \t]*{SEPARATOR}[ \t]*(?P<end>(?P<mn_e>{_MONTH})\.?)[ \t]+"
            rf"(?P<between>[^\n]*?)[ \t]*\n[ \t]*(?P<ny_e>{_YEAR}){_AFTER}",
            _I,
        ),
        0.65,  # above "wrapped": a month name right after the separator is the end's month
    ),
    (
        "wrapped separator",  # "september 2008 <other words>\nt/m mei 2015"
        re.compile(
            rf"{_START}[ \t]+(?P<between>[^\n]*?)[ \t]*\n[ \t]*"
            rf"(?:t/m|tot(?:\s+en\s+met)?|–|—)\s*{_END}",
            _I,
        ),
        0.55,
    ),
    (
        "unseparated",  # "09-2022 heden": OCR and some templates lose the dash
        re.compile(rf"{_START}[ \t]+(?P<end>(?P<present>{_PRESENT}))", _I),
        0.5,
    ),
    (
        "unseparated dates",  # "08/2010 12/2016": an OCR'd date column without its dash
        re.compile(rf"{_START}[ \t]{{1,3}}{_END}", _I),
        0.45,
    ),
    ("open", re.compile(rf"{_START}[ \t]*{SEPARATOR}[ \t]*(?=\n|\||$)", _I), 0.6),
    ("since", re.compile(rf"{_SINCE}\s+{_START}{_AFTER}", _I), 0.5),
]
_HAS_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


@dataclass(frozen=True)
class Period:
    """A range of months. `start`/`end` are "YYYY-MM" (end may be "present"); a year-only
    start is January and a year-only end December, `*_precision` says what was written."""

    start: str
    end: str
    start_precision: str  # "month" | "year"
    end_precision: str  # "month" | "year" | "present"
    pattern: str
    start_offsets: tuple[int, int]  # character offsets of the start date in doc.text
    end_offsets: tuple[int, int] | None  # of the end date or "heden"; None for an open end
    score: float = 0.9
    explanation: dict[str, Any] = field(default_factory=dict, compare=False)

    def first_day(self) -> date:
        year, month = (int(part) for part in self.start.split("-"))
        return date(year, month, 1)

    def last_day(self, reference_date: date) -> date:
        if self.end == "present":
            year, month = reference_date.year, reference_date.month
        else:
            year, month = (int(part) for part in self.end.split("-"))
        return date(year, month, calendar.monthrange(year, month)[1])

    @property
    def start_label(self) -> str:
        """As the gold files write it: "2016" for a year-only start, else "2016-09"."""
        return self.start[:4] if self.start_precision == "year" else self.start

    @property
    def end_label(self) -> str:
        if self.end == "present" or self.end_precision != "year":
            return self.end
        return self.end[:4]


def _year(short: str, reference_year: int) -> int:
    """'17 -> 2017, '95 -> 1995 (a two-digit year after the reference year is last century)."""
    value = int(short)
    century = 2000 if 2000 + value <= reference_year else 1900
    return century + value


def _date_of(match: re.Match[str], tag: str, reference_year: int) -> tuple[int, int | None] | None:
    """(year, month or None) of the atom with group suffix `tag`."""
    def group(name: str) -> str | None:
        try:
            return match.group(f"{name}_{tag}")
        except IndexError:
            return None

    if group("y"):
        return int(group("y")), int(group("m"))
    if group("mn"):
        month = vocab.MONTHS[group("mn").lower()]
        if group("ny"):
            return int(group("ny")), month
        if group("nyy"):
            return _year(group("nyy"), reference_year), month
        return None
    if group("iy"):
        return int(group("iy")), int(group("im"))
    if group("mm"):
        return int(group("my")), int(group("mm"))
    if group("yo"):
        return int(group("yo")), None
    if group("yy"):
        return _year(group("yy"), reference_year), None
    return None


def validate(start: tuple[int, int | None], end: tuple[int, int | None] | None,
             reference_date: date) -> str | None:
    """Why a candidate is not a plausible period, or None when it is."""
    for year, month in (start, end) if end else (start,):
        if month is not None and not 1 <= month <= 12:
            return f"month {month} out of range"
        if not MIN_YEAR <= year <= reference_date.year:
            return f"year {year} outside {MIN_YEAR}..{reference_date.year}"
    first = (start[0], start[1] or 1)
    if first > (reference_date.year, reference_date.month):
        return "starts after the reference date"
    if end is not None and first > (end[0], end[1] or 12):
        return "end before start"
    return None


def _candidate(match: re.Match[str], name: str, score: float,
               reference_date: date) -> tuple[Period | None, str | None]:
    ref_year = reference_date.year
    if name == "shared year":
        start = (int(match.group("ny_e")), vocab.MONTHS[match.group("mn_s").lower()])
    else:
        start = _date_of(match, "s", ref_year)
    if start is None:
        return None, "start unreadable"
    between = match.groupdict().get("between")
    if between and _HAS_YEAR.search(between):
        return None, "another date between start and end"
    if between and start[1] is None:  # "2015 - Cursus X\n2016 - Cursus Y" is a list of years
        return None, "a year-only start with words after its separator"
    end: tuple[int, int | None] | None = None
    end_offsets = None
    if name == "unseparated dates" and match.group("present"):
        return None, "covered by the unseparated pattern"
    if name == "unseparated" and match.group("present").lower() not in UNSEPARATED_PRESENT:
        return None, "a present word this weak needs a separator before it"
    if match.groupdict().get("present"):
        end_precision = "present"
        end_offsets = match.span("present")
    elif name in ("open", "since"):
        end_precision = "present"
    else:
        end = _date_of(match, "e", ref_year)
        if end is None:
            return None, "end unreadable"
        end_precision = "year" if end[1] is None else "month"
        end_offsets = (match.start("end"), match.end())
        if name == "wrapped year":
            end_offsets = match.span("ny_e")
    reason = validate(start, end, reference_date)
    if reason:
        return None, reason
    start_precision = "year" if start[1] is None else "month"
    start_text = f"{start[0]:04d}-{start[1] or 1:02d}"
    end_text = "present" if end is None else f"{end[0]:04d}-{end[1] or 12:02d}"
    period = Period(
        start=start_text,
        end=end_text,
        start_precision=start_precision,
        end_precision=end_precision,
        pattern=name,
        start_offsets=match.span("start"),
        end_offsets=end_offsets,
        score=score,
        explanation={
            "pattern": name,
            "score": score,
            "validation": "start <= end, months 1-12, years "
                          f"{MIN_YEAR}..{reference_date.year}",
        },
    )
    return period, None


def find_periods(text: str, reference_date: date) -> list[tuple[int, int, Period]]:
    """(start, end, period) for every validated, non-overlapping range in `text`.

    Where candidates overlap, the one starting first wins, then the more certain pattern.
    """
    found: list[tuple[int, float, int, Period]] = []
    for name, pattern, score in PATTERNS:
        for match in pattern.finditer(text):
            period, _ = _candidate(match, name, score, reference_date)
            if period is not None:
                found.append((match.start(), -score, match.end(), period))
    chosen: list[tuple[int, int, Period]] = []
    taken_until = -1
    for start, _, end, period in sorted(found, key=lambda item: (item[0], item[1])):
        if start < taken_until:
            continue
        chosen.append((start, end, period))
        taken_until = end
    return chosen


class PeriodRecognizer:
    """Sets doc.spans["periods"]; each span's `_.period` is its Period."""

    def __init__(self, reference_date: date) -> None:
        self.reference_date = reference_date

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, period in find_periods(doc.text, self.reference_date):
            span = doc.char_span(start, end, label="PERIOD", alignment_mode="expand")
            if span is None:
                continue
            span._.period = period
            spans.append(span)
        doc.spans["periods"] = spans
        return doc


@Language.factory(
    "cvscreen_periods_v1",
    default_config={"reference_date": "2026-06-22"},
    assigns=["doc.spans"],
)
def make_periods(nlp: Language, name: str, *, reference_date: str) -> PeriodRecognizer:
    return PeriodRecognizer(date.fromisoformat(str(reference_date)))
