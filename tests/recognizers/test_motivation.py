"""Motivation text: found and measured, never judged. All texts are fictitious."""

from __future__ import annotations

import pytest

FIRST_PERSON = (
    "Ik reageer graag op deze opdracht omdat ik geloof in hulp dichtbij het kind. In mijn werk op "
    "basisscholen zie ik elke week hoeveel een leerkracht heeft aan iemand die meekijkt in de "
    "klas. Ik werk graag samen met ouders en het jeugdteam."
)
RECRUITER = (
    "Lotte is een ervaren begeleider die zich thuis voelt op school. Zij werkt rustig en "
    "doortastend, en haar collega's waarderen haar heldere adviezen. Zij is beschikbaar voor "
    "deze opdracht per september."
)


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "motivation")


@pytest.mark.parametrize(
    "heading",
    ["Motivatie", "MOTIVATIE", "Motivatie kandidaat", "Waarom ik?", "Persoonlijke motivatie",
     "Motivation", "MOTIVATIE (DOOR DE KANDIDAAT ZELF GESCHREVEN)", "Motivatie voor deze opdracht",
     "Motivatie:", "Motivatie en visie", "Mijn drijfveren", "Waarom ik reageer",
     "Waarom deze opdracht mij past", "Wat ik kom brengen"],
)
def test_motivation_section_headings(nlp, heading):
    doc = nlp(f"Werkervaring\n2019 - heden Begeleider\n\n{heading}\n{FIRST_PERSON}\n\n"
              "Referenties\nMw. A. Prins, teamleider\n")
    motivation = doc._.motivation
    assert motivation.present is True
    assert motivation.text.startswith("Ik reageer graag")
    assert "Referenties" not in motivation.text
    assert motivation.words == len(FIRST_PERSON.split())
    assert doc._.motivation_explanation["source"]["rule"] == "sectie"
    assert doc._.motivation_explanation["first_person"]["score"] == 1.0


def test_free_worded_motivation_heading_after_references(nlp):
    """A motivation at the very end, under a heading in the candidate's own words."""
    doc = nlp("Referenties\nMw. A. Prins, teamleider OBS De Esch - 06-12345678\n"
              f"Waarom ik reageer\n{FIRST_PERSON}\n")
    assert doc._.motivation.text.startswith("Ik reageer graag")
    assert "Prins" not in doc._.motivation.text


def test_first_person_sentence_is_not_a_motivation_heading(nlp):
    doc = nlp("Werkervaring\n2019 - heden Begeleider\nWaarom ik dit werk doe.\n"
              f"{RECRUITER}\n")
    assert doc._.motivation.present is False


def test_motivation_letter_part(nlp):
    doc = nlp(f"Naam: Lotte Kok\n\nGeachte heer, mevrouw,\n{FIRST_PERSON}\n"
              "Met vriendelijke groet,\nLotte Kok\n")
    assert doc._.motivation.present is True
    assert doc._.motivation.text.endswith("het jeugdteam.")
    assert doc._.motivation_explanation["source"]["rule"] == "brief"


def test_motivation_first_person_profile_counts_without_section(nlp):
    doc = nlp(f"Profiel\n{FIRST_PERSON}\n\nWerkervaring\n2019 - heden Begeleider\n")
    assert doc._.motivation.present is True
    assert doc._.motivation_explanation["source"]["rule"] == "profiel"


def test_motivation_section_wins_over_first_person_profile(nlp):
    section = "Ik wil graag bijdragen aan sterke scholen in de regio, samen met ouders en " \
              "leerkrachten, en ik breng daarvoor tien jaar ervaring in de jeugdhulp mee."
    doc = nlp(f"Profiel\n{FIRST_PERSON}\n\nMotivatie\n{section}\n")
    assert doc._.motivation.text == section
    assert doc._.motivation_explanation["source"]["rule"] == "sectie"


@pytest.mark.parametrize(
    "text",
    [
        # a recruiter's third-person profile is not the candidate's motivation
        f"Profiel\n{RECRUITER}\n\nWerkervaring\n2019 - heden Begeleider\n",
        # a first-person profile that does not address the assignment
        "Over mij\nIk ben een rustige en nuchtere pedagoog met tien jaar ervaring in de "
        "jeugdhulp. Ik houd van wandelen en koken, en ik werk graag met kinderen en ouders.\n",
        # a heading with hardly any text
        "Motivatie\nZie brief.\n\nReferenties\nOp aanvraag\n",
        # a skills list that happens to hold the word
        "Competenties\nMotivatie\nFlexibiliteit\nStressbestendigheid\nSamenwerken\nPlannen\n"
        "Organiseren\nCommunicatie\nEmpathie\nGeduld\nHumor\nDoorzettingsvermogen\n"
        "Betrokkenheid\nCreativiteit\nLuisteren\nRust\nStructuur\nOverzicht\nInitiatief\n"
        "Verantwoordelijkheid\nNauwkeurigheid\nZelfstandigheid\n",
        "Werkervaring\n2019 - heden Begeleider\n",
    ],
)
def test_motivation_absent(nlp, text):
    doc = nlp(text)
    assert doc._.motivation.present is False
    assert doc._.motivation.words == 0


def test_motivation_skips_page_footer(nlp):
    half = FIRST_PERSON.split(". ")
    doc = nlp(f"Motivatie\n{half[0]}.\nLotte Kok – CV | pagina 1 van 2\n\n{'. '.join(half[1:])}\n")
    assert "pagina" not in doc._.motivation.text
    assert doc._.motivation.evidence.page == 1


def test_motivation_in_a_flattened_table_row(nlp):
    doc = nlp(f"Naam | Lotte Kok\nMotivatie | {FIRST_PERSON}\n")
    assert doc._.motivation.present is True
    assert doc._.motivation.text == FIRST_PERSON


def test_motivation_profile_about_a_past_job_is_not_motivation(nlp):
    doc = nlp("Profiel\nIk ben tien jaar ambulant begeleider geweest. In deze functie "
              "begeleidde ik gezinnen thuis en ik leerde veel over de rol van school en ouders.\n")
    assert doc._.motivation.present is False
