"""Registrations in registers other than SKJ (BIG, Registerplein, NIP, NVO): extraction reads
every register a CV names, so a tender asking another register needs no re-extraction. SKJ's
own table is tests/recognizers/test_skj.py. Every number and date below is fictitious.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("registrations")


FOUND = [
    # (text, register, number, expires)
    ("BIG-registratie: 49012345601 (GZ-psycholoog)", "big", "49012345601", None),
    ("BIG-nummer (GZ-psycholoog): 29045123725", "big", "29045123725", None),
    ("Registratie in het BIG-register als verpleegkundige, nummer 19087654321",
     "big", "19087654321", None),
    ("Registerplein: geregistreerd schoolmaatschappelijk werker, registratienummer 7723145, "
     "geldig tot 01-10-2029", "registerplein", "7723145", "2029-10-01"),
    ("Register Sociaal Werkers (Registerplein) nr. 7734567 t/m 28-02-2027",
     "registerplein", "7734567", "2027-02-28"),
    ("NIP Kinder- en Jeugdpsycholoog, registratienummer 23456, geldig tot 31-12-2029",
     "nip", "23456", "2029-12-31"),
    ("Orthopedagoog-Generalist NVO, registratienummer 51234", "nvo", "51234", None),
    ("Nederlandse Vereniging van Pedagogen en Onderwijskundigen: lidnummer 61234",
     "nvo", "61234", None),
]


@pytest.mark.parametrize(("text", "register", "number", "expires"), FOUND)
def test_registrations_read_other_registers(nlp, text, register, number, expires) -> None:
    found = nlp(text)._.registrations[register]
    assert (found.number, found.expires, found.mentioned) == (number, expires, True)
    assert found.register == register and found.evidence


def test_registrations_neighbours_keep_their_own_numbers(nlp) -> None:
    """A BIG line right above an SKJ line: each register takes its own number and date."""
    doc = nlp("BIG-registratie 49012345601, geldig t/m 01-02-2027\n"
              "SKJ-registratie 110011223, geldig tot 01-01-2030")
    big, skj = doc._.registrations["big"], doc._.registrations["skj"]
    assert (big.number, skj.number, skj.expires) == ("49012345601", "110011223", "2030-01-01")
    assert doc._.skj is skj  # the output contract's `skj` is the SKJ registration


@pytest.mark.parametrize(
    ("text", "register", "applied_only", "mentioned"),
    [
        ("NIP-registratie Kinder- en Jeugdpsycholoog: in aanvraag", "nip", True, True),
        ("Registerplein-registratie aangevraagd (januari 2027)", "registerplein", True, True),
        ("Geen BIG-registratie.", "big", False, False),
    ],
)
def test_registrations_applied_for_or_denied(nlp, text, register, applied_only,
                                             mentioned) -> None:
    found = nlp(text)._.registrations[register]
    assert (found.number, found.applied_only, found.mentioned) == (None, applied_only, mentioned)


def test_registrations_a_word_is_no_register(nlp) -> None:
    """"a big team" names no BIG register, and a year after "NIP-lid sinds" is no number."""
    doc = nlp("I worked in a big team of 40 people (2019 - 2023).\nNIP-lid sinds 2015")
    assert not doc._.registrations["big"].mentioned
    assert doc._.registrations["nip"].number is None
