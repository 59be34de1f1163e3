"""Broken and hostile files: each yields a Document with a clear status, none raises or hangs."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from docx import Document as DocxDocument
from ingest_builders import column, draw_pdf
from reportlab.lib import pdfencrypt

from pipeline.ingest import read_document

CV_LINES = ["H:Profiel", "Ervaren ambulant begeleider in het basisonderwijs en de jeugdhulp."]


def _word_file(path):
    word = DocxDocument()
    word.add_paragraph("Profiel")
    word.add_paragraph("Ervaren ambulant begeleider in het basisonderwijs.")
    word.save(path)
    return path


def test_hostile_zero_byte_file(tmp_path, ingest_params):
    path = tmp_path / "leeg.pdf"
    path.write_bytes(b"")
    doc = read_document(path, ingest_params)
    assert (doc.status, doc.status_detail) == ("unreadable", "zero-byte file")
    assert doc.sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_hostile_truncated_pdf(tmp_path, ingest_params):
    whole = draw_pdf(tmp_path / "whole.pdf", [column(60, 80, CV_LINES)] * 3).read_bytes()
    path = tmp_path / "afgebroken.pdf"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    doc = read_document(path, ingest_params)
    assert doc.status == "unreadable"
    assert doc.status_detail.startswith("truncated PDF")


def test_hostile_encrypted_pdf_needs_password(tmp_path, ingest_params):
    encrypt = pdfencrypt.StandardEncryption("geheim", ownerPassword="eigenaar")
    path = draw_pdf(tmp_path / "beveiligd.pdf", [column(60, 80, CV_LINES)], encrypt=encrypt)
    doc = read_document(path, ingest_params)
    assert doc.status == "unreadable"
    assert doc.status_detail.startswith("encrypted PDF")


def test_hostile_pdf_with_only_owner_password_is_read(tmp_path, ingest_params):
    """No password is needed to open it (only to edit), so it is an ordinary CV."""
    encrypt = pdfencrypt.StandardEncryption("", ownerPassword="eigenaar", canModify=0)
    path = draw_pdf(tmp_path / "alleen-eigenaar.pdf", [column(60, 80, CV_LINES)], encrypt=encrypt)
    doc = read_document(path, ingest_params)
    assert doc.status == "ok"
    assert "Ervaren ambulant begeleider" in doc.text


def test_hostile_docx_named_pdf_is_read_as_docx(tmp_path, ingest_params):
    path = _word_file(tmp_path / "cv.pdf")
    doc = read_document(path, ingest_params)
    assert doc.status == "ok" and doc.format == "docx"
    assert "Ervaren ambulant begeleider" in doc.text
    assert "file named .pdf is a Word (DOCX) document" in doc.warnings


def test_hostile_pdf_named_docx_is_read_as_pdf(tmp_path, ingest_params):
    path = draw_pdf(tmp_path / "cv.docx", [column(60, 80, CV_LINES)])
    doc = read_document(path, ingest_params)
    assert doc.status == "ok" and doc.format == "pdf"
    assert "file named .docx is a PDF" in doc.warnings


def test_hostile_docx_zip_bomb_is_refused_before_unpacking(tmp_path, ingest_params):
    ingest_params["ingest"]["max_unzipped_mb"] = 5
    path = _word_file(tmp_path / "bom.docx")
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/opvulling.bin", b"\0" * (6 * 1024 * 1024))
    assert path.stat().st_size < 200_000  # small on disk, large unpacked
    started = time.monotonic()
    doc = read_document(path, ingest_params)
    assert doc.status == "unreadable"
    assert doc.status_detail == "DOCX uncompressed size exceeds 5 MB (zip bomb guard)"
    assert time.monotonic() - started < 1


def test_hostile_zip_that_is_no_word_file(tmp_path, ingest_params):
    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "geen cv")
    doc = read_document(path, ingest_params)
    assert doc.status == "unreadable"
    assert "word/document.xml" in doc.status_detail


def test_hostile_300_page_pdf_counts_all_reads_limit(tmp_path, ingest_params):
    pages = [column(60, 300, ["Inhoud van een lange bijlage, genoeg tekst om geen scan te zijn."])
             for _ in range(300)]
    path = draw_pdf(tmp_path / "lang.pdf", pages)
    started = time.monotonic()
    doc = read_document(path, ingest_params)
    elapsed = time.monotonic() - started
    limit = ingest_params["ingest"]["max_pages_read"]
    assert doc.status == "ok"
    assert doc.page_count == 300
    assert len(doc.pages) == limit
    assert f"300 pages; only the first {limit} were read" in doc.warnings
    assert elapsed < 10


def test_hostile_time_limit_stops_a_slow_file(tmp_path, ingest_params):
    pages = [column(60, 80, [f"Regel {n} van een heel lang document met veel pagina's."] * 40)
             for n in range(1, 201)]
    path = draw_pdf(tmp_path / "traag.pdf", pages)
    ingest_params["ingest"].update(max_pages_read=200, timeout_seconds=0.2)
    started = time.monotonic()
    doc = read_document(path, ingest_params)
    assert (doc.status, doc.status_detail) == ("error", "timed out after 0.2 s")
    assert doc.sha256
    assert time.monotonic() - started < 3


def test_hostile_legacy_word_file_is_unsupported(tmp_path, ingest_params):
    path = tmp_path / "cv.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    doc = read_document(path, ingest_params)
    assert doc.status == "unsupported"
    assert "legacy Word" in doc.status_detail


def test_hostile_utf16_text_with_bom(tmp_path, ingest_params):
    path = tmp_path / "cv.txt"
    path.write_bytes("Naam: Lotte Visser\r\nWoonplaats: Amersfoort".encode("utf-16"))
    doc = read_document(path, ingest_params)
    assert doc.status == "ok"
    assert doc.text == "Naam: Lotte Visser\nWoonplaats: Amersfoort"


def test_hostile_binary_garbage_named_pdf(tmp_path, ingest_params):
    path = tmp_path / "cv.pdf"
    path.write_bytes(bytes(range(256)) * 20)
    doc = read_document(path, ingest_params)
    assert doc.status == "unreadable"
    assert doc.status_detail == "file is an unknown binary file, not a PDF"


def test_hostile_every_file_in_a_batch_gets_a_document(tmp_path, ingest_params):
    """One good CV among broken ones is still read normally."""
    (tmp_path / "leeg.pdf").write_bytes(b"")
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    (tmp_path / "raar.xyz").write_bytes(io.BytesIO(b"\x00\x01").getvalue())
    draw_pdf(tmp_path / "goed.pdf", [column(60, 80, CV_LINES)])
    docs = {p.name: read_document(p, ingest_params) for p in sorted(tmp_path.iterdir())}
    assert docs["goed.pdf"].status == "ok"
    assert {name: d.status for name, d in docs.items() if name != "goed.pdf"} == {
        "leeg.pdf": "unreadable", "kapot.pdf": "unreadable", "raar.xyz": "unsupported",
    }
    assert all(d.status_detail for name, d in docs.items() if name != "goed.pdf")


def test_hostile_binary_named_txt_is_unreadable(tmp_path, ingest_params):
    path = tmp_path / "cv.txt"
    path.write_bytes(bytes(range(256)) * 8)  # every byte value, NULs anywhere
    doc = read_document(path, ingest_params)
    assert (doc.status, doc.status_detail) == (
        "unreadable", "file is an unknown binary file, not a text file"
    )


@pytest.mark.parametrize("encoding", ["utf-16-be", "utf-16-le"])
def test_hostile_utf16_text_without_bom_is_read(tmp_path, ingest_params, encoding):
    path = tmp_path / "cv.txt"
    path.write_bytes("Naam: Lotte Visser\nAmbulant begeleider sinds 2019".encode(encoding))
    doc = read_document(path, ingest_params)
    assert doc.status == "ok"
    assert "Ambulant begeleider sinds 2019" in doc.text
    assert f"text decoded as {encoding}" in doc.warnings


def test_hostile_image_file_is_unsupported_not_ocred(tmp_path, ingest_params):
    """The contract accepts .pdf, .docx and .txt; a photo is only read when named .pdf."""
    path = tmp_path / "pasfoto.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    doc = read_document(path, ingest_params)
    assert doc.status == "unsupported"
    assert "PNG image" in doc.status_detail
