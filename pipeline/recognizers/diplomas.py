"""Diplomas from the education section: level, study, school, completion, field class (spec K1).

Presidio-style: the education section is split into entries (by leading dates, else by lines
that name a study); in each entry level, field, completion and foreign patterns are matched
and the explanation records which words decided. This module supplies facts only; the K1
pass/review/fail decision is the scorer's. Unknown stays `None` so the scorer can say review.

Without an education section the whole text is read, strictly: only lines that name both a
level and a study, outside a motivation, with a year nearby, and never first-person prose
("ik wil de deeltijdopleiding Pedagogiek gaan doen" is a plan, not a diploma).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Diploma, Explanation, check
from pipeline.lang.nl import diplomas as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.structure.dates import YEAR, YEAR_ALONE
from pipeline.structure.entries import Entry, group, leading_date
from pipeline.structure.fields import (
    HEADER_ROW_LABELS,
    column_fields,
    fields_of,
    flags_of,
    form_entries,
    key_of,
    line_fields,
    yes_no,
)
from pipeline.structure.lines import Line, evidence_at, lines_between, text_of
from pipeline.structure.periods import DATE_RANGE, LEADING_DATE, range_end_year
from pipeline.structure.sections import is_running_line, looks_like_heading

_I = re.IGNORECASE
_FIELDS = {key: [re.compile(p, _I) for p in patterns] for key, patterns in vocab.FIELDS.items()}
_UNRELATED = [re.compile(p, _I) for p in vocab.UNRELATED_FIELDS]
_LEVEL_HYPHEN = re.compile(vocab.LEVEL_HYPHEN)
_EXPLICIT = [(level, re.compile(p)) for level, p in vocab.EXPLICIT_LEVELS]
_HINTS = [(level, re.compile(p)) for level, p in vocab.LEVEL_HINTS]
_COURSE = re.compile(vocab.COURSE_WORDS)
# A line that is a study's name closed by its qualification level ("Pedagogisch Werk niveau 4"):
# it opens an entry like a line that names a level word.
_QUALIFICATION_TITLE = re.compile(
    rf"^[A-Z][^,|·:;()\d]{{3,60}}?\s+(?:{'|'.join(p for _, p in vocab.LEVEL_HINTS)})\s*$"
)
_INSTITUTION_LEVEL = [(level, re.compile(p)) for level, p in vocab.INSTITUTION_LEVELS]
_DEGREE = [(level, re.compile(p)) for level, p in vocab.DEGREE_LEVELS]
_FIELD_LEVELS = [(level, re.compile(p)) for level, p in vocab.FIELD_LEVELS]
_ASSOCIATE = re.compile(vocab.ASSOCIATE_DEGREE)
_INSTITUTION = re.compile(vocab.INSTITUTION_WORDS)
_STOPPED = re.compile("|".join(vocab.STOPPED), _I)
_RUNNING = re.compile("|".join(vocab.RUNNING), _I)
_PROPEDEUSE = re.compile(vocab.PROPEDEUSE, _I)
_OPEN_END = re.compile(vocab.OPEN_END, _I)
_COMPLETED = re.compile("|".join(vocab.COMPLETED), _I)
_PLANNED = re.compile("|".join(vocab.PLANNED), _I)
_FOREIGN = re.compile("|".join(vocab.FOREIGN_MARKERS), _I)
_ENGLISH_UNIVERSITY = re.compile(vocab.ENGLISH_UNIVERSITY, _I)
_DUTCH_PLACE = re.compile(vocab.DUTCH_UNIVERSITY_PLACES, _I)
_CONTINUATION = re.compile(vocab.CONTINUATION_WORDS)
_DESCRIPTION = re.compile(vocab.DESCRIPTION)
_LEVEL_ONLY = re.compile(r"(?i:hbo|wo|mbo|bachelor|master)")
_GENERIC_SCHOOL = re.compile(
    r"(?i:(?:onderwijs)?instituut|instelling|onderwijsinstelling|school|college|hogeschool|"
    r"universiteit|university|institute|institution)"
)
_NARRATIVE = re.compile(vocab.NARRATIVE_WORDS)
_SECONDARY = {"havo", "vwo", "vmbo", "other"}

_LEAD_DATE = LEADING_DATE
_RANGE = DATE_RANGE
_DATE_ONLY = re.compile(rf"{DATE_RANGE.pattern}\s*", re.IGNORECASE)
_YEAR_RX = YEAR_ALONE
_MINOR = re.compile(vocab.MINOR, _I)
_DEGREE_OF = re.compile(vocab.DEGREE_OF)
_YOUTH_TRACK = re.compile(vocab.YOUTH_TRACK, _I)
_BULLET = re.compile(r"^(?:[•\-–—○▪►›✓*·◦■□➢>]+)\s*")
_SEPARATOR = re.compile(r"\s+[–—-]\s+|\s*\|\s*|\t+|\s+[•·]\s+|;\s+|\s{3,}")
_LEVEL_PAREN = re.compile(
    r"\s*\((?=[^)]*\b(?:hbo|wo|mbo|bachelor|master|voltijd|deeltijd|duaal|professionele|"
    r"behaald|niveau|lopend|verwacht\w*|progress|gestopt|afgerond|bezig)\b)[^)]*\)", _I,
)
_SCHOOL_TYPE = re.compile(r"(?<![\w-])(?:havo|vwo|vmbo|mavo)(?:-[a-z]{1,3})?(?![\w])", _I)
_COMMA_OUTSIDE_PARENS = re.compile(r",\s+(?![^(]*\))")
_LEVEL_PREFIX = re.compile(r"^(?:(?i:hbo|mbo|diploma)|WO)[\s-]+(?=\w{2})")
_YEAR_PAREN = re.compile(rf"\s*\((?:[^)]*{YEAR}[^)]*)?\)")
_TRAILING = re.compile(
    rf"(?:[\s,;:]+(?:{YEAR}|(?i:diploma\s+behaald|behaald|afgerond|diploma)))+[\s,;:.]*$"
)


class DiplomaRecognizer(Recognizer):
    """Reads each diploma entry: level, study field, school, completion, as the CV says them.

    Which fields a tender accepts is the scorer's business (pipeline.scoring)."""

    facts: ClassVar[dict[str, Any]] = {"diplomas": None}

    def __init__(self, *, reference_date: str | None) -> None:
        self.reference = date.fromisoformat(reference_date) if reference_date else date.today()

    def recognize(self, doc: Doc) -> dict[str, Any]:
        entries = education_entries(doc)
        diplomas = [d for d in (self.read(doc, entry) for entry in entries) if d]
        return {"diplomas": _distinct(diplomas)}

    def read(self, doc: Doc, entry: Entry) -> Diploma | None:
        text = entry.text
        if not any(_names_study(line.text) for line in entry.lines):
            return None
        name_line = _name_line(entry)
        if entry.how == "whole text" and _PLANNED.search(text):
            return None
        form = fields_of(entry.lines, entry.columns)
        name_text = form["study"].value if "study" in form else name_line.text
        level_text = " ".join(f.value for key, f in form.items() if key in ("study", "level"))
        level, level_from = _level(level_text or name_text, text)
        minors = _minor_fields(text)
        field_key, field_from = _field(_MINOR.sub(_blank, text)) \
            if level not in _SECONDARY else (None, None)
        end_year, period = _end_year(form["end"].value if "end" in form else text)  # "Einddatum:"
        completed, completion_from = _completion(text, end_year, self.reference.year)
        answer = _form_completion(entry)
        if answer is not None:
            completed, completion_from = answer
        if completed is False:
            end_year = None  # no diploma, so no year it was obtained; the period stays below
        foreign = _FOREIGN.search(text)
        if not foreign and _ENGLISH_UNIVERSITY.search(text) and not _DUTCH_PLACE.search(text):
            foreign = _ENGLISH_UNIVERSITY.search(text)  # "University of Birmingham"
        explanation: Explanation = {
            "entry": check(entry.how),
            "field": check(field_key or "onbekend", [field_from]),
            "level": check(level or "onbekend", [level_from]),
            "completion": check({True: "afgerond", False: "niet afgerond"}.get(completed,
                                                                               "onbekend"),
                                [completion_from]),
            "period": check("periode", [period]),
        }
        if minors:
            explanation["minors"] = check("minor of uitstroomprofiel", minors)
        if foreign:
            explanation["foreign"] = check("buitenlands", [foreign.group()])
        if form:
            explanation["form"] = check("formulier", sorted(form))
        institution = form["institution"].value if "institution" in form \
            else _institution(entry.lines, name_line)
        return Diploma(
            level=level,
            name=_name(name_text, level) or None,
            institution=institution or None,
            completed=completed,
            end_year=end_year,
            evidence=evidence_at(doc, entry.start, entry.end),
            study_field=field_key,
            minor_fields=minors,
            foreign=bool(foreign),
            explanation=explanation,
        )


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _minor_fields(text: str) -> list[str]:
    """The fields a minor, elective or track names ("minor Jeugd en Opvoeding",
    "uitstroomprofiel Jeugd"): they say where a study went, not which study it was."""
    keys = []
    for match in _MINOR.finditer(text):
        key, _ = _field(match.group())
        if key is None and _YOUTH_TRACK.search(match.group()):
            key = "jeugd"
        if key and key not in keys:
            keys.append(key)
    return keys


def _form_completion(entry: Entry) -> tuple[bool | None, str] | None:
    """A form's own answer ("Diploma behaald: Nee", a table's "Diploma" column saying "nee";
    "Propedeuse behaald" as its only word on completion): decisive where the running-text
    words would conflict."""
    form = fields_of(entry.lines, entry.columns)
    lines = entry.lines
    if "completed" in form:
        answer = yes_no(form["completed"].value)
        if answer is not None:
            return answer, f"form: {form['completed'].label}: {form['completed'].value}"
    flags = [f.label for f in flags_of(lines) if _PROPEDEUSE.search(f.label)]
    if flags and "completed" not in form:
        return False, f"form: only {flags[0]!r}"
    return None


def _distinct(diplomas: list[Diploma]) -> list[Diploma]:
    """One diploma per study: the same one listed twice (a sidebar and the education
    section) keeps the reading with the most known values."""
    kept: list[Diploma] = []
    for diploma in diplomas:
        twin = next((k for k in kept if _same(k, diploma)), None)
        if twin is None:
            kept.append(diploma)
        elif _known(diploma) > _known(twin):
            kept[kept.index(twin)] = diploma
    return kept


def _same(a: Diploma, b: Diploma) -> bool:
    names = [re.sub(r"[^a-z]+", " ", (d.name or "").lower()).strip() for d in (a, b)]
    return (
        a.level == b.level and a.study_field == b.study_field
        and (a.completed == b.completed or None in (a.completed, b.completed))
        and (a.end_year == b.end_year or None in (a.end_year, b.end_year))
        and bool(names[0]) and bool(names[1]) and (names[0] in names[1] or names[1] in names[0])
    )


def _known(diploma: Diploma) -> int:
    return sum(value is not None for value in (diploma.level, diploma.name, diploma.institution,
                                               diploma.completed, diploma.end_year))


def _name_line(entry: Entry) -> Line:
    """The line holding the study's name: the first that names one, or a dated first line
    whose title the vocabularies do not know ("2010 - 2014 Grado en Educación Social")."""
    first = entry.lines[0]
    lead = _LEAD_DATE.match(_BULLET.sub("", first.text))
    title = _BULLET.sub("", first.text)[lead.end():] if lead else ""
    head = _COMMA_OUTSIDE_PARENS.split(_SEPARATOR.split(title)[0])[0]
    if head and not (_school_line(head) or _CONTINUATION.match(head) or _COURSE.search(title)):
        return first
    return next(line for line in entry.lines if _names_study(line.text))


def education_entries(doc: Doc) -> list[Entry]:
    """Diploma entries of the education section(s), else the strict whole-text reading."""
    blocks = _education_blocks(doc)
    entries = []
    for lines, context in blocks:
        lines = _without_label_cell(lines)
        form = form_entries(lines, "study")
        if form:
            entries.extend(Entry(tuple(lines_of), context + " (form)") for lines_of in form)
            continue
        columns = column_fields(lines)
        entries.extend(replace(entry, columns=columns) if columns else entry
                       for entry in _with_date_column(lines, context))
    if entries:
        return entries
    return _whole_text_entries(doc)


def _without_label_cell(lines: list[Line]) -> list[Line]:
    """A table's label cell beside dated rows ("Opleiding | 2014 – 2015 | Master ...") is
    the section's heading, not a form's study field whose value is a period: the label is
    cut off so that the rows are read as a dated list."""
    if not lines:
        return lines
    first = lines[0]
    study = next((f for f in line_fields(first) if f.key == "study"), None)
    if study is None or not _DATE_ONLY.fullmatch(study.value):
        return lines
    cut = first.text.find(study.value, study.start - first.start)
    return [Line(first.text[cut:], first.start + cut, first.end), *lines[1:]]


def _education_blocks(doc: Doc) -> list[tuple[list[Line], str]]:
    """Lines of each education section, carried on over a following span that a non-heading
    line opened (such as "- Stages: ...")."""
    sections = sorted(doc.spans.get("sections", []), key=lambda span: span.start_char)
    blocks = []
    for index, span in enumerate(sections):
        if span.label_ != "opleiding":
            continue
        end = span.end_char
        for following in sections[index + 1:]:  # a span opened by a non-heading line
            first = lines_between(text_of(doc), following.start_char, following.end_char)[:1]
            if not first or looks_like_heading(first[0].text) or following._.heading:
                break  # a heading, or a line opening with one ("Cursussen | Meldcode")
            end = following.end_char
        lines = lines_between(text_of(doc), span.start_char, end)
        if lines and looks_like_heading(lines[0].text) and not _names_study(lines[0].text):
            lines = lines[1:]
        blocks.append((lines, "section opleiding"))
    return blocks


def _with_date_column(lines: list[Line], context: str) -> list[Entry]:
    """Entries of a block whose dates were read as a column of their own.

    A right- or left-aligned date column can arrive as a run of date-only lines before or
    after all entries. When the run has one period per undated entry, they are paired in
    order; otherwise the block is split as it stands.
    """
    lines = [line for line in lines if not is_running_line(line.text)
             and any(c.isalnum() for c in line.text)]  # OCR leaves rules as "—" lines
    dated = [bool(_DATE_ONLY.fullmatch(_BULLET.sub("", line.text))) for line in lines]
    run = 0
    while run < len(lines) and dated[-1 - run]:
        run += 1
    body, column = lines[:len(lines) - run], lines[len(lines) - run:]
    if run < 2:
        run = 0
        while run < len(lines) and dated[run]:
            run += 1
        body, column = lines[run:], lines[:run]
    if run >= 2:
        entries = [e for e in _split(body, context) if any(_names_study(x.text) for x in e.lines)]
        if len(entries) == run and not any(_RANGE.search(e.text) for e in entries):
            return [Entry(e.lines, e.how, period) for e, period in zip(entries, column,
                                                                            strict=True)]
    return _split(lines, context)


def _split(lines: list[Line], context: str) -> list[Entry]:
    """Entries: a new one at each leading date when the block starts with a date, at each
    school when it starts with a school, otherwise at each line that names a study. A line
    that continues an entry never starts one; one that names another study always does."""
    if lines and _header_row(lines[0].text):
        lines = lines[1:]
    if not lines:
        return []
    first = _BULLET.sub("", lines[0].text)
    by_date = bool(leading_date(first))
    by_school = not by_date and _school_line(_SEPARATOR.split(first)[0]) \
        and not _names_study(first)
    starts, study = [], None  # the line naming the current entry's study
    for line in lines:
        text = _BULLET.sub("", line.text)
        if by_date:
            opens = bool(leading_date(text)) or bool(
                study and _starts_with_study(text) and _other_study(study, text)
                and not _degree_of(study, text))
        elif by_school:
            opens = _school_line(text)
        else:
            opens = bool(study and (_starts_with_study(text) or _QUALIFICATION_TITLE.match(text))
                         and not _degree_of(study, text))
        starts.append(opens)
        if opens:
            study = None
        if study is None and _names_study(line.text):
            study = line.text
    return group(lines, starts, context)


def _header_row(text: str) -> bool:
    """A table's header row whose cells arrived as words ("Periode Opleiding Instituut
    Diploma", tabs read as spaces): column names, no entry of its own. Its 'Instituut' must
    not make the list one that opens at each school."""
    words = text.split()
    return len(words) >= HEADER_ROW_LABELS and all(key_of(word) for word in words)


def _school_line(text: str) -> bool:
    """A line that names a school and no study: it opens an entry in a school-first layout."""
    return bool(_INSTITUTION.search(text)) and not _names_study(text) \
        and not _CONTINUATION.match(text)


def _degree_of(study: str, text: str) -> bool:
    """`text` names only the degree a study led to ("Bachelor of Education, afstudeerrichting
    jeugdhulpverlening", "Bachelor diploma behaald juni 2018") under a study that names its
    field and no degree: the line completes that entry rather than opening another."""
    if not any(rx.search(text) for _, rx in _DEGREE) or not _field(study)[0] \
            or any(rx.search(study) for _, rx in _DEGREE + _EXPLICIT):
        return False
    rest = _MINOR.sub(" ", _BULLET.sub("", text))
    for rx in (*(rx for _, rx in _DEGREE), _DEGREE_OF, _COMPLETED):
        rest = rx.sub(" ", rest)
    return not re.search(r"[A-Z]", rest)  # no title words left: no study of its own


def _other_study(first: str, text: str) -> bool:
    """`text` names a level or field that differs from the entry's first study line."""
    level, _ = _level(text, text)
    field, _ = _field(text)
    first_level, _ = _level(first, first)
    first_field, _ = _field(first)
    return bool(level and level != first_level) or bool(field and field != first_field)


def _whole_text_entries(doc: Doc) -> list[Entry]:
    """Strict reading without an education section: a level (or a school of that level) and
    a study on one line, a year on it or the next line, no first-person prose, not in a
    motivation or profile."""
    skipped = [(s.start_char, s.end_char) for s in doc.spans.get("sections", [])
               if s.label_ in ("motivatie", "profiel", "werkervaring")]
    lines = lines_between(text_of(doc))
    entries = []
    for index, line in enumerate(lines):
        if any(start <= line.start < end for start, end in skipped):
            continue
        text = line.text
        if _NARRATIVE.search(text) or _PLANNED.search(text):
            continue
        following = lines[index + 1:index + 3]
        if not (_level_word(text) and (_field(text)[0] or _secondary(text))) \
                and not _dated_study_title(text, following):
            continue
        if not any(_YEAR_RX.search(x.text) for x in [line, *following[:1]]):
            continue
        found = [line]
        for x in following:
            if _starts_with_study(x.text) or _NARRATIVE.search(x.text):
                break
            found.append(x)
        entries.append(Entry(tuple(found), "whole text"))
    return entries


def _level_word(text: str) -> bool:
    return any(rx.search(text) for _, rx in _EXPLICIT + _DEGREE + _INSTITUTION_LEVEL)


def _dated_study_title(text: str, following: list[Line]) -> bool:
    """A dated line whose title is a study's name, its level on the next line ("2008 – 2012 |
    Toegepaste Psychologie" over "Saxion Hogeschool" or "bachelor"). The title must open with
    the study, so that a job ("2016 – 2019 | Docent pedagogiek") is never read as one."""
    lead = _LEAD_DATE.match(_BULLET.sub("", text))
    if not lead:
        return False
    title = re.sub(r"^[\s|:·–—-]+", "", _BULLET.sub("", text)[lead.end():])
    field = _field(title)
    if not field[0] or not title.lower().startswith(field[1].lower()):
        return False
    for line in following:
        if _starts_with_study(line.text) or _NARRATIVE.search(line.text):
            return False
        if _level_word(line.text):
            return True
    return False


def _names_study(text: str) -> bool:
    """The line names a study: a field, a level or degree word, not a course."""
    text = _BULLET.sub("", text)
    field = _field(text)[0]
    level = any(rx.search(text) for _, rx in _EXPLICIT + _DEGREE + _HINTS)
    if _COURSE.search(text) and not (field and level):
        return False
    return bool(
        field or level or _ASSOCIATE.search(text)
        or (any(rx.search(text) for rx in _UNRELATED) and _LEAD_DATE.match(text))
    )


def _starts_with_study(text: str) -> bool:
    """The line opens a new entry: it names a study near its start and continues nothing."""
    text = _LEAD_DATE.sub("", _BULLET.sub("", text), count=1)
    if _CONTINUATION.match(text) or text[:1] in "(,":
        return False
    if _INSTITUTION.match(text) and not any(rx.match(text) for _, rx in _EXPLICIT):
        segments = _SEPARATOR.split(text, maxsplit=1)  # "University X - MSc ..." names one
        if len(segments) < 2 or _INSTITUTION.match(segments[1]) \
                or _CONTINUATION.match(segments[1]):
            return False
        text = segments[1]
    head = text[:40]
    return bool(_field(head)[0] or any(rx.search(head) for _, rx in _EXPLICIT + _DEGREE))


def _secondary(text: str) -> bool:
    return any(rx.search(text) for level, rx in _EXPLICIT if level in _SECONDARY)


def _level(name_text: str, text: str) -> tuple[str | None, str | None]:
    """The level and the words it was read from: an explicit word on the study's own line,
    then the kind of school, then an explicit word elsewhere in the entry ("vooropleiding
    mbo" must not make an hbo study mbo), then a qualification level, then the degree, then
    a study that exists at one level only."""
    if _ASSOCIATE.search(text) and not any(rx.search(text) for _, rx in _EXPLICIT[:3]):
        return None, "associate degree: hbo level 5, not a bachelor"
    for level, rx in _EXPLICIT:
        match = rx.search(name_text)
        if match:
            return level, f"level word {match.group()!r}"
    for level, rx in _INSTITUTION_LEVEL:
        match = rx.search(text)
        if match:
            return level, f"school {match.group()!r}"
    for level, rx in _EXPLICIT:
        match = rx.search(text)
        if match:
            return level, f"level word {match.group()!r}"
    for level, rx in _HINTS:
        match = rx.search(text)
        if match:
            return level, f"qualification level {match.group()!r}"
    for level, rx in _DEGREE:
        match = rx.search(text)
        if match:
            return level, f"degree {match.group()!r}"
    for level, rx in _FIELD_LEVELS:
        match = rx.search(name_text)
        if match:
            return level, f"study taught at {level} only: {match.group()!r}"
    return None, None


def _field(text: str) -> tuple[str | None, str | None]:
    """The study field named first in `text`; a youth track only when nothing else is named."""
    spaced = _LEVEL_HYPHEN.sub(lambda m: m.group()[:-1] + " ", text)  # same offsets
    best: tuple[int, int, str, str] | None = None
    order = 0
    for key, patterns in _FIELDS.items():
        order += 1
        if key == "jeugd":
            continue
        for rx in patterns:
            match = rx.search(spaced)
            if match and (best is None or (match.start(), order) < best[:2]):
                best = (match.start(), order, key, match.group())
    for rx in _UNRELATED:
        match = rx.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), order + 1, "unrelated", match.group())
    if best is None:
        for rx in _FIELDS.get("jeugd", []):
            match = rx.search(spaced)
            if match:
                return "jeugd", match.group()
        return None, None
    return best[2], best[3]


def _end_year(text: str) -> tuple[int | None, str | None]:
    """End year of the entry's first period; an open end gives None."""
    match = _RANGE.search(text)
    if match:
        return range_end_year(match), match.group()
    years = _YEAR_RX.findall(text)
    if years:
        return int(years[0]), years[0]
    return None, None


def _completion(text: str, end_year: int | None, reference_year: int) -> tuple[bool | None, str]:
    """Completed, not completed, or None when the entry does not say (then a person checks)."""
    described = _DESCRIPTION.sub(lambda m: " " * len(m.group()), text)
    masked = text
    stopped = [m.group() for m in _STOPPED.finditer(described)]
    running = [m.group() for rx in (_RUNNING, _OPEN_END, _PLANNED) for m in rx.finditer(described)]
    propedeuse = _PROPEDEUSE.search(text)
    for rx in (_STOPPED, _RUNNING, _PROPEDEUSE, _PLANNED):
        masked = rx.sub(lambda m: " " * len(m.group()), masked)
    positive = _COMPLETED.search(masked)
    negatives = stopped + running
    if negatives and positive:
        return None, f"conflicting: {negatives[0]!r} and {positive.group()!r}"
    if stopped:
        return False, f"not completed: {stopped[0]!r}"
    if running:
        if end_year is not None and end_year < reference_year:
            return None, f"{running[0]!r} but the period ended in {end_year}"
        return False, f"not completed: {running[0]!r}"
    if propedeuse:
        if positive and re.search(r"diploma|afgestudeerd|degree|graduated", positive.group(), _I):
            return True, f"{positive.group()!r} (besides {propedeuse.group()!r})"
        return False, f"only {propedeuse.group()!r}"
    if positive:
        return True, f"completed: {positive.group()!r}"
    if end_year is not None:
        if end_year < reference_year:
            return True, f"end year {end_year} before the reference year"
        if end_year > reference_year:
            return False, f"end year {end_year} after the reference year"
        return None, f"ends in the reference year {end_year}: completion not stated"
    return None, "no completion words and no end year"


def _name(text: str, level: str | None) -> str:
    """The study's name: the line without dates, school, level words and results; for
    secondary school the level itself ("HAVO", "VMBO-TL")."""
    text = _LEAD_DATE.sub("", _BULLET.sub("", text), count=1)
    short = _SCHOOL_TYPE.search(text) if level in _SECONDARY else None
    if short:
        return short.group().upper()
    text = _BULLET.sub("", _RANGE.sub("", text).strip())
    segments = _SEPARATOR.split(text)
    studies = [x for x in segments if _names_study(x) and not _INSTITUTION.match(x)]
    text = next((x for x in studies if _field(x)[0]), studies[0] if studies else segments[0])
    after = segments[segments.index(text) + 1:segments.index(text) + 2]
    if _LEVEL_ONLY.fullmatch(text.strip()) and after and not _INSTITUTION.search(after[0]):
        text = after[0]  # a level column ("MBO | Pedagogisch Werk 4 | ROC ...")
    text = _COMMA_OUTSIDE_PARENS.split(text)[0]
    school = _INSTITUTION.search(text)
    if school and _token_start(text, school.start()) > 0:
        text = text[:_token_start(text, school.start())]
    text = _YEAR_PAREN.sub("", _LEVEL_PAREN.sub("", text))
    text = _LEVEL_PREFIX.sub("", text.strip())
    text = _TRAILING.sub("", text)
    return text.strip(" ,;:.-–—")


def _institution(lines: tuple[Line, ...], name_line: Line) -> str | None:
    """The first segment that names a school (from the study's line on, then above it); else
    the segment after the study's name, or the line below it, when that is neither a result
    nor another study."""
    index = lines.index(name_line)
    for line in (*lines[index:], *lines[:index]):
        text = _LEAD_DATE.sub("", _BULLET.sub("", line.text), count=1)
        for segment in _SEPARATOR.split(text):
            school = _INSTITUTION.search(segment)
            if not school or _GENERIC_SCHOOL.fullmatch(segment.strip(" :")):
                continue  # a table header cell ("Instituut", "Onderwijsinstelling")
            before = segment[:school.start()]
            comma = before.rfind(", ")
            if comma >= 0:
                segment = segment[comma + 2:]
            elif _names_study(before):
                segment = segment[_token_start(segment, school.start()):]
            return _clean_school(segment)
    text = _LEAD_DATE.sub("", _BULLET.sub("", name_line.text), count=1)
    candidates = _SEPARATOR.split(_RANGE.sub("", text))[1:2]
    candidates += [_LEAD_DATE.sub("", x.text, count=1) for x in lines[index + 1:index + 2]]
    for candidate in candidates:
        candidate = _SEPARATOR.split(candidate)[0]
        if candidate[:1].isupper() and not (
            _CONTINUATION.match(candidate) or _names_study(candidate)
            or _COMPLETED.search(candidate) or _STOPPED.search(candidate)
            or _RUNNING.search(candidate)
        ):
            return _clean_school(candidate)
    return None


def _clean_school(segment: str) -> str | None:
    segment = _BULLET.sub("", segment.strip())
    segment = re.split(r",\s+(?=[a-z])(?![^(]*\))", segment, maxsplit=1)[0]
    segment = _YEAR_PAREN.sub("", _LEVEL_PAREN.sub("", segment))
    segment = re.sub(r"\s+(?:diploma\s+)?behaald\b.*$|\s+diploma\s*:.*$", "", segment, flags=_I)
    segment = re.sub(r"\s*\([^)]*$", "", segment)  # "(2008" of a range the separator split
    return _TRAILING.sub("", segment).strip(" ,;:.-–—") or None


def _token_start(text: str, offset: int) -> int:
    """Start of the whitespace-delimited word holding `offset` ("Sint-Lievenscollege")."""
    return text.rfind(" ", 0, offset) + 1


@Language.factory(
    "cvscreen_diplomas_v1",
    default_config={"reference_date": None},
    assigns=["doc._.diplomas"],
)
def make_diplomas(nlp: Language, name: str, *, reference_date: str | None) -> DiplomaRecognizer:
    return DiplomaRecognizer(reference_date=reference_date)
