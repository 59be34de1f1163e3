"""Role domains beyond ambulant and onderwijs: extraction labels each role with every known
domain its title, employer or own work names; a tender's params pick the domains that count.
All persons, employers and dates are fictitious."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "periods", "roles")


@pytest.mark.parametrize(
    ("block", "domains"),
    [
        ("2019 - heden\nGZ-psycholoog\nKarakter kinder- en jeugdpsychiatrie\n"
         "- Diagnostiek en behandeling", ["ggz"]),
        ("2016 - 2019\nGedragswetenschapper jeugdteam\nJeugdteam Purmerend\n"
         "- Consultatie aan jeugdcoaches", ["jeugdteam"]),
        ("2021 - heden\nJeugdconsulent\nGemeente Beekdal – team Toegang\n"
         "- Keukentafelgesprekken en indicatiestelling", ["jeugdteam"]),
        ("2018 - 2021\nGezinscoach\nSociaal Team Huissen\n"
         "- Begeleiding van gezinnen thuis bij opvoedvragen",
         ["ambulant", "jeugdteam", "gezinsbegeleiding"]),
        ("2022 - 2025\nCrisismedewerker\nCrisisdienst Jeugd Gelderland\n"
         "- Crisisinterventie bij gezinnen", ["crisis"]),
        ("2015 - 2019\nGezinsvoogd\nWilliam Schrikker Stichting\n"
         "- Uitvoeren van ondertoezichtstellingen", ["jeugdbescherming"]),
        ("2017 - 2020\nPersoonlijk begeleider\nStichting Ons Huis, licht verstandelijk "
         "beperkte jongeren\n- Begeleiding op de woongroep", ["gehandicaptenzorg"]),
        ("2020 - heden\nOrthopedagoog\nLevvel jeugd- en opvoedhulp\n"
         "- Behandelcoördinatie", ["jeugdhulp"]),
        ("2019 - heden\nAmbulant begeleider passend onderwijs\nSamenwerkingsverband PO Noord\n"
         "- Begeleiding van leerlingen op basisscholen", ["ambulant", "onderwijs"]),
    ],
)
def test_role_domains_from_title_employer_and_own_work(nlp, block, domains) -> None:
    roles = nlp("Werkervaring\n" + block)._.roles
    assert len(roles) == 1
    assert sorted(roles[0].domains) == sorted(domains), roles[0].explanation


def test_role_domains_not_from_someone_elses_work(nlp) -> None:
    """Working with the crisis service is not crisis work; a referral names another's work."""
    text = ("Werkervaring\n2016 - 2020\nLeerkracht groep 6\nOBS De Linde\n"
            "- Samenwerking met de crisisdienst en overleg met de gezinsbegeleiding\n")
    (role,) = nlp(text)._.roles
    assert role.domains == ["onderwijs"]


def test_role_domains_none_for_travel_or_leave(nlp) -> None:
    text = "Werkervaring\n2018 - 2019\nWereldreis door Zuid-Amerika\n- Vrijwilligerswerk GGZ\n"
    roles = nlp(text)._.roles
    assert roles and all(role.domains == [] for role in roles)
