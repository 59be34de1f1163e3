"""Sections found from the shape of their lines, where a CV has no heading words for them.

Designed CVs draw headings as pictures: the text then holds a list of references, a list of
courses and a closing motivation with no heading above them, and all of it falls in the one
section before the first heading. This component splits such a section where its lines take
the shape of a known kind: two or more lines that open with a person's name followed by a
role or contact detail (references), two or more short dated course lines (courses), and a
closing first-person paragraph (motivation). It never relabels a section a heading opened,
and adds a kind only where no heading gave one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.nl import certificates as certificate_vocab
from pipeline.lang.nl import motivation as motivation_vocab
from pipeline.lang.nl import references as reference_vocab
from pipeline.lang.nl import roles as role_vocab
from pipeline.lang.nl import shapes as vocab
from pipeline.structure.contacts import contact_kind
from pipeline.structure.dates import YEAR_ALONE, find_dates
from pipeline.structure.lines import Line, lines_between, text_of
from pipeline.structure.periods import DATE_RANGE, LEADING_DATE

PREAMBLE_LABELS = frozenset({"personalia", "overig"})
_NAME_FIRST = re.compile(vocab.NAME_THEN_SEPARATOR)
_ROLE_WORDS = frozenset(reference_vocab.ROLE_OR_ORG_WORDS)
_COURSE = re.compile(vocab.COURSE_WORDS)
_DIPLOMA = re.compile(certificate_vocab.DIPLOMA_WORDS)
_JOB_TITLE = re.compile(r"(?i:\w*(?:" + "|".join(role_vocab.TITLE_WORDS) + r")\b)")
_BULLET = re.compile(r"^[-•·▪–]\s")
_WORD = re.compile(r"[^\W\d_]+")
_FIRST = frozenset(motivation_vocab.FIRST_PERSON)
_THIRD = frozenset(motivation_vocab.THIRD_PERSON)
MIN_FIRST_PERSON_SHARE = 0.6


def reference_line(text: str) -> bool:
    """"Gerda Slot – teamleider, Stichting X – 0570-61 22 90": a name, then a role or contact."""
    if not _NAME_FIRST.match(text) or _DIPLOMA.search(text):
        return False
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(contact_kind(text)) or bool(words & _ROLE_WORDS)


def course_line(text: str) -> bool:
    """"- Motiverende gespreksvoering (2021)": short, a year or a course word, no study, no
    job, no period, no full date or contact detail (a personal data line)."""
    if len(text.split()) > vocab.COURSE_LINE_MAX_WORDS or DATE_RANGE.search(text):
        return False
    if _DIPLOMA.search(text) or _JOB_TITLE.search(_BULLET.sub("", text)):
        return False
    if contact_kind(text) or any(m.value.precision == "day" for m in find_dates(text, 0)):
        return False
    dated = bool(YEAR_ALONE.search(text)) or bool(LEADING_DATE.match(text))
    return (dated or bool(_COURSE.search(text))) and (dated or bool(_BULLET.match(text)))


def first_person(lines: list[Line]) -> bool:
    words = [w.lower() for line in lines for w in _WORD.findall(line.text)]
    first = sum(w in _FIRST for w in words)
    third = sum(w in _THIRD for w in words)
    return len(words) >= vocab.MIN_MOTIVATION_WORDS and bool(first) \
        and first / (first + third) >= MIN_FIRST_PERSON_SHARE


class ShapeSectionRecognizer:
    """Splits preamble sections at runs of reference lines, course lines and a closing
    first-person paragraph (doc.spans["sections"])."""

    def __call__(self, doc: Doc) -> Doc:
        sections = list(doc.spans.get("sections", []))
        present = {span.label_ for span in sections if span._.heading}
        spans: list[Span] = []
        last = max((s.end_char for s in sections), default=0)
        for span in sections:
            if span.label_ not in PREAMBLE_LABELS or span._.heading:
                spans.append(span)
                continue
            spans += self._split(doc, span, present, closing=span.end_char == last)
        doc.spans["sections"] = spans
        return doc

    def _split(self, doc: Doc, span: Span, present: set[str], *, closing: bool) -> list[Span]:
        lines = lines_between(text_of(doc), span.start_char, span.end_char)
        kinds: list[str | None] = [None] * len(lines)
        for label, test, minimum in (("referenties", reference_line, vocab.MIN_REFERENCE_LINES),
                                     ("cursussen", course_line, 2)):
            if label in present:
                continue
            for start, end in _runs([test(line.text) for line in lines], minimum):
                kinds[start:end] = [label] * (end - start)
        if closing and "motivatie" not in present:
            start = _closing_paragraph(doc, lines, kinds)
            if start is not None:
                kinds[start:] = ["motivatie"] * (len(lines) - start)
        if not any(kinds):
            return [span]
        pieces: list[Span] = []
        for index, line in enumerate(lines):
            label = kinds[index] or span.label_
            if pieces and pieces[-1].label_ == label:
                end = line.end
                pieces[-1] = doc.char_span(pieces[-1].start_char, end, label=label,
                                           alignment_mode="expand") or pieces[-1]
                continue
            piece = doc.char_span(line.start, line.end, label=label, alignment_mode="expand")
            if piece is not None:
                pieces.append(piece)
        return pieces


def _runs(flags: list[bool], minimum: int) -> list[tuple[int, int]]:
    """(start, end) of each run of at least `minimum` consecutive True values."""
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= minimum:
                runs.append((start, index))
            start = None
    return runs


def _closing_paragraph(doc: Doc, lines: list[Line], kinds: list[str | None]) -> int | None:
    """Index of the first line of the last paragraph when it is first-person prose that
    comes after other lines (the opening paragraph is a profile, not a motivation)."""
    if not lines:
        return None
    start = len(lines) - 1
    while start > 0 and kinds[start - 1] is None \
            and "\n\n" not in text_of(doc)[lines[start - 1].end:lines[start].start]:
        start -= 1
    if start == 0 or kinds[start] is not None or not first_person(lines[start:]):
        return None
    return start


@Language.factory("cvscreen_shape_sections_v1", default_config={}, assigns=["doc.spans"],
                  requires=["doc.spans"])
def make_shape_sections(nlp: Language, name: str) -> ShapeSectionRecognizer:
    return ShapeSectionRecognizer()
