"""Date ranges ("sep 2019 – heden", "01-2015 t/m 12-2017", "2015 - 2018") as Period spans.

Presidio-style: named patterns find candidates, `validate` rejects impossible ones (end before
start, month 13, a year before 1950 or after the reference year), and each period keeps an
explanation (pattern, validation). A lone date is never a period: a birth date or "geldig tot
17-10-2028" has no start and separator. Column layouts read line by line split a range over
two lines ("02/2015 - Werkgever ...\n08/2019 ..."); the `wrapped` patterns join them, and the
period keeps the offsets of its two dates so a reader can tell them from the words between.
A form writes a period as two fields ("Startdatum: 01-06-2015" over "Einddatum: 28-02-2019").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.facts import Check, check
from pipeline.lang.nl import fields as fields_vocab
from pipeline.lang.nl import periods as vocab
from pipeline.structure.dates import FORMS, MONTH_NAME, YEAR, atom, parse
from pipeline.structure.lines import text_of

Span.set_extension("period", default=None, force=True)

MIN_YEAR = 1950
UNSEPARATED_PRESENT = frozenset({"heden", "tot heden", "tot op heden", "present", "current"})
_I = re.IGNORECASE
_PRESENT = r"(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+")
    for w in sorted(vocab.PRESENT_WORDS, key=len, reverse=True)
) + r")(?![\w])"
SEPARATOR = r"(?:[-–—−~]{1,3}|\b(?:" + "|".join(
    s for s in vocab.RANGE_SEPARATORS if s[0].isalpha()
) + r")(?![\w]))"
_SINCE = r"\b(?:" + "|".join(vocab.OPEN_START_WORDS) + r")\b"
# A form's date fields, by their labels ("Startdatum:", "Einddatum:").
_FIELD = {key: r"\b(?:" + "|".join(re.escape(label).replace(r"\ ", r"\s+")
                                   for label in fields_vocab.FIELD_LABELS[key]) + r")"
          for key in ("start", "end")}
_BEFORE = r"(?<![\w/.,+'’‘-])"
_AFTER = r"(?![\w/]|[-.,/]\d)"
# The forms a period's ends are written in: every date form but a full date with a two-digit
# year, which a range of months does not need.
_PERIOD_FORMS = tuple(name for name, _ in FORMS if name != "day-month-short-year")


_START = rf"{_BEFORE}(?P<start>{atom('s', _PERIOD_FORMS)})"
_END = rf"(?P<end>{atom('e', _PERIOD_FORMS)}{_AFTER}|(?P<present>{_PRESENT}))"
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
            rf"(?<![\w])(?P<start>(?P<smn>{MONTH_NAME}))\.?\s*{SEPARATOR}\s*"
            rf"(?P<end>(?P<emn>{MONTH_NAME})\.?\s*(?P<eny>{YEAR})){_AFTER}",
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
            rf"{_START}[ \t]*{SEPARATOR}[ \t]*(?P<end>(?P<emn>{MONTH_NAME})\.?)[ \t]+"
            rf"(?P<between>[^\n]*?)[ \t]*\n[ \t]*(?P<eny>{YEAR}){_AFTER}",
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
    (
        "form fields",  # "Startdatum: 01-06-2015\nEinddatum: 28-02-2019" (a blank end: ongoing)
        re.compile(rf"{_FIELD['start']}[ \t]*:[ \t]*{_START}[ \t]*\n[^\n:]{{0,40}}?"
                   rf"{_FIELD['end']}[ \t]*:[ \t]*(?:{_END}|(?=\n|$))", _I),
        0.7,
    ),
    ("open", re.compile(rf"{_START}[ \t]*{SEPARATOR}[ \t]*(?=\n|\||$)", _I), 0.6),
    ("since", re.compile(rf"{_SINCE}\s+{_START}{_AFTER}", _I), 0.5),
]
_HAS_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")

# A period's shape in a short text (an education line), not validated: a study may run into
# the future ("2024 – 2028"). Two years with only a space between them are a range too (OCR
# drops the dash: "2006 2010").
DATE_RANGE = re.compile(
    rf"{_START}(?:[ \t]*{SEPARATOR}[ \t]*|[ \t]+(?={YEAR}(?!\d))){_END}", _I
)
# A date or a period that opens a line, with the separator after it ("2014 – 2018 | ...").
# Alone, "3/4" is no date: a month with a two-digit year is read only in a range.
_LEADING_FORMS = tuple(name for name in _PERIOD_FORMS if name != "month-short-year")
LEADING_DATE = re.compile(
    rf"^(?:{DATE_RANGE.pattern}|{_BEFORE}{atom('x', _LEADING_FORMS)}{_AFTER})\s*[-–—:|,]?\s*", _I
)


# A start date and its separator, with the end if one is written ("2019 –" is open): where a
# role's period stands, to tell whether the role still runs.
RANGE_OR_OPEN = re.compile(rf"{_START}[ \t]*{SEPARATOR}[ \t]*(?:{_END})?", _I)
# "sinds 2020", "vanaf januari 2021": a start that runs until now.
SINCE = re.compile(rf"{_SINCE}\s+{_START}{_AFTER}", _I)


def range_end_year(match: re.Match[str]) -> int | None:
    """The end year of a DATE_RANGE match; None for an open end ("heden")."""
    if match.group("present"):
        return None
    value = parse(match, "e")
    return value.year if value else None


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
    explanation: Check = field(default_factory=dict, compare=False)  # type: ignore[assignment]

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


def _date_of(match: re.Match[str], tag: str, reference_year: int) -> tuple[int, int | None] | None:
    """(year, month or None) of the `atom(tag)` in the match (a day is not needed)."""
    value = parse(match, tag, reference_year)
    return None if value is None else (value.year, value.month)


def _end_of(match: re.Match[str], name: str, reference_year: int) -> tuple[int, int | None] | None:
    """The end's (year, month): a month name with the year on its own ("september – december
    2016", "september 2014 – juni\n2015"), else the end atom."""
    if name in ("shared year", "wrapped year"):
        return int(match.group("eny")), vocab.MONTHS[match.group("emn").lower()]
    return _date_of(match, "e", reference_year)


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
        start = (int(match.group("eny")), vocab.MONTHS[match.group("smn").lower()])
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
    elif match.groupdict().get("end") is None:  # "2019 –", "sinds 2019", a blank end field
        end_precision = "present"
    else:
        end = _end_of(match, name, ref_year)
        if end is None:
            return None, "end unreadable"
        end_precision = "year" if end[1] is None else "month"
        end_offsets = (match.start("end"), match.end())
        if name == "wrapped year":
            end_offsets = match.span("eny")
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
        explanation=check(name, [f"start <= einde, maanden 1-12, jaren "
                                 f"{MIN_YEAR}..{reference_date.year}"], score=score),
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
        for start, end, period in find_periods(text_of(doc), self.reference_date):
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
