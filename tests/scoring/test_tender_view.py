"""The tender's reading of extracted facts: field classes, counted trainings, months, the SKJ
number's form. Every fact below is fictitious."""

import pytest

from pipeline.scoring.criteria import by_id
from pipeline.scoring.tender_view import counted_trainings, field_class, tender_view


def _diploma(study_field, minors=()):
    return {"level": "hbo", "study_field": study_field, "minor_fields": list(minors)}


@pytest.mark.parametrize(
    ("diploma", "expected"),
    [
        (_diploma("sph"), "accepted"),
        (_diploma("social_work", ["jeugd"]), "accepted"),  # "uitstroomprofiel Jeugd"
        (_diploma("toegepaste_psychologie", ["jeugd"]), "review"),  # minor: still review
        (_diploma(None, ["jeugd"]), "review"),  # an unknown study with a youth minor
        (_diploma("unrelated", ["pedagogiek"]), "review"),  # comparable at most: a person decides
        (_diploma("unrelated"), "unrelated"),
        (_diploma("pabo"), "review"),
        (_diploma(None), None),
    ],
)
def test_tender_view_field_class(diploma, expected, params):
    assert field_class(diploma, by_id(params, "diploma")) == expected


def test_tender_view_field_class_follows_the_params(params):
    settings = {**by_id(params, "diploma"), "accepted_fields": ["pabo"],
                "review_fields": []}
    assert field_class(_diploma("pabo"), settings) == "accepted"
    assert field_class(_diploma("sph"), settings) == "unrelated"


def _training(name, known_as=None):
    return {"name": name, "evidence": None, "explanation": {}, "known_as": known_as}


def test_tender_view_counted_trainings_follow_the_params():
    certificates = [_training("CGT"), _training("ACT")]
    others = [_training("Triple P niveau 4", "Triple P"), _training("Meldcode-training")]
    counted, rest = counted_trainings(certificates, others, ["ACT", "Triple P"])
    assert [t["name"] for t in counted] == ["ACT", "Triple P"]
    assert [t["name"] for t in rest] == ["CGT", "Meldcode-training"]


def test_tender_view_months_and_skj_number(params):
    record = {
        "status": "ok", "diplomas": [], "certificates": [], "other_trainings": [],
        "roles": [{"start": "2018-03", "end": "present", "ambulant": True, "onderwijs": False,
                   "domains": ["ambulant"], "counts": True}],
        "registrations": {"skj": {"number": "11001234", "expires": "2028-03-31"}},
    }
    view = tender_view(record, params)
    assert view["experience_months"] == {"ambulant": 100, "onderwijs": 0}
    assert view["skj"]["number"] is None and view["skj"]["number_as_written"] == "11001234"
    # the facts stay as the CV said them
    assert record["registrations"]["skj"]["number"] == "11001234"


def test_tender_view_garbled_number_is_a_review_not_a_missing_number(params):
    """The view reports the garbled number as null; K2 must still see it was written."""
    from datetime import date

    from pipeline.scoring.knockouts import registration_knockout

    record = {"status": "ok", "roles": [], "diplomas": [], "certificates": [],
              "other_trainings": [], "registrations": {
                  "skj": {"number": "11003982", "expires": "2028-12-01", "mentioned": True}}}
    view = tender_view(record, params)
    result = registration_knockout({"skj": view["skj"]}, date(2026, 6, 22),
                                   by_id(params, "skj"), None)
    assert result["result"] == "review" and "8 cijfers" in result["reason"]
