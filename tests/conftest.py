"""Session-wide fixtures: the params of tender 30175 and small spaCy pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.params import load_params

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def params() -> dict:
    return load_params(REPO / "params.yaml")


@pytest.fixture(scope="session")
def make_nlp(params):
    """Build a blank Dutch pipeline holding only the named cvscreen components, in order.

    Use it to test one recognizer with just the components it reads from.
    """
    from pipeline.nlp import PIPES, factory_name

    configs = {factory.split(".")[1]: (factory, config_for) for factory, config_for in PIPES}

    def build(*names: str):
        nlp = spacy.blank("nl")
        for name in names:
            factory, config_for = configs[name]
            nlp.add_pipe(factory_name(factory), name=name, config=config_for(params))
        return nlp

    return build
