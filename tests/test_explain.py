"""`cvscreen explain`: a Dutch letter per screened candidate, checked against their records:
a knock-out fail, a review and a shortlisted candidate, what an analyst changed, how to object,
and nothing about anyone else but the shortlist's cut-off score."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main

FAIL, REVIEW = "05-kevin-de-jong.docx", "09-thomas-hendriks.pdf"
SHORTLISTED = "01-fleur-van-dijk.pdf"
LOTTE, MEHMET = "06-lotte-vermeulen.txt", "02-mehmet-yilmaz.pdf"


@pytest.fixture(scope="module")
def explained(tmp_path_factory, reviewed_run) -> Path:
    """The reviewed demo run (tests/conftest.py: DEMO_REVIEW) with its letters written."""
    out = tmp_path_factory.mktemp("explained") / "out"
    shutil.copytree(reviewed_run, out)
    assert main(["explain", str(out)]) == 0
    return out


def _records(out: Path) -> dict[str, dict]:
    return {r["file"]: r for r in map(json.loads, (out / "candidates.jsonl").open())}


def _letter(out: Path, file: str, kind: str = "txt") -> str:
    return (out / "letters" / f"{file}.{kind}").read_text(encoding="utf-8")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_explain_writes_a_letter_for_every_screened_candidate(explained):
    records = _records(explained)
    written = sorted(p.name for p in (explained / "letters").iterdir())
    assert written == sorted(f"{f}.{kind}" for f in records for kind in ("html", "txt"))
    for file in records:
        html = _letter(explained, file, "html")
        assert "<script" not in html.lower() and "default-src 'none'" in html
        assert "opschortende termijn" in _letter(explained, file)


def test_explain_fail_letter_names_each_knockout_and_the_words_that_decided_it(explained):
    record, letter = _records(explained)[FAIL], _flat(_letter(explained, FAIL))
    assert record["knockouts"]["diploma"]["result"] == "fail"
    for knockout in record["knockouts"].values():
        assert _flat(knockout["reason"]) in letter
    assert "Diploma (K1): voldoet niet (voorstel, nog niet bevestigd" in letter
    for diploma in record["diplomas"]:
        assert f'"{_flat(diploma["evidence"]["text"])}"' in letter  # the CV's own words
    assert "SKJ-registratie (K2): voldoet niet" in letter
    assert "In uw cv is hiervoor geen tekst gevonden." in letter  # no SKJ words at all
    assert "U bent niet gerangschikt, omdat uw cv niet voldoet aan: Diploma (K1)" in letter
    assert "plaats in de rangschikking" not in letter
    assert letter.startswith("CONCEPT – niet versturen")  # its knock-outs are still proposals


def test_explain_review_letter_says_a_person_still_decides(explained):
    record, letter = _records(explained)[REVIEW], _flat(_letter(explained, REVIEW))
    assert record["knockouts"]["diploma"]["result"] == "review"
    assert "Diploma (K1): beoordelen (voorstel, nog niet bevestigd door een beoordelaar)" in letter
    assert _flat(record["knockouts"]["diploma"]["reason"]) in letter
    assert f"Uw plaats in de rangschikking: {record['rank']}." in letter


def test_explain_shortlisted_letter_shows_points_rank_and_cutoff(explained):
    records = _records(explained)
    record, letter = records[SHORTLISTED], _flat(_letter(explained, SHORTLISTED))
    assert record["shortlisted"]
    for criterion in ("ambulant", "onderwijs", "certificates"):
        assert _flat(record["points_detail"][criterion]["reason"]) in letter  # as computed
    assert f"Totaal: {record['points']['total']:.1f} van 100 punten".replace(".", ",") in letter
    cutoff = min(r["points"]["total"] for r in records.values() if r["shortlisted"])
    assert f"de laagste score daarbij was {cutoff:.1f} punten".replace(".", ",") in letter
    assert f"Uw plaats in de rangschikking: {record['rank']}." in letter
    assert "U staat op de shortlist." in letter
    assert "Motivatie (S7): 16,0 van 20 punten" in letter
    assert "punten gegeven door een beoordelaar: 16,0" in letter
    assert "Toelichting van de beoordelaar: concreet over de rol op school" in letter


def test_explain_letters_say_what_an_analyst_changed_and_why(explained):
    lotte = _flat(_letter(explained, LOTTE))
    assert "SKJ geldig tot: onbekend -> 2028-09-30 Reden: afloopdatum op het uittreksel" in lotte
    mehmet = _flat(_letter(explained, MEHMET))
    assert ("Diploma (K1): voorstel: beoordelen -> besluit: voldoet niet Reden: PABO niet"
            " gelijkwaardig aan een pedagogische opleiding") in mehmet
    assert "het voorstel van het hulpmiddel was: beoordelen" in mehmet
    assert "B. Visser" not in mehmet and "A. de Boer" not in _letter(explained, LOTTE)
    # the letter names the role, not the official


def test_explain_letter_holds_nothing_about_other_candidates(explained):
    records = _records(explained)
    for file, record in records.items():
        letter = _letter(explained, file) + _letter(explained, file, "html")
        for other in records.values():
            if other["file"] == file:
                continue
            assert other["file"] not in letter, (file, other["file"])
            if other.get("candidate_name"):
                assert other["candidate_name"] not in letter, (file, other["candidate_name"])
            if other.get("hourly_rate") is not None and other["hourly_rate"] != record.get(
                "hourly_rate"
            ):
                assert f"{other['hourly_rate']:.2f}".replace(".", ",") not in letter


def test_explain_one_candidate_only(tmp_path, demo_run, capsys):
    out = tmp_path / "out"
    shutil.copytree(demo_run, out)
    assert main(["explain", str(out), "--candidate", FAIL]) == 0
    assert sorted(p.name for p in (out / "letters").iterdir()) == [f"{FAIL}.html", f"{FAIL}.txt"]
    assert main(["explain", str(out), "--candidate", "niet-in-de-run.pdf"]) == 2
    assert "is not a file of this run" in capsys.readouterr().err
