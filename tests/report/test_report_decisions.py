"""Deciding in the report, end to end in Chromium: an analyst decides on the candidate pages,
exports review.yaml from the overview, screens again with it, and the outputs and the audit log
show exactly those decisions; the exported file reads back into a fresh browser."""

from __future__ import annotations

import csv
import json
import shutil
import time
from pathlib import Path

import pytest
import yaml

from pipeline.document import Document
from pipeline.report import write_report
from pipeline.review import load_review
from pipeline.screen import screen

REVIEWER = "A. de Boer"
# Decisions made one by one below: file -> what the outputs must show afterwards.
LOTTE, MEHMET, THOMAS, DAAN = (
    "06-lotte-vermeulen.txt",
    "02-mehmet-yilmaz.pdf",
    "09-thomas-hendriks.pdf",
    "07-daan-smit.pdf",
)
ACT_WORDS = "ACT (Acceptance and Commitment Therapy) – training start september 2026"
# Selects `words` in the CV text as a mouse would, across highlight marks but not their labels.
SELECT_WORDS = """
const words = arguments[0], nodes = [];
const walker = document.createTreeWalker(document.getElementById('cv'), NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  if (!walker.currentNode.parentElement.closest('.evtag, h2, .pno')) nodes.push(walker.currentNode);
}
const text = nodes.map(n => n.data).join('');
const start = text.indexOf(words), end = start + words.length;
if (start < 0) return false;
const range = document.createRange();
let offset = 0;
for (const node of nodes) {
  const next = offset + node.data.length;
  if (start >= offset && start <= next) range.setStart(node, start - offset);
  if (end >= offset && end <= next) { range.setEnd(node, end - offset); break; }
  offset = next;
}
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
return selection.toString().length > 0;
"""


def _by(css: str):
    from selenium.webdriver.common.by import By

    return By.CSS_SELECTOR, css


def _open(browser, run: Path, file: str | None = None) -> None:
    page = run / "report" / ("index.html" if file is None else f"candidates/{file}.html")
    browser.get(page.as_uri())


def _type(field, text: str) -> None:
    field.clear()
    field.send_keys(text)


def _knockout(browser, name: str, choice: str, reason: str) -> None:
    from selenium.webdriver.support.ui import Select

    row = browser.find_element(*_by(f'tr.decide-row[data-ko="{name}"]'))
    Select(row.find_element(*_by(".ko-choice"))).select_by_value(choice)
    _type(row.find_element(*_by(".ko-reason")), reason)
    row.find_element(*_by(".ko-save")).click()
    assert row.find_element(*_by(".decision-status")).text.startswith("besloten:")


def _motivation(browser, points: str, reason: str) -> None:
    _type(browser.find_element(*_by("#motivation-points")), points)
    _type(browser.find_element(*_by("#motivation-reason")), reason)
    browser.find_element(*_by("#motivation-save")).click()
    status = browser.find_element(*_by("#decide-motivation .decision-status")).text
    assert status.startswith("besloten:"), browser.find_element(*_by("#decide-msg")).text


def _correct(browser, field: str, reason: str, value: str | None = None) -> None:
    """Correct `field` from its ✎ button; type `value`, or take over the selected words."""
    from selenium.webdriver.support.ui import Select

    fix = browser.find_elements(*_by(f'button.fix[data-field="{field}"]'))
    if fix:
        fix[0].click()
    else:
        Select(browser.find_element(*_by("#cor-field"))).select_by_value(field)
    if value is None:
        browser.find_element(*_by("#cor-pick")).click()
    else:
        _type(browser.find_element(*_by("#cor-input")), value)
    _type(browser.find_element(*_by("#cor-reason")), reason)
    browser.find_element(*_by("#cor-save")).click()
    assert "correctie vastgelegd" in browser.find_element(*_by("#decide-msg")).text


def _page_data(browser) -> dict:
    return browser.execute_script(
        "return JSON.parse(document.getElementById('cvscreen-data').textContent)"
    )


def _decide_the_rest(browser, run: Path) -> int:
    """Confirm every knock-out the page shows open and score every open motivation 10."""
    _open(browser, run)
    files = [c["file"] for c in _page_data(browser)["candidates"]]
    made = 0
    for file in files:
        _open(browser, run, file)
        for row in browser.find_elements(*_by('tr.decide-row[data-ko][data-open="1"]')):
            _knockout(browser, row.get_attribute("data-ko"), "confirm",
                      "voorstel gecontroleerd en juist")
            made += 1
        if browser.find_elements(*_by('#decide-motivation[data-open="1"]')):
            _motivation(browser, "10", "motivatie passend, niet onderscheidend")
            made += 1
    return made


def _wait_for(path: Path, seconds: float = 20) -> Path:
    deadline = time.monotonic() + seconds
    while not (path.is_file() and path.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert path.is_file(), f"no download at {path}"
    return path


def _text(browser, selector: str, done, seconds: float = 20) -> str:
    """The element's text once `done(text)` holds: the page updates after a file is read."""
    deadline = time.monotonic() + seconds
    text = browser.find_element(*_by(selector)).text
    while not done(text) and time.monotonic() < deadline:
        time.sleep(0.1)
        text = browser.find_element(*_by(selector)).text
    return text


def _records(run: Path) -> dict[str, dict]:
    with open(run / "candidates.jsonl", encoding="utf-8") as handle:
        return {r["file"]: r for r in map(json.loads, handle)}


def _ranking(run: Path) -> dict[str, dict]:
    with open(run / "ranking.csv", encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def decided(browser, demo_run):
    """Decisions made in the browser on the demo run's pages and exported: the review file."""
    _open(browser, demo_run)
    assert browser.find_element(*_by("#decision-count")).text.startswith("0 genomen,")
    assert browser.find_element(*_by("#shortlist-state")).text == "voorlopig"

    _open(browser, demo_run, LOTTE)
    _type(browser.find_element(*_by("#reviewer-name")), REVIEWER)
    browser.find_element(*_by("#reviewer-save")).click()
    _correct(browser, "skj.expires", "afloopdatum op het uittreksel uit het register",
             value="30-09-2028")
    assert "2028-09-30" in browser.find_element(*_by("#cor-list")).text
    # the corrected expiry decides K2 in the next run: no longer an open decision here
    assert not browser.find_element(*_by("#fact-ko-skj .ko-open")).is_displayed()
    assert "opnieuw berekend" in browser.find_element(
        *_by('tr.decide-row[data-ko="skj"] .decision-status')).text
    _motivation(browser, "14,5", "concreet en passend bij de opdracht")

    _open(browser, demo_run, MEHMET)
    assert browser.find_element(*_by("#reviewer-current")).text == REVIEWER  # asked once
    assert not browser.find_elements(*_by("#reviewer-name"))
    _knockout(browser, "diploma", "fail", "PABO niet gelijkwaardig (commissie 3 juli)")

    _open(browser, demo_run, THOMAS)
    assert browser.execute_script(SELECT_WORDS, ACT_WORDS)
    _correct(browser, "certificates", "ACT-training telt: start voor de opdracht")
    assert ACT_WORDS in browser.find_element(*_by("#cor-picked")).text

    _open(browser, demo_run, DAAN)
    _correct(browser, "experience_months.onderwijs", "schoolmaatschappelijk werk telt mee",
             value="60")

    made = _decide_the_rest(browser, demo_run)
    _open(browser, demo_run)
    count = browser.find_element(*_by("#decision-count")).text
    made += 2  # Lotte's motivation, Mehmet's diploma
    assert count.startswith(f"{made} genomen, 0 open · 3 correctie(s)"), count
    assert browser.find_element(*_by("#shortlist-state")).text == "voorlopig"
    assert "exporteer review.yaml" in browser.find_element(*_by("#shortlist-note")).text
    browser.find_element(*_by("#export")).click()
    exported = _wait_for(browser.download_dir / "review.yaml")
    return exported, made, count


def test_decisions_export_as_a_review_file_the_screen_reads(decided, demo_run, params, browser,
                                                           shot):
    exported, made, _ = decided
    _open(browser, demo_run, LOTTE)
    shot(browser, "decide.png")
    records = list(_records(demo_run).values())
    review = load_review(exported, records, params)  # the format `--review` reads
    assert review.entries[LOTTE].points["motivation"]["points"] == 14.5
    assert review.entries[LOTTE].corrections[0].value == "2028-09-30"
    assert review.entries[MEHMET].knockouts["diploma"] == {
        "result": "fail",
        "reviewer": REVIEWER,
        "reason": "PABO niet gelijkwaardig (commissie 3 juli)",
    }
    assert review.entries[THOMAS].corrections[0].value == ["ACT"]
    assert review.entries[DAAN].corrections[0].value == 60
    decisions = sum(
        len(e.knockouts) + len(e.points) for e in review.entries.values()
    )
    assert decisions == made


def test_decisions_rescreened_change_the_outputs_exactly_as_decided(
    decided, demo_run, demo_batch, params, browser, tmp_path
):
    exported, made, _ = decided
    out = tmp_path / "out"
    shutil.copytree(demo_run / "cache", out / "cache")  # reuse the extraction: fast
    screen(demo_batch, out, params, review=exported, progress=False, analyst="C. Controle")
    before, after = _records(demo_run), _records(out)

    lotte = after[LOTTE]
    assert lotte["knockouts"]["skj"]["result"] == "pass" and lotte["rank"] is not None
    assert lotte["points"]["motivation"] == 14.5 and not lotte["points"]["motivation_provisional"]
    assert lotte["points"]["total"] == before[LOTTE]["points"]["total"] - 10 + 14.5
    mehmet = after[MEHMET]["knockouts"]["diploma"]
    assert (mehmet["result"], mehmet["proposal"]["result"], mehmet["reviewer"]) == (
        "fail", "review", REVIEWER
    )
    assert after[MEHMET]["rank"] is None
    assert after[THOMAS]["points"]["certificates"] == before[THOMAS]["points"]["certificates"] + 5
    assert after[DAAN]["points"]["onderwijs"] == 30.0
    changed = {
        LOTTE: {"skj.expires"}, THOMAS: {"certificates"}, DAAN: {"experience_months.onderwijs"}
    }
    for file, record in after.items():
        assert {c["field"] for c in record["corrections"]} == changed.get(file, set())
        assert all(ko["confirmed"] for ko in record["knockouts"].values()), file
        if file in (LOTTE, MEHMET, THOMAS, DAAN):
            continue
        # everyone else: the proposals confirmed and the motivation scored 10
        assert {k: ko["result"] for k, ko in record["knockouts"].items()} == {
            k: ko["result"] for k, ko in before[file]["knockouts"].items()
        }, file
        points = before[file]["points"]
        assert record["points"] == {
            **points,
            "motivation": 10.0,
            "motivation_provisional": False,
            "total": points["total"] - points["motivation"] + 10,
        }

    ranking_before, ranking_after = _ranking(demo_run), _ranking(out)
    assert MEHMET in ranking_before and MEHMET not in ranking_after
    assert LOTTE not in ranking_before and LOTTE in ranking_after
    for file, row in ranking_after.items():
        assert float(row["total"]) == after[file]["points"]["total"]
        assert row["shortlist_provisional"] == "nee"  # every decision behind it is made

    lines = [json.loads(x) for x in (out / "audit.jsonl").read_text("utf-8").splitlines()]
    decisions = [line for line in lines if line["type"] == "decision"]
    assert len(decisions) == made + 3  # every decision and the three corrections, once
    fields = {(line["candidate"], line["field"]): line for line in decisions}
    skj = fields[after[LOTTE]["sha256"], "skj.expires"]
    assert (skj["old"], skj["new"], skj["reviewer"]) == (None, "2028-09-30", REVIEWER)
    assert fields[after[MEHMET]["sha256"], "knockouts.diploma"]["new"] == "fail"
    assert fields[after[THOMAS]["sha256"], "certificates"]["new"] == ["ACT"]

    _open(browser, out)  # the new run starts from the decisions it applied
    assert browser.find_element(*_by("#shortlist-state")).text == "definitief"
    assert browser.find_element(*_by("#decision-count")).text.startswith(f"{made} genomen, 0 open")


def test_decisions_read_back_from_an_exported_file(decided, demo_run, browser):
    exported, _, count = decided
    _open(browser, demo_run)
    browser.execute_script("localStorage.clear()")
    browser.refresh()
    assert browser.find_element(*_by("#decision-count")).text.startswith("0 genomen,")
    assert browser.find_elements(*_by("#reviewer-name"))  # a new browser asks for the name
    browser.find_element(*_by("#import")).send_keys(str(exported))
    message = _text(browser, "#import-msg", bool)
    assert message.startswith("Ingelezen: besluiten van 10 kandidaat"), message
    assert _text(browser, "#decision-count", lambda text: text == count) == count
    again = browser.download_dir / "again"
    again.mkdir()
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(again)}
    )
    browser.find_element(*_by("#export")).click()
    second = _wait_for(again / "review.yaml")
    assert yaml.safe_load(second.read_text("utf-8")) == yaml.safe_load(exported.read_text("utf-8"))


def test_decisions_made_blind_carry_over_to_the_normal_report(browser, demo_run, params,
                                                              tmp_path):
    """A motivation scored blind is there in the normal report of the same run, to export."""
    records = list(_records(demo_run).values())
    documents = {
        r["file"]: Document.from_dict(
            json.loads((demo_run / "documents" / f"{r['file']}.json").read_text("utf-8"))
        )
        for r in records
    }
    write_report(tmp_path / "blind", records, documents, params, blind=True)
    write_report(tmp_path / "normal", records, documents, params)
    browser.get((tmp_path / "blind" / "report" / "index.html").as_uri())
    browser.execute_script("localStorage.clear()")
    browser.get((tmp_path / "blind" / "report" / "candidates" / "kandidaat-003.html").as_uri())
    assert "Sanne" not in browser.page_source
    if browser.find_elements(*_by("#reviewer-name")):
        _type(browser.find_element(*_by("#reviewer-name")), REVIEWER)
        browser.find_element(*_by("#reviewer-save")).click()
    _motivation(browser, "12", "beoordeeld zonder naam te zien")
    assert not browser.find_elements(*_by("#export"))  # no file names in blind pages
    _open(browser, tmp_path / "normal")
    assert browser.find_element(*_by("#decision-count")).text.startswith("1 genomen,")
    sanne = next(
        r for r in browser.find_elements(*_by("#overview tbody tr")) if "Sanne" in r.text
    )
    assert "nog niet verwerkt" in sanne.find_element(*_by("td.decisions")).text
