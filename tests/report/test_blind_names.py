"""Blind mode hides every occurrence of the candidate's and the reference persons' names on
every page of the report, whatever their case or diacritics and whatever field they land in."""

from __future__ import annotations

import re
import unicodedata

from docx import Document as DocxDocument

from pipeline.screen import screen

TXT_CV = """Curriculum vitae
Naam: Yıldız Aydın
SKJ-registratie 110077712, geldig tot 30-04-2029

Werkervaring
2019 - heden Ambulant begeleider passend onderwijs, Stichting De Brug
Mevrouw AYDIN begeleidde leerlingen in de klas (beoordeling door Yildiz' teamleider).

Cursussen en trainingen
2021 Training CGT
\fYıldız Aydın
2022 Training Oplossingsgericht werken

Referenties
Wilma Dekker, teamleider Stichting De Brug, 06-12345678
Ahmed Tahiri, intern begeleider, 06-87654321
"""
DOCX_LINES = [
    "Curriculum vitae", "Naam: Søren Ødegård-Łukasik", "SKJ-registratie 110012345",
    "Werkervaring", "2018 - heden Ambulant begeleider, Jeugdhulp Eemland",
    "Opleiding", "2012 - 2016 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald",
    "Referenties", "Ellen Kok, teamleider Jeugdhulp Eemland", "Sander Post, collega",
    "Ik ben Soren Odegard-Lukasik en werk graag met kinderen.",
]
NAMES = ["Yıldız", "Aydın", "Wilma", "Dekker", "Ahmed", "Tahiri", "Søren", "Ødegård", "Łukasik",
         "Ellen", "Sander"]


def _plain(text: str) -> str:
    """An independent folding: NFKD without marks, case-folded, ı/ø/ł as i/o/l."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return text.translate(str.maketrans({"ı": "i", "ø": "o", "ł": "l"}))


def _build(batch):
    batch.mkdir()
    (batch / "kandidaat-1.txt").write_text(TXT_CV, encoding="utf-8")
    word = DocxDocument()
    for line in DOCX_LINES:
        word.add_paragraph(line)
    word.save(batch / "kandidaat-2.docx")


def _leaks(report) -> dict[str, list[str]]:
    found = {}
    for page in report.rglob("*.html"):  # JSON data blocks escape letters as \\u00f8: decoded
        html = page.read_text(encoding="utf-8")
        html = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), html)
        text = _plain(html)
        hits = [n for n in NAMES if re.search(rf"(?<!\w){re.escape(_plain(n))}(?!\w)", text)]
        if hits:
            found[page.name] = hits
    return found


def test_blind_report_shows_no_name_in_any_spelling(tmp_path, params):
    batch = tmp_path / "batch"
    _build(batch)
    screen(batch, tmp_path / "open", params, progress=False)
    assert _leaks(tmp_path / "open" / "report")  # without blind mode the names are there
    screen(batch, tmp_path / "blind", params, blind=True, progress=False)
    report = tmp_path / "blind" / "report"
    assert _leaks(report) == {}
    pages = sorted((report / "candidates").glob("*.html"))
    assert [p.name for p in pages] == ["kandidaat-001.html", "kandidaat-002.html"]
    first = pages[0].read_text(encoding="utf-8")
    assert "Ambulant begeleider passend onderwijs" in first  # the CV itself is still there
