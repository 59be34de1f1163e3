"""References: named persons with a role or contact. All persons and numbers are fictitious."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "references")


def names(doc) -> list[str]:
    return [fact.name for fact in doc._.references]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Referenties\nMw. J. Bakker, teamleider Kenter, 06-12345678\n"
         "Dhr. P. de Vries – intern begeleider OBS De Klimop – p.devries@example.org\n",
         ["Mw. J. Bakker", "Dhr. P. de Vries"]),
        # two-line entries: name, then role, then contact
        ("REFERENTIES\nMevrouw Karin Jansen\nteamleider jeugdhulp, Stichting Voorbeeld\n"
         "06-11223344\nDe heer Tom Willems\nIntern begeleider, basisschool De Regenboog\n"
         "t.willems@example.nl\n",
         ["Mevrouw Karin Jansen", "De heer Tom Willems"]),
        # table rows with a header row
        ("Referenties\nNaam | Functie | Telefoon\n"
         "Mw. Eva Smit | gedragswetenschapper | 06-99887766\n"
         "Dhr. Sem Bos | coördinator zorg | 06-55443322\n", ["Mw. Eva Smit", "Dhr. Sem Bos"]),
        # two persons side by side on one line (two-column layout), roles on the lines below
        ("Referenties\nMw. L. (Lotte) Kok Dhr. M. (Mark) Dekker\n"
         "Directeur, OBS Het Anker Teamleider, Jeugdteam Noord\n"
         "06 12 34 56 78 m.dekker@example.nl\n",
         ["Mw. L. (Lotte) Kok", "Dhr. M. (Mark) Dekker"]),
        # bare names after bullets, and a doctor's title
        ("Referenties\n• Ilse Vos, teamleider ambulant, Spirit – 06-10203040\n"
         "• Dr. Ruben van Dijk, psychiater, GGZ Centraal – r.vandijk@example.org\n",
         ["Ilse Vos", "Dr. Ruben van Dijk"]),
        # numbered English references
        ("REFERENCES\n"
         "Reference 1 Ms Jane Peters, team leader, Youth Care Utrecht – +31 6 1234 5678\n"
         "Reference 2 Mr Omar Haddad, school principal – o.haddad@example.org\n",
         ["Ms Jane Peters", "Mr Omar Haddad"]),
        ("Referenties\nFrau B. Kersting – Bereichsleitung Familienhilfe, Caritas Kleve – "
         "+49 2821 7204 31\n", ["Frau B. Kersting"]),
        # an entry wrapped over two lines is one person
        ("Referenties\nDhr. Koen Mulder, coördinator ambulante begeleiding, Samenwerkingsverband\n"
         "Passend Onderwijs Regio Oost – 0341 - 55 66 77\n", ["Dhr. Koen Mulder"]),
        # mixed styles: a bare name after a line that ended with a contact is a new person
        ("Referenties\nDr. K. Smit, gedragswetenschapper Jeugdteam Zeist, 06-20304050\n"
         "Ellen Maas, teamleider Stichting Opstap, e.maas@example.nl\n",
         ["Dr. K. Smit", "Ellen Maas"]),
        # the role first, then the name
        ("Referenties\nLeidinggevende Kenter: Joyce Smit, 06-99988877\n"
         "Directeur OBS De Wilg: dhr. K. Bakker, k.bakker@example.nl\n",
         ["Joyce Smit", "dhr. K. Bakker"]),
        # an inline "Referenties:" label
        ("Referenties: Mw. A. Prins (teamleider, Jeugdteam West), Dhr. B. Kuiper (IB'er)\n",
         ["Mw. A. Prins", "Dhr. B. Kuiper"]),
        # page footers inside the section are not references
        ("Referenties\nMw. Noor Visser, teamleider, 06-12121212\nCV Lisa de Wit | pagina 2 van 2\n",
         ["Mw. Noor Visser"]),
    ],
)
def test_references_persons(nlp, text, expected):
    assert names(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Referenties\nReferenties op aanvraag beschikbaar.\n",
        "Referenties\nOp aanvraag.\n\nReferenties zijn op verzoek beschikbaar.\n",
        "REFERENCES\nAvailable on request.\nReferences available upon request\n",
        "Referenties\nKunnen worden opgevraagd bij de kandidaat.\n",
        "REFERENTIES\nDesgewenst te verstrekken\n",
    ],
)
def test_references_on_request_counts_zero(nlp, text):
    doc = nlp(text)
    assert doc._.references == []
    assert doc._.references_on_request is True


def test_references_name_without_role_or_contact_not_counted(nlp):
    doc = nlp("Referenties\nMw. Anna Groen\n\nVaardigheden\nPlannen\n")
    assert doc._.references == []


def test_references_none_without_section(nlp):
    doc = nlp("Werkervaring\nAmbulant begeleider bij Mw. de Jong haar team, 2019 - heden\n")
    assert doc._.references == []
    assert doc._.references_on_request is False


def test_references_evidence_and_explanation(nlp):
    text = "Referenties\nMw. J. Bakker, teamleider Kenter, 06-12345678\n"
    (fact,) = nlp(text)._.references
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    assert fact.evidence.text.startswith("Mw. J. Bakker")
    assert fact.explanation["validation"]["terms"] == ["phone"]


def test_references_labelled_fields(nlp):
    doc = nlp("Referenties\nNaam: Jan Hoekstra\nFunctie: teamleider jeugdteam\n"
              "Telefoon: 06-13572468\nNaam: Els Brouwer\nFunctie: intern begeleider\n")
    assert names(doc) == ["Jan Hoekstra", "Els Brouwer"]


def test_references_lower_case_title(nlp):
    doc = nlp("Referenties\nmevrouw A. de Groot, leidinggevende bij Stichting Zon, 06-24681357\n")
    assert names(doc) == ["mevrouw A. de Groot"]


def test_references_inline_heading_of_a_sections_span(make_nlp):
    nlp = make_nlp("references")
    text = "Referenties: Mw. A. Prins (teamleider), Dhr. B. Kuiper (IB'er)\n"
    doc = nlp.make_doc(text)
    span = doc.char_span(0, len(text), label="referenties", alignment_mode="expand")
    span._.heading = "Referenties"
    doc.spans["sections"] = [span]
    doc = nlp.get_pipe("references")(doc)
    assert names(doc) == ["Mw. A. Prins", "Dhr. B. Kuiper"]
    assert doc._.references[0].explanation["section"]["rule"] == "Referenties"


def test_references_named_person_with_contact_on_request_counts(nlp):
    doc = nlp("Referenties\nMw. A. Prins, teamleider Kenter (telefoonnummer op aanvraag)\n"
              "Dhr. B. Kuiper, intern begeleider OBS De Wilg (op verzoek)\n")
    assert names(doc) == ["Mw. A. Prins", "Dhr. B. Kuiper"]
    assert doc._.references_on_request is False


def test_references_in_a_flattened_table_row(nlp):
    """A Word table row read as 'Referenties | first person', further persons in ' | ' rows."""
    doc = nlp("Naam | Lotte de Kok\nReferenties | Mw. A. Prins, teamleider Kenter, 06-12345678\n"
              " | Dhr. B. Kuiper, IB'er OBS De Wilg, b.kuiper@example.nl\n")
    assert names(doc) == ["Mw. A. Prins", "Dhr. B. Kuiper"]
