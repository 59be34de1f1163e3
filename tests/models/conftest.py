"""Models fitted for the tests from the project's own annotations (no cross-validation, about a
second), so the tests do not depend on `dvc repro train` having been run, and a pipeline with
the rule components and the two model components after them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from pipeline.models.train import ROLE_LABELS, fit, load_headings, load_roles

REPO = Path(__file__).resolve().parents[2]
HEADING_C = 16.0  # what `dvc repro train` picks by cross-validation (models/metrics.json)
ROLE_C = 4.0


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory, params) -> Path:
    """section_heading.json and role_domain.json fitted on data/annotations/ as train does."""
    out = tmp_path_factory.mktemp("models")
    settings = params["train"]
    specs = settings["candidates"]["word_char"]
    with threadpool_limits(limits=1):
        texts, labels = load_headings(REPO / settings["headings"])
        names = sorted(set(labels))
        targets = np.array([names.index(label) for label in labels])
        heading = fit(texts, targets, names, False, specs, HEADING_C, settings["seed"])
        heading.to_json(out / "section_heading.json")
        texts, matrix = load_roles(REPO / settings["roles"])
        role = fit(texts, matrix, list(ROLE_LABELS), True, specs, ROLE_C, settings["seed"])
        role.to_json(out / "role_domain.json")
    return out


@pytest.fixture(scope="session")
def model_nlp(make_nlp, model_dir, params):
    """sections -> section_model -> periods -> roles -> role_model, with the test models."""
    nlp = make_nlp("sections", "periods", "roles")
    nlp.add_pipe(
        "cvscreen_section_model_v1", name="section_model", after="sections",
        config={"model_path": str(model_dir / "section_heading.json"),
                "min_probability": params["train"]["section_min_probability"]},
    )
    nlp.add_pipe(
        "cvscreen_role_model_v1", name="role_model", after="roles",
        config={"model_path": str(model_dir / "role_domain.json"),
                "min_probability": params["roles"]["model_min_probability"]},
    )
    return nlp
