"""Build `Evidence` from character offsets of a spaCy Doc made from a `Document`."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

from pipeline.facts import Evidence

if not Doc.has_extension("page_starts"):
    Doc.set_extension("page_starts", default=None)


def evidence_for(doc: Doc, start: int, end: int) -> Evidence:
    """Evidence for `doc.text[start:end]`, with surrounding whitespace trimmed."""
    text = doc.text[start:end]  # Doc.text is rebuilt from the tokens on every access
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    return Evidence(text=stripped, page=page_of(doc, start), start=start, end=start + len(stripped))


def evidence_from_span(span: Span) -> Evidence:
    return evidence_for(span.doc, span.start_char, span.end_char)


def page_of(doc: Doc, offset: int) -> int | None:
    """1-based page of a character offset; page 1 when the doc carries no page starts."""
    starts = doc._.page_starts
    if not starts:
        return 1 if doc.text else None
    return max(bisect.bisect_right(starts, offset), 1)
