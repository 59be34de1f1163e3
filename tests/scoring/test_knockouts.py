"""K1-K3 of tender 30175 as the spec states them; every fail must stand on clear evidence."""

from datetime import date

import pytest

from pipeline.scoring.criteria import by_id
from pipeline.scoring.knockouts import (
    diploma_knockout,
    execution_knockout,
    registration_knockout,
)

REFERENCE = date(2026, 6, 22)


def diploma(level, field_class, completed=True, foreign=False, name="Opleiding",
            entry="section opleiding"):
    return {"level": level, "name": name, "institution": None, "completed": completed,
            "end_year": 2014, "field_class": field_class, "foreign": foreign,
            "explanation": {"entry": {"rule": entry, "terms": []}}}


@pytest.mark.parametrize(
    ("diplomas", "expected"),
    [
        ([diploma("hbo", "accepted")], "pass"),
        ([diploma("wo", "accepted")], "pass"),
        ([diploma("mbo", "accepted"), diploma("hbo", "accepted")], "pass"),
        ([diploma("mbo", "accepted"), diploma("vmbo", None)], "fail"),
        ([diploma("hbo", "unrelated")], "fail"),
        ([diploma("hbo", "accepted", completed=False)], "fail"),
        ([diploma("hbo", "accepted", completed=None)], "review"),
        ([diploma("wo", "review")], "review"),
        ([diploma("hbo", "accepted", foreign=True)], "review"),
        ([diploma("hbo", None)], "review"),
        ([diploma(None, "accepted")], "review"),
        ([], "review"),
        ([diploma("hbo", "review", completed=False), diploma("mbo", "accepted")], "fail"),
        # not completed: its unknown level or field raises no doubt ("afstuderen verwacht 2027")
        ([diploma(None, "accepted", completed=False), diploma("mbo", None)], "fail"),
        ([diploma("hbo", None, completed=False)], "fail"),
        # an associate degree (level unread, field unknown) is for a person to judge
        ([diploma(None, None), diploma("havo", None)], "review"),
        # no education section: the strict reading of loose lines proves no absence
        ([diploma("havo", None, entry="whole text")], "review"),
        ([diploma("mbo", "accepted", entry="whole text")], "review"),
        ([diploma("hbo", "accepted", entry="whole text")], "pass"),
        ([diploma("hbo", "accepted", completed=False, entry="whole text")], "review"),
    ],
)
def test_knockouts_diploma(diplomas, expected, params):
    assert diploma_knockout(diplomas, by_id(params, "diploma"))["result"] == expected


def skj(number=None, expires=None, **extra):
    return {"number": number, "expires": expires, "mentioned": bool(number or expires), **extra}


@pytest.mark.parametrize(
    ("registration", "ocr", "expected"),
    [
        (skj("110012345", "2028-03-31"), None, "pass"),
        (skj("110012345", "2026-06-22"), None, "pass"),
        (skj("110012345", "2026-06-21"), None, "fail"),
        (skj("110012345", None), None, "fail"),
        (skj(None, "2028-03-31"), None, "fail"),
        (skj(), None, "fail"),
        (skj(), 60.0, "review"),
        (skj(), 95.0, "fail"),
        (skj("110012345", None), 70.0, "review"),  # a scan may have lost the expiry
        (skj("110012345", None), 95.0, "fail"),
        (skj(None, "2028-03-31"), 70.0, "review"),
        (skj("110012345", "2026-01-31"), 70.0, "fail"),  # read and expired: no doubt
        (skj(None, None, mentioned=True, ambiguous="twee nummers"), None, "review"),
        (skj(None, None, mentioned=True, applied_only=True), None, "fail"),
        (skj("11001234", "2028-03-31"), None, "review"),  # 8 digits: garbled (spec K2)
        (skj("1100123456", None), None, "review"),  # 10 digits, no expiry: still no fail
        (skj("110012345", None, ambiguous="afloopdatum alleen als jaar"), None, "review"),
        # "herregistratie op 01-03-2024": a renewal that took place, not the expiry
        (skj("110012345", "2024-03-01", expiry_is_renewal=True), None, "review"),
        (skj("110012345", "2029-03-01", expiry_is_renewal=True), None, "pass"),
    ],
)
def test_knockouts_skj(registration, ocr, expected, params):
    result = registration_knockout({"skj": registration}, REFERENCE, by_id(params, "skj"), ocr)
    assert result["result"] == expected


def test_knockouts_skj_warns_when_expiring_during_assignment(params):
    result = registration_knockout({"skj": skj("110012345", "2027-02-28")}, REFERENCE,
                                   by_id(params, "skj"), None)
    assert result["result"] == "pass"
    assert result["warnings"] and "2027-02-28" in result["warnings"][0]


@pytest.mark.parametrize(
    ("employment", "signal", "expected"),
    [("loondienst", False, "pass"), ("detachering", True, "pass"), ("payroll", False, "pass"),
     ("zzp", False, "fail"), (None, False, "review"), ("uitzendbureau", False, "review")],
)
def test_knockouts_execution_condition(employment, signal, expected, params):
    result = execution_knockout(employment, signal, by_id(params, "execution_condition"))
    assert result["result"] == expected
    assert bool(result["warnings"]) == signal
