"""Scanned CVs: pages without a text layer are read with Tesseract (Dutch), or say why not."""

from __future__ import annotations

import shutil

import pytest
from ingest_builders import SCAN_LINES, column, draw_pdf, jpeg_of, scan_of

from pipeline.ingest import read_document

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract CLI not installed"
)


@pytest.fixture
def scanned_pdf(tmp_path):
    source = draw_pdf(tmp_path / "source.pdf", [column(60, 80, SCAN_LINES)])
    return scan_of(source, tmp_path / "scan.pdf")


@needs_tesseract
def test_ocr_scanned_pdf_reaches_ok_with_readable_text(scanned_pdf, ingest_params):
    doc = read_document(scanned_pdf, ingest_params)
    assert doc.status == "ok", doc.status_detail
    assert doc.ocr["used"] is True and doc.ocr["pages"] == [1]
    assert doc.ocr["mean_confidence"] >= ingest_params["ingest"]["ocr"]["min_confidence"]
    assert "Ambulant begeleider passend onderwijs" in doc.text
    assert "Bachelor Pedagogiek" in doc.text
    # The slight skew of the scan must not split or merge lines.
    assert "Woonplaats: Amersfoort" in doc.text.splitlines()


def test_ocr_without_tesseract_is_needs_ocr_with_reason(scanned_pdf, ingest_params, tmp_path,
                                                         monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    doc = read_document(scanned_pdf, ingest_params)
    assert doc.status == "needs_ocr"
    assert "Tesseract not installed" in doc.status_detail
    assert doc.sha256 and doc.page_count == 1


def test_ocr_disabled_is_needs_ocr(scanned_pdf, ingest_params):
    ingest_params["ingest"]["ocr"]["enabled"] = False
    doc = read_document(scanned_pdf, ingest_params)
    assert doc.status == "needs_ocr"
    assert "OCR disabled" in doc.status_detail


@needs_tesseract
def test_ocr_blank_scan_is_needs_ocr(tmp_path, ingest_params):
    source = draw_pdf(tmp_path / "blank-source.pdf", [[(60, 80, ".")]])
    doc = read_document(scan_of(source, tmp_path / "blank.pdf"), ingest_params)
    assert doc.status == "needs_ocr"
    assert "no readable text" in doc.status_detail


@needs_tesseract
def test_ocr_jpeg_named_pdf_is_read_as_image(tmp_path, ingest_params):
    source = draw_pdf(tmp_path / "source.pdf", [column(60, 80, SCAN_LINES)])
    photo = jpeg_of(source, tmp_path / "cv.pdf")
    doc = read_document(photo, ingest_params)
    assert doc.status == "ok", doc.status_detail
    assert doc.format == "image" and doc.ocr["used"]
    assert any("JPEG" in warning for warning in doc.warnings)
    assert "Gezinscoach bij Jeugdzorg Eemland" in doc.text


def test_ocr_jpeg_named_pdf_without_tesseract(tmp_path, ingest_params, monkeypatch):
    source = draw_pdf(tmp_path / "source.pdf", [column(60, 80, SCAN_LINES)])
    photo = jpeg_of(source, tmp_path / "cv.pdf")
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    doc = read_document(photo, ingest_params)
    assert doc.status == "needs_ocr"
    assert doc.status_detail == "file is a JPEG image, not a PDF; Tesseract not installed"
