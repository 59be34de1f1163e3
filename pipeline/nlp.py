"""Build or load the Dutch spaCy pipeline that does the whole extraction.

`nl_core_news_lg` (or any pipeline saved with `nlp.to_disk`) is used when it loads, for its
lemmas, NER and vectors; otherwise `spacy.blank("nl")` with the lookup lemmatizer. The
project's recognizers are then added as spaCy components, each configured from params.yaml.
The model is loaded once per process (see `get_nlp`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

import pipeline.recognizers
import pipeline.structure  # noqa: F401
from pipeline.models import trained_model

log = logging.getLogger(__name__)

ConfigFor = Callable[[dict[str, Any]], dict[str, Any] | None]  # None: leave the pipe out


def _reference(params: dict[str, Any]) -> dict[str, Any]:
    return {"reference_date": str(params["tender"]["reference_date"])}


def _nothing(params: dict[str, Any]) -> dict[str, Any]:
    return {}


def _model(file_name: str, threshold: Callable[[dict[str, Any]], float]) -> ConfigFor:
    """Config of a learned component; None (left out) while its model file is not built or
    the params set no threshold for it."""

    def config_for(params: dict[str, Any]) -> dict[str, Any] | None:
        path = trained_model(params, file_name)
        if path is None or threshold(params) is None:
            return None
        return {"model_path": path, "min_probability": threshold(params)}

    return config_for


# Pipe order matters: later recognizers read the sections and periods found before them.
# Doc extensions they set: doc.spans["sections"], doc.spans["periods"], doc._.roles,
# doc._.diplomas, doc._.registrations (and doc._.skj), doc._.certificates,
# doc._.other_trainings, doc._.references, doc._.motivation, doc._.zzp_signal,
# doc._.candidate_name, doc._.language.
PIPES: list[tuple[str, ConfigFor]] = [
    ("cvscreen.sections.v1", _nothing),
    (
        "cvscreen.section_model.v1",
        _model("section_heading.json", lambda p: p.get("train", {}).get("section_min_probability")),
    ),
    ("cvscreen.shape_sections.v1", _nothing),
    ("cvscreen.contacts.v1", _nothing),
    ("cvscreen.dates.v1", _reference),
    ("cvscreen.periods.v1", _reference),
    (
        "cvscreen.roles.v1",
        lambda params: {
            "count_internships": params.get("roles", {}).get("count_internships", False),
            "count_volunteer_work": params.get("roles", {}).get("count_volunteer_work", False),
            "count_paid_learning_work": params.get("roles", {}).get(
                "count_paid_learning_work", True
            ),
        },
    ),
    (
        "cvscreen.role_model.v1",
        _model("role_domain.json", lambda p: p.get("roles", {}).get("model_min_probability")),
    ),
    ("cvscreen.diplomas.v1", _reference),
    ("cvscreen.registrations.v1", _nothing),
    ("cvscreen.certificates.v1", _reference),
    ("cvscreen.references.v1", _nothing),
    ("cvscreen.motivation.v1", _nothing),
    ("cvscreen.zzp.v1", _nothing),
    ("cvscreen.candidate_name.v1", _nothing),
    ("cvscreen.language.v1", _nothing),
]


def base_model(names: list[str], fallback: str = "blank:nl") -> tuple[Language, str]:
    """The first loadable pipeline among `names`, else the blank Dutch fallback.

    Returns the pipeline and its label ("nl_core_news_lg-3.8.0", "blank:nl").
    Only the pipes useful to extraction are kept enabled; parser and textcat are not needed.
    """
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["parser"])
        except (OSError, ImportError, ValueError) as error:
            log.info("spaCy pipeline %s not available (%s)", name, type(error).__name__)
            continue
        version = nlp.meta.get("version")
        label = f"{nlp.meta.get('lang', 'nl')}_{nlp.meta.get('name', name)}"
        return nlp, f"{label}-{version}" if version else label
    if fallback != "blank:nl":
        raise ValueError(f"unknown fallback pipeline {fallback!r}; only 'blank:nl' is supported")
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp, "blank:nl"


def factory_name(registry_name: str) -> str:
    """The spaCy factory for a PIPES name: spaCy forbids "." in factory names (error E853),
    so "cvscreen.skj.v1" is registered by its module as "cvscreen_skj_v1"."""
    return registry_name.replace(".", "_")


def build_nlp(params: dict[str, Any]) -> Language:
    """The base pipeline plus every cvscreen recognizer, configured from `params`."""
    settings = params.get("nlp", {})
    nlp, label = base_model(list(settings.get("models", [])), settings.get("fallback", "blank:nl"))
    names = [factory.split(".")[1] for factory, _ in PIPES]
    trained: dict[str, str] = {}
    for index, (factory, config_for) in enumerate(PIPES):
        name = names[index]
        if name in nlp.pipe_names:  # a saved cvscreen pipeline already holds its components
            continue
        config = config_for(params)
        if config is None:
            continue
        # before any later component a saved pipeline brought (its trained models)
        later = next((n for n in names[index + 1 :] if n in nlp.pipe_names), None)
        nlp.add_pipe(factory_name(factory), name=name, config=config, before=later)
        if "model_path" in config:  # name the trained model by its content, for traceability
            digest = hashlib.sha256(Path(config["model_path"]).read_bytes()).hexdigest()[:12]
            trained[Path(config["model_path"]).stem] = digest
    nlp.meta["cvscreen_model"] = label
    nlp.meta["cvscreen_trained_models"] = trained
    return nlp


@cache
def _cached(params_json: str) -> Language:
    return build_nlp(json.loads(params_json))


def get_nlp(params: dict[str, Any]) -> Language:
    """One pipeline per process and params: workers call this once, then reuse it."""
    return _cached(json.dumps(params, sort_keys=True, default=str))


def model_label(nlp: Language) -> str:
    return nlp.meta.get("cvscreen_model", "blank:nl")


def trained_models(nlp: Language) -> dict[str, str]:
    """The project's trained models in the pipeline, each with a hash of its file."""
    return dict(nlp.meta.get("cvscreen_trained_models", {}))
