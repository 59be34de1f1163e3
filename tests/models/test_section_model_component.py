"""The section-heading model after the heading rules: it opens a section at a heading the rules
do not know, leaves known headings and wrapped lines alone, and says why.
All people and organisations are fictitious."""

from __future__ import annotations

import pytest

from pipeline.models.section_model_component import heading_shaped

CV = """Daan Vermeer
daan.vermeer@example.nl

{work}

2020 - heden
Gezinscoach
Stichting Samen Thuis
Begeleiding van gezinnen.

{study}

2014 - 2018
Hbo Social Work, Hogeschool Leiden
"""


def _sections(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.label_, s.text.splitlines()[0]) for s in doc.spans["sections"]]


@pytest.mark.parametrize(
    ("work", "study"),
    [
        ("Waar ik zoal gewerkt heb", "Opleiding"),
        ("Eerdere banen", "Opleiding"),
        ("Werkervaring", "Wat ik gestudeerd heb"),
    ],
)
def test_section_model_opens_a_section_at_an_unknown_heading(model_nlp, work, study):
    doc = model_nlp(CV.format(work=work, study=study))
    found = {s.label_: s for s in doc.spans["sections"]}
    assert found["werkervaring"].text.startswith(work)
    assert found["opleiding"].text.startswith(study)
    learned = [s for s in doc.spans["sections"] if s._.section_model]
    assert len(learned) == 1
    assert learned[0]._.section_model["probability"] >= 0.6
    assert learned[0]._.section_model["features"]
    assert learned[0]._.heading in (work, study)


def test_section_model_leaves_known_headings_and_roles_alone(model_nlp):
    doc = model_nlp(CV.format(work="Werkervaring", study="Opleiding"))
    assert [s.label_ for s in doc.spans["sections"]] == ["personalia", "werkervaring", "opleiding"]
    assert not any(s._.section_model for s in doc.spans["sections"])


def test_section_model_does_not_cut_a_wrapped_line(model_nlp):
    # an employer name wrapped over two lines: the second looks like a heading on its own
    text = (
        "Werkervaring\n\n2019 - heden | Ambulant begeleider | Samenwerkingsverband Passend\n"
        "Onderwijs Eemland\nbegeleiding van leerlingen op basisscholen.\n"
    )
    assert [label for label, _ in _sections(model_nlp, text)] == ["werkervaring"]


@pytest.mark.parametrize(
    ("line", "shaped"),
    [
        ("Wat ik heb gedaan", True),
        ("Mijn scholing", True),
        ("2019 - heden", False),
        ("Naam: Daan Vermeer", False),
        ("Ik werkte met gezinnen en scholen in de regio Utrecht en omstreken.", False),
        ("begeleiding van leerlingen", False),
        ("- Observaties in de klas", False),
    ],
)
def test_section_model_offers_only_heading_shaped_lines(line, shaped):
    assert heading_shaped(line) is shaped
