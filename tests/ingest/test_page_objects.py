"""Page objects read straight from pdfminer: the same characters and edges pdfplumber gives."""

from __future__ import annotations

import pdfplumber
import pypdfium2
import pytest
from answered_sets import ANSWERED_SETS
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from pipeline.ingest.page_objects import CHAR_FIELDS, chars_and_horizontal_edges

ANSWERED_PDFS = sorted(
    path for folder, _ in ANSWERED_SETS.values() for path in folder.glob("*.pdf")
)
EDGE_FIELDS = ("x0", "x1", "top", "bottom", "width")


def _assert_as_pdfplumber(path) -> int:
    """Compare every page; returns how many horizontal edges were compared."""
    compared = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars, edges = chars_and_horizontal_edges(page)
            expected = [tuple(c[f] for f in CHAR_FIELDS) for c in page.chars]
            assert [tuple(c[f] for f in CHAR_FIELDS) for c in chars] == expected
            expected = [tuple(e[f] for f in EDGE_FIELDS) for e in page.horizontal_edges]
            assert [tuple(e[f] for f in EDGE_FIELDS) for e in edges] == expected
            compared += len(edges)
    return compared


@pytest.mark.parametrize("path", ANSWERED_PDFS, ids=lambda path: path.name)
def test_page_objects_answered_pdfs_as_pdfplumber(path):
    _assert_as_pdfplumber(path)


def _ruled(path, *, origin=(0, 0), rotate=0):
    """A bordered table (rectangles, lines, a curve) inside a form XObject, on a page whose
    media box may not start at 0,0 and may be rotated."""
    drawn = path.with_suffix(".drawn.pdf")
    canvas = rl_canvas.Canvas(str(drawn), pagesize=A4)
    canvas.setFont("Helvetica", 10)
    canvas.rect(60, 600, 400, 60)
    canvas.line(60, 630, 460, 630)
    canvas.drawString(70, 640, "Periode  Werkgever  Functie")
    canvas.drawString(70, 610, "2019 - heden  Jeugdhulp Eemland  Ambulant begeleider")
    path_object = canvas.beginPath()
    path_object.moveTo(60, 560)
    path_object.lineTo(460, 560)
    path_object.curveTo(470, 560, 470, 540, 460, 540)
    canvas.drawPath(path_object)
    canvas.beginForm("box")
    canvas.rect(80, 400, 300, 40)
    canvas.drawString(90, 415, "Opleidingen in een formulier")
    canvas.endForm()
    canvas.doForm("box")
    canvas.showPage()
    canvas.save()
    document = pypdfium2.PdfDocument(str(drawn))
    page = document[0]
    page.set_mediabox(origin[0], origin[1], A4[0], A4[1])
    page.set_rotation(rotate)
    document.save(str(path))
    document.close()
    return path


@pytest.mark.parametrize(
    ("origin", "rotate"),
    [((0, 0), 0), ((30, 20), 0), ((0, 0), 90)],
    ids=["plain", "offset", "rotated"],
)
def test_page_objects_rules_curves_and_forms_as_pdfplumber(tmp_path, origin, rotate):
    compared = _assert_as_pdfplumber(_ruled(tmp_path / "ruled.pdf", origin=origin, rotate=rotate))
    assert compared >= 4
