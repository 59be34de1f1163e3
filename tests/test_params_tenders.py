"""Another tender is another params file: other values, no code change."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
import yaml

from pipeline.cli import main
from pipeline.facts import to_jsonable
from pipeline.params import ParamsError, load_params
from pipeline.scoring.criteria import by_id, of_kind, points_criteria
from pipeline.scoring.tender_view import counted_trainings

REPO = Path(__file__).resolve().parent.parent
DEFAULT = REPO / "params.yaml"
EXAMPLES = sorted((REPO / "params").glob("tender-*.yaml"))
SECOND = REPO / "params" / "tender-31842-jeugd-gezinscoach-wijkteam.yaml"


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_params_tenders_pass_the_schema_and_read_cvs_as_params_yaml_does(example: Path) -> None:
    """Every example loads; the sections that read CVs (not the tender) are params.yaml's."""
    tender, default = load_params(example), load_params(DEFAULT)
    for section in ("nlp", "ingest", "roles", "train"):
        assert tender[section] == default[section], section


def test_params_tenders_second_example_is_another_tender() -> None:
    default, second = _load(DEFAULT), _load(SECOND)
    assert second["tender"]["id"] != default["tender"]["id"]
    assert second["points"] != default["points"]
    assert sum(c["max"] for c in points_criteria(second)) == second["points"]["total"] == 100


def _nlp(params: dict[str, Any], *names: str) -> spacy.language.Language:
    """A blank Dutch pipeline with the named cvscreen components configured from `params`."""
    from pipeline.nlp import PIPES, factory_name

    configs = {factory.split(".")[1]: (factory, config_for) for factory, config_for in PIPES}
    nlp = spacy.blank("nl")
    for name in names:
        factory, config_for = configs[name]
        nlp.add_pipe(factory_name(factory), name=name, config=config_for(params))
    return nlp


COURSES = (
    "Cursussen en trainingen\n"
    "• Triple P niveau 4, certificaat behaald 2019\n"
    "• Signs of Safety basistraining – 2021\n"
    "• CGT-basiscursus voor jeugdprofessionals, 2020\n"
    "• Kanjertraining (2018)\n"
)


@pytest.mark.parametrize(
    ("params_file", "counted", "listed"),
    [
        (DEFAULT, ["CGT"], ["Kanjertraining", "Signs of Safety", "Triple P"]),
        (SECOND, ["CGT", "Signs of Safety", "Triple P"], ["Kanjertraining"]),
    ],
    ids=["30175", "31842"],
)
def test_params_tenders_count_the_certificates_they_name(params_file, counted, listed) -> None:
    """Which trainings score is a params choice: 31842 counts Triple P and Signs of Safety.
    Extraction finds the same trainings for both; scoring picks the counted ones."""
    params = _load(params_file)
    doc = _nlp(params, "sections", "certificates")(COURSES)
    scoring, others = counted_trainings(
        to_jsonable(doc._.certificates), to_jsonable(doc._.other_trainings),
        of_kind(points_criteria(params), "certificates")["counted"],
    )
    assert sorted(fact["name"] for fact in scoring) == counted
    labels = ("Kanjertraining", "Signs of Safety", "Triple P")
    names = [fact["name"] for fact in others]
    assert [label for label in labels if any(label in name for name in names)] == listed


def test_params_tenders_unknown_certificate_is_a_params_error(tmp_path: Path) -> None:
    params = _load(SECOND)
    of_kind(points_criteria(params), "certificates")["counted"] = ["CGT", "Tripel P"]
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params), encoding="utf-8")
    with pytest.raises(ParamsError, match="Tripel P"):
        load_params(path)


def _screen(tmp_path: Path, name: str, params: Path) -> list[dict[str, Any]]:
    out = tmp_path / name
    argv = ["screen", str(REPO / "data" / "samples"), "--out", str(out), "--quiet"]
    assert main([*argv, "--params", str(params)]) == 0
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_params_tenders_second_tender_screens_by_its_own_numbers(tmp_path: Path) -> None:
    """The demo batch under tender 31842: its maxima, formulas and shortlist size apply."""
    second = _load(SECOND)
    default_run = {r["file"]: r for r in _screen(tmp_path, "30175", DEFAULT)}
    records = _screen(tmp_path, "31842", SECOND)

    assert [r["file"] for r in records] == sorted(default_run)
    scored = [r for r in records if r.get("points")]
    assert scored, "the demo batch should hold readable CVs"
    for record in scored:
        got = record["points"]
        for criterion in ("ambulant", "onderwijs"):
            months = record["experience_months"][criterion]
            settings = by_id(second, criterion)
            expected = (
                0.0
                if months is None
                else settings["max"] * min(months / settings["full_at_months"], 1)
            )
            assert got[criterion] == pytest.approx(expected, abs=0.01)
        counted = {c["name"] for c in record["certificates"]}
        assert counted <= set(by_id(second, "certificates")["counted"])
        assert got["certificates"] <= by_id(second, "certificates")["max"]
        if record["motivation"]["present"] and got.get("motivation_provisional"):
            assert got["motivation"] == by_id(second, "motivation")["provisional_if_present"]
    assert (
        sum(1 for r in records if r.get("shortlisted"))
        <= _load(SECOND)["ranking"]["shortlist_size"]
    )
    # Same CVs, other tender: some candidate's points must differ from tender 30175's.
    assert any(r["points"] != default_run[r["file"]]["points"] for r in scored), (
        "tender 31842 should score the demo batch differently from tender 30175"
    )
