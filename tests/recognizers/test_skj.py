"""The SKJ recognizer on Dutch and English phrasings of a registration, including the traps.

Every registration number, date and person in these tables is fictitious.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("registrations")


FOUND = [
    # (text, number, expires)
    ("SKJ-registratie: 110097135, geldig tot 15-12-2028", "110097135", "2028-12-15"),
    ("SKJ 1100-12345, geldig tot 01-04-2029", "110012345", "2029-04-01"),
    ("SKJ-registratie 1100 28461 – geldig t/m 01-03-2029", "110028461", "2029-03-01"),
    ("Registratienummer 110054321 (SKJ), geldig tot 30-06-2030", "110054321", "2030-06-30"),
    ("SKJ-REGISTRATIE\nRegistratienummer: 110023874\nGeldig tot: 17-10-2028",
     "110023874", "2028-10-17"),
    ("SKJ-nummer 110061937 | Geldig tot 02-2027", "110061937", "2027-02-28"),
    ("Woonplaats | Utrecht | Geboortedatum | 01-02-1990\n"
     "SKJ-nummer | 110012345 | Geldig tot | 03-2028", "110012345", "2028-03-31"),
    ("SKJ-registratie 110057730, herregistratie per 01-02-2030", "110057730", "2030-02-01"),
    ("SKJ 110039276 – registratie loopt tot 06-2028", "110039276", "2028-06-30"),
    ("SKJ-registratienummer 1100-73512, geldig t/m 30 september 2028",
     "110073512", "2028-09-30"),
    ("SKJ 110012399 t/m 30 sept. 2028", "110012399", "2028-09-30"),
    ("Registration number: 110068215 – valid until 31/01/2029 (SKJ)", "110068215", "2029-01-31"),
    ("Registered in the Quality Register for Youth Care\nRegistration number: 110068215\n"
     "valid until 31/01/2029", "110068215", "2029-01-31"),
    ("SKJ-registratienummer:\n110044556\nafloopdatum 12-11-2031", "110044556", "2031-11-12"),
    ("Kwaliteitsregister Jeugd (SKJ) reg.nr. 1100.77.123 geldig tot en met 1 maart 2029",
     "110077123", "2029-03-01"),
    ("SKJ 1234567, geldig tot 2028-05-31", "1234567", "2028-05-31"),
    ("SKJ-geregistreerd (110012345) tot 01-01-2029", "110012345", "2029-01-01"),
    ("SKJ: 110012345 (geldig tot: 1-1-2029)", "110012345", "2029-01-01"),
    ("SKJ registratienummer 110012345, registratie geldig tot december 2028",
     "110012345", "2028-12-31"),
    ("SKJ-registratie tot 1 juni 2029: 110012345", "110012345", "2029-06-01"),
    ("Geldig tot: 01-01-2029\nSKJ-nummer: 110012345", "110012345", "2029-01-01"),
    ("SKJ-registratie sinds 01-03-2019, geldig t/m 01-03-2024, nummer 110012345",
     "110012345", "2024-03-01"),
    ("REGISTRATIES\nKwaliteitsregister Jeugd\nREGISTRATIENUMMER\n110012345\nGELDIG TOT\n"
     "01-01-2029", "110012345", "2029-01-01"),
    ("SKJ-registratie 110012345\nHerregistratiedatum: 01-02-2030", "110012345", "2030-02-01"),
    ("Registratie\nSKJ-registratienummer\n110012345\nAfloopdatum registratie\n31 mei 2027",
     "110012345", "2027-05-31"),
    ("SKJ 110012345\nRegistratieperiode: 01-03-2024 t/m 01-03-2029", "110012345", "2029-03-01"),
    ("SKJ: 110012345, geldig van 01-03-2024 tot 01-03-2029", "110012345", "2029-03-01"),
    ("SKJ-110012345 geldig tot 01-03-2029", "110012345", "2029-03-01"),
    ("Registratie SKJ, einde registratie 30-06-2028, nummer 110012345", "110012345",
     "2028-06-30"),
    ("Geregistreerd in het Kwaliteitsregister Jeugd tot 15 maart 2029 onder nummer 110012345",
     "110012345", "2029-03-15"),
    ("SKJ | 110034567 | t/m 09-2028", "110034567", "2028-09-30"),
    ("SKJ-registratie: 110034567\nGeldigheid: t/m 31-08-2028", "110034567", "2028-08-31"),
    ("SKJ-registratienummer: 110034567 Registratie verloopt: augustus 2028", "110034567",
     "2028-08-31"),
    ("SKJ-registratie 110034567 verlopen per 01-01-2026", "110034567", "2026-01-01"),
    ("SKJ 110034567 • afloop 30-09-2028", "110034567", "2028-09-30"),
    ("Kwaliteitsregister Jeugd; registratienummer 110034567; herregistratiedatum 01-06-2028",
     "110034567", "2028-06-01"),
    ("SKJ-registratie\n1100\n34567\ngeldig tot\n31-12-2028", "110034567", "2028-12-31"),
    ("SKJ-registratie nr. 1100\n62 417\ngeldig tot 31-01-2030", "110062417", "2030-01-31"),
    ("Registerplein 12345678, geldig tot 01-01-2028\nSKJ 110034567, geldig tot 01-02-2029",
     "110034567", "2029-02-01"),
    # a table whose header row names the expiry column
    ("Registratie | Nummer | Geldig tot\nSKJ | 110034567 | 30-04-2029\n"
     "BIG | 39012345601 | 01-02-2027", "110034567", "2029-04-30"),
    # a period under the register's title, as an entry's period under its title
    ("SKJ-registratie (Stichting Kwaliteitsregister Jeugd)\njanuari 2021 tot maart 2026\n"
     "Registratienummer 110056342", "110056342", "2026-03-31"),
    ("Register | Nummer | Geldig tot\nRegistratie | Registerplein | 204817 | 28-02-2027\n"
     "Registratie | SKJ | 110034567 | 31-12-2028", "110034567", "2028-12-31"),
]


@pytest.mark.parametrize(("text", "number", "expires"), FOUND)
def test_skj_reads_number_and_expiry(nlp, text, number, expires):
    skj = nlp(text)._.skj
    assert (skj.number, skj.expires) == (number, expires)
    assert skj.mentioned and skj.evidence
    assert skj.ambiguous is None or number is None


TRAPS = [
    # (text, number, expires, ambiguous?) — dates that are not an expiry, other registers
    # a column headed "Datum" beside the number says no expiry: a person reads it
    ("Registratie | Nummer | Datum\nSKJ | 110034567 | 30-04-2019", "110034567", None, True),
    ("SKJ-registratie: 110045219\n(ingeschreven sinds 2019)", "110045219", None, False),
    ("Geboortedatum: 22-08-1985\nSKJ-registratie 110045219", "110045219", None, False),
    ("SKJ 110045219\nWerkervaring\n01-2015 t/m 12-2017 Ambulant begeleider", "110045219", None,
     False),
    ("BIG-registratie 49012345601\nSKJ-registratie 110011223, geldig tot 01-01-2030",
     "110011223", "2030-01-01", False),
    ("BIG-nummer 190123456, geldig tot 01-01-2030", None, None, False),
    ("SKJ-registratie 110011223\nTelefoon 06-12 34 56 78\nVOG geldig tot 01-01-2027",
     "110011223", None, False),
    ("SKJ-registratie 110011223, beschikbaar per 01-09-2026", "110011223", None, False),
    ("SKJ-registratie 110011223 en 110099887, geldig tot 01-01-2029", None, "2029-01-01", True),
    ("SKJ-registratie 110011223, geldig tot 31-02-2028", "110011223", None, True),
    ("SKJ-registratie 110011223, geldig tot 2028", "110011223", None, True),
    ("SKJ-registratie 110011223, geldig tot: zie het register", "110011223", None, True),
    ("SKJ-registratie 110011223, geldig van 01-03-2019", "110011223", None, True),
    ("SKJ 110011223, herregistratie op 01-03-2024, geldig tot 01-03-2029", "110011223",
     "2029-03-01", False),
    ("SKJ 110011223, geldig tot 01-06-2029\n(de geldigheid verloopt na vijf jaar)",
     "110011223", "2029-06-01", False),
    ("Registratienummer: 4567890 (gemeente)", None, None, False),
    ("SKJ-registratie: ja", None, None, False),
    # a flattened header row: phone and other cells beside the SKJ cell
    ("JAN JANSEN | Hilversum | 06 – 11 22 33 44 • jan@example.nl | SKJ-registratie 110011223, "
     "herregistratie per 01-02-2030", "110011223", "2030-02-01", False),
    ("0612345678 | SKJ 110011223 | geldig tot 01-02-2030", "110011223", "2030-02-01", False),
    ("Werkervaring\n2019 - heden Ambulant begeleider, SKJ-geregistreerd\nAltra, Amsterdam\n"
     "01-2015 t/m 12-2017 Groepsleider", None, None, False),
    # a date or years beside the number without a cue: start or end? a person looks
    ("SKJ: 110012345 – 01-03-2029", "110012345", None, True),
    ("SKJ-registratie 110012345 (2024-2029)", "110012345", None, True),
    ("SKJ (jeugd- en gezinsprofessional), registratienummer 110012345, herregistratie "
     "1 juni 2028", "110012345", None, True),
    ("SKJ-registratie 110012345\nper 1-9-2028 opnieuw te registreren", "110012345", None, True),
    ("SKJ 110012345, ingeschreven sinds 01-02-2019", "110012345", None, False),
    ("SKJ-registratie 110031587 – herregistratie 2028", "110031587", None, True),
    ("SKJ-registratie 110012345\njanuari 2021 tot heden", "110012345", None, True),
    ("SKJ-registratie 110012345\n\nRijbewijs B\njuni 2015 tot juni 2025", "110012345", None,
     False),
    # OCR misreadings: never a guess, never silently absent
    ("SKJ-nummer: 11OO12345, geldig tot 01-01-2029", None, "2029-01-01", True),
    ("SKJ-registratie: 110 012 345 geldig tot 3l-O8-2029", "110012345", None, True),
]


@pytest.mark.parametrize(("text", "number", "expires", "ambiguous"), TRAPS)
def test_skj_traps(nlp, text, number, expires, ambiguous):
    skj = nlp(text)._.skj
    assert (skj.number, skj.expires) == (number, expires)
    assert bool(skj.ambiguous) is ambiguous


@pytest.mark.parametrize(
    ("text", "applied_only"),
    [
        ("SKJ-registratie aangevraagd (maart 2026)", True),
        ("SKJ-registratie: in aanvraag", True),
        ("Mijn SKJ-registratie loopt, het nummer volgt", True),
        ("SKJ 110011223, geldig tot 01-05-2026, herregistratie aangevraagd", False),
        ("SKJ 110011223 – registratie loopt tot 06-2028", False),
    ],
)
def test_skj_applied_only(nlp, text, applied_only):
    assert nlp(text)._.skj.applied_only is applied_only


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("Ik heb (nog) geen SKJ-registratie.", False),
        ("Niet SKJ-geregistreerd", False),
        ("SKJ-geregistreerd, nummer volgt", True),
    ],
)
def test_skj_denied_registration_is_not_mentioned(nlp, text, mentioned):
    skj = nlp(text)._.skj
    assert (skj.number, skj.mentioned) == (None, mentioned)


def test_skj_absent_is_not_mentioned(nlp):
    text = "Opleiding\n2010 - 2014 HBO Pedagogiek, diploma behaald\nBIG-nummer 19012345601"
    skj = nlp(text)._.skj
    assert (skj.number, skj.expires, skj.mentioned) == (None, None, False)


def test_skj_evidence_points_at_the_words(nlp):
    text = "Naam: Jan Jansen\nSKJ-registratie 1100-99881, geldig tot 01-10-2029\n"
    skj = nlp(text)._.skj
    assert [e.text for e in skj.evidence] == ["SKJ-registratie 1100-99881, geldig tot 01-10-2029"]
    assert text[skj.evidence[0].start:skj.evidence[0].end] == skj.evidence[0].text
    assert skj.explanation["validation"]["rule"] == "accepted"


def test_skj_reads_a_word_table_through_ingest(tmp_path, nlp, params):
    """Personalia as a Word table: label, number, cue and month-year date in separate cells."""
    from docx import Document as Docx

    from pipeline.ingest import read_document

    word = Docx()
    word.add_paragraph("Persoonsgegevens")
    table = word.add_table(rows=3, cols=4)
    rows = [
        ["Woonplaats", "Amersfoort", "Geboortedatum", "14-05-1991"],
        ["Telefoon", "06 – 98 76 54 32", "E-mail", "p.devries@example.nl"],
        ["SKJ-nummer", "1100 54321", "Geldig tot", "04-2029"],
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "cv.docx"
    word.save(path)
    document = read_document(path, params)
    skj = nlp(document.text)._.skj
    assert (skj.number, skj.expires, skj.ambiguous) == ("110054321", "2029-04-30", None)
