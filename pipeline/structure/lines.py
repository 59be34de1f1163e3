"""Lines of a Doc's text with their offsets, and evidence for a stretch of that text.

Recognizers read a CV line by line; every line knows where it stands in `doc.text`, so any
value read from it can carry its evidence.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.facts import Evidence

if not Doc.has_extension("page_starts"):
    Doc.set_extension("page_starts", default=None)  # Document page starts, set by the caller

_TEXT_KEY = "cvscreen.text"
_LINE = re.compile(r"[^\n]+")
# Letters that Unicode does not decompose into a base letter and an accent.
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae",
                               "œ": "oe", "þ": "th", "ð": "d"})


@dataclass(frozen=True)
class Line:
    """One line of the Doc text, stripped; `start`/`end` are offsets into `doc.text`."""

    text: str
    start: int
    end: int


def text_of(doc: Doc) -> str:
    """`doc.text`, computed once per Doc: spaCy joins every token again on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def lines_between(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-empty lines of `text[start:end]` with their offsets."""
    end = len(text) if end is None else end
    found = []
    for match in _LINE.finditer(text, start, end):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        left = match.start() + (len(raw) - len(raw.lstrip()))
        found.append(Line(stripped, left, left + len(stripped)))
    return found


def fold(text: str) -> str:
    """Lower case without diacritics, for comparing names: "Yıldırım" and "yildirim" match."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_BASE_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def page_of(doc: Doc, offset: int) -> int | None:
    """1-based page of a character offset; page 1 when the doc carries no page starts."""
    starts = doc._.page_starts
    if not starts:
        return 1 if len(doc) else None
    return max(bisect.bisect_right(starts, offset), 1)


def evidence_at(doc: Doc, start: int, end: int) -> Evidence:
    """The words of `doc.text[start:end]`, trimmed, with their page."""
    text = text_of(doc)
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return Evidence(text=text[start:end], page=page_of(doc, start), start=start, end=end)
