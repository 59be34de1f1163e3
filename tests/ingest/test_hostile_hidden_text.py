"""Text a person cannot see on the page is no evidence: left out of the text, recorded, flagged.
A searchable scan (page image + invisible OCR layer) keeps counting."""

from __future__ import annotations

import json

import pytest
from hostile_builders import HIDDEN_CLAIM, VISIBLE_LINES, hidden_text_pdf, searchable_scan_pdf

from pipeline.ingest import read_document
from pipeline.screen import screen

HOW = {
    "white": "same colour as the background",
    "box": "same colour as the background",
    "render3": "invisible render mode, no image beneath",
    "offpage": "outside the page",
    "covered": "under an opaque shape",
}


@pytest.mark.parametrize("how", sorted(HOW))
def test_hostile_hidden_text_is_left_out_and_recorded(tmp_path, ingest_params, how):
    doc = read_document(hidden_text_pdf(tmp_path / f"{how}.pdf", how), ingest_params)
    assert doc.status == "ok"
    assert "110099887" not in doc.text and "COMET" not in doc.text
    assert "Ambulant begeleider passend onderwijs" in doc.text  # the visible CV is all there
    assert doc.hidden_text == [{"page": 1, "chars": len(HIDDEN_CLAIM), "why": HOW[how]}]
    assert any("nobody can see" in warning for warning in doc.warnings)
    assert not any("110099887" in warning for warning in doc.warnings)  # no CV text in warnings


def test_hostile_searchable_scan_keeps_its_invisible_ocr_layer(tmp_path, ingest_params):
    path = searchable_scan_pdf(tmp_path / "scan.pdf", [*VISIBLE_LINES, HIDDEN_CLAIM])
    doc = read_document(path, ingest_params)
    assert doc.status == "ok" and doc.hidden_text == []
    assert "SKJ-registratie 110099887" in doc.text and doc.ocr is None  # the layer, not OCR


def test_hostile_hidden_claims_decide_nothing(tmp_path, ingest_params):
    """Hidden 'SKJ ... geldig tot 2030, CGT, COMET' gives no K2 pass and no certificate points;
    the visible twin of the same CV does, which shows the claim would have counted."""
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    hidden_text_pdf(batch / "verborgen.pdf", "white")
    searchable_scan_pdf(batch / "zichtbaar.pdf", [*VISIBLE_LINES, HIDDEN_CLAIM])
    screen(batch, out, ingest_params, progress=False)
    records = {
        r["file"]: r
        for r in map(json.loads, (out / "candidates.jsonl").read_text().splitlines())
    }
    hidden, seen = records["verborgen.pdf"], records["zichtbaar.pdf"]
    assert seen["knockouts"]["skj"]["result"] == "pass"
    assert seen["points"]["certificates"] > 0
    assert hidden["knockouts"]["skj"]["result"] != "pass"
    assert hidden["points"]["certificates"] == 0
    assert hidden["skj"]["number"] is None
    assert any(flag.startswith("verborgen tekst genegeerd") for flag in hidden["flags"])
    ranking = (out / "ranking.csv").read_text(encoding="utf-8")
    assert "verborgen tekst genegeerd: pagina 1" in ranking
