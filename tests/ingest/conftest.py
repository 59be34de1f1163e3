"""Fixtures of the ingest tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def ingest_params(params) -> dict:
    """The project params with a short per-file timeout, as a fresh copy per test."""
    copy = {**params, "ingest": {**params["ingest"], "ocr": dict(params["ingest"]["ocr"])}}
    return copy
