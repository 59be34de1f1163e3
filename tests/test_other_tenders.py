"""Two tenders of another shape than 30175, screened end to end from their params files alone:
32107 (Gedragswetenschapper: WO, BIG/NIP/NVO, a minimum of jeugd-GGZ experience, shortlist 5)
and 32251 (Schoolmaatschappelijk werker: Registerplein valid at the start, onderwijs,
gezinsbegeleiding and crisis experience, excluding CV requirements, shortlist 3, ties for the
analyst). Each set has its own fixture CVs and gold (tests/fixtures/build_tender_sets.py)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from answered_sets import TENDER_SETS

from pipeline.cli import main
from pipeline.evaluate import evaluate
from pipeline.params import load_params
from pipeline.scoring.criteria import column, knockouts, points_criteria

# Words of tender 30175's rules that no letter of another tender may hold.
WORDS_OF_30175 = ("pedagogische richting", "pedagogisch diploma", "SKJ-register",
                  "Ambulante ervaring")


def _screen(tmp_path: Path, tender: str) -> Path:
    cvs, _, params = TENDER_SETS[tender]
    out = tmp_path / tender
    argv = ["screen", str(cvs), "--out", str(out), "--params", str(params), "--quiet"]
    assert main(argv) == 0
    assert main(["explain", str(out), "--params", str(params)]) == 0
    return out


@pytest.fixture(scope="module")
def run_32107(tmp_path_factory) -> Path:
    return _screen(tmp_path_factory.mktemp("tenders"), "32107")


@pytest.fixture(scope="module")
def run_32251(tmp_path_factory) -> Path:
    return _screen(tmp_path_factory.mktemp("tenders"), "32251")


def _records(out: Path) -> dict[str, dict[str, Any]]:
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["file"]: record for record in map(json.loads, lines)}


def _matches_gold(tender: str, out: Path) -> None:
    """Every answer of the set's gold, the ranking and the shortlist, from params alone."""
    _, gold, params_file = TENDER_SETS[tender]
    result = evaluate(gold, out)
    assert result["files"] == len(list(gold.glob("*.gold.json"))) - 1  # and tender.gold.json
    assert (result["wrongful_fails"], result["wrongful_passes"]) == (0, 0)
    assert all(not misses for misses in result["misses"].values()), result["misses"]
    expected = json.loads((gold / "tender.gold.json").read_text(encoding="utf-8"))
    records = _records(out)
    ranked = sorted((r for r in records.values() if r["rank"]), key=lambda r: r["rank"])
    assert [r["file"] for r in ranked] == expected["ranking"]
    assert [r["file"] for r in ranked if r["shortlisted"]] == expected["shortlist"]
    assert {r["file"]: r["points"]["total"] for r in ranked} == expected["totals"]
    params = load_params(params_file)
    with open(out / "ranking.csv", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[4:4 + len(points_criteria(params))] == [c["id"] for c in points_criteria(params)]
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    for criterion in [*knockouts(params), *points_criteria(params)]:
        assert f">{column(criterion)}</th>" in index
    assert f"totaal punten (van {params['points']['total']})" in index
    for letter in (out / "letters").glob("*.txt"):
        text = letter.read_text(encoding="utf-8")
        assert not any(word in text for word in WORDS_OF_30175), letter.name


def _reason(record: dict[str, Any], knockout: str) -> str:
    return record["knockouts"][knockout]["reason"]


def test_tender_32107_screens_from_its_params_alone(run_32107) -> None:
    _matches_gold("32107", run_32107)
    records = _records(run_32107)
    # K2 passes on any of BIG, NIP or NVO; an SKJ registration is not one of them
    assert _reason(records["g06-dirk-jan-smeets.pdf"], "registration") == \
        "BIG-nummer 19087654321"
    assert _reason(records["g02-youssef-amrani.docx"], "registration") == "NVO-nummer 51234"
    assert _reason(records["g03-lisanne-verbeek.txt"], "registration") == \
        "Geen registratie vermeld in het cv (BIG, NIP of NVO)"
    assert _reason(records["g04-mark-hoogendijk.docx"], "registration") == \
        "NIP-registratie alleen aangevraagd, niet geregistreerd"
    # K1 asks WO in a behavioural science: an HBO diploma fails, naming the tender's words
    assert _reason(records["g03-lisanne-verbeek.txt"], "diploma").startswith(
        "Geen afgerond wo-diploma in een gedragswetenschappelijke richting")
    # the minimum of experience is never a fail: below it a person looks, and it is ranked
    wubbels = records["g05-sanne-wubbels.pdf"]
    assert _reason(wubbels, "jeugdhulp_ggz") == (
        "18 maanden jeugdhulp of (jeugd-)GGZ gevonden, minimaal 24 vereist; controleer de "
        "werkervaring")
    assert wubbels["rank"] == 4 and "knock-out K3 Jeugdhulp/GGZ: review" in wubbels["flags"]
    letter = (run_32107 / "letters" / "g03-lisanne-verbeek.txt.txt").read_text(encoding="utf-8")
    assert "Registratie (BIG, NIP of NVO) (K2)" in letter
    assert "een uittreksel uit het BIG, NIP of NVO-register" in " ".join(letter.split())


def test_tender_32251_screens_from_its_params_alone(run_32251) -> None:
    _matches_gold("32251", run_32251)
    records = _records(run_32251)
    # Registerplein must be valid at the assignment's start, not only at the closing date
    assert _reason(records["s02-bram-visser.docx"], "registerplein") == (
        "Registerplein-registratie 7734567 verlopen op 2027-02-28 (peildatum 2027-03-01)")
    assert _reason(records["s04-koen-de-boer.docx"], "registerplein") == (
        "Registerplein-nummer 7756789 zonder afloopdatum (afloopdatum is vereist)")
    assert _reason(records["s06-rick-janssen.pdf"], "registerplein") == (
        "Geen Registerplein-registratie vermeld in het cv")
    # a tie is the analyst's: the lower rate of s07 does not put it first
    first, second = records["s01-ilse-mertens.pdf"], records["s07-mirjam-kok.pdf"]
    assert first["points"]["total"] == second["points"]["total"]
    assert second["hourly_rate"] < first["hourly_rate"]
    assert (first["rank"], second["rank"]) == (1, 2)
    tie = "gelijke stand: zelfde punten, de analist bepaalt de volgorde"
    assert tie in first["flags"] and tie in second["flags"]
    # the criteria's own words and numbers in the computation
    assert re.search(r"\d+ maanden crisisinterventie: 10 x min\(\d+/12, 1\)",
                     records["s08-joost-smit.docx"]["points_detail"]["crisis"]["reason"])
