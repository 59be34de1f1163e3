"""Contact details as Dutch CVs write them. Every number and address below is fictitious."""

import pytest

from pipeline.structure.contacts import contact_kind, find_contacts
from pipeline.structure.lines import fold


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Telefoon: 06-12345678", "phone", "06-12345678"),
        ("tel. 06 – 33 71 52 08", "phone", "06 – 33 71 52 08"),
        ("T 020 123 45 67", "phone", "020 123 45 67"),
        ("+31 (0)6 1234 5678", "phone", "+31 (0)6 1234 5678"),
        ("0031 6 12345678", "phone", "0031 6 12345678"),
        ("(030) 123 4567", "phone", "(030) 123 4567"),
        ("mail: noor.de-vries@example.nl", "email", "noor.de-vries@example.nl"),
        ("www.linkedin.com/in/noordevries", "url", "www.linkedin.com/in/noordevries"),
        ("Dorpsstraat 4, 1271 AB Huizen", "postcode", "1271 AB"),
    ],
)
def test_contacts_found(text, kind, value):
    assert [(c.kind, c.value) for c in find_contacts(text)] == [(kind, value)]


@pytest.mark.parametrize(
    "text",
    [
        "SKJ-registratie 110012345",  # a registration number is no phone number
        "06-1234567",  # nine digits: not a Dutch number
        "2015 - 2018",
        "1234 SS",  # SS is not issued as postcode letters
    ],
)
def test_contacts_not_found(text):
    assert find_contacts(text) == []


def test_contacts_offsets_and_first_kind():
    text = "Mw. J. Bakker, teamleider, j.bakker@example.nl, 06-98765432"
    contacts = find_contacts(text)
    assert [text[c.start:c.end] for c in contacts] == ["j.bakker@example.nl", "06-98765432"]
    assert contact_kind(text) == "email" and contact_kind("Mw. J. Bakker") is None


@pytest.mark.parametrize(("a", "b"), [("Yıldırım", "yildirim"), ("Şahin", "sahin"),
                                      ("Łukasz", "lukasz"), ("Ömer", "omer")])
def test_contacts_fold_names(a, b):
    assert fold(a) == fold(b)
