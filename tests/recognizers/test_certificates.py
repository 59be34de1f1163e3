"""Certificates (CGT, COMET, ACT) and other trainings. Every person and text here is fictitious."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "certificates")


def names(doc) -> list[str]:
    return sorted(fact.name for fact in doc._.certificates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cursussen en trainingen\n"
         "• Cognitieve gedragstherapie bij angst – training gevolgd 2021\n", ["CGT"]),
        ("CURSUSSEN\n2019 - Basiscursus CGT voor jeugdprofessionals, certificaat behaald\n",
         ["CGT"]),
        ("Trainingen\n- Cognitief gedragstherapeutisch werker (VGCt), 2020\n", ["CGT"]),
        ("Cursussen\n• Basiscursus cognitieve gedrags-\n  therapie, RINO – 2018\n", ["CGT"]),
        ("Certificaten\nCGT-basiscursus – 2022\nTriple P niveau 4 – 2018\n", ["CGT"]),
        ("Cursussen\n• COMET-oudertraining, opleiding tot trainer – 2017\n", ["COMET"]),
        ("Cursussen & certificaten\n03-2020\nCompetentievergrotende Methodiek (COMET)\n"
         "Kenniscentrum\nAfgerond.\n", ["COMET"]),
        ("Trainingen\n– ACT-basistraining (Acceptance & Commitment Therapy) – 2023\n", ["ACT"]),
        ("Courses and certificates\n2022 Acceptance and Commitment Therapy – 2-day course\n",
         ["ACT"]),
        ("Vorming en bijscholing\n2021 ACT – basisopleiding, getuigschrift behaald\n", ["ACT"]),
        ("Cursussen\n• CGT bij kinderen (2019)\n• ACT voor professionals (2021)\n"
         "• COMET-training (2016)\n", ["ACT", "CGT", "COMET"]),
        # outside a courses section: only with training and completion words together
        ("Werkervaring\nIn 2020 heb ik de training cognitieve gedragstherapie gevolgd.\n", ["CGT"]),
        ("Profiel\nZij is gecertificeerd COMET-trainer en werkt met ouders.\n", ["COMET"]),
        # a qualification that is only reached by completing the training
        ("Profiel\nIk ben cognitief gedragstherapeutisch werker (VGCt).\n", ["CGT"]),
        # a course listed among the diplomas
        ("Opleidingen\n2012 - 2016 HBO Pedagogiek, diploma behaald\n2019 Basiscursus CGT, RINO\n",
         ["CGT"]),
    ],
)
def test_certificates_counted(nlp, text, expected):
    assert names(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the FACT-team of Assertive Community Treatment is not the ACT certificate
        "Werkervaring\nAmbulant begeleider FACT-team, werken volgens het (F)ACT-model.\n",
        "Werkervaring\nBegeleider in het FACT Jeugd team, training in crisisaanpak gevolgd.\n",
        "Cursussen\n• ACT-team scholing (Assertive Community Treatment), 2019\n",
        # a method named in a job description is not a followed training
        "Werkervaring\nWerkend vanuit CGT-principes begeleid ik gezinnen thuis.\n",
        "Werkervaring\nInzet van CGT-technieken bij angst; COMET-oudertraining gegeven.\n",
        "Werkervaring\nVanaf 2018 ook COMET-oudertrainingen voor groepen ouders.\n",
        # planned or running courses do not count yet
        "Cursussen\n• ACT-basistraining – start in 2026\n",
        "Trainingen\n• Cognitieve gedragstherapie, nog bezig (afronding verwacht 2027)\n",
        "Cursussen\n• Ingeschreven voor de COMET-training in het najaar\n",
        "Trainingen\n* COMET, start september 2026\n",
        "Cursussen\n• ACT-basistraining, gestart in 2025\n",
        "Certificaten\nCGT-basiscursus (lopend)\n",
        "Profiel\nIk ga in 2026 de ACT-training volgen.\n",
        "Profiel\nMomenteel volg ik de opleiding tot cognitief gedragstherapeutisch werker.\n",
        "Opleidingen\n2026 ACT-basistraining (gepland)\n",
    ],
)
def test_certificates_traps_not_counted(nlp, text):
    assert names(nlp(text)) == []


def test_certificates_rejection_is_explained(nlp):
    doc = nlp("Werkervaring\nTraining gevolgd in het FACT-team volgens het ACT-model.\n")
    assert doc._.certificates == []
    assert any("ACT" in r["reason"] for r in doc._.certificate_rejections)


def test_certificates_evidence_points_at_entry(nlp):
    text = "Opleiding\nPedagogiek\n\nCursussen\n• ACT-basistraining – 2023\n• Meldcode – 2021\n"
    doc = nlp(text)
    (fact,) = doc._.certificates
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
    assert "ACT-basistraining" in fact.evidence.text
    assert fact.explanation["validation"]["rule"] == "accepted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trainingen\n○ Triple P, niveau 4 – 2018\n○ Signs of Safety, basistraining – 2022\n",
         ["Triple P, niveau 4", "Signs of Safety, basistraining"]),
        ("Cursussen en trainingen\n2021 Geweldloos Verzet / Nieuwe Autoriteit certificaat behaald\n"
         "2019 Kanjertraining (2 dagen) deelnamebewijs\n",
         ["Geweldloos Verzet / Nieuwe Autoriteit", "Kanjertraining"]),
        # generalise: any named entry in the courses section, also unknown ones
        ("Cursussen\n• Omgaan met pestgedrag in de groep – 2020\n• Rots en Water – 2017\n",
         ["Omgaan met pestgedrag in de groep", "Rots en Water"]),
        # entries led by a date line, followed by provider and result lines
        ("Cursussen en trainingen\n04-2018\nVideo-hometraining\nStichting Beeld\nAfgerond.\n"
         "11-2020\nMotiverende gespreksvoering\nInstituut Gesprek\nCertificaat behaald.\n",
         ["Video-hometraining", "Motiverende gespreksvoering"]),
        # wrapped lines closed by a year, no bullets
        ("Certificaten\nMeldcode huiselijk geweld en\nkindermishandeling\ne-learning, 2023\n"
         "Traumasensitief werken\n2021\n",
         ["Meldcode huiselijk geweld en kindermishandeling", "Traumasensitief werken"]),
        # a sidebar list: names wrapped over lines, each closed by a year line
        ("Certificaten\nTraining Sociale\nWeerbaarheid (SoWe)\nStichting Groei, 2018\n"
         "Kanjertraining\n2020\nMeldcode en kindcheck\n2022, opfris 2024\n",
         ["Training Sociale Weerbaarheid (SoWe)", "Kanjertraining", "Meldcode en kindcheck"]),
        # provider or form after a comma is not part of the name
        ("Cursussen\nKinder-EHBO, Het Rode Huis (2023)\n-\n"
         "- Meldcode kindermishandeling, e-learning (2022)\n",
         ["Kinder-EHBO", "Meldcode kindermishandeling"]),
        # a training name before a year is not a date ("Meldcode 2021")
        ("Trainingen\nMeldcode 2021\nKanjertraining 2019\n", ["Meldcode", "Kanjertraining"]),
        ("Trainingen\nmaart 2021 Kanjertraining\nokt. 2019 Rots en Water\n",
         ["Kanjertraining", "Rots en Water"]),
        # a counted certificate is not repeated among the other trainings
        ("Cursussen\n• CGT-basiscursus – 2020\n• PMTO – 2016\n", ["PMTO"]),
        # a certificate and another training in one sentence; the listed one is not repeated
        ("Profiel\nZij volgde de ACT-training en is gecertificeerd Triple P-trainer.\n",
         ["Triple P"]),
        ("Cursussen\n• Triple P niveau 4 – 2018\n\nProfiel\nGecertificeerd Triple P-trainer.\n",
         ["Triple P niveau 4"]),
        # course lines among the diplomas; a courses heading inside the education block
        ("Opleiding en cursussen\n2008 – 2012 PABO, diploma behaald\n"
         "2018 Basistraining Geweldloos Verzet\nRelevante trainingen\n",
         ["Basistraining Geweldloos Verzet"]),
        # a followed training named outside the section
        ("Profiel\nIn 2022 heb ik de training Signs of Safety gevolgd.\n", ["Signs of Safety"]),
        # a registration among the certificates is no training
        ("Certificaten\n• SKJ-registratie nr. 110027763 – geldig tot 03-2026\n"
         "• Registratienummer 110056342\n• Rots en Water – 2017\n", ["Rots en Water"]),
    ],
)
def test_certificates_other_trainings(nlp, text, expected):
    assert [fact.name for fact in nlp(text)._.other_trainings] == expected


def test_certificates_no_courses_gives_empty_lists(nlp):
    doc = nlp("Werkervaring\n2019 - heden Ambulant begeleider, Stichting Voorbeeld\n")
    assert doc._.certificates == []
    assert doc._.other_trainings == []


def test_certificates_read_the_sections_span(make_nlp):
    """With a 'cursussen' span from the sections component, its lines are the entries, and a
    span that runs on past a known heading is cut there."""
    nlp = make_nlp("certificates")
    text = ("Bijscholing afgelopen jaren\n• ACT-basistraining – 2023\n• Rots en Water – 2019\n"
            "Vaardigheden\n• Plannen en organiseren\n")
    doc = nlp.make_doc(text)
    span = doc.char_span(0, len(text), label="cursussen", alignment_mode="expand")
    span._.heading = "Bijscholing afgelopen jaren"
    doc.spans["sections"] = [span]
    doc = nlp.get_pipe("certificates")(doc)
    assert names(doc) == ["ACT"]
    assert doc._.certificates[0].explanation["section"]["rule"] == "Bijscholing afgelopen jaren"
    assert [fact.name for fact in doc._.other_trainings] == ["Rots en Water"]


def test_certificates_span_cut_at_the_next_columns_title(make_nlp):
    """A sidebar's courses span that runs into the main column's all-caps title stops there."""
    nlp = make_nlp("certificates")
    text = ("CERTIFICATEN\nTriple P niveau 4\n2019\nKanjertraining\n2021\n"
            "LOTTE DE KOK\nAmbulant begeleider · Pedagoog (hbo)\n")
    doc = nlp.make_doc(text)
    span = doc.char_span(0, len(text), label="cursussen", alignment_mode="expand")
    span._.heading = "CERTIFICATEN"
    doc.spans["sections"] = [span]
    doc = nlp.get_pipe("certificates")(doc)
    assert [fact.name for fact in doc._.other_trainings] == ["Triple P niveau 4", "Kanjertraining"]


@pytest.mark.parametrize(
    ("line", "counted"),
    [
        ("• ACT-basistraining – 2027", []),  # after the reference year: not followed yet
        ("• ACT-basistraining – 2026", ["ACT"]),
        ("• ACT-basistraining – 2019, opfris 2027", ["ACT"]),  # followed in 2019
    ],
)
def test_certificates_dated_after_the_reference_year(line, counted):
    from spacy.lang.nl import Dutch

    nlp = Dutch()
    nlp.add_pipe("cvscreen_sections_v1")
    nlp.add_pipe("cvscreen_certificates_v1", config={"reference_date": "2026-06-22"})
    assert names(nlp(f"Cursussen\n{line}\n")) == counted
