"""OCR word boxes: line-wide boxes from Tesseract's baselines, and the marks it misreads
(bullets read as letters, '|' separators, a table's vertical rules)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from ingest_builders import scan_of
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from pipeline.ingest import read_document
from pipeline.ingest.ocr import hocr_words

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract CLI not installed"
)
SETTINGS = {"bullet_max_height": 0.45, "rule_reach": 0.5, "rule_contrast": 60,
            "rule_dark_share": 0.9}


def _hocr(lines: list[tuple[str, list[tuple[str, tuple[int, int, int, int]]]]]) -> str:
    """Tesseract-like hOCR: each line (title, words with pixel boxes)."""
    out = ["<div class='ocr_page' title='bbox 0 0 2000 3000'>"]
    for number, (title, words) in enumerate(lines):
        out.append(f"<span class='ocr_line' id='line_{number}' title=\"{title}\">")
        for index, (text, (x0, y0, x1, y1)) in enumerate(words):
            out.append(f"<span class='ocrx_word' id='word_{number}_{index}' "
                       f"title='bbox {x0} {y0} {x1} {y1}; x_wconf 95'>{text}</span>")
        out.append("</span>")
    return "\n".join([*out, "</div>"])


# A straight line: box 100..1000 x 100..140, baseline 8 px above the box bottom, 38 px tall
# letters with 8 px descenders.
LINE = "bbox 100 100 1000 140; baseline 0 -8; x_size 38; x_descenders 8; x_ascenders 8"


def test_words_of_one_line_share_the_line_box():
    hocr = _hocr([(LINE, [
        ("Dagelijkse", (100, 100, 300, 140)),   # ascender and descender
        ("een", (310, 110, 370, 132)),          # x-height only
        ("—", (380, 118, 400, 122)),            # a flat dash
        ("jaar", (410, 110, 480, 140)),         # descender only
    ])])
    words, confidences = hocr_words(hocr, 1.0, SETTINGS)
    assert [w["text"] for w in words] == ["Dagelijkse", "een", "—", "jaar"]
    assert {(w["top"], w["bottom"]) for w in words} == {(102.0, 140.0)}
    assert confidences == [95.0] * 4


def test_skewed_line_is_levelled_by_its_baseline():
    # Falls 10 px over 1000 px (about 0.6 degrees); four words so the slope is trusted.
    title = "bbox 0 100 1000 150; baseline 0.01 -8; x_size 38; x_descenders 8; x_ascenders 8"
    boxes = [(0, 104, 200, 142), (300, 107, 500, 145), (600, 110, 800, 148),
             (850, 112, 1000, 150)]
    hocr = _hocr([(title, [(f"woord{i}", box) for i, box in enumerate(boxes)])])
    words, _ = hocr_words(hocr, 1.0, SETTINGS)
    tops = [w["top"] for w in words]
    assert max(tops) - min(tops) < 0.5


def test_small_glyph_at_line_start_is_a_bullet_not_a_letter():
    hocr = _hocr([
        (LINE, [("e", (100, 115, 113, 128)), ("Begeleiding", (130, 100, 400, 140))]),
        (LINE.replace("100 1000 140", "200 1000 240"),
         [("e", (100, 210, 122, 232)), ("kind", (130, 200, 230, 232))]),  # a real letter
    ])
    words, _ = hocr_words(hocr, 1.0, SETTINGS)
    assert [w["text"] for w in words] == ["•", "Begeleiding", "e", "kind"]


def test_bar_between_words_is_a_separator_and_at_the_edge_is_dropped():
    hocr = _hocr([(LINE, [
        ("|", (80, 100, 84, 140)),
        ("Amersfoort", (100, 100, 300, 140)),
        ("|", (318, 98, 322, 142)),
        ("mrt", (340, 108, 400, 132)),
        ("2015", (410, 102, 480, 132)),
    ])])
    pixels = np.full((400, 1200), 245, dtype=np.uint8)
    pixels[98:142, 318:322] = 40  # the typed bar only
    words, _ = hocr_words(hocr, 1.0, SETTINGS, _image(pixels))
    assert [w["text"] for w in words] == ["Amersfoort", "|", "mrt", "2015"]


def test_bar_whose_stroke_runs_on_is_a_table_rule():
    hocr = _hocr([(LINE, [
        ("09/2019", (100, 102, 250, 132)),
        ("|", (300, 96, 306, 144)),
        ("Altra", (340, 102, 420, 132)),
    ])])
    pixels = np.full((400, 1200), 245, dtype=np.uint8)
    pixels[20:380, 302:304] = 140  # a grey vertical rule through the whole table
    words, _ = hocr_words(hocr, 1.0, SETTINGS, _image(pixels))
    assert [w["text"] for w in words] == ["09/2019", "Altra"]


def _image(pixels):
    from PIL import Image

    return Image.fromarray(pixels, "L")


@pytest.fixture(scope="session")
def scanned_marks(tmp_path_factory):
    """One scanned page with a '|' separator, bullets and a short wrapped bullet line,
    read once for all tests below (OCR is the slow part)."""
    folder = tmp_path_factory.mktemp("ocr-marks")
    source = folder / "source.pdf"
    canvas = rl_canvas.Canvas(str(source), pagesize=A4, invariant=1)
    height = A4[1]
    lines = [
        (13, "Werkervaring"),
        (10, "Ambulant gezinsbegeleider"),
        (10, "Jeugdhulp Eemland, Amersfoort | mrt 2015 \u2013 aug 2019"),
        (10, "\u2022  Gezinsbegeleiding aan huis bij gezinnen met opvoedvragen"),
        (10, "\u2022  Dagelijkse begeleiding van acht jongeren (12-16 jaar) op een"),
        (10, "\u2022  Overleg met school \u2013 2021"),
    ]
    y = 90
    for size, text in lines:
        canvas.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
        canvas.drawString(70, height - y, text)
        y += 16
    canvas.showPage()
    canvas.save()
    return scan_of(source, folder / "scan.pdf", dpi=200, skew_degrees=0.7)


@needs_tesseract
def test_scanned_separator_bullets_and_dashes_stay_on_their_lines(scanned_marks, ingest_params):
    doc = read_document(scanned_marks, ingest_params)
    assert doc.status == "ok", doc.status_detail
    lines = doc.text.splitlines()
    assert any(line.startswith("Jeugdhulp Eemland, Amersfoort | mrt 2015") for line in lines)
    bullets = [line for line in lines if line.startswith("- ")]
    assert len(bullets) == 3, lines
    assert any("jongeren (12-16 jaar) op een" in line for line in bullets)
    # A flat dash is read on its own line, not below it.
    assert not any(line.strip() in {"-", "–", "—"} for line in lines)
