"""Sections found from the shape of their lines, for CVs whose headings are pictures.
Every person and detail below is fictitious."""

import pytest

from pipeline.structure.shapes import course_line, reference_line

HEADINGLESS = (
    "Lieke de Wit\n"
    "Deventer · 06-70 31 58 24 · lieke@example.nl · geboren 1994\n"
    "Jeugdhulpverlener met oog voor wat achter gedrag zit. Ik help kinderen en ouders.\n"
    "Ambulant jeugdhulpverlener\n"
    "Stichting Jeugdhulp Oost | april 2019 – heden\n"
    "- Begeleiding van kinderen en ouders in de thuissituatie.\n"
    "- Motiverende gespreksvoering (2021)\n"
    "- Traumasensitief werken (2022)\n"
    "Gerda Slot – teamleider, Stichting Jeugdhulp Oost – 0570-61 22 90\n"
    "Youssef Amrani – praktijkhouder Praktijk De Brug – y.amrani@example.nl\n"
    "Ik wil graag mijn ervaring met kinderen met angst- en gedragsproblemen inzetten op "
    "basisscholen. Veel kinderen die ik thuis begeleid lopen ook op school vast; ik wil daar "
    "eerder helpen.\n"
)


def test_shapes_split_a_cv_without_headings(make_nlp):
    nlp = make_nlp("sections", "shape_sections", "references", "certificates", "motivation")
    doc = nlp(HEADINGLESS)
    labels = [span.label_ for span in doc.spans["sections"]]
    assert labels == ["personalia", "cursussen", "referenties", "motivatie"]
    assert [fact.name for fact in doc._.references] == ["Gerda Slot", "Youssef Amrani"]
    assert [fact.name for fact in doc._.other_trainings] == [
        "Motiverende gespreksvoering", "Traumasensitief werken"]
    assert doc._.motivation.present and doc._.motivation.text.startswith("Ik wil graag")


def test_shapes_leave_headed_sections_alone(make_nlp):
    nlp = make_nlp("sections", "shape_sections")
    text = ("Werkervaring\n2019 - heden Ambulant begeleider\n"
            "Referenties\nGerda Slot – teamleider, Stichting Oost – 0570-61 22 90\n"
            "Youssef Amrani – praktijkhouder – y.amrani@example.nl\n")
    doc = nlp(text)
    assert [s.label_ for s in doc.spans["sections"]] == ["werkervaring", "referenties"]


@pytest.mark.parametrize(
    ("text", "reference", "course"),
    [
        ("Gerda Slot – teamleider, Stichting Jeugdhulp – 0570-61 22 90", True, False),
        ("Mw. J. Bakker, intern begeleider, j.bakker@example.nl", True, False),
        ("Lieke de Wit", False, False),  # a name alone, with nothing about a role
        ("Deventer · 06-70 31 58 24 · lieke@example.nl · geboren 1994", False, False),
        ("SKJ 110012345 – geldig tot 15-09-2027", False, False),
        ("- Motiverende gespreksvoering (2021)", False, True),
        ("Acceptance and Commitment Therapy, basistraining – certificaat 2023", False, True),
        ("- Vrijwilliger bij de voetbalclub (2019)", False, False),  # a job, not a course
        ("HBO Pedagogiek, Hogeschool Leiden 2014", False, False),  # a study
        ("2014 – 2018 Ambulant begeleider", False, False),
    ],
)
def test_shapes_line_kinds(text, reference, course):
    assert (reference_line(text), course_line(text)) == (reference, course)
