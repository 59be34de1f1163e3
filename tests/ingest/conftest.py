"""Fixtures of the ingest tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def ingest_params(params) -> dict:
    """The project params, with `ingest` (and `ingest.ocr`) copied so a test may change them."""
    return {**params, "ingest": {**params["ingest"], "ocr": dict(params["ingest"]["ocr"])}}
