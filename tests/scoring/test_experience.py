"""Experience months by the spec's union rule. Every role below is fictitious."""

from datetime import date

import pytest

from pipeline.scoring.experience import experience_months, role_months

REFERENCE = date(2026, 6, 22)


def _role(start: str, end: str, *, domains: tuple[str, ...] = ("ambulant",),
          counts: bool = True) -> dict:
    return {"title": "Ambulant begeleider", "employer": "Stichting Voorbeeld", "start": start,
            "end": end, "domains": list(domains), "counts": counts}


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        ("2015", "2018", 48),  # year-only: January to December
        ("2019-09", "2019-09", 1),
        ("2015-01", "2017-12", 36),
        ("2018-03", "present", 100),  # present = the reference month, June 2026
        ("2026-01", "present", 6),
        ("2020-05", "2019-01", 0),  # reversed dates give nothing rather than a guess
    ],
)
def test_experience_role_months(start: str, end: str, months: int) -> None:
    assert len(role_months(_role(start, end), REFERENCE)) == months


def test_experience_overlaps_count_once() -> None:
    roles = [_role("2018-09", "2020-06"), _role("2017-01", "2020-07")]
    assert experience_months(roles, ["ambulant"], REFERENCE) == 43  # 2017-01 .. 2020-07


def test_experience_gap_between_roles_is_not_counted() -> None:
    roles = [_role("2015-01", "2017-12"), _role("2018-03", "present")]
    assert experience_months(roles, ["ambulant"], REFERENCE) == 36 + 100


@pytest.mark.parametrize(
    ("role", "domains", "months"),
    [
        (_role("2016", "2016", domains=("onderwijs",)), ["onderwijs"], 12),
        (_role("2016", "2016", domains=("onderwijs",)), ["ambulant"], 0),
        (_role("2014-09", "2015-06", counts=False), ["ambulant"], 0),  # afstudeerstage
        (_role("2016", "2016", domains=("ggz", "crisis")), ["jeugdhulp", "ggz"], 12),
    ],
)
def test_experience_only_counting_roles_in_the_domains(role: dict, domains: list[str],
                                                      months: int) -> None:
    assert experience_months([role], domains, REFERENCE) == months


def test_experience_union_over_domains_counts_a_month_once() -> None:
    roles = [_role("2018-01", "2018-12", domains=("ggz",)),
             _role("2018-07", "2019-06", domains=("jeugdhulp",))]
    assert experience_months(roles, ["ggz", "jeugdhulp"], REFERENCE) == 18
