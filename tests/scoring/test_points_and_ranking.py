"""Points arithmetic, the shown computation, and the hourly-rate tie-break."""

import pytest

from pipeline.scoring import rank_candidates, score_candidate
from pipeline.scoring.criteria import by_id
from pipeline.scoring.points import certificate_points, experience_points
from pipeline.submissions import Submission, parse_rate


@pytest.mark.parametrize(
    ("months", "expected"),
    [(0, 0.0), (30, 20.0), (59, 39.33), (60, 40.0), (82, 40.0), (None, 0.0)],
)
def test_points_ambulant_formula(months, expected, params):
    result = experience_points(months, by_id(params, "ambulant"))
    assert result["points"] == expected


def test_points_reason_shows_the_computation(params):
    reason = experience_points(82, by_id(params, "ambulant"))["reason"]
    assert reason == "82 maanden ambulante begeleiding: 40 x min(82/60, 1) = 40.0"


@pytest.mark.parametrize(
    ("names", "expected"),
    [([], 0.0), (["CGT"], 5.0), (["CGT", "CGT"], 5.0), (["CGT", "ACT"], 10.0),
     (["CGT", "ACT", "COMET"], 10.0), (["Triple P"], 0.0)],
)
def test_points_certificates_capped(names, expected, params):
    certificates = [{"name": name} for name in names]
    assert certificate_points(certificates, by_id(params, "certificates"))["points"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("87,50", 87.5), ("87.50", 87.5), ("€ 1.087,50", 1087.5), ("", None), ("n.v.t.", None)],
)
def test_submissions_parse_rate(text, expected):
    assert parse_rate(text) == expected


def record(file, ambulant=60, onderwijs=60, status="ok", diploma_class="accepted"):
    return {
        "file": file, "status": status, "pages": 2, "language": "nl", "language_share": 0.9,
        "diplomas": [{"level": "hbo", "name": "Pedagogiek", "institution": None,
                      "completed": True, "end_year": 2012, "field_class": diploma_class,
                      "foreign": False}],
        "skj": {"number": "110012345", "expires": "2029-01-31", "mentioned": True},
        "experience_months": {"ambulant": ambulant, "onderwijs": onderwijs},
        "certificates": [], "references": [{"name": "a"}, {"name": "b"}],
        "motivation": {"present": True, "words": 120}, "zzp_signal": False, "roles": [],
    }


def test_ranking_tie_broken_by_lower_rate(params):
    submissions = {
        "a.pdf": Submission("a.pdf", "X", "detachering", 90.0),
        "b.pdf": Submission("b.pdf", "X", "detachering", 80.0),
        "c.pdf": Submission("c.pdf", "X", "detachering", None),
        "d.pdf": Submission("d.pdf", "X", "zzp", 50.0),
    }
    records = [score_candidate(record(f), submissions[f], params) for f in sorted(submissions)]
    rank_candidates(records, params)
    ranks = {r["file"]: r["rank"] for r in records}
    assert ranks == {"b.pdf": 1, "a.pdf": 2, "c.pdf": 3, "d.pdf": None}
    assert all("gelijke stand" not in " ".join(r["flags"]) for r in records)


def test_ranking_orders_by_total_and_shortlists(params):
    settings = {**params, "ranking": {**params["ranking"], "shortlist_size": 1}}
    low = score_candidate(record("low.pdf", ambulant=12), Submission("low.pdf", "", "payroll", 1.0),
                          settings)
    high = score_candidate(record("high.pdf"), Submission("high.pdf", "", "payroll", 99.0),
                           settings)
    unread = score_candidate(record("scan.pdf", status="needs_ocr"), None, settings)
    rank_candidates([low, high, unread], settings)
    assert (high["rank"], low["rank"], unread["rank"]) == (1, 2, None)
    assert high["shortlisted"] and not low["shortlisted"]
    assert high["points"]["total"] == 40 + 30 + 0 + 10
    assert high["shortlist_provisional"]  # motivation is not reviewed yet


def test_ranking_review_knockout_is_ranked_but_flagged(params):
    scored = score_candidate(record("r.pdf", diploma_class="review"),
                             Submission("r.pdf", "", "payroll", 80.0), params)
    rank_candidates([scored], params)
    assert scored["knockouts"]["diploma"]["result"] == "review"
    assert scored["rank"] == 1
    assert "knock-out K1 Diploma: review" in scored["flags"]


def test_score_analyst_decision_overrules_and_keeps_proposal(params):
    reviewed = record("r.pdf", diploma_class="review")
    reviewed["review"] = {"knockouts": {"diploma": {"result": "fail", "reviewer": "A. Analist",
                                                    "reason": "geen pedagogische richting"}},
                          "points": {"motivation": {"points": 17, "reviewer": "A. Analist"}}}
    scored = score_candidate(reviewed, Submission("r.pdf", "", "payroll", 80.0), params)
    diploma = scored["knockouts"]["diploma"]
    assert (diploma["result"], diploma["confirmed"], diploma["reviewer"]) == (
        "fail", True, "A. Analist")
    assert diploma["proposal"]["result"] == "review"
    assert scored["points"]["motivation"] == 17.0
    assert scored["points"]["motivation_provisional"] is False


def _scored(file, ambulant, params, motivation=None, diploma_class="accepted"):
    """A scored record; `motivation` given is an analyst's score (decided), else provisional."""
    facts = record(file, ambulant=ambulant, diploma_class=diploma_class)
    if motivation is not None:
        facts["review"] = {"points": {"motivation": {"points": motivation,
                                                     "reviewer": "A. Analist"}}}
    return score_candidate(facts, Submission(file, "", "payroll", 80.0), params)


@pytest.mark.parametrize(
    ("outside_ambulant", "outside_behind"),
    [
        (45, True),  # 30 + 30 + 0 + (0..20) can reach the shortlist's 80
        (6, False),  # 4 + 30 + 0 + 20 = 54 can never reach 80
    ],
)
def test_ranking_shortlist_is_final_once_no_open_decision_can_change_it(
    params, outside_ambulant, outside_behind
):
    settings = {**params, "ranking": {**params["ranking"], "shortlist_size": 1}}
    decided = _scored("in.pdf", 60, settings, motivation=10)  # 40 + 30 + 0 + 10 = 80
    outside = _scored("out.pdf", outside_ambulant, settings)  # its motivation still open
    rank_candidates([decided, outside], settings)
    assert decided["shortlisted"] and not outside["shortlisted"]
    assert decided["behind_shortlist"] and outside["behind_shortlist"] is outside_behind
    assert decided["shortlist_provisional"] is outside_behind


def test_ranking_next_in_rank_is_behind_a_shortlisted_open_knockout(params):
    settings = {**params, "ranking": {**params["ranking"], "shortlist_size": 1}}
    doubtful = _scored("in.pdf", 60, settings, motivation=10, diploma_class="review")
    next_in = _scored("next.pdf", 0, settings)  # 0 + 30 + 0 + (0..20): enters only if `in` drops
    rank_candidates([doubtful, next_in], settings)
    assert doubtful["shortlisted"] and doubtful["shortlist_provisional"]
    assert next_in["behind_shortlist"]
