"""Fixtures of the report tests: one real screening run of the demo batch, shared."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.screen import screen

DEMO = Path(__file__).resolve().parents[2] / "data" / "samples"
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
