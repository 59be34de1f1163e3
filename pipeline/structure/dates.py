"""One grammar for the dates CVs write: "30-04-2029", "1 mei 2029", "sept. 2019", "09/2019",
"2019-09", "'17", "2019"; in a range also "9/17".

Every recognizer that reads a date (periods of work and study, an SKJ expiry, a course's year, a
current self-employment) reads it through this module, so a new way of writing a date is taught
once. A date keeps what was written: its precision (day, month or year) decides what a rule may
conclude from it (a year-only expiry cannot be checked to the day).
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.nl.months import MONTHS
from pipeline.structure.lines import text_of

Doc.set_extension("dates", default=None, force=True)

YEAR = r"(?:19|20)\d{2}"
MONTH_NAME = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
MIN_YEAR, MAX_YEAR = 1950, 2100
_I = re.IGNORECASE

# (form, pattern): tried in this order at a position, so the fuller form wins. Group names
# end in the atom's tag, so two atoms can stand in one pattern (a period's start and end).
FORMS: tuple[tuple[str, str], ...] = (
    ("iso", r"(?P<y_{t}>{Y})-(?P<m_{t}>\d{{1,2}})-(?P<d_{t}>\d{{1,2}})(?![\d])"),
    ("day-month-year", r"(?P<d_{t}>\d{{1,2}})\s?[-/.]\s?(?P<m_{t}>\d{{1,2}})\s?[-/.]\s?"
                       r"(?P<y_{t}>{Y})"),
    ("day-month-short-year", r"(?P<d_{t}>\d{{1,2}})[-/.](?P<m_{t}>\d{{1,2}})[-/.]"
                             r"(?P<yy_{t}>\d{{2}})(?!\d)"),
    ("monthname", r"(?:(?P<d_{t}>\d{{1,2}})\.?\s+)?(?P<mn_{t}>{MN})\.?,?\s*"
                  r"(?:(?P<y_{t}>{Y})|['’‘](?P<yy_{t}>\d{{2}}))"),
    ("monthname-day-year", r"(?P<mn_{t}>{MN})\.?\s+(?P<d_{t}>\d{{1,2}}),?\s+(?P<y_{t}>{Y})"),
    ("year-month", r"(?P<y_{t}>{Y})[-/](?P<m_{t}>0[1-9]|1[0-2])(?!\d)"),
    ("month-year", r"(?P<m_{t}>\d{{1,2}})\s?[-/.]\s?(?P<y_{t}>{Y})"),
    ("year", r"(?P<y_{t}>{Y})"),
    ("short-year", r"['’‘](?P<yy_{t}>\d{{2}})"),
    # "9/17–nu", "3/06–12/09": compact CVs write a job's months with two-digit years
    ("month-short-year", r"(?P<m_{t}>1[0-2]|0?[1-9])/(?P<yy_{t}>\d{{2}})(?!\d)"),
)
# Short years and days-without-months are only read where a range makes them dates: alone,
# "1/10" may be a day and month.
RANGE_ONLY_FORMS = frozenset({"short-year", "month-short-year"})


def atom(tag: str, forms: tuple[str, ...] | None = None) -> str:
    """A regex of one date; its groups end in `_<tag><n>`, n the form's index."""
    parts = []
    for index, (name, pattern) in enumerate(FORMS):
        if forms is not None and name not in forms:
            continue
        body = pattern.format(t=f"{tag}{index}", Y=YEAR, MN=MONTH_NAME)
        parts.append(f"(?P<f_{tag}{index}>{body})")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class DateValue:
    """A date as written: day and month are None where the CV did not give them."""

    year: int
    month: int | None
    day: int | None
    form: str
    short_year: bool = False

    @property
    def precision(self) -> str:
        """day | month | year: what the CV said, and so what may be concluded."""
        return "day" if self.day else "month" if self.month else "year"

    def last_day(self) -> date:
        """The last day the date may mean ("03-2028" is 31 March 2028, "2028" 31 December)."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)


@dataclass(frozen=True)
class DateMention:
    """A date in the text: `text[start:end]`."""

    start: int
    end: int
    value: DateValue


def parse(match: re.Match[str], tag: str, reference_year: int | None = None) -> DateValue | None:
    """The date an `atom(tag)` matched, or None when it is no date (month 13, 31 February).

    A two-digit year is read in the century that puts it on or before `reference_year`."""
    for index, (name, _) in enumerate(FORMS):
        if match.groupdict().get(f"f_{tag}{index}") is None:
            continue
        group = {key.rsplit("_", 1)[0]: value for key, value in match.groupdict().items()
                 if key.endswith(f"_{tag}{index}") and value is not None}
        short = "yy" in group
        year = _century(int(group["yy"]), reference_year) if short else int(group["y"])
        month = MONTHS[group["mn"].lower()] if "mn" in group else (
            int(group["m"]) if "m" in group else None)
        day = int(group["d"]) if "d" in group else None
        if not _valid(year, month, day):
            return None
        return DateValue(year, month, day, name, short)
    return None


def form_of(match: re.Match[str], tag: str) -> str:
    """Which form an `atom(tag)` matched, valid date or not ("31-02-2028" is day-month-year)."""
    return next(name for index, (name, _) in enumerate(FORMS)
                if match.groupdict().get(f"f_{tag}{index}") is not None)


def _century(short: int, reference_year: int | None) -> int:
    """'17 -> 2017, '95 -> 1995 (a two-digit year after the reference year is last century)."""
    if reference_year is None or 2000 + short <= reference_year:
        return 2000 + short
    return 1900 + short


def _valid(year: int, month: int | None, day: int | None) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR or (month is not None and not 1 <= month <= 12):
        return False
    if day is None:
        return True
    return month is not None and 1 <= day <= calendar.monthrange(year, month)[1]


# One date standing alone: not inside a longer number, word or path.
_SINGLE_FORMS = tuple(name for name, _ in FORMS if name not in RANGE_ONLY_FORMS)
DATE = re.compile(r"(?<![\w/.-])" + atom("x", _SINGLE_FORMS) + r"(?![\w/])", _I)
# The same, matched where a range's dash leaves off ("01-03-2024-01-03-2029").
DATE_AT = re.compile(atom("x", _SINGLE_FORMS) + r"(?![\w/])", _I)
YEAR_ALONE = re.compile(rf"(?<!\d){YEAR}(?!\d)")


def find_dates(text: str, reference_year: int) -> list[DateMention]:
    """Every readable single date in `text`, left to right, not overlapping."""
    found = []
    for match in DATE.finditer(text):
        value = parse(match, "x", reference_year)
        if value is not None:
            found.append(DateMention(match.start(), match.end(), value))
    return found


def date_at(text: str, position: int, limit: int, reference_year: int) -> tuple[
        re.Match[str], DateValue | None] | None:
    """The date written right at `position` (ending by `limit`): the match, and its value or
    None when it looks like a date but is none (an impossible day)."""
    match = DATE.match(text, position, limit)
    if match is None:
        return None
    return match, parse(match, "x", reference_year)


def dates_between(doc: Doc, start: int, end: int) -> list[DateMention]:
    """The dates the dates component found in `doc.text[start:end]`."""
    mentions = doc._.dates or []
    low = bisect.bisect_left([m.start for m in mentions], start)
    return [m for m in mentions[low:] if m.start < end and m.end <= end]


class DateRecognizer:
    """Sets doc._.dates (DateMention list) and doc.spans["dates"]."""

    def __init__(self, reference_date: date) -> None:
        self.reference_year = reference_date.year

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_dates(text_of(doc), self.reference_year)
        doc._.dates = mentions
        spans = [doc.char_span(m.start, m.end, label=m.value.precision.upper(),
                               alignment_mode="expand") for m in mentions]
        doc.spans["dates"] = [span for span in spans if span is not None]
        return doc


@Language.factory(
    "cvscreen_dates_v1",
    default_config={"reference_date": "2026-06-22"},
    assigns=["doc.spans", "doc._.dates"],
)
def make_dates(nlp: Language, name: str, *, reference_date: str) -> DateRecognizer:
    return DateRecognizer(date.fromisoformat(str(reference_date)))
