"""Plain text, DOCX and simple PDFs read into Documents with status, pages and offsets."""

from __future__ import annotations

import hashlib

from docx import Document as DocxDocument
from ingest_builders import column, draw_pdf

from pipeline.ingest import read_document


def test_text_utf8_bom_and_crlf(tmp_path, ingest_params):
    path = tmp_path / "cv.txt"
    data = "\ufeffNaam: Fenna de Wit\r\nWerkervaring\r\n2019 - heden  ambulant begeleider\r\n"
    path.write_bytes(data.encode("utf-8"))
    doc = read_document(path, ingest_params)
    assert doc.status == "ok"
    assert doc.format == "txt"
    assert doc.text == "Naam: Fenna de Wit\nWerkervaring\n2019 - heden ambulant begeleider"
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.page_count == 1


def test_text_cp1252_fallback(tmp_path, ingest_params):
    path = tmp_path / "cv.txt"
    path.write_bytes("Coördinator jeugdhulp – België, café".encode("cp1252"))
    doc = read_document(path, ingest_params)
    assert doc.status == "ok"
    assert "Coördinator jeugdhulp" in doc.text and "België" in doc.text
    assert any("cp1252" in warning for warning in doc.warnings)


def test_text_page_count_from_lines(tmp_path, ingest_params):
    path = tmp_path / "cv.txt"
    lines = ingest_params["ingest"]["txt_lines_per_page"]
    path.write_text("\n".join(f"regel {n}" for n in range(lines * 2 + 1)), encoding="utf-8")
    doc = read_document(path, ingest_params)
    assert doc.page_count == 3
    assert [page.number for page in doc.pages] == [1, 2, 3]
    assert doc.text[doc.pages[2].start:doc.pages[2].end] == f"regel {lines * 2}"


def test_docx_paragraphs_tables_and_header_in_order(tmp_path, ingest_params):
    path = tmp_path / "cv.docx"
    word = DocxDocument()
    word.sections[0].header.paragraphs[0].text = "Sanne Bakker - curriculum vitae"
    word.add_paragraph("Profiel")
    word.add_paragraph("Ervaren jeugdprofessional in het basisonderwijs.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Werkervaring"
    table.cell(0, 1).text = "2018 - heden Ambulant begeleider, Stichting Kompas"
    table.cell(1, 0).text = "Opleiding"
    table.cell(1, 1).text = "2014 Bachelor Pedagogiek, Hogeschool Utrecht"
    word.add_paragraph("Referenties op aanvraag.")
    word.save(path)
    doc = read_document(path, ingest_params)
    assert doc.status == "ok" and doc.format == "docx"
    lines = doc.text.splitlines()
    assert "Werkervaring | 2018 - heden Ambulant begeleider, Stichting Kompas" in lines
    assert "Opleiding | 2014 Bachelor Pedagogiek, Hogeschool Utrecht" in lines
    order = [doc.text.index(word) for word in ("Profiel", "Werkervaring", "Referenties")]
    assert order == sorted(order)
    assert doc.region_texts("header") == ["Sanne Bakker - curriculum vitae"]
    assert doc.text.count("curriculum vitae") == 1 and doc.text.startswith("Sanne Bakker")
    assert doc.page_count == 1


def test_pdf_text_pages_and_offsets(tmp_path, ingest_params):
    path = draw_pdf(tmp_path / "cv.pdf", [
        column(60, 80, ["H:Werkervaring", "2020 - heden Ambulant begeleider, Stichting De Brug"]),
        column(60, 80, ["H:Opleiding", "2012 - 2016 Hbo Pedagogiek, Hogeschool Utrecht"]),
    ])
    doc = read_document(path, ingest_params)
    assert doc.status == "ok" and doc.page_count == 2
    second = doc.text[doc.pages[1].start:doc.pages[1].end]
    assert second.startswith("Opleiding")
    assert doc.page_of(doc.text.index("Hbo Pedagogiek")) == 2


def test_unknown_extension_is_unsupported(tmp_path, ingest_params):
    path = tmp_path / "cv.xyz"
    path.write_bytes(b"\x00\x01\x02binary")
    doc = read_document(path, ingest_params)
    assert doc.status == "unsupported"
    assert ".xyz" in doc.status_detail
    assert doc.sha256


def test_text_form_feed_starts_a_page(tmp_path, ingest_params):
    path = tmp_path / "cv.txt"
    path.write_text("Profiel\nAmbulant begeleider\fMotivatie\nGraag in Huizen", encoding="utf-8")
    doc = read_document(path, ingest_params)
    assert [doc.text[p.start:p.end] for p in doc.pages] == [
        "Profiel\nAmbulant begeleider", "Motivatie\nGraag in Huizen"
    ]
