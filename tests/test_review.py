"""The analyst's review file: template, validation with line numbers, corrections round trip."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "report"))

import report_records

from pipeline.report import write_report
from pipeline.review import ReviewError, apply_review, init_review, load_review
from pipeline.stages import score


@pytest.fixture()
def batch(tmp_path, params):
    """A scored fictional batch in tmp_path/run, as `cvscreen screen` leaves it."""
    submissions = tmp_path / "submissions.csv"
    submissions.write_text(report_records.submissions_csv(), encoding="utf-8")
    facts = report_records.facts()
    records = score.run(facts, tmp_path / "run", params, submissions)
    return facts, records, submissions


def _ranking(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _template(tmp_path, records, params) -> Path:
    path = init_review(records, tmp_path / "review.yaml", params)
    return path


def test_review_template_lists_every_file_and_changes_nothing(tmp_path, batch, params):
    facts, records, _ = batch
    path = _template(tmp_path, records, params)
    text = path.read_text(encoding="utf-8")
    for record in records:
        assert f"  {record['file']}:" in text
    assert "# voorstel diploma: fail" in text  # the pipeline's proposals, for the analyst
    review = load_review(path, facts, params)
    for record in facts:
        applied = apply_review(record, review)
        assert applied["corrections"] == []
        assert applied["review"]["knockouts"] == {}
        assert applied["review"]["points"] == {}


def test_review_init_refuses_to_overwrite_an_analysts_file(tmp_path, batch, params):
    _, records, _ = batch
    path = _template(tmp_path, records, params)
    with pytest.raises(ReviewError, match="already exists"):
        init_review(records, path, params)


def _entry(body: str) -> str:
    return "candidates:\n  a-ambulant.pdf:\n" + body


BAD_ENTRIES = [
    (
        "candidates:\n  onbekend.pdf:\n    motivation: {points: 5, reviewer: A}\n",
        2,
        "unknown candidate",
    ),
    (_entry("    motivatie: {points: 5}\n"), 3, "unknown field 'motivatie'"),
    (_entry("    motivation: {points: 25, reviewer: A. de Boer}\n"), 3, "outside 0..20"),
    (_entry("    motivation: {points: -1, reviewer: A. de Boer}\n"), 3, "outside 0..20"),
    (_entry("    motivation: {points: veel, reviewer: A. de Boer}\n"), 3, "must be a number"),
    (_entry("    motivation: {points: 12}\n"), 3, "reviewer missing"),
    (
        _entry("    knockouts:\n      skj: {result: afgewezen, reviewer: A, reason: x}\n"),
        4,
        "must be pass, fail or review",
    ),
    (_entry("    knockouts:\n      skj: {result: pass, reason: gezien}\n"), 4, "reviewer missing"),
    (_entry("    knockouts:\n      skj: {result: pass, reviewer: A}\n"), 4, "reason missing"),
    (_entry("    knockouts:\n      big: {result: pass}\n"), 4, "unknown knock-out 'big'"),
    (
        _entry("    corrections:\n      - {field: skj.geldig, value: 1, reviewer: A, reason: x}\n"),
        4,
        "unknown field 'skj.geldig'",
    ),
    (
        _entry(
            "    corrections:\n"
            "      - {field: skj.expires, value: 31-03-2028, reviewer: A, reason: x}\n"
        ),
        4,
        "expected a date",
    ),
    (
        _entry(
            "    corrections:\n"
            "      - {field: 'diplomas[2].completed', value: true, reviewer: A, reason: x}\n"
        ),
        4,
        "diploma 2 does not exist",
    ),
    (
        _entry(
            "    corrections:\n"
            "      - {field: 'diplomas[0].completed', value: true, reviewer: A, reason: x}\n"
        ),
        4,
        "numbered from 1",
    ),
    (
        _entry("    corrections:\n      - {field: pages, value: 2, reviewer: A}\n"),
        4,
        "reason missing",
    ),
    (
        _entry(
            "    corrections:\n"
            "      - {field: experience_months.ambulant, value: -3, reviewer: A, reason: x}\n"
        ),
        4,
        "whole number >= 0",
    ),
    ("candidates:\n  a-ambulant.pdf: {}\n  a-ambulant.pdf: {}\n", 3, "appears twice"),
    ("kandidaten:\n  a-ambulant.pdf: {}\n", 1, "unknown key 'kandidaten'"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD_ENTRIES)
def test_review_bad_entry_stops_with_line_and_reason(tmp_path, params, text, line, message):
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReviewError) as error:
        load_review(path, report_records.facts(), params)
    assert re.search(rf"review\.yaml, line {line}\b", str(error.value))
    assert message in str(error.value)


def test_review_not_yaml_names_the_file(tmp_path, params):
    path = tmp_path / "review.yaml"
    path.write_text("candidates: [\n", encoding="utf-8")
    with pytest.raises(ReviewError, match="not valid YAML"):
        load_review(path, report_records.facts(), params)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("skj.number", "SKJ 1100-12345", "110012345"),
        ("skj.expires", "2028-03-31", "2028-03-31"),
        ("experience_months.onderwijs", 36, 36),
        ("certificates", ["CGT", "ACT"], ["CGT", "ACT"]),
        ("language", "nl", "nl"),
        ("diplomas[1].level", "hbo", "hbo"),
        ("diplomas[1].completed", "nee", False),
        ("motivation.present", "ja", True),
    ],
)
def test_review_correction_values_are_normalised(tmp_path, params, field, value, expected):
    path = tmp_path / "review.yaml"
    path.write_text(
        _entry(
            "    corrections:\n"
            f"      - field: '{field}'\n        value: {json.dumps(value)}\n"
            "        reviewer: A. de Boer\n        reason: gecontroleerd\n"
        ),
        encoding="utf-8",
    )
    facts = report_records.facts()
    applied = apply_review(facts[0], load_review(path, facts, params))
    (correction,) = applied["corrections"]
    assert correction["value"] == expected
    assert correction["line"] == 4


def test_review_round_trip_changes_knockout_ranking_and_shows_who_and_why(tmp_path, batch, params):
    """A correction and a decision in the review file move a candidate into the ranking."""
    facts, records, submissions = batch
    before = {r["file"]: r for r in records}
    assert before["c-review.pdf"]["knockouts"]["diploma"]["result"] == "review"
    assert before["b-mbo.docx"]["knockouts"]["skj"]["result"] == "fail"
    assert before["b-mbo.docx"]["rank"] is None
    assert [row["file"] for row in _ranking(tmp_path / "run" / "ranking.csv")] == [
        "a-ambulant.pdf",
        "c-review.pdf",
    ]

    review_path = _template(tmp_path, records, params)
    text = review_path.read_text(encoding="utf-8")
    # The analyst: Kevin's CV does hold a completed HBO SPH (page 2 was missed) and an SKJ
    # registration; Yara's PABO is judged comparable; motivation points for Marloes.
    text = text.replace(
        "    corrections: []\n  c-review.pdf:",
        "    corrections:\n"
        "      - field: diplomas.add\n"
        "        value: {name: SPH, level: hbo, completed: true, field_class: accepted}\n"
        "        reviewer: A. de Boer\n"
        "        reason: getuigschrift SPH 2019 op pagina 2 van de bijlage\n"
        "      - {field: skj.number, value: '1100-55555', reviewer: A. de Boer,"
        " reason: nummer in bijlage}\n"
        "      - {field: skj.expires, value: 2029-05-31, reviewer: A. de Boer,"
        " reason: registratiebewijs}\n"
        "      - {field: experience_months.ambulant, value: 30, reviewer: A. de Boer,"
        " reason: leefgroep met ambulante nazorg}\n"
        "  c-review.pdf:",
    )
    lines = text.splitlines()
    start = lines.index("  c-review.pdf:")
    diploma = next(i for i in range(start, len(lines)) if "      diploma:" in lines[i])
    lines[diploma] = (
        "      diploma: {result: pass, reviewer: B. Visser, reason: PABO vergelijkbaar geacht}"
    )
    start = lines.index("  a-ambulant.pdf:")
    motivation = next(i for i in range(start, len(lines)) if "motivation:" in lines[i])
    lines[motivation] = "    motivation: {points: 18, reviewer: B. Visser, reason: sterk}"
    review_path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    review = load_review(review_path, facts, params)
    after = {
        r["file"]: r for r in score.run(facts, tmp_path / "run2", params, submissions, review_path)
    }
    assert review.entries["b-mbo.docx"].corrections[0].reviewer == "A. de Boer"

    kevin = after["b-mbo.docx"]
    assert kevin["knockouts"]["diploma"]["result"] == "pass"
    assert kevin["knockouts"]["skj"]["result"] == "pass"
    assert kevin["rank"] is not None
    assert {c["field"] for c in kevin["corrections"]} >= {"diplomas.add", "skj.number"}
    number = next(c for c in kevin["corrections"] if c["field"] == "skj.number")
    assert (number["original"], number["value"], number["reviewer"]) == (
        None,
        "110055555",
        "A. de Boer",
    )
    yara = after["c-review.pdf"]["knockouts"]["diploma"]
    assert (yara["result"], yara["reviewer"], yara["confirmed"]) == ("pass", "B. Visser", True)
    assert yara["proposal"]["result"] == "review"
    assert after["a-ambulant.pdf"]["points"]["motivation"] == 18.0
    assert after["a-ambulant.pdf"]["points"]["motivation_provisional"] is False

    ranking = _ranking(tmp_path / "run2" / "ranking.csv")
    assert [row["file"] for row in ranking] == ["a-ambulant.pdf", "c-review.pdf", "b-mbo.docx"]
    # Still provisional: Yara's and Kevin's motivation points are not judged yet.
    assert {row["shortlist_provisional"] for row in ranking} == {"ja"}
    written = [json.loads(line) for line in (tmp_path / "run2" / "candidates.jsonl").open()]
    kevin_written = next(r for r in written if r["file"] == "b-mbo.docx")
    assert kevin_written["corrections"] == kevin["corrections"]

    index = write_report(
        tmp_path / "run2", list(after.values()), report_records.documents(), params
    )
    page = (index.parent / "candidates" / "b-mbo.docx.html").read_text(encoding="utf-8")
    assert "getuigschrift SPH 2019 op pagina 2 van de bijlage" in page
    assert "A. de Boer" in page
    assert "110055555" in page
    yara_page = (index.parent / "candidates" / "c-review.pdf.html").read_text(encoding="utf-8")
    assert "Besluit B. Visser" in yara_page and "PABO vergelijkbaar geacht" in yara_page


def test_review_motivation_points_take_a_dutch_decimal_comma(tmp_path, params):
    path = tmp_path / "review.yaml"
    path.write_text(_entry("    motivation: {points: '12,5', reviewer: A. de Boer}\n"), "utf-8")
    facts = report_records.facts()
    applied = apply_review(facts[0], load_review(path, facts, params))
    assert applied["review"]["points"]["motivation"]["points"] == 12.5
    assert applied["review"]["points"]["motivation"]["reviewer"] == "A. de Boer"
