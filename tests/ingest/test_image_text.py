"""Headings drawn as pictures on a page with a text layer are read by OCR; other pictures not.

Every CV text here is fictional and written for these tests.
"""

from __future__ import annotations

import shutil

import pytest
from ingest_builders import column, draw_pdf
from PIL import Image, ImageDraw, ImageFont

from pipeline.ingest import read_document
from pipeline.ingest.image_text import BannerRules, trusted_words

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract CLI not installed"
)

NAME = [(60, 60, "Sanne de Wit", 16), (60, 80, "Utrecht | 06-12 34 56 78 | sanne@example.nl")]
BODY = [
    "2011 - 2015 | Bachelor Pedagogiek",
    "Hogeschool Utrecht, diploma behaald",
    "2005 - 2011 | HAVO, Christelijk Lyceum Zeist",
]


def banner(text: str, size: tuple[int, int] = (1800, 120)) -> Image.Image:
    """A heading as a designed CV draws it: a bar, the word, a rule running to the edge."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 10, 12, size[1] - 10), fill=(90, 90, 90))
    font = ImageFont.load_default(size=int(size[1] * 0.6))
    draw.text((30, size[1] * 0.15), text, font=font, fill=(50, 50, 50))
    right = draw.textbbox((30, size[1] * 0.15), text, font=font)[2]
    draw.line((right + 30, size[1] * 0.6, size[0] - 10, size[1] * 0.6), fill=(90, 90, 90),
              width=4)
    return image


def cv_with(tmp_path, picture: Image.Image, width: float, height: float):
    """A one-page CV: name, the picture at 110 pt, the education lines beneath it."""
    page = [*NAME, (60, 110, picture, width, height), *column(60, 110 + height + 16, BODY)]
    return draw_pdf(tmp_path / "cv.pdf", [page])


@needs_tesseract
def test_heading_banner_is_read_above_its_section(tmp_path, ingest_params):
    doc = read_document(cv_with(tmp_path, banner("Opleiding"), 480, 32), ingest_params)
    lines = doc.text.splitlines()
    assert doc.status == "ok", doc.status_detail
    assert "Opleiding" in lines
    assert lines.index("Opleiding") == lines.index(BODY[0]) - 1
    assert lines.index("Opleiding") > lines.index(NAME[1][2])
    assert "1 word read by OCR from images shaped like headings (page 1)" in doc.warnings


@needs_tesseract
def test_photo_adds_nothing_even_with_words_on_it(tmp_path, ingest_params):
    photo = banner("Opleiding", (300, 380))  # portrait-shaped: a photo, not a line of text
    doc = read_document(cv_with(tmp_path, photo, 90, 114), ingest_params)
    assert doc.status == "ok", doc.status_detail
    assert "Opleiding" not in doc.text
    assert not any("OCR" in warning for warning in doc.warnings)


@needs_tesseract
def test_banner_shaped_texture_adds_nothing(tmp_path, ingest_params):
    hatch = Image.new("L", (1800, 120), 255)  # Tesseract reads 'ELLEELLE LLL', unsure of it
    for x in range(0, 1800, 45):
        ImageDraw.Draw(hatch).line((x, 110, x + 40, 10), fill=0, width=5)
    doc = read_document(cv_with(tmp_path, hatch, 480, 32), ingest_params)
    lines = doc.text.splitlines()
    assert lines.index(BODY[0]) == lines.index(NAME[1][2]) + 1
    assert not any("OCR" in warning for warning in doc.warnings)


def test_heading_banner_without_tesseract_changes_nothing(tmp_path, ingest_params, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    doc = read_document(cv_with(tmp_path, banner("Opleiding"), 480, 32), ingest_params)
    assert doc.status == "ok", doc.status_detail
    assert "Opleiding" not in doc.text
    assert "1 image shaped like headings not read: Tesseract not installed" in doc.warnings


@needs_tesseract
def test_picture_behind_a_text_heading_is_not_read_again(tmp_path, ingest_params):
    # A bar the text heading stands on: the picture is background, whatever it shows.
    page = [*NAME, (60, 110, banner("Profiel"), 480, 32), (400, 132, "Opleiding", 14),
            *column(60, 158, BODY)]
    doc = read_document(draw_pdf(tmp_path / "cv.pdf", [page]), ingest_params)
    assert "Opleiding" in doc.text.splitlines()
    assert "Profiel" not in doc.text
    assert not any("OCR" in warning for warning in doc.warnings)


def test_one_doubtful_word_rejects_the_banner():
    def word(text: str) -> dict:
        return {"text": text, "x0": 0.0, "x1": 1.0, "top": 0.0, "bottom": 1.0}

    rules = BannerRules()
    heading = [word("|"), word("Cursussen"), word("&"), word("trainingen"), word("———")]
    kept = trusted_words(heading, [90, 95, 80, 93, 0], rules)
    assert [w["text"] for w in kept] == ["Cursussen", "&", "trainingen"]
    assert trusted_words(heading, [90, 95, 80, 40, 0], rules) == []  # not confident
    assert trusted_words([word("Ee5x"), word("Opleiding")], [90, 95], rules) == []  # no word
    assert trusted_words([word("Or")], [80], rules) == []  # a photo's edge, read confidently
