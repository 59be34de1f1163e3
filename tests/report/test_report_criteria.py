"""The report follows the tender's criteria: its columns, registrations and role domains come
from params, and a criterion only an analyst can score (tender 32318's "sociale kaart") is
decided on the candidate page, exported and read back like the motivation."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import report_records
import yaml
from test_report_decisions import _by, _knockout, _open, _type, _wait_for

from pipeline.params import load_params
from pipeline.report import write_report
from pipeline.review import load_review
from pipeline.stages import score

REPO = Path(__file__).resolve().parents[2]
TENDER_32107 = REPO / "params" / "tender-32107-gedragswetenschapper-jeugd-en-gezinsteam.yaml"
TENDER_32318 = (REPO / "tests" / "fixtures" / "tenders" / "expected"
                / "32318-jeugdconsulent-toegang.yaml")


def _run(tmp_path: Path, params: dict) -> tuple[Path, list[dict]]:
    submissions = tmp_path / "submissions.csv"
    submissions.write_text(report_records.submissions_csv(), encoding="utf-8")
    records = score.run(report_records.facts(), tmp_path / "run", params, submissions)
    write_report(tmp_path / "run", records, report_records.documents(), params)
    return tmp_path / "run", records


@pytest.fixture(scope="module")
def tender_32318(params) -> dict:
    drafted = yaml.safe_load(TENDER_32318.read_text(encoding="utf-8"))
    return {**copy.deepcopy(params), **drafted}


def test_report_criteria_of_another_tender(tmp_path) -> None:
    run, _ = _run(tmp_path, load_params(TENDER_32107))
    overview = (run / "report" / "index.html").read_text(encoding="utf-8")
    for header in ("K2 BIG/NIP/NVO", "K3 Jeugdhulp/GGZ", "S5 GGZ", "S6 Wijkteam"):
        assert f">{header}</th>" in overview
    assert "K2 SKJ" not in overview and "S4 Ambulant" not in overview
    page = (run / "report" / "candidates" / "a-ambulant.pdf.html").read_text(encoding="utf-8")
    for register in ("BIG", "NIP", "NVO"):
        assert f"<h3>{register}-registratie</h3>" in page
    assert "<h3>SKJ-registratie</h3>" not in page  # the tender does not ask SKJ
    assert "<th>Jeugdhulp</th><th>(jeugd-)GGZ</th><th>Wijk- of jeugdteam (toegang)</th>" in page


def test_report_criteria_scored_by_the_analyst_are_decided_on_the_page(
        tmp_path, tender_32318, browser) -> None:
    run, records = _run(tmp_path, tender_32318)
    file = "a-ambulant.pdf"
    _open(browser, run, file)
    _type(browser.find_element(*_by("#reviewer-name")), "A. de Boer")
    browser.find_element(*_by("#reviewer-save")).click()
    row = browser.find_element(*_by('tr.decide-row[data-points="s7"]'))
    assert row.get_attribute("data-open") == "1"
    _type(row.find_element(*_by(".pts-value")), "16")  # more than its maximum of 15
    _type(row.find_element(*_by(".pts-reason")), "kent de regio")
    row.find_element(*_by(".pts-save")).click()
    assert "een getal van 0 tot 15" in browser.find_element(*_by("#decide-msg")).text
    _type(row.find_element(*_by(".pts-value")), "12,5")
    row.find_element(*_by(".pts-save")).click()
    assert row.get_attribute("data-open") == "0"
    _knockout(browser, "k3", "pass", "rijbewijs B gezien")
    _open(browser, run)
    browser.find_element(*_by("#export")).click()
    exported = _wait_for(browser.download_dir / "review.yaml")
    entry = load_review(exported, records, tender_32318).entries[file]
    exported.unlink()
    assert entry.points["s7"] == {"points": 12.5, "reviewer": "A. de Boer",
                                  "reason": "kent de regio"}
    assert entry.knockouts["k3"]["result"] == "pass"
