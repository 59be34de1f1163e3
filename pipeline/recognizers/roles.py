"""Work roles: a period with its title, employer and description, labelled per spec S4/S5.

A role is anchored on a period that stands where CVs put a job's dates: at the start of a line
("03-2018 - heden  Ambulant begeleider"), alone on a line, in its own table cell, or at the end
of the title or employer line ("Youké, Hilversum | jan 2021 – jun 2024"). A period inside a
sentence or a bullet ("(vanaf 2017)") is part of a description, and a project period inside a
job stays in that job. The role's block runs from its title line (the date line, or the line
or two above it) to the next role's block. Title and employer are the first short lines or
cells of the block once the dates are blanked out, or the values of "Functie:"/"Werkgever:"
fields. Roles come from the werkervaring sections (a "Stages" section: internships) and
nevenactiviteiten (not counted); without a werkervaring heading, or when it holds no dates,
from every section but opleiding, cursussen, motivatie and hobby's. Travel and other gaps
among the jobs are listed as roles that do not count (so a report can say why); study entries
whose own heading was missed are no roles.

Labels are decided by vocabulary words only (see role_labels) and `explanation` records, per
label, the rule and the words that fired; a care-related role that no rule decided gets a
`review` reason, so a later model or a person can fill the gap.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.facts import Explanation, Role, check
from pipeline.lang.nl import roles as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.recognizers.role_labels import (
    NO_TERM,
    UNDECIDED_CARE,
    ambulant_label,
    care_related,
    counts_label,
    domain_labels,
    onderwijs_label,
    words_pattern,
)
from pipeline.structure.fields import fields_of, line_fields, prefixed_entry_start
from pipeline.structure.lines import Line, evidence_at, lines_between, text_of
from pipeline.structure.periods import SEPARATOR, Period

_TITLE = words_pattern(vocab.TITLE_WORDS, suffix=True)
_PROJECT = words_pattern(vocab.PROJECT_TERMS)
_EDUCATION_ENTRY = words_pattern(vocab.EDUCATION_ENTRY_TERMS)
_INTERNSHIP_HEADING = re.compile("|".join(vocab.INTERNSHIP_HEADINGS))
_FIELDS = sorted(vocab.TITLE_FIELDS + vocab.EMPLOYER_FIELDS, key=len, reverse=True)
_FIELD = re.compile(  # "Functie: X", "Functie | X"; a label of several words needs no colon
    r"^(?:(?P<field>" + "|".join(_FIELDS) + r")\s*[:|]\s*|(?P<long>"
    + "|".join(f for f in _FIELDS if " " in f) + r")\s+)",
    re.IGNORECASE,
)
_HEADER_WORDS = frozenset(vocab.TABLE_HEADER_WORDS)
_DATE_LEADS = frozenset(vocab.DATE_LEAD_WORDS)
_CONNECTOR = re.compile(r"\s*(?:,|&|/|;|\ben\b|\band\b)\s*", re.IGNORECASE)

_BULLET = re.compile(r"^[-–—•·▪►›✓*◦■○●‣◆➢\uf0b7\uf0a7]\s")
_DECORATION = " \t|•·▪►›–—-:;,"
_CELL_MARKS = "|•·▪–—"  # what stands between the cells of a title or employer line
_SEP_AFTER_START = re.compile(rf"[ \t]*{SEPARATOR}[ \t]*", re.IGNORECASE)
CELL = " | "  # how the readers join table cells and side-by-side columns
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")  # what a blanked-out "(2016 – 2019)" leaves
_ASIDE = re.compile(r"\([^()]*\)")  # "2019 - 2020 (naast mijn baan)": a remark, not a title
# A sentence of description, not a title or employer: "Eigen groep 7; vanaf 2014 ook ...",
# "Lessen gespreksvaardigheden en methodisch werken in het tweede studiejaar;".
_SENTENCE = re.compile(r";(?:\s|$)|\S\s+\S+\s+\S+\s+\S+\s+\S*[a-zà-ÿ]{2}\.$")
DESCRIPTION_MIN_WORDS = 7  # a line this long of mostly lower-case words describes the work
DESCRIPTION_LOWER_SHARE = 0.6
_DATE_FIELDS = frozenset({"period", "start", "end"})
_FORM_HEAD_KEYS = frozenset({"title", "employer", "place", "kind"})  # a form job's name lines
_CELLS = re.compile(r" \| |\t+|\s{3,}")  # ... and how plain text and Word tabs separate them
_AFTER_DATE = re.compile(r"[ \t]*[-–—•·▪|][ \t]+")
_DURATION = re.compile(r"[ \t]*" + vocab.DURATION, re.IGNORECASE)
_SPLIT = re.compile(r"\s+\|\s+|\s+[–—-]\s+|\s+bij\s+|\s+at\s+|,\s+")
_EMPLOYER_AT = re.compile(  # "– Horizon Jeugdzorg, Rotterdam": a named employer and its place
    r"\s[–—-]\s+[A-ZÀ-Ý][^–—|,]*,\s*[A-ZÀ-Ý'’][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)?\s*$")
# Where an employer's name ends: a dash, bar or dot between cells, or a sentence end
# after a word or bracket ("Gem. Huizen" keeps its abbreviation).
_EMPLOYER_END = re.compile(r"\s+[–—|·•]\s+|\s+-\s+|(?:(?<=[a-zà-ÿ]{3})|(?<=\)))\.\s+(?=[A-ZÀ-Ý])")
_PLACE_TAIL = re.compile(r",\s*[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)?\s*$")

HEADER_CELLS = 2  # title and employer; further cells of a table row are description
SHORT_PREFIX_WORDS = 4  # a name this short may end in its dates: "Jeugdhulp Noord (2016 – heden)"
PLACE_WORDS = 2  # a line this short under a "Title – Employer" line is a place, not an employer
MAX_HEADER_WORDS = 14  # a longer line is description, not a title or employer
MIN_HEADER_LETTERS = 3  # fewer letters: a dash line or a bare date, not a title
EXCLUDED_FALLBACK = frozenset({"opleiding", "cursussen", "motivatie", "hobbys"})


@dataclass(frozen=True)
class _Region:
    start: int
    end: int
    kind: str  # "werkervaring" | "stages" | "nevenactiviteiten" | "fallback"
    heading_end: int  # offset after the heading line; anchors and titles come after it


@dataclass(frozen=True)
class _Anchor:
    period: Period
    start: int  # offset of the period span
    end: int
    region: _Region
    line: int  # index of the line holding the start date


class RoleRecognizer(Recognizer):
    """Builds doc._.roles from the sections and periods found before it."""

    facts: ClassVar[dict[str, Any]] = {"roles": None}

    def __init__(self, *, count_internships: bool, count_volunteer_work: bool,
                 count_paid_learning_work: bool) -> None:
        self.count = {
            "internship": count_internships,
            "volunteer": count_volunteer_work,
            "gap": False,
            "paid learning": count_paid_learning_work,
        }

    def recognize(self, doc: Doc) -> dict[str, Any]:
        return {"roles": find_roles(doc, self.count)}


def find_roles(doc: Doc, count: dict[str, bool]) -> list[Role]:
    """Roles in reading order; `count` maps internship/volunteer/gap/paid learning to whether
    such a role counts."""
    text = text_of(doc)
    lines = lines_between(text)
    regions = _regions(doc)
    anchors = _anchors(doc, lines, regions)
    if not any(a.region.kind in ("werkervaring", "stages") for a in anchors):
        # a work heading whose jobs were read elsewhere (a column, a table): look wider
        anchors = _anchors(doc, lines, _fallback_regions(doc)) or anchors
    masked = _mask(text, anchors)
    roles: list[Role] = []
    titles_first = _titles_first(anchors, lines, masked)
    heads = _form_heads(anchors, lines)
    starts = [lines[head].start if head is not None
              else _block_start(anchor, anchors, lines, masked, titles_first[anchor.region])
              for anchor, head in zip(anchors, heads, strict=True)]
    blocks = []
    for index, anchor in enumerate(anchors):
        # two periods on one line ("2012 – 2014 en 2016 – 2018") share that line's block
        first = next(i for i, other in enumerate(anchors) if other.line == anchor.line)
        later = [i for i in range(index + 1, len(anchors)) if anchors[i].line != anchor.line]
        end = anchor.region.end
        if later and anchors[later[0]].region == anchor.region:
            end = min(end, starts[later[0]])
        blocks.append((starts[first], starts[first], end))
    blocks = _deal_titles(anchors, blocks, lines, masked)
    blocks, extras = _keyed_descriptions(anchors, blocks, lines, masked)
    for anchor, (start, words_from, end), extra in zip(anchors, blocks, extras, strict=True):
        role = _role(doc, anchor, start, words_from, end, lines, masked, count, extra)
        if role is None:
            continue
        if not _inside_previous(role, roles, _line_above(lines, start)):
            roles.append(role)
    return _employers_over_roles(roles)


def _keyed_descriptions(anchors: list[_Anchor], blocks: list[tuple[int, int, int]],
                        lines: list[Line], masked: str
                        ) -> tuple[list[tuple[int, int, int]], list[str]]:
    """Descriptions listed apart from the jobs, each under the name of its employer or title
    ("Toelichting werkzaamheden\nStichting Kind & Ouder Zuid\nGezinsbegeleiding aan huis...",
    "- De Brug: groepsleiding ..."): each goes to the role it names, not to the last role
    above it. Returns the blocks (cut where such a description starts) and each role's
    description text."""
    names = []
    for anchor, (_, words_from, end) in zip(anchors, blocks, strict=True):
        block = [line for line in lines if words_from <= line.start < end]
        title, employer, _ = _header(block, masked, anchor.region) if block else (None, None, [])
        names.append([_key(n) for n in (employer, title) if n and len(_key(n).split()) >= 2])
    extras = [""] * len(anchors)
    cut = list(blocks)
    for index, (start, words_from, end) in enumerate(blocks):
        own = [line for line in lines if words_from <= line.start < end][HEADER_CELLS:]
        keyed = [(line, _named_role(line.text, names, index)) for line in own]
        keyed = [(line, owner) for line, owner in keyed if owner is not None]
        # the list starts where a line names another role; the role's own name above that
        # line is its employer line
        first = next((i for i, (_, owner) in enumerate(keyed) if owner != index), None)
        if first is None:
            continue
        keyed = keyed[first:]
        cut[index] = (start, words_from, keyed[0][0].start)
        bounds = [line.start for line, _ in keyed] + [end]
        for (line, owner), stop in zip(keyed, bounds[1:], strict=True):
            extras[owner] += " " + masked[line.start:stop]
    return cut, extras


def _named_role(text: str, names: list[list[str]], own: int) -> int | None:
    """The role whose employer or title a line names on its own ("CBS De Zaaier",
    "- De Brug: groepsleiding ..."), or None; role `own` first, as two jobs at one employer
    both name it."""
    head = _key(_BULLET.sub("", text + " ").split(":", 1)[0])
    for owner, keys in [(own, names[own]), *enumerate(names)]:
        if any(head == key or (len(head.split()) >= 2 and head in key) for key in keys):
            return owner
    return None


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", _PLACE_TAIL.sub("", text).lower()).split())


def _employers_over_roles(roles: list[Role]) -> list[Role]:
    """An employer line with the whole tenure ("Stichting X 2010 - 2020") over the jobs held
    there: not a job of its own; its name becomes their employer."""
    kept: list[Role] = []
    for index, role in enumerate(roles):
        inner = []
        for other in roles[index + 1:]:
            if not _within(other, role) or other.employer:
                break
            inner.append(other)
        if inner and role.title and not _has_title(role.title):
            for other in inner:
                other.employer = role.title
            continue
        kept.append(role)
    return kept


def _within(inner: Role, outer: Role) -> bool:
    """Whether `inner`'s months lie inside `outer`'s ("2016" starts in January, ends in
    December; "present" is the latest)."""
    return _month_key(outer.start, "01") <= _month_key(inner.start, "01") \
        and _month_key(inner.end, "12") <= _month_key(outer.end, "12")


def _deal_titles(anchors: list[_Anchor], blocks: list[tuple[int, int, int]], lines: list[Line],
                 masked: str) -> list[tuple[int, int, int]]:
    """(start, words start, end) per anchor, where a column of dates was read before its
    titles: a run of date-only blocks followed by a block holding as many title lines as there
    are dates gives each date its title group, in order (OCR of a date column)."""
    dealt = list(blocks)
    index = 0
    while index < len(blocks):
        run = index
        while run < len(blocks) and not _has_words(masked[blocks[run][0]:blocks[run][2]]) \
                and anchors[run].region == anchors[index].region:
            run += 1
        if run == index or run == len(blocks) or anchors[run].region != anchors[index].region:
            index = max(run, index + 1)
            continue
        start, _, end = blocks[run]
        titles = [line.start for line in lines if start <= line.start < end
                  and _dealt_title(_line_words(masked, line.start, line.end) or "")]
        needed = run - index + 1
        if len(titles) >= needed:
            bounds = [*titles[:needed], end]
            for offset, at in enumerate(range(index, run + 1)):
                dealt[at] = (blocks[at][0], bounds[offset], bounds[offset + 1])
        index = run + 1
    return dealt


def _dealt_title(text: str) -> bool:
    """A title line of a title group: a job-title word, and no line of description ("Stage
    derde jaar: meelopen met huisbezoeken, eigen caseload van drie gezinnen")."""
    return _has_title(text) and not _describes(text)


def _regions(doc: Doc) -> list[_Region]:
    """Where roles are read: werkervaring and nevenactiviteiten sections, else a fallback.

    A section opened by an inline heading inside a job ("Talen: Engels", "Motivatie: ...")
    does not end the work section before it: the jobs after it are still read."""
    sections = list(doc.spans.get("sections", []))
    if not any(s.label_ == "werkervaring" for s in sections):
        return _fallback_regions(doc)
    regions: list[_Region] = []
    extendable = False  # the last region is a work section that an inline heading may continue
    for span in sections:
        if span.label_ in ("werkervaring", "nevenactiviteiten"):
            regions.append(_region(doc, span, _kind(span)))
            extendable = regions[-1].kind in ("werkervaring", "stages")
        elif extendable and _inline(doc, span) and span.label_ not in EXCLUDED_FALLBACK:
            last = regions[-1]
            regions[-1] = _Region(last.start, span.end_char, last.kind, last.heading_end)
        else:
            extendable = False
    return regions


def _inline(doc: Doc, span: Span) -> bool:
    """Whether the section's heading shares its line with text ("Talen: Nederlands")."""
    first_line = text_of(doc)[span.start_char:span.end_char].split("\n", 1)[0].strip()
    return bool(span._.heading) and first_line != span._.heading.strip()


def _fallback_regions(doc: Doc) -> list[_Region]:
    """Every section but education-like ones, or the whole text when there are no sections."""
    sections = list(doc.spans.get("sections", []))
    if not sections:
        return [_Region(0, len(text_of(doc)), "fallback", 0)]
    return [
        _region(doc, s, _kind(s) if s.label_ in ("werkervaring", "nevenactiviteiten")
                else "fallback")
        for s in sections if s.label_ not in EXCLUDED_FALLBACK
    ]


def _kind(span: Span) -> str:
    """werkervaring | stages (a section of internships) | nevenactiviteiten."""
    if span.label_ == "werkervaring" and _INTERNSHIP_HEADING.fullmatch(
            (span._.heading or "").strip(" :").lower()):
        return "stages"
    return span.label_


def _region(doc: Doc, span: Span, kind: str) -> _Region:
    heading = span._.heading
    heading_end = span.start_char
    if heading:
        found = text_of(doc).find(heading, span.start_char)
        heading_end = found + len(heading) if found >= 0 else span.start_char
    return _Region(span.start_char, span.end_char, kind, heading_end)


def _anchors(doc: Doc, lines: list[Line], regions: list[_Region]) -> list[_Anchor]:
    """Periods in a region that stand where a job's dates stand (see module docstring)."""
    anchors = []
    line_starts = [line.start for line in lines]
    for span in doc.spans.get("periods", []):
        period: Period = span._.period
        if period is None:
            continue
        at = period.start_offsets[0]
        region = next((r for r in regions if r.heading_end <= at < r.end), None)
        if region is None:
            continue
        index = _line_index(line_starts, at)
        line = lines[_line_index(line_starts, span.start_char)]
        if _is_date_position(text_of(doc), line, span.start_char, span.end_char, period, region) \
                or _follows_anchor(text_of(doc), anchors, line, span.start_char):
            anchors.append(_Anchor(period, span.start_char, span.end_char, region, index))
    return sorted(anchors, key=lambda a: a.start)


def _follows_anchor(text: str, anchors: list[_Anchor], line: Line, start: int) -> bool:
    """A second period of the same job on its line: "2012 – 2014 en 2016 – 2018 Title"."""
    before = [a for a in anchors if line.start <= a.start and a.end <= start]
    return bool(before) and bool(_CONNECTOR.fullmatch(text[before[-1].end:start]))


def _line_index(line_starts: list[int], offset: int) -> int:
    """Index of the line holding `offset`."""
    return max(bisect.bisect_right(line_starts, offset) - 1, 0)


def _is_date_position(text: str, line: Line, start: int, end: int, period: Period,
                      region: _Region) -> bool:
    line_start = max(line.start, region.heading_end)  # after an inline "Werkervaring:"
    cell = text.rfind(CELL, line_start, start)  # a table or column row: its own cell counts
    prefix = text[line_start if cell < 0 else cell + len(CELL):start].strip()
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    # a remark in brackets after the dates is no description: "2012 – 2019 (vrijwillig)"
    suffix = _ASIDE.sub("", text[min(end, line_end):line_end]).strip(" \t|•·▪.,;:)")
    if any(f.key in _DATE_FIELDS and f.start <= start < f.end for f in line_fields(line)):
        return True  # a form's "Periode: 03-2021 t/m heden", whatever stands beside it
    if period.pattern == "since":
        # "Sinds 2020 Ambulant begeleider" as an entry, not "Sinds 2020 werk ik ..." prose;
        # or closing an employer line's cells: "Cardea · Leiden · sinds september 2020"
        closes_cells = not suffix and prefix[-1:] in _CELL_MARKS \
            and len(prefix.split()) <= MAX_HEADER_WORDS
        prose = suffix[:1].islower() and _describes(suffix)  # "... heb ik een eigen praktijk"
        return (not prefix or closes_cells) and not prose and region.kind != "fallback"
    if not prefix.strip(":|") or (_BULLET.match(prefix + " ") and len(prefix) <= 2) \
            or prefix.strip(":").lower() in _DATE_LEADS:
        return True
    if _BULLET.match(line.text):
        return False
    if period.pattern.startswith("wrapped"):
        return True
    # at the end of a line: after a title, an employer cell or a short name, not at the end
    # of a sentence of description ("Ontwikkeling van een oudertraining (2019-2020)")
    right_aligned = bool(re.search(r"(?:\t| {2,})$", text[line.start:start]))
    return not suffix and (bool(_TITLE.search(prefix)) or prefix[-1] in "|,–—-•·:"
                           or right_aligned or len(prefix.split()) <= SHORT_PREFIX_WORDS)


def _mask(text: str, anchors: list[_Anchor]) -> str:
    """`text` with the anchors' dates, separators and "sinds"/"heden" blanked out, so the
    words left on a date line are the title or employer."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for previous, anchor in zip([None, *anchors], anchors, strict=False):
        period = anchor.period
        if previous and previous.line == anchor.line \
                and _CONNECTOR.fullmatch(text[previous.end:anchor.start]):
            blank(previous.end, anchor.start)  # the "en" between two periods of one job
        blank(anchor.start, period.start_offsets[1])
        sep = _SEP_AFTER_START.match(text, period.start_offsets[1])
        if sep and period.pattern != "wrapped separator":
            blank(*sep.span())
        if period.end_offsets:
            blank(*period.end_offsets)
        if period.pattern == "wrapped separator" and period.end_offsets:
            line_start = text.rfind("\n", 0, period.end_offsets[0]) + 1
            blank(line_start, period.end_offsets[0])
        line_start = text.rfind("\n", 0, anchor.start) + 1
        lead = text[line_start:anchor.start]
        if (_BULLET.match(lead.strip() + " ") and len(lead.strip()) <= 2) \
                or lead.strip(" :").lower() in _DATE_LEADS:
            blank(line_start, anchor.start)  # "- 2016 - 2020 Title", "Van 2016 tot 2019: Title"
        if not period.pattern.startswith("wrapped"):
            blank(anchor.start, anchor.end)
            duration = _DURATION.match(text, anchor.end)
            if duration:
                blank(*duration.span())
            after = _AFTER_DATE.match(text, duration.end() if duration else anchor.end)
            if after and "\n" not in text[anchor.start:anchor.end]:
                blank(*after.span())  # "09-2014 – 12-2018 • Employer": the dot is no bullet
    return "".join(chars)


def _clean(text: str) -> str:
    """Without the decoration and empty brackets a blanked-out date leaves behind."""
    text = _EMPTY_BRACKETS.sub(" ", text)
    return re.sub(r"\s{2,}", " ", text.strip(_DECORATION).strip())


def _has_title(text: str) -> bool:
    """A job-title word in a short line, or in a short cell of a table row."""
    return any(_TITLE.search(cell) and len(cell.split()) <= MAX_HEADER_WORDS
               for cell in text.split(CELL))


def _is_header_row(text: str) -> bool:
    words = re.findall(r"[\w&/|]+", text.lower())
    return bool(words) and all(word in _HEADER_WORDS for word in words)


def _line_words(masked: str, start: int, end: int) -> str | None:
    """The words of a line that may be a title or employer: its cells ("a | b") without the
    bullet cells and description cells; "" for a line of dashes or a header row, None for a
    bullet or description line."""
    line = _EMPTY_BRACKETS.sub(" ", masked[start:end]).strip()
    cells = [c.strip() for c in _CELLS.split(line) if c.strip(_DECORATION)]
    kept = [_clean(c) for c in cells
            if not _BULLET.match(c) and not _ASIDE.fullmatch(_clean(c))
            and len(c.split()) <= MAX_HEADER_WORDS and not _SENTENCE.search(c)][:HEADER_CELLS]
    if not kept:
        return None if cells else ""
    words = CELL.join(kept)
    return "" if _is_header_row(words) else words


def _describes(text: str) -> bool:
    """A wrapped line of description: long, mostly lower-case words ("Begeleiding van
    leerlingen en hun ouders op zes basisscholen, op school en waar")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    lower = sum(1 for w in words if w[0].islower())
    return len(words) >= DESCRIPTION_MIN_WORDS and lower >= DESCRIPTION_LOWER_SHARE * len(words)


def _usable(index: int, lines: list[Line], masked: str, region: _Region) -> str | None:
    """The words of line `index` (after an inline heading) when it may hold a title."""
    if index < 0 or index >= len(lines):
        return None
    line = lines[index]
    if line.end <= region.heading_end or line.start >= region.end:
        return None
    return _line_words(masked, max(line.start, region.heading_end), line.end)


def _has_words(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= MIN_HEADER_LETTERS


def _neighbour(index: int, step: int, lines: list[Line], masked: str, region: _Region,
               skip: set[int]) -> tuple[int, str | None]:
    """The next line from `index` in direction `step` that has words (dashes-only lines and
    bare dates are passed over), with its cleaned text; None when it cannot hold a title."""
    index += step
    while 0 <= index < len(lines) and index not in skip:
        text = _usable(index, lines, masked, region)
        if text is None or _has_words(text):
            return index, text
        index += step
    return index, None


def _title_above(text: str | None) -> bool:
    """A title line above a date: starts with a capital, no sentence end, has a title word."""
    return bool(text) and text[0].isupper() and not text.endswith((".", ";")) \
        and _has_title(text)


def _titles_first(anchors: list[_Anchor], lines: list[Line], masked: str) -> dict[_Region, bool]:
    """Per region, whether its first role has its title above the dates: a CV keeps one
    layout, so this decides for every role whose title could be the line above or below."""
    first: dict[_Region, bool] = {}
    for anchor in anchors:
        if anchor.region not in first:
            here, above, _ = _around(anchor, anchors, lines, masked)
            first[anchor.region] = _has_title(here) or above is not None
    return first


def _around(anchor: _Anchor, anchors: list[_Anchor], lines: list[Line],
            masked: str) -> tuple[str, int | None, set[int]]:
    """The date line's own words, the index of the title line above it (None when there is
    none), and the lines of the other anchors, which no role may take as its title."""
    taken = {a.line for a in anchors} - {anchor.line}
    here = _usable(anchor.line, lines, masked, anchor.region) or ""
    above = _title_line_above(anchor.line, lines, masked, anchor.region, taken,
                              dates_only=not _has_words(here))
    return here, above, taken


def _form_heads(anchors: list[_Anchor], lines: list[Line]) -> list[int | None]:
    """Per anchor, the first of the form lines above its period field that name the job
    ("Beroep: X\nWerkgever: Y\nPlaats: Z\nPeriode: ..."), where the region's first job is
    written so: a form keeps one order, and read the other way these lines are the end of
    the job before."""
    heads = []
    for anchor in anchors:
        taken = {a.line for a in anchors} - {anchor.line}
        heads.append(_form_head(anchor, lines, taken))
    fields_first = {}
    for anchor, head in zip(anchors, heads, strict=True):
        fields_first.setdefault(anchor.region, head is not None)
    return [head if fields_first[anchor.region] else None
            for anchor, head in zip(anchors, heads, strict=True)]


def _form_head(anchor: _Anchor, lines: list[Line], taken: set[int]) -> int | None:
    """The first line of the run of title, employer and place fields right above the
    anchor's period field, or None."""
    if not any(f.key in _DATE_FIELDS for f in line_fields(lines[anchor.line])):
        return None
    top, named = None, False
    index = anchor.line - 1
    while index >= 0 and index not in taken and lines[index].start >= anchor.region.heading_end:
        keys = [f.key for f in line_fields(lines[index])]
        if not keys or not set(keys) <= _FORM_HEAD_KEYS:
            break
        top, named = index, named or bool({"title", "employer"} & set(keys))
        index -= 1
    return top if named else None


def _block_start(anchor: _Anchor, anchors: list[_Anchor], lines: list[Line], masked: str,
                 titles_first: bool) -> int:
    """Where a role's block starts: its date line, or the title line just above it (two lines
    up when the line between is the employer: "Title\nEmployer |\njul 2024 – heden")."""
    index, region = anchor.line, anchor.region
    entry_start = prefixed_entry_start(lines, index)
    if entry_start is not None:  # "Werkervaring 2 - Functietitel: ..." above its dates
        return lines[entry_start].start
    here, above, taken = _around(anchor, anchors, lines, masked)
    if _has_title(here):
        return lines[index].start
    _, below = _neighbour(index, 1, lines, masked, region, taken)
    if not _has_words(here) and below and _has_title(below) \
            and (above is None or (_title_above(below) and not titles_first)):
        return lines[index].start  # "2019 - heden\nAmbulant begeleider"; below a date that
        # has its title above, a sentence or the next role's title is not this role's title
    return lines[above].start if above is not None else lines[index].start


def _title_line_above(index: int, lines: list[Line], masked: str, region: _Region,
                      taken: set[int], *, dates_only: bool) -> int | None:
    """The title line above a date line: the line above, or two up when the line between is
    the employer ("Title\nEmployer\njul 2024 – heden"); None when neither is a title."""
    above_index, above = _neighbour(index, -1, lines, masked, region, taken)
    if _title_above(above):
        return above_index
    if above and dates_only and len(above.split()) <= MAX_HEADER_WORDS:
        top_index, top = _neighbour(above_index, -1, lines, masked, region, taken)
        if _title_above(top):
            return top_index
    return None


def _header_lines(block: list[Line], masked: str, region: _Region) -> list[str]:
    """Title and employer candidates: the first short, non-bullet lines of a block."""
    found: list[str] = []
    for line in block:
        words = _line_words(masked, max(line.start, region.heading_end), line.end)
        if words is None:
            break
        if not _has_words(words):
            continue
        if len(found) == 2 or (found and _describes(words)):
            break  # a description line under the title is no employer
        found.append(words)
    return found


def _fields(block: list[Line], masked: str, region: _Region) -> dict[str, str]:
    """Labelled lines of an agency or Europass form: field name -> value."""
    fields: dict[str, str] = {}
    for line in block:
        words = masked[max(line.start, region.heading_end):line.end].strip()
        match = _FIELD.match(words)
        value = _clean(words[match.end():]) if match else ""
        if match and value:
            fields.setdefault((match.group("field") or match.group("long")).lower(), value)
    return fields


def _title_and_employer(header: list[str]) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    first = header[0]
    if len(header) > 1 and not _has_title(first) and _has_title(header[1]):
        header = [header[1], first]
        first = header[0]
    parts = [p.strip(_DECORATION) for p in _SPLIT.split(first) if p.strip(_DECORATION)]
    # "Title | Employer" always splits; "Title - Employer, City" only without an employer line
    # below ("Contextbegeleider – mobiele begeleiding" is one title)
    alone = len(header) == 1 or (len(header[1].split()) <= PLACE_WORDS
                                 and not _has_title(header[1]))  # "Emmen" below is a place
    # "Title – Employer, City": a place after the employer makes the line title and employer,
    # whatever stands below it
    alone = alone or bool(_EMPLOYER_AT.search(first))
    joined = alone and _has_title(parts[0]) and re.search(r"\s[–—-]\s|\sbij\s|\sat\s|,\s", first)
    if len(parts) > 1 and (" | " in first or joined):
        titled = [p for p in parts if _has_title(p)]
        title = titled[0] if titled else parts[0]
        rest = [p for p in parts if p != title]
        return title, _employer(rest[0]) if rest else None
    employer = _employer(header[1]) if len(header) > 1 else None
    return first, employer


def _employer(text: str) -> str:
    """An employer line without its project tail, place cell ("Cardea · Leiden"), trailing
    place name, or the description that runs on after it ("Altra (Amsterdam). Ambulante")."""
    name = _EMPLOYER_END.split(text)[0].strip(_DECORATION)
    return _PLACE_TAIL.sub("", name) or name


def _header(block: list[Line], masked: str, region: _Region) -> tuple[str | None, str | None,
                                                                       list[str]]:
    """(title, employer, header texts) of a role's block: a form's fields, else its first
    short lines."""
    form = fields_of(block)
    if "title" in form or "employer" in form:
        title = _clean(form["title"].value) if "title" in form else None
        employer = _clean(form["employer"].value) if "employer" in form else None
        return title or None, employer or None, [t for t in (title, employer) if t]
    fields = _fields(block, masked, region)
    if fields:
        title = next((fields[f] for f in vocab.TITLE_FIELDS if f in fields), None)
        employer = next((fields[f] for f in vocab.EMPLOYER_FIELDS if f in fields), None)
        return title, employer, [text for text in (title, employer) if text]
    header = _header_lines(block, masked, region)
    title, employer = _title_and_employer(header)
    return title, employer, header


def _role(doc: Doc, anchor: _Anchor, start: int, words_from: int, end: int, lines: list[Line],
          masked: str, count: dict[str, bool], extra: str = "") -> Role | None:
    """The role of one block: evidence from `start`, title and labels from `words_from`;
    `extra` is a description of this role that stands elsewhere (keyed by its name)."""
    block = [line for line in lines if words_from <= line.start < end]
    if not block:
        return None
    end = block[-1].end
    title, employer, header = _header(block, masked, anchor.region)
    header_text = " ".join(header)
    if _EDUCATION_ENTRY.search(header_text) and not (_has_title(title or "")
                                                      or _has_title(header_text)):
        return None  # a study listed among the jobs: its heading was not found
    body = re.sub(r"\s+", " ", masked[words_from:end] + " " + extra)
    explanation: Explanation = {"period": anchor.period.explanation,
                                "section": check(anchor.region.kind)}
    ambulant, review = ambulant_label(title or header_text, body, explanation)
    onderwijs = onderwijs_label(title or header_text, CELL.join(header), body, explanation)
    counts = counts_label(header_text, anchor.region.kind, count, explanation)
    if explanation["counts"]["rule"] == "gap":
        # travel or leave among the jobs is no work at all: listed so a report can say why
        # it is not counted, with labels that no rule or model should fill
        gap = {"rule": "gap", "terms": explanation["counts"]["terms"]}
        explanation["ambulant"], explanation["onderwijs"] = dict(gap), dict(gap)
        ambulant = onderwijs = False
    domains = [] if explanation["counts"]["rule"] == "gap" else domain_labels(
        CELL.join(header), body, {"ambulant": ambulant, "onderwijs": onderwijs}, explanation)
    if counts and not review and not ambulant and not onderwijs \
            and explanation["ambulant"]["rule"] == NO_TERM and care_related(body):
        review = UNDECIDED_CARE
    if not counts:
        review = None  # months of a role that does not count never change: nothing to check
    return Role(
        title=title,
        employer=employer,
        start=anchor.period.start_label,
        end=anchor.period.end_label,
        ambulant=ambulant,
        onderwijs=onderwijs,
        counts=counts,
        evidence=evidence_at(doc, start, end),
        review=review,
        domains=domains,
        explanation=explanation,
    )


def _inside_previous(role: Role, roles: list[Role], lead: str) -> bool:
    """A project inside an earlier job's period is part of that job (spec): named so in its
    title, or listed under a lead-in line such as "Projecten binnen deze functie:"."""
    listed = lead.endswith(":") and bool(_PROJECT.search(lead))
    if not (listed or _PROJECT.search(role.title or "")):
        return False
    return any(_within(role, other) for other in roles)


def _line_above(lines: list[Line], start: int) -> str:
    """The text of the line before the one starting at `start` ("" at the top)."""
    index = bisect.bisect_left([line.start for line in lines], start)
    return lines[index - 1].text.strip() if index > 0 else ""


def _month_key(value: str | None, year_only_month: str) -> str:
    if value == "present":
        return "9999-12"
    if value and len(value) == 4:
        return f"{value}-{year_only_month}"
    return value or ""


@Language.factory(
    "cvscreen_roles_v1",
    default_config={
        "count_internships": False,
        "count_volunteer_work": False,
        "count_paid_learning_work": True,
    },
    assigns=["doc._.roles"],
    requires=["doc.spans"],
)
def make_roles(nlp: Language, name: str, *, count_internships: bool, count_volunteer_work: bool,
               count_paid_learning_work: bool) -> RoleRecognizer:
    return RoleRecognizer(
        count_internships=count_internships,
        count_volunteer_work=count_volunteer_work,
        count_paid_learning_work=count_paid_learning_work,
    )
