"""Reading order of designed PDF CVs: sidebars, two columns, tables, running headers/footers.

Each test draws a CV with reportlab in the layout real CVs use and checks that every section
reads as one contiguous block, and that a table label or date stays beside its content.
"""

from __future__ import annotations

import pytest
from ingest_builders import (
    MAIN_SECTIONS,
    SIDEBAR_SECTIONS,
    column,
    contiguous,
    draw_pdf,
    sections_column,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

from pipeline.ingest import read_document
from pipeline.ingest.pdf_layout import page_fragments, reading_lines


def _assert_sections_contiguous(text: str, sections: dict[str, list[str]]) -> None:
    for heading, body in sections.items():
        assert contiguous(text, [heading, *body]), f"section {heading!r} is not contiguous"


@pytest.mark.parametrize("sidebar_top", [60, 140, 96])
def test_pdf_layout_sidebar_and_main_column_read_separately(tmp_path, ingest_params, sidebar_top):
    sidebar = sections_column(40, sidebar_top, SIDEBAR_SECTIONS)
    main = column(220, 50, ["H:Lotte Visser"]) + sections_column(220, 96, MAIN_SECTIONS)
    path = draw_pdf(tmp_path / "sidebar.pdf", [sidebar + main])
    doc = read_document(path, ingest_params)
    assert doc.status == "ok"
    _assert_sections_contiguous(doc.text, SIDEBAR_SECTIONS)
    _assert_sections_contiguous(doc.text, MAIN_SECTIONS)


def test_pdf_layout_full_width_name_above_two_equal_columns(tmp_path, ingest_params):
    banner = column(40, 40, ["H:Lotte Visser – Ambulant begeleider basisonderwijs en jeugdhulp"])
    left = sections_column(40, 90, MAIN_SECTIONS)
    right = sections_column(310, 90, SIDEBAR_SECTIONS)
    path = draw_pdf(tmp_path / "two-columns.pdf", [banner + left + right])
    doc = read_document(path, ingest_params)
    assert doc.text.splitlines()[0].startswith("Lotte Visser")
    _assert_sections_contiguous(doc.text, MAIN_SECTIONS)
    _assert_sections_contiguous(doc.text, SIDEBAR_SECTIONS)


def test_pdf_layout_label_table_keeps_label_beside_content(tmp_path, ingest_params):
    rows = [
        ("Naam", ["Lotte Visser"]),
        ("Woonplaats", ["Amersfoort"]),
        ("SKJ-nummer", ["110012345, geldig tot 01-03-2029"]),
        ("Opleiding", ["Bachelor Pedagogiek, Hogeschool Utrecht", "Diploma behaald in 2016"]),
    ]
    placed, y = [], 80
    for label, content in rows:
        placed += column(50, y, [label]) + column(170, y, content)
        y += 14 * len(content) + 4
    doc = read_document(draw_pdf(tmp_path / "labels.pdf", [placed]), ingest_params)
    lines = doc.text.splitlines()
    assert "Naam | Lotte Visser" in lines
    assert "SKJ-nummer | 110012345, geldig tot 01-03-2029" in lines
    assert contiguous(doc.text, [
        "Opleiding | Bachelor Pedagogiek, Hogeschool Utrecht", "Diploma behaald in 2016"
    ])


def test_pdf_layout_date_column_wrapped_range_stays_with_role(tmp_path, ingest_params):
    placed = column(50, 60, ["H:Werkervaring"])
    placed += column(50, 90, ["sep 2014 –", "jun 2016"])
    placed += column(160, 90, [
        "Pedagogisch medewerker", "Kinderopvang Het Anker, Zeist",
        "- Begeleiden van een groep van 4-12 jaar", "- Oudergesprekken",
    ])
    placed += column(50, 160, ["2016 – heden"])
    placed += column(160, 160, ["Ambulant begeleider", "Stichting De Brug, Amersfoort"])
    doc = read_document(draw_pdf(tmp_path / "dates.pdf", [placed]), ingest_params)
    assert contiguous(doc.text, [
        "Werkervaring",
        "sep 2014 – jun 2016 | Pedagogisch medewerker",
        "Kinderopvang Het Anker, Zeist",
        "- Begeleiden van een groep van 4-12 jaar",
        "- Oudergesprekken",
        "2016 – heden | Ambulant begeleider",
        "Stichting De Brug, Amersfoort",
    ])


def test_pdf_layout_ruled_table_rows_follow_borders(tmp_path, ingest_params):
    """A bordered table with even row spacing: a header row is not merged into row one."""
    path = tmp_path / "ruled.pdf"
    canvas = rl_canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    rows = [
        ("Periode", "Functie", "Werkzaamheden"),
        ("januari 2019 t/m", "Ambulant begeleider", "Begeleiding van leerlingen"),
        ("heden", "", "in de klas en coaching"),
        ("maart 2015 t/m", "Gezinscoach", "Gezinsbegeleiding aan huis"),
        ("december 2018", "", ""),
    ]
    borders_after = {0, 2, 4}
    y = 100
    canvas.setFont("Helvetica", 9)
    for index, cells in enumerate(rows):
        for x, cell in zip((55, 150, 280), cells, strict=True):
            canvas.drawString(x, height - y, cell)
        if index in borders_after:
            canvas.line(50, height - y - 4, 540, height - y - 4)
        y += 14
    canvas.showPage()
    canvas.save()
    lines = read_document(path, ingest_params).text.splitlines()
    assert lines[0] == "Periode | Functie | Werkzaamheden"
    assert lines[1] == "januari 2019 t/m heden | Ambulant begeleider | Begeleiding van leerlingen"
    assert lines[2] == "in de klas en coaching"
    assert lines[3] == "maart 2015 t/m december 2018 | Gezinscoach | Gezinsbegeleiding aan huis"


def test_pdf_layout_right_hand_dates_join_their_title(tmp_path, ingest_params):
    placed = column(50, 80, ["H:Opleiding"])
    placed += column(50, 110, ["Bachelor Social Work", "Hogeschool Windesheim, Zwolle – diploma"])
    placed += column(480, 110, ["2010 – 2014"])
    placed += column(50, 145, ["Havo", "Het Baken, Almere"])
    placed += column(480, 145, ["2005 – 2010"])
    lines = read_document(draw_pdf(tmp_path / "right.pdf", [placed]), ingest_params).text
    assert contiguous(lines, [
        "Opleiding",
        "Bachelor Social Work | 2010 – 2014",
        "Hogeschool Windesheim, Zwolle – diploma",
        "Havo | 2005 – 2010",
        "Het Baken, Almere",
    ])


def test_pdf_layout_running_header_kept_once_page_numbers_dropped(tmp_path, ingest_params):
    pages, headings = [], ("Werkervaring", "Opleiding", "Motivatie")
    for number, heading in enumerate(headings, start=1):
        page = [(40, 30, "Lotte Visser – curriculum vitae"), (270, 815, f"pagina {number} van 3")]
        page += column(40, 80, [f"H:{heading}", "Eerste regel van de sectie.",
                                "Tweede regel van de sectie."])
        pages.append(page)
    doc = read_document(draw_pdf(tmp_path / "running.pdf", pages), ingest_params)
    assert doc.page_count == 3
    assert doc.region_texts("header") == ["Lotte Visser – curriculum vitae"]
    assert doc.region_texts("footer") == [] and "pagina" not in doc.text
    assert doc.text.count("curriculum vitae") == 1
    assert doc.text.startswith("Lotte Visser – curriculum vitae\nWerkervaring")
    for page in doc.pages[1:]:
        assert doc.text[page.start:page.end].startswith(headings[page.number - 1])


def test_pdf_layout_date_lines_opening_two_pages_are_not_a_header(tmp_path, ingest_params):
    pages = [
        column(40, 60, ["2019 – 2021", "Ambulant begeleider, De Brug, Amersfoort en omgeving"]),
        column(40, 60, ["2015 – 2017", "Gezinscoach, Jeugdzorg Eemland, Amersfoort en Leusden"]),
    ]
    doc = read_document(draw_pdf(tmp_path / "dates-top.pdf", pages), ingest_params)
    assert "2019 – 2021" in doc.text and "2015 – 2017" in doc.text
    assert doc.regions == []


def test_pdf_layout_single_page_footer_kept_at_the_foot(tmp_path, ingest_params):
    page = column(40, 80, ["H:Profiel", "Ervaren ambulant begeleider."])
    page.append((280, 815, "Lotte Visser — CV — 1"))
    doc = read_document(draw_pdf(tmp_path / "one.pdf", [page]), ingest_params)
    assert doc.text == "Profiel\nErvaren ambulant begeleider.\nLotte Visser — CV — 1"
    assert doc.region_texts("footer") == ["Lotte Visser — CV — 1"]


def test_pdf_layout_two_columns_of_short_lines_on_one_grid_are_not_a_table(tmp_path, ingest_params):
    """Headings side by side and every line on a shared baseline still means two flows."""
    left = {"Werkervaring": ["2019 – heden", "Ambulant begeleider", "De Brug, Amersfoort"]}
    right = {"Opleiding": ["2012 – 2016", "Bachelor Pedagogiek", "Hogeschool Utrecht"]}
    placed = sections_column(50, 80, left) + sections_column(310, 80, right)
    doc = read_document(draw_pdf(tmp_path / "grid.pdf", [placed]), ingest_params)
    _assert_sections_contiguous(doc.text, left)
    _assert_sections_contiguous(doc.text, right)


@pytest.mark.parametrize("profile", [True, False])
def test_pdf_layout_headings_side_by_side_head_their_columns_below_a_dated_section(
    tmp_path, ingest_params, profile
):
    """A section with a right-hand date column (under a full-width profile or at the top of
    the page), then two columns whose headings share a row: each heading is read on top of
    its own column, not as one line above both, nor in the last date's row."""
    placed = column(50, 20, ["H:Profiel", "Ambulant begeleider met acht jaar ervaring in het "
                             "basisonderwijs en de jeugdhulp, thuis bij gezinnen en op school"])
    placed = placed if profile else []
    placed += column(50, 60, ["H:Werkervaring"])
    placed += column(50, 90, [
        "Ambulant begeleider passend onderwijs", "Stichting De Brug, Amersfoort",
        "Begeleiding van leerlingen in de klas en coaching van hun leerkrachten.",
    ])
    placed += column(470, 90, ["2019 – heden"])
    placed += column(50, 145, ["Gezinsbegeleider", "Jeugdzorg Eemland, Amersfoort"])
    placed += column(470, 145, ["2016 – 2019"])
    left = {"Opleiding": ["Bachelor Pedagogiek, Hogeschool", "Utrecht, 2012 – 2016"]}
    right = {"Referenties": ["Mw. A. de Wit, teamleider,", "Stichting De Brug"]}
    placed += sections_column(50, 185, left) + sections_column(310, 185, right)
    doc = read_document(draw_pdf(tmp_path / "headed-columns.pdf", [placed]), ingest_params)
    assert "Gezinsbegeleider | 2016 – 2019" in doc.text.splitlines()
    _assert_sections_contiguous(doc.text, left)
    _assert_sections_contiguous(doc.text, right)


def test_pdf_layout_letter_spaced_heading_and_rotated_margin_text(tmp_path, ingest_params):
    path = tmp_path / "styled.pdf"
    canvas = rl_canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    heading = canvas.beginText(60, height - 80)
    heading.setFont("Helvetica-Bold", 12)
    heading.setCharSpace(6)
    heading.textLine("PERSOONLIJKE GEGEVENS")
    heading.setCharSpace(0)
    canvas.drawText(heading)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, height - 100, "Naam: Lotte Visser, woonachtig in Amersfoort")
    canvas.saveState()
    canvas.translate(20, height - 400)
    canvas.rotate(90)
    canvas.setFont("Helvetica", 14)
    canvas.drawString(0, 0, "CURRICULUM VITAE")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    doc = read_document(path, ingest_params)
    assert doc.text.splitlines() == [
        "PERSOONLIJKE GEGEVENS", "Naam: Lotte Visser, woonachtig in Amersfoort"
    ]


def test_pdf_layout_page_one_title_is_not_the_running_header(tmp_path, ingest_params):
    """The big name on page 1 stays in the body although a small header repeats it."""
    pages = [[(40, 40, "Lotte Visser", 22), *column(40, 90, ["Profiel en werkervaring."])]]
    for body in ("Opleiding en cursussen van de kandidaat, met diploma's.",
                 "Motivatie voor deze opdracht in de gemeente Huizen."):
        pages.append([(40, 40, "Lotte Visser", 8), *column(40, 90, [body])])
    doc = read_document(draw_pdf(tmp_path / "title.pdf", pages), ingest_params)
    header = doc.regions[0]
    assert (header.kind, doc.text[header.start:header.end]) == ("header", "Lotte Visser")
    assert doc.text[header.end:].startswith("\nLotte Visser\nProfiel")
    assert doc.text.count("Lotte Visser") == 2  # the title on page 1 and the header, once


def _word(text, x0, top, bottom, width=None):
    return {"text": text, "x0": x0, "x1": x0 + (width or 6 * len(text)), "top": top,
            "bottom": bottom}


def test_pdf_layout_flat_dash_box_stays_on_its_row():
    """OCR boxes a dash tightly: it must not become a row of its own between the dates."""
    words = [
        _word("2015", 50, 100, 110), _word("—", 78, 104.5, 105.5, 8), _word("2018", 90, 100, 110)
    ]
    assert reading_lines(page_fragments(words)) == ["2015 — 2018"]


def test_pdf_layout_small_text_beside_a_large_name_is_its_own_row():
    words = [_word("Anouk", 60, 53, 75, 70), _word("Visser", 135, 53, 75, 80),
             _word("06-71", 465, 65, 74, 23), _word("04", 490, 65, 74, 10)]
    assert reading_lines(page_fragments(words)) == ["Anouk Visser", "06-71 04"]


def test_pdf_layout_europass_label_column_with_section_titles_is_a_table(tmp_path, ingest_params):
    """Europass: a logo beside 'Curriculum Vitae', then grey labels beside their values, with
    capitals section titles in the label column on rows of their own."""
    page = [(60, 50, "europass", 16), (220, 50, "Curriculum Vitae", 16),
            (60, 80, "PERSOONLIJKE"), (60, 92, "INFORMATIE")]
    rows = [("Naam", "Oosterhuis, Bram"), ("Telefoon", "06 2718 4590"),
            ("Beroepsregistratie", "Registratienummer SKJ 1100 34567, herregistratie per 01-2028"),
            ("WERKERVARING", None), ("Datum", "1-9-2014 t/m 31-7-2017"),
            ("Functie of positie", "Ambulant hulpverlener jeugd en gezin"),
            ("Naam en adres werkgever", "Jeugdhulp Oost, Deventer")]
    y = 110
    for label, value in rows:
        page.append((60, y, label))
        if value:
            page.append((220, y, value))
        y += 16
    doc = read_document(draw_pdf(tmp_path / "europass.pdf", [page]), ingest_params)
    lines = doc.text.splitlines()
    assert "Naam | Oosterhuis, Bram" in lines
    assert "Beroepsregistratie | Registratienummer SKJ 1100 34567, herregistratie per 01-2028" \
        in lines
    assert "Datum | 1-9-2014 t/m 31-7-2017" in lines


CARDS = [
    ["Bachelor Pedagogiek", "Hogeschool Utrecht", "2012 – 2016", "diploma behaald"],
    ["Sociaal Pedagogisch Werk", "ROC Midden Nederland", "2008 – 2012"],
    ["HBO Social Work", "Hogeschool Leiden", "2016 – 2018", "gestopt in jaar 2"],
]


def test_pdf_layout_cards_side_by_side_are_read_card_by_card(tmp_path, ingest_params):
    """Three education cards in a row under a heading, sections below them: each card's lines
    stay together and in order, so a card's result cannot mix with its neighbour's study; a
    line that continues the one above is joined to it, as in a table's cell."""
    placed = column(50, 60, ["H:Opleidingen"])
    for x, card in zip((50, 230, 410), CARDS, strict=True):
        placed += column(x, 100, card)
    placed += column(50, 180, ["H:Trainingen", "Agressieregulatie, 2019 – een training van "
                               "twee dagen bij het opleidingscentrum van de gemeente"])
    doc = read_document(draw_pdf(tmp_path / "cards.pdf", [placed]), ingest_params)
    assert contiguous(doc.text, [
        "Opleidingen",
        "Bachelor Pedagogiek", "Hogeschool Utrecht", "2012 – 2016 diploma behaald",
        "Sociaal Pedagogisch Werk", "ROC Midden Nederland", "2008 – 2012",
        "HBO Social Work", "Hogeschool Leiden", "2016 – 2018 gestopt in jaar 2",
        "Trainingen",
    ])


@pytest.mark.parametrize(("rows", "expected"), [
    # one-line cells: a timeline of three columns
    ([["Periode", "Functie", "Werkgever"], ["2019 – heden", "Ambulant begeleider", "De Brug"],
      ["2016 – 2019", "Gezinsbegeleider", "Eemland"], ["2012 – 2016", "Groepsleider", "Lijn5"]],
     ["Periode | Functie | Werkgever", "2019 – heden | Ambulant begeleider | De Brug",
      "2016 – 2019 | Gezinsbegeleider | Eemland", "2012 – 2016 | Groepsleider | Lijn5"]),
    # a field grid whose last field wraps after an open dash
    ([["Adres Dorpsstraat 1, Zeist", "Telefoon 06 12 34 56 78"],
      ["E-mail l.visser@example.nl", "Geboren 1 april 1992"],
      ["BIG-registratie 39057812601 –", "Rijbewijs B"], ["herregistratie 01-09-2029"]],
     ["Adres Dorpsstraat 1, Zeist | Telefoon 06 12 34 56 78",
      "E-mail l.visser@example.nl | Geboren 1 april 1992",
      "BIG-registratie 39057812601 – herregistratie 01-09-2029 | Rijbewijs B"]),
])
def test_pdf_layout_table_rows_of_short_cells_stay_row_by_row(
    tmp_path, ingest_params, rows, expected
):
    """Cells of one line aligned row by row are a table, not cards side by side."""
    placed = []
    for index, row in enumerate(rows):
        placed += [(50 + 180 * cell, 100 + 14 * index, text) for cell, text in enumerate(row)]
    doc = read_document(draw_pdf(tmp_path / "table.pdf", [placed]), ingest_params)
    assert doc.text.splitlines() == expected


def test_pdf_layout_date_table_whose_last_role_has_a_description_stays_a_table(
    tmp_path, ingest_params
):
    """Dates beside roles, the last role with lines under it: every column is one block of
    lines, as cards are, but the dates stay beside their roles."""
    placed = column(50, 100, ["2019 – heden", "2016 – 2019", "2012 – 2016"])
    placed += column(160, 100, ["Ambulant begeleider, De Brug", "Gezinsbegeleider, Eemland",
                                "Groepsleider, Lijn5", "- Begeleiding van een leefgroep",
                                "- Oudergesprekken"])
    doc = read_document(draw_pdf(tmp_path / "dates.pdf", [placed]), ingest_params)
    lines = doc.text.splitlines()
    assert "2019 – heden | Ambulant begeleider, De Brug" in lines
    assert contiguous(doc.text, ["2012 – 2016 | Groepsleider, Lijn5",
                                 "- Begeleiding van een leefgroep", "- Oudergesprekken"])
