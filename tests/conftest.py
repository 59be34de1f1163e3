"""Session-wide fixtures: the params of tender 30175, small spaCy pipelines, and one real
screening run of the demo batch that many tests read (never write: copy it first)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy

from pipeline.params import load_params
from pipeline.screen import screen

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

DEMO = REPO / "data" / "samples"
# A CV whose text holds HTML and script: the report must show it as text, never run it.
HOSTILE_CV = """Ilse <b>Hoekstra</b>

Profiel
<script>window.__pwned = 1; document.title = "PWNED";</script>
Ambulant begeleider met <img src=x onerror="window.__pwned = 2"> hart voor kinderen.

Werkervaring
2020 - heden  Ambulant begeleider, Stichting <i>Kindkracht</i>, Huizen

Opleiding
2014 - 2018  HBO Social Work, Hogeschool Windesheim, diploma behaald

SKJ-registratie: 110076543, geldig tot 31-12-2029

Referenties
Mw. R. Dekker, teamleider Kindkracht, 035-5556677
Dhr. T. Boer, intern begeleider, 035-7778899
"""


@pytest.fixture(scope="session")
def demo_batch(tmp_path_factory) -> Path:
    """The committed demo batch (with its submissions.csv) plus an HTML-bearing CV."""
    batch = tmp_path_factory.mktemp("demo-batch")
    for path in DEMO.iterdir():
        if path.is_file():
            shutil.copy(path, batch / path.name)
    (batch / "10-html-in-cv.txt").write_text(HOSTILE_CV, encoding="utf-8")
    return batch


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory, demo_batch, params) -> Path:
    """`cvscreen screen` over the demo batch; returns OUT_DIR (read-only for tests)."""
    batch = demo_batch
    out = tmp_path_factory.mktemp("demo-out")
    screen(batch, out, params, progress=False)
    return out


# Decisions on the demo batch: corrections, a knock-out overruled, two motivations scored.
DEMO_REVIEW = """\
candidates:
  06-lotte-vermeulen.txt:
    corrections:
      - field: skj.expires
        value: 2028-09-30
        reviewer: A. de Boer
        reason: afloopdatum op het uittreksel uit het register
      - field: candidate_name
        value: Lotte M. Vermeulen
        reviewer: A. de Boer
        reason: tweede voornaam ontbrak
  02-mehmet-yilmaz.pdf:
    motivation: {points: 15, reviewer: B. Visser, reason: concreet en passend}
    knockouts:
      diploma:
        result: fail
        reviewer: B. Visser
        reason: PABO niet gelijkwaardig aan een pedagogische opleiding
  01-fleur-van-dijk.pdf:
    motivation: {points: 16, reviewer: B. Visser, reason: concreet over de rol op school}
"""


@pytest.fixture(scope="session")
def reviewed_run(tmp_path_factory, demo_run, demo_batch, params) -> Path:
    """The demo run screened again by "C. Controle" with DEMO_REVIEW, which lies beside it as
    review.yaml (read-only for tests: copy it first)."""
    out = tmp_path_factory.mktemp("reviewed") / "out"
    shutil.copytree(demo_run, out)
    review = out.parent / "review.yaml"
    review.write_text(DEMO_REVIEW, encoding="utf-8")
    screen(demo_batch, out, params, review=review, progress=False, analyst="C. Controle")
    return out
