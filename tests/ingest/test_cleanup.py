"""Character repairs shared by every reader: hyphenation, ligatures, bullets, odd spaces."""

from __future__ import annotations

import pytest

from pipeline.ingest.cleanup import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # Line-end hyphenation of one word is joined; the break moves after the word.
        ("de begelei-\nding van kinderen", "de begeleiding\nvan kinderen"),
        ("met de gedrags-\nwetenschapper", "met de gedragswetenschapper"),
        # Real compounds keep their hyphen: short first parts and -aal/-isch adjectives.
        ("naast de hbo-\nopleiding", "naast de hbo-opleiding"),
        ("haar SKJ-\nregistratie loopt", "haar SKJ-registratie\nloopt"),
        ("gedrags- en sociaal-\nemotionele problemen", "gedrags- en sociaal-emotionele\nproblemen"),
        # Trap: an elided compound before "en"/"of" is not a hyphenated word.
        ("zorg-\nen welzijnswerk", "zorg-\nen welzijnswerk"),
        ("jeugd-\nof gezinshulp", "jeugd-\nof gezinshulp"),
        # Trap: a date range at line end is not hyphenation (digits, not letters).
        ("2019-\n2021 ambulant", "2019-\n2021 ambulant"),
        # Ligatures and odd spaces.
        ("certiﬁcaat behaald, ﬂexibel", "certificaat behaald, flexibel"),
        ("SKJ\u00a0110012345\u2009geldig", "SKJ 110012345 geldig"),
        ("be\u00adgeleiding\u200b", "begeleiding"),
        # Bullets of every kind become "- ".
        ("• Coaching\n▪ Observeren\n● Rapporteren", "- Coaching\n- Observeren\n- Rapporteren"),
        ("\uf0b7Oudergesprekken\n› Meldcode\n– Triple P",
         "- Oudergesprekken\n- Meldcode\n- Triple P"),
        # Trap: a dash inside a line is content, not a bullet.
        ("2015 – 2019 Gezinscoach", "2015 – 2019 Gezinscoach"),
        ("   ingesprongen  tekst  ", "ingesprongen tekst"),
    ],
)
def test_cleanup_repairs(raw, clean):
    assert clean_text(raw).strip() == clean


def test_cleanup_document_spelling_decides_hyphen():
    """The document's own spelling elsewhere beats the rule of thumb."""
    vocabulary = {"ouder-kindrelatie"}
    assert clean_text("de ouder-\nkindrelatie", vocabulary) == "de ouder-kindrelatie"
    assert clean_text("de ouder-\nkindrelatie", set()) == "de ouderkindrelatie"
