"""Section headings of a CV, the sections they open (doc.spans["sections"]), and the blocks
recognizers read from them: the one notion of a heading every recognizer shares.

A heading is a short line that is a known heading ("Werkervaring", "WORK EXPERIENCE:"), two
known headings joined ("Cursussen en trainingen"), a known heading with a short qualifier
("Motivatie kandidaat", "MOTIVATIE (DOOR MIJ GESCHREVEN)"), or the first cell of a line
"Heading: text" / "Heading | text" (Word tables arrive joined with " | "). Where a two-column
PDF was read line by line, a capitalised heading can end a line of the other column
("Geboren 12-04-1988 WERKERVARING"); that heading opens its section at the word itself.
Each section runs from its heading to the next, and never across a running header, footer
or footnote (a region of the document, see pipeline.document): such a region is a section of
its own. The text before the first heading is personalia when it holds contact data, else
overig. `span._.heading` keeps the heading text. The learned heading model
(pipeline.models.section_model_component) adds the headings these rules miss.

A recognizer reads the body of its sections as `Block`s (`labelled_blocks`): the lines after the
heading, cut where a span runs on past another section's heading.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.document import RUNNING_KINDS
from pipeline.lang.nl import sections as vocab
from pipeline.lang.nl.running import RUNNING_LINE
from pipeline.structure.fields import form_prefix
from pipeline.structure.lines import Line, lines_between, text_of

Span.set_extension("heading", default=None, force=True)
Doc.set_extension("regions", default=None, force=True)  # Document.regions, set by the caller

LABELS = frozenset(vocab.SECTION_HEADINGS.values())
MAX_HEADING_WORDS = 7
MIN_TRAILING_HEADING_LETTERS = 6  # a heading glued to another column's line: "... WERKERVARING"

_HEADINGS = vocab.SECTION_HEADINGS
_STANDALONE = frozenset(vocab.STANDALONE_ONLY)
_PATTERNS = [(label, re.compile(pattern)) for label, pattern in vocab.HEADING_PATTERNS]
_LONGEST_FIRST = sorted(_HEADINGS, key=len, reverse=True)
# Capitals set with wide letter spacing can lose their word spaces ("WHYTHISASSIGNMENT").
_GLUED = {key.replace(" ", ""): label for key, label in _HEADINGS.items() if " " in key}
_JOINER = re.compile(
    r"\s*(?:" + "|".join(
        rf"\b{re.escape(j)}\b" if j.isalpha() else re.escape(j) for j in vocab.HEADING_JOINERS
    ) + r")\s*"
)
_QUALIFIER = re.compile(
    r"^(?P<head>.+?)\s+(?:" + "|".join(re.escape(q) for q in vocab.HEADING_QUALIFIERS)
    + r"|\([^()]{1,60}\))$"
)
_LEAD = re.compile(r"^[\W_]+")
_NUMBERED = re.compile(r"^(?P<head>\D+?)\s*\d{1,2}$")
_BULLET = re.compile(r"^\s*[-–—•·▪►›✓*◦■○]\s")
_TAIL = re.compile(r"[\s:.\-–—|•▪]+$")
_SPACED = re.compile(r"^(?:\w ){3,}\w$")  # "W E R K E R V A R I N G"
_INLINE = re.compile(r"^(?P<head>[^:|]{2,40}?)\s*(?::|\s\|\s)\s*(?P<rest>\S.*)$")
_CONTACT = re.compile("|".join(vocab.CONTACT_CUES), re.IGNORECASE)
_RUNNING = re.compile(RUNNING_LINE)
_INLINE_HEADING = re.compile(r"(?P<head>[^:|\t]{1,60}?)\s*(?::|\||\t)\s*(?=\S)")
MAX_CAPS_HEADING_WORDS = 5
_CAPS_TAIL = re.compile(
    r"(?<=\S)\s+(?P<word>(?:" + "|".join(
        re.escape(h.upper()) for h in _LONGEST_FIRST
        if h not in _STANDALONE and len(h.replace(" ", "")) >= MIN_TRAILING_HEADING_LETTERS
    ) + r"))\s*:?$"
)


@dataclass(frozen=True)
class Heading:
    """A heading found at `start` (its words end at `end`); `label` is the section label."""

    start: int
    end: int
    text: str
    label: str
    form: bool = False  # the group of a prefixed form line ("Opleiding 1 - Naam: ...")


def heading_key(text: str) -> str:
    """Lower case, without bullets, trailing colon or dashes; letter-spaced words closed up."""
    key = _TAIL.sub("", _LEAD.sub("", text.strip())).lower()
    key = re.sub(r"\s+", " ", key)
    if _SPACED.match(key):
        key = key.replace(" ", "")
    return key


def classify(text: str, *, standalone: bool = True) -> str | None:
    """The section label of a heading text, or None. `standalone` is False for the head of a
    line "Heading: text", where ordinary words ("Ervaring: 10 jaar") must not count."""
    key = heading_key(text)
    if not key or len(key.split()) > MAX_HEADING_WORDS:
        return None
    label = _HEADINGS.get(key)
    if label is None and text.isupper():
        label = _GLUED.get(key)
    if label and (standalone or key not in _STANDALONE):
        return label
    if label:
        return None
    parts = [part for part in _JOINER.split(key) if part]
    if len(parts) > 1 and all(part in _HEADINGS for part in parts):
        labels = [_HEADINGS[part] for part in parts]
        return next((label for label in vocab.JOINED_FIRST if label in labels), labels[0])
    numbered = _NUMBERED.match(key)  # "Werkervaring 2", "Opleiding 1": a form's entry head
    if numbered and numbered.group("head") in _HEADINGS \
            and numbered.group("head") not in _STANDALONE:
        return _HEADINGS[numbered.group("head")]
    qualified = _QUALIFIER.match(key)
    if qualified and qualified.group("head") in _HEADINGS \
            and qualified.group("head") not in _STANDALONE:
        return _HEADINGS[qualified.group("head")]
    if standalone and not text.rstrip().endswith("."):  # a sentence is not a heading
        return next((label for label, rx in _PATTERNS if rx.fullmatch(key)), None)
    return None


def _caps_prefix_label(text: str) -> str | None:
    """An all-capitals short line that starts with a heading: "WERKERVARING EN STAGES"."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or any(c.isdigit() for c in text):
        return None
    key = heading_key(text)
    if len(key.split()) > MAX_HEADING_WORDS - 2:
        return None
    for entry in _LONGEST_FIRST:
        if entry not in _STANDALONE and key.startswith(entry + " "):
            return _HEADINGS[entry]
    return None


def heading_of(line: Line) -> Heading | None:
    """The heading a line holds or opens, if any."""
    label = classify(line.text) or _caps_prefix_label(line.text)
    if label:
        return Heading(line.start, line.end, line.text, label)
    prefix = form_prefix(line.text)
    label = classify(prefix.group("group")) if prefix else None  # numbered: a group, not a word
    if prefix and label:
        return Heading(line.start, line.start + prefix.end(), prefix.group("group"), label,
                       form=True)
    inline = _INLINE.match(line.text)
    if inline and not _BULLET.match(line.text):  # "- Stages: ..." is an item, not a heading
        label = classify(inline.group("head"), standalone=False)
        if label:
            head = inline.group("head")
            return Heading(line.start, line.start + len(head), head, label)
    tail = _CAPS_TAIL.search(line.text)
    if tail:
        word = tail.group("word")
        start = line.start + tail.start("word")
        return Heading(start, start + len(word), word, _HEADINGS[word.lower()])
    return None


def find_headings(text: str, start: int = 0, end: int | None = None) -> list[Heading]:
    """Headings in text order; the prefixed lines of one form group open one section, not a
    section each ("Opleiding 1 - Naam:", "Opleiding 1 - Niveau:", "Opleiding 2 - Naam:")."""
    headings: list[Heading] = []
    for line in lines_between(text, start, end):
        heading = heading_of(line)
        if heading is None:
            continue
        if heading.form and headings and headings[-1].label == heading.label:
            continue
        headings.append(heading)
    return headings


def preamble_label(text: str) -> str:
    """Text before the first heading: personal data when it holds contact details."""
    return "personalia" if _CONTACT.search(text) else "overig"


def running_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Where the running header and footer stand (pipeline.document regions): no section of
    the body runs into them, and a reference list above the footer does not take it in."""
    return [(r.start, r.end) for r in doc._.regions or [] if r.kind in RUNNING_KINDS]


class SectionRecognizer:
    """Sets doc.spans["sections"]: one span per section, heading included, label = section."""

    def __call__(self, doc: Doc) -> Doc:
        cuts = sorted({0, len(text_of(doc)), *(b for r in running_bounds(doc) for b in r)})
        spans: list[Span] = []
        for start, end in itertools.pairwise(cuts):
            spans += _sections(doc, start, end)
        doc.spans["sections"] = spans
        return doc


def _sections(doc: Doc, start: int, end: int) -> list[Span]:
    """Sections of text[start:end]; the text before its first heading is a preamble."""
    text = text_of(doc)
    headings = find_headings(text, start, end)
    first = headings[0].start if headings else end
    spans = []
    if text[start:first].strip():
        span = _span(doc, start, first, preamble_label(text[start:first]))
        if span is not None:
            spans.append(span)
    for index, heading in enumerate(headings):
        stop = headings[index + 1].start if index + 1 < len(headings) else end
        span = _span(doc, heading.start, stop, heading.label)
        if span is not None:
            span._.heading = heading.text
            spans.append(span)
    return spans


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """A token-aligned span over text[start:end] without its outer whitespace."""
    chunk = text_of(doc)[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    if end <= start:
        return None
    return doc.char_span(start, end, label=label, alignment_mode="expand")


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Block:
    """A section body: the `lines` after its heading."""

    label: str
    start: int
    end: int
    heading: str
    lines: tuple[Line, ...]
    source: str = "sections"


def is_running_line(text: str) -> bool:
    """A page header/footer ("... | pagina 1 van 2", "– 2 –") left in the body text."""
    return bool(_RUNNING.search(text))


def looks_like_heading(text: str) -> bool:
    """A known heading on its own, or a short all-caps line without digits (a heading the
    vocabulary does not know yet, set apart by its type)."""
    if classify(text) is not None:
        return True
    return _is_caps_line(text) and 0 < len(heading_key(text).split()) <= MAX_CAPS_HEADING_WORDS


def labelled_blocks(doc: Doc, label: str) -> list[Block]:
    """The bodies of the sections of `label` in doc.spans["sections"]."""
    return [_block_from_span(doc, span) for span in doc.spans.get("sections", [])
            if span.label_ == label]


def _block_from_span(doc: Doc, span: Span) -> Block:
    start, end, label = span.start_char, span.end_char, span.label_
    lines = lines_between(text_of(doc), start, end)
    title = ""
    if lines and span._.heading and form_prefix(lines[0].text):
        title = span._.heading  # a form group's lines keep their labels: fields read them
    elif lines and span._.heading:  # the span starts with its heading ("Referenties: Mw. ...")
        first = lines[0]
        title = span._.heading
        at = first.text.find(title)
        rest = first.text[at + len(title):] if at >= 0 else ""
        inline = _INLINE_HEADING.match(first.text[at:]) if at >= 0 else None
        if inline and rest.strip():
            body = first.text[at + inline.end():]
            offset = first.start + at + inline.end()
            lines = [Line(body, offset, first.end), *lines[1:]]
        else:
            lines = lines[1:]
    # rules under a heading ("---------", "=====") are drawing, not content
    lines = [line for line in lines if any(char.isalnum() for char in line.text)]
    # a span that runs on past another section's known heading, or past an all-caps line
    # amid mixed-case lines (the next column's title), is cut there
    caps = [_is_caps_line(line.text) for line in lines]
    mixed_case = sum(caps) * 3 < len(lines)
    for index, line in enumerate(lines):
        other = classify(line.text)
        if other == label:
            continue
        if other is not None or (mixed_case and caps[index]):
            lines = lines[:index]
            end = lines[-1].end if lines else start
            break
    return Block(label, start, end, title, tuple(lines))


def _is_caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not any(
        c.isdigit() for c in text)


@Language.factory(
    "cvscreen_sections_v1",
    default_config={},
    assigns=["doc.spans"],
)
def make_sections(nlp: Language, name: str) -> SectionRecognizer:
    return SectionRecognizer()
