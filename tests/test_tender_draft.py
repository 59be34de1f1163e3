"""`cvscreen tender draft`: a tender text in the Flextender shape gives the params it should,
every value commented with the tender line it came from, and CHECK lines for what a person
must decide. The 30175 text gives params.yaml; six texts written for these tests (other
professions, registers, domains, weights and wording) give theirs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.cli import main
from pipeline.params import ParamsError, load_params

REPO = Path(__file__).resolve().parent.parent
TEXTS = REPO / "tests" / "fixtures" / "tenders" / "texts"
EXPECTED = REPO / "tests" / "fixtures" / "tenders" / "expected"
# A copy of ../shared/tender's text, so a clone without the shared folder tests it too.
TENDER_30175 = TEXTS / "30175-ambulant-begeleider-basisscholen.txt"
RULES = ("tender", "knockouts", "requirements", "points", "ranking", "explain")

# (tender text, the params file whose rules it must give, CHECK lines the draft must hold)
CASES = {
    "30175": (TENDER_30175, REPO / "params.yaml", [
        "K1: 'vergelijkbare opleiding' gelezen als de vergelijkbare richtingen van de "
        "pedagogische richting",
        "S6: punten per certificaat niet genoemd; aangenomen 5",
        "S6: de uitvraag noemt CGT, COMET, ACT als voorbeelden",
        "S4: niet genoemd bij hoeveel ervaring de punten vol zijn; aangenomen 60 maanden",
    ]),
    "31842": (TEXTS / "31842-jeugd-gezinscoach-wijkteam.txt",
              REPO / "params" / "tender-31842-jeugd-gezinscoach-wijkteam.yaml", [
                  "sociaal-agogische richting (review_fields)",
              ]),
    "32107": (TEXTS / "32107-gedragswetenschapper-jeugd-en-gezinsteam.txt",
              REPO / "params" / "tender-32107-gedragswetenschapper-jeugd-en-gezinsteam.yaml", [
                  "K3: onder de 24 maanden zegt de pipeline 'beoordelen', nooit 'voldoet niet'",
                  "CV-eisen sluiten niet uit",
              ]),
    "32251": (TEXTS / "32251-schoolmaatschappelijk-werker-vo.txt",
              REPO / "params" / "tender-32251-schoolmaatschappelijk-werker-vo.yaml", [
                  "ranking.tie_break: geen beslissing op uurtarief ('gelijke score wordt er "
                  "geloot')",
              ]),
    "32318": (TEXTS / "32318-jeugdconsulent-toegang.txt",
              EXPECTED / "32318-jeugdconsulent-toegang.yaml", [
                  "K3: eis niet herkend ('In het bezit van een geldig rijbewijs B')",
                  "S7: criterium niet herkend ('Kennis van de sociale kaart van de regio "
                  "Hoogmeer'): een analist geeft de punten (kind analyst, max 15)",
                  "ranking.tie_break: geen beslissing op uurtarief; bij een gelijke stand "
                  "beslist een analist",
              ]),
    "32402": (TEXTS / "32402-ambulant-hulpverlener-crisisdienst.txt",
              EXPECTED / "32402-ambulant-hulpverlener-crisisdienst.yaml", [
                  "points.total: de criteria tellen op tot 90 punten, de uitvraag noemt totaal "
                  "100",
                  "K3: eis niet herkend",
                  "S1: telt de maanden in ambulant of crisis samen",
              ]),
    "32477": (TEXTS / "32477-gezinsbegeleider-lvb.txt",
              EXPECTED / "32477-gezinsbegeleider-lvb.yaml", [
                  "Geen sectie 'Vereisten/Knock-out criteria' gevonden",
                  "De uitvraag heeft een uitvoeringsvoorwaarde, maar geen knock-out verwijst "
                  "ernaar",
              ]),
}


def _draft(tmp_path: Path, text: Path) -> tuple[str, dict[str, Any]]:
    out = tmp_path / "draft.yaml"
    assert main(["tender", "draft", str(text), "--out", str(out)]) == 0
    written = out.read_text(encoding="utf-8")
    return written, yaml.safe_load(written)


@pytest.mark.parametrize("tender", sorted(CASES))
def test_tender_draft_gives_the_params_it_should(tmp_path, tender) -> None:
    text, expected_file, checks = CASES[tender]
    written, drafted = _draft(tmp_path, text)
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    for section in RULES:
        assert drafted[section] == expected[section], section
    found = re.findall(r"^# CHECK: (.*)$", written, re.MULTILINE)
    for check in checks:
        assert any(check in line for line in found), (check, found)


def test_tender_draft_of_30175_is_params_yaml(tmp_path) -> None:
    """Not only the rules: the draft of 30175 loads as params and is params.yaml."""
    out = tmp_path / "params.yaml"
    assert main(["tender", "draft", str(TENDER_30175), "--out", str(out)]) == 0
    assert load_params(out) == load_params(REPO / "params.yaml")


@pytest.mark.parametrize("tender", sorted(CASES))
def test_tender_draft_comments_every_value_with_its_tender_line(tmp_path, tender) -> None:
    text = CASES[tender][0]
    written, _ = _draft(tmp_path, text)
    lines = text.read_text(encoding="utf-8").split("\n")
    rules = written[written.index("\ntender:"):written.index("\n# Niet uit de uitvraag")]
    for line in rules.splitlines():
        if re.match(r"^\s*(?:- )?\w+: ", line):  # a value
            assert re.search(r"# (?:regel \d+|standaard)$", line), line
        quoted = re.match(r"^\s*# regel (\d+): (.*?)…?$", line)
        if quoted:  # the tender line above a criterion is that line of the text
            number, words = int(quoted.group(1)), quoted.group(2)
            assert words in " ".join(lines[number - 1].split()), (number, words)
    numbers = {int(n) for n in re.findall(r"# regel (\d+)", rules)}
    assert numbers and max(numbers) <= len(lines)


def test_tender_draft_with_points_that_do_not_add_up_does_not_load(tmp_path, capsys) -> None:
    out = tmp_path / "draft.yaml"
    main(["tender", "draft", str(CASES["32402"][0]), "--out", str(out)])
    assert "de draft laadt nog niet als params" in capsys.readouterr().out
    with pytest.raises(ParamsError, match=r"points\.total: expected 90"):
        load_params(out)


def test_tender_draft_keeps_an_existing_file_unless_forced(tmp_path, capsys) -> None:
    out = tmp_path / "params.yaml"
    out.write_text("# an analyst's params\n", encoding="utf-8")
    assert main(["tender", "draft", str(TENDER_30175), "--out", str(out)]) == 2
    assert "add --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "# an analyst's params\n"
    assert main(["tender", "draft", str(TENDER_30175), "--out", str(out), "--force"]) == 0
    assert load_params(out)["tender"]["id"] == "30175"


def test_tender_draft_without_out_prints_the_draft(capsys) -> None:
    assert main(["tender", "draft", str(CASES["32477"][0])]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("# Params-draft voor tender 32477")
    assert yaml.safe_load(printed)["knockouts"] == []
