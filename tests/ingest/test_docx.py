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


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _with_footnote(path, note: str):
    """Add word/footnotes.xml (with Word's separator notes) and its relationship."""
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">'
        f"{note}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/footnotes.xml", footnotes)
    return path


def test_docx_footnote_read_where_its_mark_stands(tmp_path, ingest_params):
    """An SKJ expiry that stands only in a footnote belongs with the number it annotates."""
    word = DocxDocument()
    paragraph = word.add_paragraph("SKJ-registratie 110012345")
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:footnoteReference w:id="1"/></w:r>'))
    word.add_paragraph("Werkervaring")
    path = tmp_path / "voetnoot.docx"
    word.save(path)
    doc = read_document(_with_footnote(path, "Geldig tot 1 mei 2029."), ingest_params)
    assert doc.text.splitlines()[0] == "SKJ-registratie 110012345 Geldig tot 1 mei 2029."
    assert doc.region_texts("footnote") == ["Geldig tot 1 mei 2029."]


def test_docx_header_table_kept_once_at_the_top(tmp_path, ingest_params):
    word = DocxDocument()
    header = word.sections[0].header
    table = header.add_table(rows=2, cols=2, width=word.sections[0].page_width)
    table.cell(0, 0).text, table.cell(0, 1).text = "Naam", "Lotte Visser"
    table.cell(1, 0).text, table.cell(1, 1).text = "SKJ", "110012345, geldig tot 31-03-2029"
    word.add_paragraph("Werkervaring").runs[0].add_break(WD_BREAK.PAGE)
    word.add_paragraph("Referenties")
    path = tmp_path / "koptabel.docx"
    word.save(path)
    doc = read_document(path, ingest_params)
    assert doc.text.splitlines()[:3] == ["Naam | Lotte Visser",
                                         "SKJ | 110012345, geldig tot 31-03-2029", "Werkervaring"]
    assert doc.text.count("110012345") == 1
    assert [r.kind for r in doc.regions][:1] == ["header"]


def test_docx_tracked_deletions_and_placeholders_are_not_cv_text(tmp_path, ingest_params):
    word = DocxDocument()
    paragraph = word.add_paragraph("SKJ geldig tot ")
    paragraph._p.append(parse_xml(
        f'<w:del {_W} w:id="1" w:author="A"><w:r><w:delText>01-01-2025</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {_W} w:id="2" w:author="A"><w:r><w:t>01-01-2029</w:t></w:r></w:ins>'))
    control = word.add_paragraph("Rijbewijs: ")
    control._p.append(parse_xml(
        f'<w:sdt {_W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>'
        "<w:t>Klik of tik om tekst in te voeren.</w:t></w:r></w:sdtContent></w:sdt>"))
    filled = word.add_paragraph("Woonplaats: ")
    filled._p.append(parse_xml(
        f'<w:sdt {_W}><w:sdtPr/><w:sdtContent><w:r><w:t>Huizen</w:t></w:r></w:sdtContent>'
        "</w:sdt>"))
    hidden = word.add_paragraph("Certificaten: ")
    hidden._p.append(parse_xml(f'<w:r {_W}><w:rPr><w:vanish/></w:rPr><w:t>CGT, COMET</w:t></w:r>'))
    path = tmp_path / "wijzigingen.docx"
    word.save(path)
    document = read_document(path, ingest_params)
    assert document.text.splitlines() == [
        "SKJ geldig tot 01-01-2029", "Rijbewijs:", "Woonplaats: Huizen", "Certificaten:"]
    # the hidden run is recorded, like a PDF's invisible text; deleted text is not hidden text
    assert document.hidden_text == [
        {"page": None, "chars": len("CGT, COMET"), "why": "hidden text (Word's w:vanish)"}]


def test_docx_cards_side_by_side_read_cell_by_cell(tmp_path, ingest_params):
    word = DocxDocument()
    grid = word.add_table(rows=1, cols=3)
    for cell, (title, employer, period) in zip(grid.rows[0].cells, [
        ("Ambulant begeleider", "Stichting Oost", "2021 – heden"),
        ("Gezinscoach", "Jeugdhulp West", "2017 – 2021"),
        ("Leerkracht", "OBS De Akker", "2012 – 2017"),
    ], strict=True):
        cell.text = title
        cell.add_paragraph(employer)
        cell.add_paragraph(period)
    path = tmp_path / "kaarten.docx"
    word.save(path)
    assert read_document(path, ingest_params).text.splitlines() == [
        "Ambulant begeleider", "Stichting Oost", "2021 – heden", "Gezinscoach",
        "Jeugdhulp West", "2017 – 2021", "Leerkracht", "OBS De Akker", "2012 – 2017"]
