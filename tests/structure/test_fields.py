"""Label/value pairs of forms (werk.nl, ATS exports, agency templates, Word label tables).
Every value below is fictitious."""

import pytest

from pipeline.structure.fields import (
    column_fields,
    fields_of,
    flags_of,
    form_entries,
    line_fields,
    prefixed_entry_start,
    prefixed_entry_starts,
    yes_no,
)
from pipeline.structure.lines import lines_between


def _fields(text: str) -> list[tuple]:
    (line,) = lines_between(text)
    return [(f.key, f.label, f.value) for f in line_fields(line)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opleiding: HBO Pedagogiek · Niveau: HBO · Diploma behaald: Nee · Propedeuse behaald",
         [("study", "Opleiding", "HBO Pedagogiek"), ("level", "Niveau", "HBO"),
          ("completed", "Diploma behaald", "Nee"), (None, "Propedeuse behaald", "")]),
        ("Diploma behaald | Ja", [("completed", "Diploma behaald", "Ja")]),
        ("Functie: Ambulant begeleider · Werkgever: Zorggroep Oost · Periode: 03-2021 t/m heden",
         [("title", "Functie", "Ambulant begeleider"), ("employer", "Werkgever", "Zorggroep Oost"),
          ("period", "Periode", "03-2021 t/m heden")]),
        ("Cursus | Signs of Safety · Status: afgerond · 2020",
         [("course", "Cursus", "Signs of Safety"), ("status", "Status", "afgerond"),
          (None, "2020", "")]),
        ("Startdatum: 01-03-2019", [("start", "Startdatum", "01-03-2019")]),
        ("Einddatum:", [("end", "Einddatum", "")]),
        # an ATS export prefixes each field with its group and entry
        ("Opleiding 2 - Niveau: HBO", [("level", "Opleiding 2 - Niveau", "HBO")]),
        ("Opleiding 2 - Naam: Pedagogiek", [("study", "Opleiding 2 - Naam", "Pedagogiek")]),
        ("Referentie 1 - Naam: A. Groot", [("reference", "Referentie 1 - Naam", "A. Groot")]),
        ("Werkervaring 3 – Werkgever: Triversum",
         [("employer", "Werkervaring 3 – Werkgever", "Triversum")]),
        # no form lines: a sentence with a colon, a table's header row, plain text
        ("Doel: kinderen helpen groeien", []),
        ("Niveau | Opleiding | Instituut | Jaar", []),
        ("2014 – 2018 HBO Pedagogiek, Hogeschool Leiden", []),
    ],
)
def test_fields_of_a_line(text, expected):
    assert _fields(text) == expected


@pytest.mark.parametrize(("value", "answer"), [("Ja", True), ("nee", False), ("Nee.", False),
                                               ("HBO", None), ("", None)])
def test_fields_yes_no(value, answer):
    assert yes_no(value) is answer


def test_fields_form_entries_split_at_each_opening_field():
    text = ("Opleiding 1\nOpleiding | Social Work\nNiveau | HBO\nDiploma behaald | Ja\n"
            "Opleiding 2\nOpleiding | Pedagogische Wetenschappen\nNiveau | WO\n"
            "Diploma behaald | Nee\nToelichting | gestopt in 2018\n")
    entries = form_entries(lines_between(text), "study")
    assert [[line.text for line in entry] for entry in entries] == [
        ["Opleiding | Social Work", "Niveau | HBO", "Diploma behaald | Ja"],
        ["Opleiding | Pedagogische Wetenschappen", "Niveau | WO", "Diploma behaald | Nee",
         "Toelichting | gestopt in 2018"],
    ]
    second = fields_of(entries[1])
    assert second["completed"].value == "Nee" and second["description"].value.startswith("gestopt")


def test_fields_prefixed_form_entries_split_where_the_entry_number_changes():
    text = ("Opleiding 1 - Naam: Pedagogiek\nOpleiding 1 - Niveau: HBO\n"
            "Opleiding 1 - Einddatum: 30-06-2012\nOpleiding 2 - Niveau: HAVO\n"
            "Opleiding 2 - Naam: HAVO\n")
    lines = lines_between(text)
    entries = form_entries(lines, "study")
    assert [len(entry) for entry in entries] == [3, 2]  # entry 2 opens with its level
    assert fields_of(entries[0])["end"].value == "30-06-2012"
    assert [prefixed_entry_start(lines, i) for i in range(len(lines))] == [0, 0, 0, 3, 3]
    assert prefixed_entry_start(lines_between("Niveau: HBO"), 0) is None
    # a wrapped line without the prefix stays in its entry, for every reader of the form
    wrapped = lines_between("Werkervaring 1 - Omschrijving: Begeleiding van\ngezinnen thuis\n"
                            "Werkervaring 1 - Startdatum: 01-03-2019\n"
                            "Werkervaring 2 - Functietitel: Leerkracht")
    assert prefixed_entry_starts(wrapped) == [True, False, False, True]
    assert prefixed_entry_start(wrapped, 2) == 0


def test_fields_flags_and_offsets_point_into_the_text():
    text = "Opleidingen\nOpleiding: Pedagogiek · Propedeuse behaald\n"
    lines = lines_between(text)
    (flag,) = flags_of(lines[1:])
    assert text[flag.start:flag.end] == "Propedeuse behaald"
    field = fields_of(lines)["study"]
    assert text[field.start:field.end] == "Opleiding: Pedagogiek"
    assert form_entries(lines_between("Geen formulier\nAlleen tekst\n"), "study") == []


def test_fields_columns_of_a_table_under_its_header_row():
    text = ("Periode | Opleiding | Instelling | Diploma\n"
            "2010 - 2013 | HBO Pedagogiek | Hogeschool Leiden | nee\n"
            "toelichting: gestopt na drie jaar\n"
            "2006 - 2010 | HAVO | Het Lyceum | ja\n")
    lines = lines_between(text)
    columns = column_fields(lines)
    first = fields_of(lines[1:3], columns)
    assert (first["study"].value, first["completed"].value) == ("HBO Pedagogiek", "nee")
    assert text[first["completed"].start:first["completed"].end] == "nee"
    assert fields_of(lines[3:], columns)["completed"].value == "ja"
    assert column_fields(lines_between("Naam | Lotte\nWoonplaats | Huizen\n")) == {}
