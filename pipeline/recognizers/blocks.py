"""Lines and labelled blocks of a Doc, shared by the certificate, reference, motivation and
zzp recognizers.

A block is the body of one section. It comes from `doc.spans["sections"]` (the sections
component) when that found the label; otherwise from the recognizer's own heading pattern, so a
heading the sections component missed, or a pipeline without it, still finds the block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.lang.nl.fallback_headings import ANY_HEADING_WORDS, RUNNING_LINE
from pipeline.structure.lines import Line, lines_between, text_of

_ANY_HEADING = re.compile(
    "(?:" + "|".join(re.escape(word) for word in sorted(ANY_HEADING_WORDS, key=len, reverse=True))
    + ")"
)
_HEADING_TAIL = re.compile(r"[\s:.\-–—|•]+$")
MAX_CAPS_HEADING_WORDS = 5
_RUNNING = re.compile(RUNNING_LINE)
_INLINE_HEADING = re.compile(r"(?P<head>[^:|\t]{1,60}?)\s*(?::|\||\t)\s*(?=\S)")


@dataclass(frozen=True)
class Block:
    """A section body: `lines` after the heading; `source` says who found it."""

    label: str
    start: int
    end: int
    heading: str
    lines: tuple[Line, ...]
    source: str  # "sections" | "heading"


def is_running_line(text: str) -> bool:
    """A page header/footer ("... | pagina 1 van 2", "– 2 –") left in the body text."""
    return bool(_RUNNING.search(text))


def heading_key(text: str) -> str:
    """A line as a heading would be compared: lower case, no trailing colon or dashes."""
    return _HEADING_TAIL.sub("", text.strip()).lower()


def looks_like_heading(text: str) -> bool:
    """A known heading word on its own, or a short all-caps line without digits."""
    key = heading_key(text)
    if _ANY_HEADING.fullmatch(key):
        return True
    words = key.split()
    letters = [c for c in text if c.isalpha()]
    return (
        0 < len(words) <= MAX_CAPS_HEADING_WORDS
        and len(letters) >= 4
        and all(c.isupper() for c in letters)
        and not any(c.isdigit() for c in text)
    )


def labelled_blocks(doc: Doc, label: str, heading: re.Pattern[str]) -> list[Block]:
    """Blocks of `label`: from the sections component, else found by `heading`.

    `heading` must fullmatch a heading key (see `heading_key`); a line "Heading: text" opens a
    block whose first line is the text after the colon.
    """
    spans = [span for span in doc.spans.get("sections", []) if span.label_ == label]
    if spans:
        return [_block_from_span(doc, span.start_char, span.end_char, label, heading)
                for span in spans]
    return _blocks_by_heading(doc, label, heading)


def _block_from_span(doc: Doc, start: int, end: int, label: str,
                     heading: re.Pattern[str]) -> Block:
    lines = lines_between(text_of(doc), start, end)
    title = ""
    if lines:  # the contract: a span starts with its heading ("Referenties: Mw. ..." inline)
        split = _INLINE_HEADING.match(lines[0].text)
        head = split.group("head") if split else lines[0].text
        opened = _opens(lines[0], re.compile(re.escape(heading_key(head))))
        title, inline = opened if opened else (lines[0].text, None)
        lines = ([inline] if inline else []) + lines[1:]
    # a span that runs on past another section's known heading, or past an all-caps line
    # amid mixed-case lines (the next column's title), is cut there
    caps = [_is_caps_line(line.text) for line in lines]
    mixed_case = sum(caps) * 3 < len(lines)
    for index, line in enumerate(lines):
        key = heading_key(line.text)
        if heading.fullmatch(key):
            continue
        if _ANY_HEADING.fullmatch(key) or (mixed_case and caps[index]):
            lines = lines[:index]
            end = lines[-1].end if lines else start
            break
    return Block(label, start, end, title, tuple(lines), "sections")


def _is_caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and not any(
        c.isdigit() for c in text)


def _blocks_by_heading(doc: Doc, label: str, heading: re.Pattern[str]) -> list[Block]:
    lines = lines_between(text_of(doc))
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        opened = _opens(line, heading)
        if opened is None:
            index += 1
            continue
        title, first = opened
        body = [first] if first else []
        index += 1
        while index < len(lines) and not looks_like_heading(lines[index].text) \
                and _opens(lines[index], heading) is None:
            body.append(lines[index])
            index += 1
        end = body[-1].end if body else line.end
        blocks.append(Block(label, line.start, end, title, tuple(body), "heading"))
    return blocks


def _opens(line: Line, heading: re.Pattern[str]) -> tuple[str, Line | None] | None:
    """(heading text, first body line or None) when `line` opens a block of `heading`.

    The heading may stand alone, or before ":" or a table cell border " | " with the first
    body text after it ("Referenties: Mw. ...", "Cursussen | 2019 ...").
    """
    if heading.fullmatch(heading_key(line.text)) and not line.text.rstrip().endswith("."):
        return line.text, None  # "Waarom ik dit werk doe." is a sentence, not a heading
    split = _INLINE_HEADING.match(line.text)
    if split and heading.fullmatch(heading_key(split.group("head"))):
        return split.group("head"), Line(line.text[split.end():], line.start + split.end(),
                                         line.end)
    return None
