"""Word CVs: document order across paragraphs, layout tables, text boxes, headers and pages."""

from __future__ import annotations

import shutil
import zipfile

from docx import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from pipeline.ingest import read_document

# With LibreOffice installed the count is rendered, not estimated.
ESTIMATED = shutil.which("soffice") is None and shutil.which("libreoffice") is None

_TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    ' xmlns:v="urn:schemas-microsoft-com:vml">'
    "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
    "<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
    "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t>"
    "</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
    "</mc:AlternateContent></w:r>"
)


def test_docx_text_box_read_once_after_its_anchor(tmp_path, ingest_params):
    word = DocxDocument()
    anchor = word.add_paragraph("Lotte Visser")
    anchor._p.append(parse_xml(_TEXT_BOX.format(text="SKJ-registratie 110012345")))
    word.add_paragraph("Profiel")
    path = tmp_path / "tekstvak.docx"
    word.save(path)
    doc = read_document(path, ingest_params)
    assert doc.text.splitlines() == ["Lotte Visser", "SKJ-registratie 110012345", "Profiel"]


def test_docx_layout_table_keeps_cells_in_reading_order(tmp_path, ingest_params):
    """A borderless two-column layout table: a date cell beside a multi-paragraph role cell."""
    word = DocxDocument()
    word.add_paragraph("Werkervaring")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "sep 2019 – heden"
    role = table.cell(0, 1)
    role.text = "Ambulant begeleider"
    role.add_paragraph("Stichting De Brug, Amersfoort")
    role.add_paragraph("• Coaching van leerkrachten")
    table.cell(1, 0).text = "2015 – 2019"
    table.cell(1, 1).text = "Gezinscoach, Jeugdzorg Eemland"
    merged = word.add_table(rows=1, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 2)).text = "Referenties op aanvraag"
    path = tmp_path / "tabel.docx"
    word.save(path)
    lines = read_document(path, ingest_params).text.splitlines()
    assert lines == [
        "Werkervaring",
        "sep 2019 – heden | Ambulant begeleider",
        "Stichting De Brug, Amersfoort",
        "- Coaching van leerkrachten",
        "2015 – 2019 | Gezinscoach, Jeugdzorg Eemland",
        "Referenties op aanvraag",
    ]


def test_docx_page_breaks_split_pages_and_footer_is_running(tmp_path, ingest_params):
    word = DocxDocument()
    word.sections[0].footer.paragraphs[0].text = "Lotte Visser | pagina 1"
    word.add_paragraph("Werkervaring en opleiding")
    word.add_paragraph("Motivatie").runs[0].add_break(WD_BREAK.PAGE)
    word.add_paragraph("Ik wil graag bijdragen aan de pilot.")
    path = tmp_path / "pagina.docx"
    word.save(path)
    doc = read_document(path, ingest_params)
    assert [doc.text[p.start:p.end] for p in doc.pages] == [
        "Werkervaring en opleiding\nMotivatie",
        "Ik wil graag bijdragen aan de pilot.\nLotte Visser | pagina 1",
    ]
    assert doc.page_count == 2 and doc.page_count_estimated is ESTIMATED
    assert doc.region_texts("footer") == ["Lotte Visser | pagina 1"]


def test_docx_stale_saved_page_count_is_not_trusted(tmp_path, ingest_params):
    """python-docx's template says 'Pages: 1' whatever the file holds."""
    word = DocxDocument()
    for n in range(200):
        word.add_paragraph(f"Regel {n}: begeleiding van leerlingen op de basisschool.")
    path = tmp_path / "lang.docx"
    word.save(path)
    with zipfile.ZipFile(path) as archive:
        assert b"<Pages>1</Pages>" in archive.read("docProps/app.xml")
    doc = read_document(path, ingest_params)
    assert doc.page_count >= 4 and doc.page_count_estimated is ESTIMATED


def test_docx_without_text_is_unreadable(tmp_path, ingest_params):
    path = tmp_path / "leeg.docx"
    DocxDocument().save(path)
    doc = read_document(path, ingest_params)
    assert (doc.status, doc.status_detail) == ("unreadable", "DOCX contains no text")
