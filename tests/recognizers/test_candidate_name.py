"""Candidate name from labels or the top lines. Every person here is fictitious."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "candidate_name")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CURRICULUM VITAE\n\nNaam: Lotte van der Kok\nWoonplaats: Huizen\n", "Lotte van der Kok"),
        ("Gegevens kandidaat\nNaam kandidaat Yasmina El Amrani\nWoonplaats Almere\n",
         "Yasmina El Amrani"),
        ("Curriculum Vitae\nMarieke de Jong\nAmbulant begeleider\n", "Marieke de Jong"),
        # letters beyond Latin-1: a name must not lose to a label or an employer below it
        ("Aylın Yıldırım\nJeugdprofessional\nVOG | Verklaring Omtrent het Gedrag\n",
         "Aylın Yıldırım"),
        ("Barış Şahin\nAmbulant begeleider | Zaandam\nKinderopvang Zonnekind\n", "Barış Şahin"),
        ("Gewenste functie: Ambulant begeleider\nNaam: Łukasz Nowak\n", "Łukasz Nowak"),
        ("Gewenste Functie\nAmbulant Begeleider\nRicardo Semedo\n06-19834672\n",
         "Ricardo Semedo"),
        ("JORIS VAN DEN BERG\nAmbulant hulpverlener · Pedagoog (hbo)\n", "Joris van den Berg"),
        ("Kandidaatprofiel\nJeugdflex Detachering B.V.\nNoor Hendriks\nFunctie: begeleider\n",
         "Noor Hendriks"),
        ("cv Daan Smits\nDaan Smits\nJeugdconsulent | Gezinscoach\n", "Daan Smits"),
        ("Drs. Eline Vos MSc\nOrthopedagoog\n", "Eline Vos"),
        ("Sanne Bakker | Curriculum Vitae\nProfiel\nIk ben een begeleider.\n", "Sanne Bakker"),
        ("Ambulant Begeleider Passend Onderwijs\nKarim Ben Ali\n06-12345678\n", "Karim Ben Ali"),
        ("Gert-Jan d'Hondt\nOrthopedagoog\n", "Gert-Jan d'Hondt"),
        ("CV: Lotte de Kok\nAmbulant begeleider\n", "Lotte de Kok"),
        # the agency's recruiter on the profile is not the candidate
        ("Kandidaatprofiel\nContactpersoon: Jan Bakker\nLotte de Kok\nBegeleider\n",
         "Lotte de Kok"),
        ("CURRICULUM VITAE\nPERSOONLIJKE INFORMATIE\nBerg, Sanne van den\nKerkstraat 1, Huizen\n",
         "Sanne van den Berg"),
        ("L.M. (Lotte) de Kok\nAmbulant begeleider\n", "L.M. (Lotte) de Kok"),
        # a city on the name line is trimmed by the e-mail address
        ("Eva de Wit Hilversum\n06-12345678\neva.dewit@example.nl\n", "Eva de Wit"),
        # a reference's e-mail address does not make the reference the candidate
        ("Tessa Wolf\nBegeleider (zzp)\ntessa@wolfbegeleiding.example.nl\n\nReferenties\n"
         "Jan Blok, teamleider, j.blok@example.nl\n", "Tessa Wolf"),
        # a name split by a two-column layout, spelled by the e-mail address
        ("TIM PROFIEL\nIk ben een begeleider met ervaring.\nJANSSEN\ntim.janssen@example.nl\n",
         "Tim Janssen"),
    ],
)
def test_candidate_name_found(nlp, text, expected):
    name = nlp(text)._.candidate_name
    assert name.value == expected
    assert name.evidence is not None
    assert text[name.evidence.start:name.evidence.end] == name.evidence.text
    shown = set(name.evidence.text.lower().replace(",", " ").split())
    assert set(expected.lower().split()) <= shown


@pytest.mark.parametrize(
    "text",
    [
        "CURRICULUM VITAE\nWERKERVARING\n2019 - heden Ambulant begeleider\n",
        "Kandidaatprofiel\nAmbulant Begeleider\nSigns of Safety\n",
        "Senior Gedragswetenschapper\nSociaal Pedagogisch Hulpverlener\n",
        "",
    ],
)
def test_candidate_name_unknown_is_none(nlp, text):
    name = nlp(text)._.candidate_name
    assert name.value is None
    assert name.evidence is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personalia\nVoornaam: Lotte\nAchternaam: de Kok\nWoonplaats: Huizen\n", "Lotte de Kok"),
        ("Curriculum vitae van Pieter Hoogland\nWoonplaats Zwolle\n", "Pieter Hoogland"),
        ("Naam | Mirjam Veenstra\nGeboortedatum | 01-02-1990\n", "Mirjam Veenstra"),
        ("Naam | Oosterhuis, Bram\nAdres | Zwolseweg 212\n", "Bram Oosterhuis"),
    ],
)
def test_candidate_name_other_label_forms(nlp, text, expected):
    assert nlp(text)._.candidate_name.value == expected
