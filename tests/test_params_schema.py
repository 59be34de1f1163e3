"""A params file is checked when it is loaded: a misspelled or unknown key, a wrong type, an
unknown vocabulary name or points that do not add up stop the run with the key's path and
what was expected there."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.cli import main
from pipeline.params import ParamsError, load_params
from pipeline.scoring.criteria import by_id

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def base() -> dict[str, Any]:
    return yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))


def _write(tmp_path: Path, params: dict[str, Any]) -> Path:
    path = tmp_path / "params.yaml"
    path.write_text(yaml.safe_dump(params, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _rename(mapping: dict[str, Any], old: str, new: str) -> None:
    mapping[new] = mapping.pop(old)


def _misspell_per_certificate(p):
    _rename(by_id(p, "certificates"), "per_certificate", "per_certficate")


def _misspell_section(p):
    _rename(p, "knockouts", "knockout")


def _unknown_ocr_key(p):
    p["ingest"]["ocr"]["dpii"] = 300


def _shortlist_as_word(p):
    p["ranking"]["shortlist_size"] = "tien"


def _points_do_not_add_up(p):
    by_id(p, "ambulant")["max"] = 50


def _unknown_register(p):
    by_id(p, "skj")["registers"] = ["skjj"]


def _unknown_domain(p):
    by_id(p, "onderwijs")["domains"] = ["schoolwerk"]


def _unknown_field(p):
    by_id(p, "diploma")["accepted_fields"].append("pedagogie")


def _unknown_kind(p):
    by_id(p, "motivation")["kind"] = "motivatie"


def _twice_the_same_id(p):
    by_id(p, "onderwijs")["id"] = "ambulant"


def _missing_label(p):
    del by_id(p, "execution_condition")["label"]


def _date_in_words(p):
    p["tender"]["reference_date"] = "22 juni 2026"


def _registration_key_of_another_kind(p):
    by_id(p, "skj")["full_at_months"] = 60


CASES = [
    (_misspell_per_certificate, "points.criteria[2].per_certficate",
     "unknown key; did you mean 'per_certificate'?"),
    (_misspell_section, "knockout", "unknown key; did you mean 'knockouts'?"),
    (_unknown_ocr_key, "ingest.ocr.dpii", "did you mean 'dpi'?"),
    (_shortlist_as_word, "ranking.shortlist_size", "expected a whole number, got 'tien'"),
    (_points_do_not_add_up, "points.total", "expected 110, the sum of every"),
    (_unknown_register, "knockouts[1].registers[0]", "'skjj' is not one of: skj, big"),
    (_unknown_domain, "points.criteria[1].domains[0]", "'schoolwerk' is not one of: ambulant"),
    (_unknown_field, "knockouts[0].accepted_fields[9]", "did you mean 'pedagogiek'?"),
    (_unknown_kind, "points.criteria[3].kind", "'motivatie' is not one of: experience"),
    (_twice_the_same_id, "points.criteria[1].id", "'ambulant' is used twice"),
    (_missing_label, "knockouts[2].label", "missing (required)"),
    (_date_in_words, "tender.reference_date", "expected a date YYYY-MM-DD"),
    (_registration_key_of_another_kind, "knockouts[1].full_at_months", "unknown key"),
]


@pytest.mark.parametrize(("change", "path", "expected"), CASES,
                         ids=[case[0].__name__.strip("_") for case in CASES])
def test_params_schema_names_the_key_and_what_was_expected(tmp_path, base, change, path,
                                                           expected) -> None:
    params = copy.deepcopy(base)
    change(params)
    with pytest.raises(ParamsError) as error:
        load_params(_write(tmp_path, params))
    message = str(error.value)
    assert f": {path}: " in message, message
    assert expected in message, message


def test_params_schema_accepts_every_committed_params_file() -> None:
    for path in [REPO / "params.yaml", *sorted((REPO / "params").glob("*.yaml"))]:
        load_params(path)


def test_params_schema_misspelled_key_stops_the_screen_with_one_line(tmp_path, base,
                                                                    capsys) -> None:
    params = copy.deepcopy(base)
    _rename(params["ranking"], "shortlist_size", "shortlist_sise")
    path = _write(tmp_path, params)
    code = main(["screen", str(REPO / "data" / "samples"), "--out", str(tmp_path / "out"),
                 "--params", str(path), "--quiet"])
    error = capsys.readouterr().err
    assert code == 2 and not (tmp_path / "out").exists()
    assert "ranking.shortlist_sise: unknown key; did you mean 'shortlist_size'?" in error
    assert len(error.strip().splitlines()) == 1
