"""`cvscreen tender draft`: a params draft from a tender text in the Flextender shape.

text.py reads the text into its parts, draft.py turns the parts into criteria (each value with
its tender line, CHECK lines for what a person must decide), emit.py writes the params file.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.decoding import decode_text
from pipeline.params import DEFAULT_PARAMS
from pipeline.tender.draft import Draft, draft_params
from pipeline.tender.emit import emit
from pipeline.tender.text import read_tender

__all__ = ["draft_tender"]


def draft_tender(path: Path, template: Path = DEFAULT_PARAMS) -> tuple[str, Draft]:
    """(the params file's text, the draft) for the tender text at `path`; the sections that
    read CVs rather than the tender come from `template`."""
    text, _ = decode_text(Path(path).read_bytes())
    tender = read_tender(text)
    draft = draft_params(tender)
    return emit(draft, tender, Path(path).name, Path(template)), draft
