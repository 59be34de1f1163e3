"""Duplicate glyphs: the fast removal keeps exactly what pdfplumber's own `dedupe_chars` keeps."""

from __future__ import annotations

import pdfplumber
import pytest
from answered_sets import ANSWERED_SETS
from ingest_builders import draw_pdf
from pdfplumber.utils import dedupe_chars

from pipeline.ingest import read_document
from pipeline.ingest.glyphs import without_duplicate_glyphs

# every PDF of the answered sets, the shared samples included where they are
ANSWERED_PDFS = sorted(
    path for folder, _ in ANSWERED_SETS.values() for path in folder.glob("*.pdf")
)


def _fake_bold(path):
    """Headings drawn twice 0.3 pt apart, a word processor's fake bold, beside plain lines."""
    lines = [(60, 80, "Werkervaring", 13), (60.3, 80.2, "Werkervaring", 13),
             (60, 100, "Ambulant begeleider, Huizen"), (60, 114, "Opleidingen", 13),
             (60.4, 114, "Opleidingen", 13), (60, 134, "HBO Pedagogiek 2012"),
             (200, 134, "2012")]  # the same text elsewhere on the line is no duplicate
    return draw_pdf(path, [lines])


def _same_as_pdfplumber(pdf_path) -> None:
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            chars = page.chars
            assert without_duplicate_glyphs(chars) == dedupe_chars(chars), page.page_number


@pytest.mark.parametrize("path", ANSWERED_PDFS, ids=lambda path: path.name)
def test_glyphs_answered_pdfs_keep_what_pdfplumber_keeps(path):
    _same_as_pdfplumber(path)


def test_glyphs_fake_bold_copies_removed_as_pdfplumber_removes_them(tmp_path, params):
    path = _fake_bold(tmp_path / "fake-bold.pdf")
    _same_as_pdfplumber(path)
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    kept = without_duplicate_glyphs(chars)
    assert len(kept) == len(chars) - len("WerkervaringOpleidingen")
    text = read_document(path, params).text
    assert "Werkervaring" in text and "Opleidingen" in text
    assert "WWee" not in text and "OOpp" not in text
    assert text.count("2012") == 2


@pytest.mark.parametrize("tolerance", [0.0, 0.5, 3.0])
def test_glyphs_tolerance_as_pdfplumber(tmp_path, tolerance):
    path = _fake_bold(tmp_path / "fake-bold.pdf")
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    assert without_duplicate_glyphs(chars, tolerance) == dedupe_chars(chars, tolerance)


def test_glyphs_page_without_copies_returned_as_is(tmp_path):
    path = draw_pdf(tmp_path / "plain.pdf", [[(60, 80, "Profiel"), (60, 100, "Ik begeleid")]])
    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    assert without_duplicate_glyphs(chars) is chars
