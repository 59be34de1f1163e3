"""The model loader: a saved pipeline loads like nl_core_news_lg would; else blank Dutch."""

import spacy

from pipeline.nlp import base_model, build_nlp, get_nlp, model_label, trained_models


def test_nlp_falls_back_to_blank_dutch_with_lookup_lemmas():
    nlp, label = base_model(["a_pipeline_that_is_not_installed"])
    assert label == "blank:nl"
    assert nlp.lang == "nl"
    assert "lemmatizer" in nlp.pipe_names
    assert [t.lemma_ for t in nlp("begeleidde")] == ["begeleiden"]


def test_nlp_loads_a_saved_pipeline_by_path(tmp_path):
    saved = spacy.blank("nl")
    saved.meta["name"] = "cvscreen_test"
    saved.meta["version"] = "0.0.1"
    saved.add_pipe("sentencizer")
    saved.to_disk(tmp_path / "pipe")
    nlp, label = base_model(["missing_first", str(tmp_path / "pipe")])
    assert label == "nl_cvscreen_test-0.0.1"
    assert nlp.pipe_names == ["sentencizer"]


def test_nlp_build_adds_every_recognizer_and_names_the_model(params):
    nlp = build_nlp(params)
    assert {"sections", "periods", "roles", "diplomas", "registrations"} <= set(nlp.pipe_names)
    _, base = base_model(params["nlp"]["models"])
    assert model_label(nlp) == base
    learned = [name for name in ("role_model", "section_model") if name in nlp.pipe_names]
    assert len(trained_models(nlp)) == len(learned)


def test_nlp_is_loaded_once_per_process(params):
    assert get_nlp(params) is get_nlp(dict(params))
