"""Submissions rows that repeat a file or carry impossible values are flagged per row and never
decide a knock-out or the tie-break; odd exports are read or refused with a clear reason."""

from __future__ import annotations

import json
import unicodedata

import pytest

from pipeline.stages import score
from pipeline.submissions import SubmissionsError, read_submissions, submission_for


def _fact(file: str) -> dict:
    """A facts record of an eligible CV: every knock-out but K3 passes."""
    return {
        "file": file, "status": "ok", "status_detail": "", "pages": 2,
        "pages_estimated": False, "language": "nl", "language_share": 0.98, "ocr": None,
        "diplomas": [{"name": "HBO Pedagogiek", "level": "hbo", "study_field": "pedagogiek",
                      "completed": True, "foreign": False, "evidence": None}],
        "registrations": {"skj": {"number": "110077712", "expires": "2029-04-30",
                                  "mentioned": True, "evidence": []}},
        "roles": [], "experience_months": {"ambulant": 24, "onderwijs": 24},
        "certificates": [], "references": [], "motivation": {"present": False, "words": 0},
        "zzp_signal": False, "reader_warnings": [],
    }


def _score(tmp_path, params, csv_text: str, files: list[str]) -> dict[str, dict]:
    path = tmp_path / "submissions.csv"
    path.write_text(csv_text, encoding="utf-8")
    records = score.run([_fact(f) for f in files], tmp_path / "run", params, path)
    return {record["file"]: record for record in records}


def test_hostile_conflicting_rows_make_k3_a_review_with_the_reason(tmp_path, params):
    records = _score(tmp_path, params, "file,employment,hourly_rate\n"
                     "a.pdf,detachering,80\na.pdf,zzp,80\nb.pdf,payroll,85\nb.pdf,payroll,85\n",
                     ["a.pdf", "b.pdf"])
    k3 = records["a.pdf"]["knockouts"]["execution_condition"]
    assert k3["result"] == "review"
    assert k3["reason"] == "Tegenstrijdige regels in submissions.csv: detachering, zzp"
    assert any("2 regels" in flag for flag in records["a.pdf"]["flags"])
    assert records["b.pdf"]["knockouts"]["execution_condition"]["result"] == "pass"
    assert any("2 regels" in flag for flag in records["b.pdf"]["flags"])  # flagged, agreed


@pytest.mark.parametrize("rate", ["-50", "NaN", "Infinity", "-Infinity", "1e308", "0"])
def test_hostile_impossible_rates_never_win_the_tie_break(tmp_path, params, rate):
    records = _score(tmp_path, params, "file,employment,hourly_rate\n"
                     f"laag.pdf,payroll,{rate}\nnormaal.pdf,payroll,90\n",
                     ["laag.pdf", "normaal.pdf"])
    odd, normal = records["laag.pdf"], records["normaal.pdf"]
    assert odd["points"]["total"] == normal["points"]["total"]  # a tie: the rate decides
    assert odd["hourly_rate"] is None and normal["rank"] == 1 and odd["rank"] == 2
    assert any("onmogelijk uurtarief" in flag for flag in odd["flags"])
    text = (tmp_path / "run" / "candidates.jsonl").read_text(encoding="utf-8")
    for line in text.splitlines():  # strict JSON: no bare NaN or Infinity
        json.loads(line, parse_constant=lambda name: pytest.fail(f"bare {name}"))
    assert "9" * 30 not in (tmp_path / "run" / "ranking.csv").read_text(encoding="utf-8")


def test_hostile_nfd_names_match_nfc_files(tmp_path):
    path = tmp_path / "submissions.csv"
    nfd = unicodedata.normalize("NFD", "cv-Zoë Brontë.pdf")
    path.write_text(f"file,employment\n{nfd},payroll\n", encoding="utf-8")
    rows = read_submissions(path)
    assert submission_for(rows, unicodedata.normalize("NFC", "cv-Zoë Brontë.pdf")) is not None


def test_hostile_utf16_be_without_bom_is_read(tmp_path):
    path = tmp_path / "submissions.csv"
    path.write_bytes("file;employment;hourly_rate\ncv-é.pdf;detachering;87,50\n"
                     .encode("utf-16-be"))
    assert read_submissions(path)["cv-é.pdf"].hourly_rate == 87.5


def test_hostile_oversized_field_is_flagged_not_fatal(tmp_path):
    path = tmp_path / "submissions.csv"
    path.write_text("file,supplier,employment\n"
                    f"a.pdf,{'X' * 300_000},payroll\nb.pdf,Bureau,zzp\n", encoding="utf-8")
    rows = read_submissions(path)
    assert rows["a.pdf"].supplier is None and rows["a.pdf"].employment == "payroll"
    assert rows["a.pdf"].problems == ["regel 2: veld 'supplier' langer dan 1000 tekens, genegeerd"]
    assert rows["b.pdf"].employment == "zzp"


def test_hostile_submissions_folder_or_huge_file_is_a_clear_error(tmp_path):
    folder = tmp_path / "submissions.csv"
    folder.mkdir()
    with pytest.raises(SubmissionsError, match="is a folder"):
        read_submissions(folder)
    big = tmp_path / "groot.csv"
    big.write_text("file\n" + "a.pdf\n" * 400_000, encoding="utf-8")
    with pytest.raises(SubmissionsError, match="larger than 1 MB"):
        read_submissions(big, {"csv_max_mb": 1})
