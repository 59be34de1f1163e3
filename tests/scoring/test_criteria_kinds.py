"""Each kind of criterion as params declare it: analyst-decided knock-outs and points, a minimum
of experience, a registration in any of several registers or valid at the assignment's start,
the language share, and ties left to the analyst. Every record below is fictitious."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
import yaml

from pipeline.scoring import rank_candidates, score_candidate
from pipeline.scoring.criteria import by_id
from pipeline.scoring.knockouts import experience_knockout, registration_knockout
from pipeline.scoring.requirements import language_requirement
from pipeline.submissions import Submission

EXPECTED = Path(__file__).resolve().parents[1] / "fixtures" / "tenders" / "expected"


@pytest.fixture(scope="module")
def tender_32318(params) -> dict:
    """Params of 32318: a knock-out (rijbewijs) and a criterion (sociale kaart) no rule reads."""
    drafted = yaml.safe_load((EXPECTED / "32318-jeugdconsulent-toegang.yaml").read_text("utf-8"))
    return {**copy.deepcopy(params), **drafted}


def _record(file: str, review: dict | None = None) -> dict:
    record = {
        "file": file, "status": "ok", "pages": 2, "language": "nl", "language_share": 0.9,
        "diplomas": [{"level": "hbo", "name": "Social Work", "institution": None,
                      "completed": True, "end_year": 2012, "field_class": "accepted",
                      "foreign": False}],
        "skj": {"number": "110012345", "expires": "2029-01-31", "mentioned": True},
        "experience_months": {"jeugdteam": 60, "jeugdbescherming": 30},
        "certificates": [], "references": [{"name": "a"}, {"name": "b"}],
        "motivation": {"present": True, "words": 120}, "zzp_signal": False, "roles": [],
    }
    if review:
        record["review"] = review
    return record


def test_criteria_analyst_knockout_and_points_wait_for_a_person(tender_32318) -> None:
    scored = score_candidate(_record("a.pdf"), Submission("a.pdf", "", "payroll", 80.0),
                             tender_32318)
    licence = scored["knockouts"]["k3"]
    assert (licence["result"], licence["confirmed"]) == ("review", False)
    assert licence["reason"] == "Te beoordelen door een analist: In het bezit van een geldig " \
                                "rijbewijs B"
    points = scored["points"]
    assert (points["s7"], points["s7_provisional"]) == (0.0, True)
    assert "kennis van de sociale kaart van de regio hoogmeer voorlopig" in scored["flags"]
    assert points["total"] == 40 + 12.5 + 0 + 10  # 60/60 wijkteam, 30/60 jeugdbescherming


def test_criteria_analyst_points_and_decisions_from_the_review(tender_32318) -> None:
    review = {"knockouts": {"k3": {"result": "pass", "reviewer": "A. Analist",
                                   "reason": "rijbewijs gezien"}},
              "points": {"s7": {"points": 12, "reviewer": "A. Analist", "reason": "goed"},
                         "motivation": {"points": 15, "reviewer": "A. Analist"}}}
    scored = score_candidate(_record("a.pdf", review), Submission("a.pdf", "", "payroll", 80.0),
                             tender_32318)
    assert scored["knockouts"]["k3"]["result"] == "pass"
    assert (scored["points"]["s7"], scored["points"]["s7_provisional"]) == (12.0, False)
    assert scored["points_detail"]["s7"]["reason"] == \
        "Kennis van de sociale kaart van de regio Hoogmeer beoordeeld door A. Analist: 12.0"
    assert scored["points"]["total"] == 40 + 12.5 + 12 + 15


def test_criteria_open_analyst_points_keep_the_shortlist_provisional(tender_32318) -> None:
    """The highest total an open analyst criterion still allows counts for the shortlist."""
    settings = {**tender_32318, "ranking": {**tender_32318["ranking"], "shortlist_size": 1}}
    decided = {"knockouts": {"k3": {"result": "pass", "reviewer": "A", "reason": "gezien"}},
               "points": {"s7": {"points": 0, "reviewer": "A"},
                          "motivation": {"points": 20, "reviewer": "A"}}}
    first = score_candidate(_record("a.pdf", decided), Submission("a.pdf", "", "payroll", 80.0),
                            settings)
    second = _record("b.pdf", {"knockouts": decided["knockouts"]})
    second["experience_months"] = {"jeugdteam": 60, "jeugdbescherming": 0}
    second = score_candidate(second, Submission("b.pdf", "", "payroll", 80.0), settings)
    rank_candidates([first, second], settings)
    # 72.5 decided against 40 + 0 + (0..15) + (0..20): the open points could still pass it
    assert first["shortlisted"] and second["behind_shortlist"]
    assert first["shortlist_provisional"]


@pytest.mark.parametrize(("months", "result"), [(24, "pass"), (40, "pass"), (23, "review"),
                                                (0, "review"), (None, "review")])
def test_criteria_minimum_experience_is_never_a_fail(months, result) -> None:
    criterion = {"code": "K3", "id": "ggz", "label": "GGZ", "kind": "experience",
                 "domains": ["ggz", "jeugdhulp"], "min_months": 24}
    assert experience_knockout(months, criterion)["result"] == result


REGISTRATION = {"code": "K2", "id": "registration", "label": "Registratie", "kind": "registration",
                "registers": ["big", "nip", "nvo"], "number_digits": None,
                "require_number": True, "require_expiry": False, "valid_on": "reference_date",
                "warn_if_expires_before": None, "absence_needs_ocr_confidence": 85}


@pytest.mark.parametrize(
    ("registrations", "result", "reason"),
    [
        ({"nvo": {"number": "51234", "mentioned": True}}, "pass", "NVO-nummer 51234"),
        ({"big": {"number": None, "mentioned": True, "applied_only": True},
          "nip": {"number": "23456", "mentioned": True}}, "pass", "NIP-nummer 23456"),
        ({}, "fail", "Geen registratie vermeld in het cv (BIG, NIP of NVO)"),
        ({"nip": {"number": None, "mentioned": True}}, "fail",
         "NIP-registratie zonder registratienummer (nummer is vereist)"),
        ({"big": {"number": None, "mentioned": True, "ambiguous": "twee nummers"}}, "review",
         "BIG-gegevens onduidelijk: twee nummers"),
    ],
)
def test_criteria_registration_in_any_of_its_registers(registrations, result, reason) -> None:
    found = registration_knockout(registrations, date(2026, 11, 16), REGISTRATION, None)
    assert (found["result"], found["reason"]) == (result, reason)


def test_criteria_registration_valid_on_the_assignment_start(params) -> None:
    tender = copy.deepcopy(params)
    by_id(tender, "skj")["valid_on"] = "assignment_start"  # 2026-09-01
    record = _record("a.pdf")
    record["skj"] = {"number": "110012345", "expires": "2026-08-31", "mentioned": True}
    at_start = score_candidate(record, None, tender)["knockouts"]["skj"]
    at_closing = score_candidate(record, None, params)["knockouts"]["skj"]
    assert at_start["result"] == "fail" and "(peildatum 2026-09-01)" in at_start["reason"]
    assert at_closing["result"] == "pass"


@pytest.mark.parametrize(
    ("language", "share", "result"),
    [("nl", 0.9, "pass"), ("nl", 0.45, "review"), ("en", 0.8, "fail"), (None, None, "review")],
)
def test_criteria_language_requirement_uses_its_share(language, share, result) -> None:
    settings = {"language": "nl", "min_share": 0.5}
    assert language_requirement(language, share, settings)["result"] == result


def test_criteria_ties_left_to_the_analyst_are_not_broken_by_rate(params) -> None:
    tender = copy.deepcopy(params)
    tender["ranking"]["tie_break"] = "analyst"
    cheap = score_candidate(_record("b.pdf"), Submission("b.pdf", "", "payroll", 60.0), tender)
    dear = score_candidate(_record("a.pdf"), Submission("a.pdf", "", "payroll", 90.0), tender)
    rank_candidates([cheap, dear], tender)
    assert (dear["rank"], cheap["rank"]) == (1, 2)  # by file name: the analyst orders them
    assert "gelijke stand: zelfde punten, de analist bepaalt de volgorde" in cheap["flags"]
