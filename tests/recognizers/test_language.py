"""Main language of the body text by stopword shares. All texts are fictitious."""

from __future__ import annotations

import pytest

DUTCH = (
    "Ik ben een ervaren begeleider en ik werk al jaren met kinderen op school. Daarnaast heb ik "
    "veel contact met ouders, want zij zijn voor mij de belangrijkste partner. Wij zoeken samen "
    "naar wat het kind nodig heeft en ik maak daar heldere afspraken over met de leerkracht."
)
ENGLISH = (
    "I am an experienced support worker and I have been working with children at school for "
    "years. I also keep close contact with the parents, because they are my most important "
    "partners. Together we look for what the child needs and we agree on clear steps."
)
GERMAN = (
    "Ich bin eine erfahrene Begleiterin und arbeite seit Jahren mit Kindern in der Schule. "
    "Außerdem habe ich viel Kontakt mit den Eltern, weil sie für mich die wichtigsten Partner "
    "sind. Wir suchen gemeinsam, was das Kind braucht, und ich mache klare Absprachen."
)


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "language")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (DUTCH, "nl"),
        (ENGLISH, "en"),
        (GERMAN, "de"),
        # Dutch organisation names inside an English CV do not make it Dutch
        (ENGLISH + "\nSamenwerkingsverband Passend Onderwijs De Kempen, Stichting Jeugd en Gezin",
         "en"),
        # an English skills list inside a Dutch CV does not make it English
        (DUTCH + "\nSkills: Microsoft Office, coaching on the job, time management", "nl"),
    ],
)
def test_language_main_language(nlp, text, code):
    guess = nlp(text)._.language
    assert guess.code == code
    assert guess.share > 0.5
    assert any(term.startswith(f"{code} ") for term in guess.explanation["stopwords"]["terms"])


def test_language_too_little_text_is_unknown(nlp):
    guess = nlp("Lotte Kok\n06-12345678\nlotte@example.nl")._.language
    assert guess.code is None
    assert "reason" in guess.explanation
