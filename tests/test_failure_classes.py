"""The failure classes seen on unseen CVs (issue 10), each in a small CV of our own wording,
built here and screened in one batch: what the screening must conclude from it.

Every person, number and organisation below is fictitious.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from docx.oxml import parse_xml
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.screen import screen

_STYLES = getSampleStyleSheet()
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_WORK = ["Werkervaring", "2019 - heden Ambulant begeleider, Stichting Kompas Oost"]
_STUDY = ["Opleiding", "2010 - 2014 HBO Pedagogiek, Hogeschool Leiden - diploma behaald"]


def _pdf(path: Path, story: list) -> None:
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _p(text: str, style: str = "BodyText") -> Paragraph:
    return Paragraph(text, _STYLES[style])


def _lines(*lines: str) -> list:
    return [_p(line, "Heading3" if len(line.split()) <= 2 and line[0].isupper()
               and not line[0].isdigit() else "BodyText") for line in lines]


def wrapped_table_cell(folder: Path) -> None:
    """Class 1: a label | value table whose SKJ cell wraps, a VOG row below, a heading after."""
    skj = ("Geregistreerd in het Kwaliteitsregister Jeugd onder registratienummer 110045678; "
           "de registratie is geldig tot 30-04-2029 en wordt tijdig verlengd")
    table = Table([["Naam", _p("Sanne Verhoef")], ["SKJ-registratie", _p(skj)],
                   ["VOG", _p("afgegeven op 12-01-2026, geldig tot 12-01-2028")]],
                  colWidths=(3 * cm, 6 * cm))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    _pdf(folder / "c01-tabelcel.pdf", [_p("Persoonlijke gegevens", "Heading2"), table,
                                        *_lines(*_WORK, *_STUDY)])


def header_facts(folder: Path) -> None:
    """Class 2: name, SKJ number and expiry only in the page header (a Word header table)."""
    word = DocxDocument()
    header = word.sections[0].header.add_table(rows=1, cols=2, width=word.sections[0].page_width)
    header.cell(0, 0).text = "Ilse Brouwer"
    header.cell(0, 1).text = "SKJ 110045679 · geldig tot 31-03-2029"
    for line in [*_WORK, *_STUDY, "Referenties", "Mw. J. Bakker, teamleider, 06-12345678",
                 "Dhr. P. de Vries, intern begeleider, 06-87654321"]:
        word.add_paragraph(line)
    word.save(folder / "c02-koptekst.docx")


def form_not_completed(folder: Path) -> None:
    """Class 3: a werk.nl form; the HBO study was not completed, only its first year."""
    (folder / "c03-formulier.txt").write_text(
        "CV - aangemaakt via werk.nl\nNaam: Ricardo Dias\n"
        "SKJ-registratie: 110045680, geldig tot 01-09-2028\n\nWERKERVARING\n"
        "Functie: Ambulant woonbegeleider · Werkgever: Zorggroep Oost · Periode: 03-2021 t/m "
        "heden\n\nOPLEIDINGEN\nOpleiding: HBO Pedagogiek · Niveau: HBO · Diploma behaald: Nee · "
        "Propedeuse behaald\nOpleidingsinstituut: Hogeschool Flevoland · Periode: 09-2017 t/m "
        "07-2019\nOpleiding: Pedagogisch Werk · Niveau: MBO 4 · Diploma behaald: Ja\n",
        encoding="utf-8")


def minor_in_other_study(folder: Path) -> None:
    """Class 4: a pedagogical minor inside another study is no pedagogical diploma."""
    (folder / "c04-minor.txt").write_text(
        "Noor Visser\nSKJ-registratie 110045681, geldig tot 01-09-2028\n\nWerkervaring\n"
        "2019 - heden Ambulant begeleider, Stichting Kompas Oost\n\nOpleiding\n"
        "2012 - 2016 HBO Sociaal-Juridische Dienstverlening, minor Jeugd en Opvoeding\n"
        "Hogeschool Utrecht, diploma behaald\n", encoding="utf-8")


def footnote_expiry(folder: Path) -> None:
    """Class 9: the SKJ expiry stands only in a Word footnote."""
    word = DocxDocument()
    word.add_paragraph("Karin de Boer")
    paragraph = word.add_paragraph("SKJ-registratie 110045682")
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:footnoteReference w:id="1"/></w:r>'))
    for line in [*_WORK, *_STUDY]:
        word.add_paragraph(line)
    path = folder / "c09-voetnoot.docx"
    word.save(path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/footnotes.xml", (
            f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {_W}><w:footnote w:id="1">'
            "<w:p><w:r><w:t>Registratie geldig tot 1 mei 2029.</w:t></w:r></w:p></w:footnote>"
            "</w:footnotes>"))


def neighbouring_registration(folder: Path) -> None:
    """Class 10: a BIG registration with its own date right above the SKJ line."""
    (folder / "c10-big.txt").write_text(
        "Eva Smit\nBIG-registratie 39012345601, geldig t/m 01-02-2027\n"
        "SKJ-registratie 110045683, geldig tot 30-09-2028\nAGB-code 90051733\n\n"
        + "\n".join(_WORK) + "\n\n" + "\n".join(_STUDY) + "\n", encoding="utf-8")


def employer_of_care_and_education(folder: Path) -> None:
    """Class 11: a residential group job at an employer named for care and education."""
    (folder / "c11-werkgever.txt").write_text(
        "Tom Bos\nSKJ-registratie 110045684, geldig tot 30-09-2028\n\nWerkervaring\n"
        "2015 - 2020\nGroepsleider leefgroep\nDe Horst Jeugdzorg en Onderwijs\n"
        "- Dagelijkse begeleiding van jongeren op een residentiële leefgroep\n\n"
        + "\n".join(_STUDY) + "\n", encoding="utf-8")


def year_only_expiry(folder: Path) -> None:
    """K2 (December rule): an expiry given as a year only cannot be checked to the day."""
    table = Table([["SKJ-registratie", "110045685"], ["Herregistratie", "2028"]],
                  colWidths=(4 * cm, 6 * cm))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    _pdf(folder / "k2-jaartal.pdf", [_p("Lotte Kok", "Heading1"), table, Spacer(1, 12),
                                     *_lines(*_WORK, *_STUDY)])


def eight_digit_number(folder: Path) -> None:
    """K2 (December rule): an SKJ number of another length than nine digits is garbled."""
    (folder / "k2-acht-cijfers.txt").write_text(
        "Mila de Jong\nSKJ-registratie: 11004568, geldig tot 01-12-2028\n\n"
        + "\n".join(_WORK) + "\n\n" + "\n".join(_STUDY) + "\n", encoding="utf-8")


BUILDERS = [wrapped_table_cell, header_facts, form_not_completed, minor_in_other_study,
            footnote_expiry, neighbouring_registration, employer_of_care_and_education,
            year_only_expiry, eight_digit_number]


@pytest.fixture(scope="module")
def screened(tmp_path_factory, params) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("classes")
    for build in BUILDERS:
        build(folder)
    out = tmp_path_factory.mktemp("out")
    screen(folder, out, params, progress=False)
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["file"]: record for record in map(json.loads, lines)}


@pytest.mark.parametrize(
    ("file", "diploma", "skj", "number", "expires"),
    [
        ("c01-tabelcel.pdf", "pass", "pass", "110045678", "2029-04-30"),
        ("c02-koptekst.docx", "pass", "pass", "110045679", "2029-03-31"),
        ("c03-formulier.txt", "fail", "pass", "110045680", "2028-09-01"),
        ("c04-minor.txt", "review", "pass", "110045681", "2028-09-01"),
        ("c09-voetnoot.docx", "pass", "pass", "110045682", "2029-05-01"),
        ("c10-big.txt", "pass", "pass", "110045683", "2028-09-30"),
        ("k2-jaartal.pdf", "pass", "review", "110045685", None),
        ("k2-acht-cijfers.txt", "pass", "review", None, "2028-12-01"),
    ],
)
def test_failure_classes_knockouts(screened, file, diploma, skj, number, expires):
    record = screened[file]
    knockouts = {name: ko["result"] for name, ko in record["knockouts"].items()}
    assert (knockouts["diploma"], knockouts["skj"]) == (diploma, skj), record["knockouts"]
    assert (record["skj"]["number"], record["skj"]["expires"]) == (number, expires)


def test_failure_classes_header_name_and_employer_domain(screened):
    assert screened["c02-koptekst.docx"]["candidate_name"] == "Ilse Brouwer"
    assert len(screened["c02-koptekst.docx"]["references"]) == 2
    (role,) = screened["c11-werkgever.txt"]["roles"]
    assert (role["title"], role["onderwijs"], role["ambulant"]) == \
        ("Groepsleider leefgroep", False, False)
