"""The reading of every committed CV, compared with its golden text file.

As pdfplumber keeps the expected text of its test PDFs: a change in reading order, a lost
header or a merged table cell shows here as a diff, before it flips a fact somewhere else.
After a deliberate reading change, rewrite the goldens and review the diff:

    CVSCREEN_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_text_goldens.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from answered_sets import ANSWERED_SETS, TENDER_SETS

from pipeline.ingest import read_document

GOLDENS = Path(__file__).resolve().parent / "fixtures" / "text"
# Our own CVs only: the shared samples' texts stay out of the project.
COMMITTED_SETS = ("demo-batch", "fixtures", "holdout", "holdout2", "devset", "devset2",
                  "heldout3-pdf", "heldout3-word")
UPDATE = os.environ.get("CVSCREEN_UPDATE_GOLDENS") == "1"


def reading(document) -> str:
    """The golden form of a Document: status, pages, regions, then the text as recognizers
    see it."""
    head = [f"status: {document.status} {document.status_detail}".rstrip()]
    if document.format != "docx":  # a DOCX has pages only where LibreOffice renders it
        head.append(f"pages: {document.page_count}")
    regions = [f"{r.kind}: {document.text[r.start:r.end]!r}" for r in document.regions]
    return "\n".join([*head, *regions, "---", document.text]) + "\n"


FOLDERS = {**{name: ANSWERED_SETS[name][0] for name in COMMITTED_SETS},
           **{f"tender-{name}": folders[0] for name, folders in TENDER_SETS.items()}}
CASES = [
    pytest.param(set_name, path, id=f"{set_name}/{path.name}")
    for set_name, folder in FOLDERS.items()
    for path in sorted(folder.iterdir())
    if path.suffix in (".pdf", ".docx", ".txt")
]


@pytest.mark.parametrize(("set_name", "path"), CASES)
def test_text_golden_reading_unchanged(set_name, path, params):
    golden = GOLDENS / set_name / f"{path.name}.txt"
    got = reading(read_document(path, params))
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(got, encoding="utf-8")
    assert golden.exists(), f"no golden for {path.name}: run with CVSCREEN_UPDATE_GOLDENS=1"
    assert got == golden.read_text(encoding="utf-8")
