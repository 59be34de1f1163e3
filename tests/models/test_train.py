"""`python -m pipeline.models.train`: same data, same files; metrics per label; a saved spaCy
pipeline that loads like nl_core_news_lg would and keeps the rules before the models."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from threadpoolctl import threadpool_limits

from pipeline.models import train
from pipeline.nlp import base_model, build_nlp

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def small_params(params, tmp_path_factory) -> dict:
    """The project's train params on the real annotations, with two folds and one candidate
    per feature space so the run stays a few seconds."""
    quick = copy.deepcopy(params)
    settings = quick["train"]
    settings.update({
        "headings": str(REPO / settings["headings"]),
        "roles": str(REPO / settings["roles"]),
        "folds": 2,
        "c_values": [4.0],
    })
    settings["candidates"] = {"word": settings["candidates"]["word"]}
    return quick


def _run(params: dict, out: Path) -> dict:
    params = copy.deepcopy(params)
    params["train"]["out"] = str(out)
    with threadpool_limits(limits=1):
        return train.run(params)


@pytest.fixture(scope="module")
def trained(small_params, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("trained")
    return out, _run(small_params, out)


def test_train_writes_models_and_metrics_per_label(trained):
    out, metrics = trained
    assert {p.name for p in out.iterdir()} >= {
        "section_heading.json", "role_domain.json", "metrics.json", "cvscreen-nl"
    }
    assert json.loads((out / "metrics.json").read_text()) == metrics
    roles = metrics["role_domain"]["labels"]
    assert set(roles) == {"ambulant", "onderwijs", "counts"}
    headings = metrics["section_heading"]["labels"]
    assert {"werkervaring", "opleiding", "overig", "not_heading"} <= set(headings)
    for figures in [*roles.values(), *headings.values()]:
        assert {"precision", "recall", "f1", "support"} <= set(figures)
        assert 0.0 <= figures["f1"] <= 1.0
    assert metrics["role_domain"]["chosen"] == "word/C=4.0"
    assert metrics["section_heading"]["at_threshold"]["precision"] > 0.5


def test_train_same_data_gives_the_same_model(trained, small_params, tmp_path):
    out, _ = trained
    _run(small_params, tmp_path)
    for name in ("section_heading.json", "role_domain.json", "metrics.json"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_train_saved_pipeline_loads_by_path_like_a_spacy_package(trained):
    out, _ = trained
    nlp, label = base_model(["nl_not_installed_here", str(out / "cvscreen-nl")])
    assert label == "nl_cvscreen-0.1.0"
    assert nlp.pipe_names == ["lemmatizer", "section_model", "role_model"]
    assert nlp.get_pipe("role_model").model is not None  # weights came from the folder
    assert [t.lemma_ for t in nlp("begeleidde")] == ["begeleiden"]  # lookup tables saved with it


def test_train_saved_pipeline_runs_rules_before_its_models(trained, params):
    out, _ = trained
    settings = copy.deepcopy(params)
    settings["nlp"]["models"] = [str(out / "cvscreen-nl")]
    nlp = build_nlp(settings)
    names = nlp.pipe_names
    assert names.index("sections") < names.index("section_model") < names.index("periods")
    assert names.index("roles") < names.index("role_model") < names.index("diplomas")
    doc = nlp("Wat ik allemaal gedaan heb\n\n2020 - heden\nGezinscoach\nStichting Thuisnet\n"
              "Ik ondersteun gezinnen thuis bij opvoedvragen.\n")
    assert doc._.roles and "model" in doc._.roles[0].explanation["ambulant"]
