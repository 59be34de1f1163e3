"""The committed demo batch and fixture set are what the program is measured against, so their
gold must follow the spec and match the files: months recounted independently of the builder,
real text in every PDF but the scan, and a rebuild giving the same answers as committed."""

from __future__ import annotations

import csv
import importlib.util
import json
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

REPO = Path(__file__).resolve().parent.parent
SETS = {
    "demo": (REPO / "data" / "samples", REPO / "data" / "samples" / "gold"),
    "fixtures": (REPO / "tests" / "fixtures" / "cvs", REPO / "tests" / "fixtures" / "gold"),
}
REFERENCE = date(2026, 6, 22)
CV_SUFFIXES = {".pdf", ".docx", ".txt"}


def _golds() -> list[tuple[str, Path, dict]]:
    return [
        (name, folder, json.loads(path.read_text(encoding="utf-8")))
        for name, (folder, gold_dir) in SETS.items()
        for path in sorted(gold_dir.glob("*.gold.json"))
    ]


GOLDS = _golds()
IDS = [gold["file"] for _, _, gold in GOLDS]


def _months_by_calendar(start: str, end: str) -> set[tuple[int, int]]:
    """(year, month) pairs a period covers, walked with dates (a second implementation)."""
    first = date(int(start[:4]), int(start[5:7]) if len(start) > 4 else 1, 1)
    if end == "present":
        last = REFERENCE
    else:
        last = date(int(end[:4]), int(end[5:7]) if len(end) > 4 else 12, 1)
    covered, current = set(), first
    while current <= last:
        covered.add((current.year, current.month))
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return covered


@pytest.mark.parametrize(("name", "folder", "gold"), GOLDS, ids=IDS)
def test_fixtures_gold_months_follow_union_rule(name, folder, gold):
    for label in ("ambulant", "onderwijs"):
        covered: set[tuple[int, int]] = set()
        for role in gold["roles"]:
            if role["counts"] and role[label]:
                covered |= _months_by_calendar(role["start"], role["end"])
        assert gold["experience_months"][label] == len(covered), label


@pytest.mark.parametrize(("name", "folder", "gold"), GOLDS, ids=IDS)
def test_fixtures_gold_matches_its_file(name, folder, gold):
    path = folder / gold["file"]
    assert path.exists()
    if path.suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == gold["pages"]
            text = " ".join(page.extract_text() or "" for page in pdf.pages)
            images = sum(len(page.images) for page in pdf.pages)
        if "scan" in path.stem:
            assert text.strip() == "" and images == gold["pages"]
            return
    elif path.suffix == ".docx":
        document = Document(str(path))
        cells = [p.text for t in document.tables for c in t._cells for p in c.paragraphs]
        text = " ".join([p.text for p in document.paragraphs] + cells)
    else:
        text = path.read_text(encoding="utf-8")
    words = set(text.replace(",", " ").split())
    assert gold["candidate_name"] in " ".join(text.split())
    for role in gold["roles"]:
        missing = set(role["employer"].replace(",", " ").split()) - words
        assert not missing, (role["employer"], missing)
    if gold["skj"] and gold["skj"]["number"]:
        assert gold["skj"]["number"][-5:] in text


@pytest.mark.parametrize("name", SETS)
def test_fixtures_every_cv_has_gold_and_submission_rows_name_real_files(name):
    folder, gold_dir = SETS[name]
    cvs = {p.name for p in folder.iterdir() if p.suffix in CV_SUFFIXES}
    golds = {json.loads(p.read_text(encoding="utf-8"))["file"] for p in gold_dir.glob("*.json")}
    assert cvs == golds
    with open(folder / "submissions.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["file"] for row in rows} <= cvs
    for row in rows:
        gold = json.loads((gold_dir / f"{Path(row['file']).stem}.gold.json").read_text())
        expected = "fail" if row["employment"] == "zzp" else "pass"
        assert gold["execution_knockout"] == expected, row["file"]


def _load(script: Path):
    spec = importlib.util.spec_from_file_location(script.stem, script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fixtures_rebuild_gives_committed_gold_and_text(tmp_path):
    """Editing a candidate without rebuilding (or a builder drifting) shows up here."""
    demo = _load(REPO / "scripts" / "build_demo_batch.py")
    fixtures = _load(REPO / "tests" / "fixtures" / "build_fixture_set.py")
    employment = {f: kind for f, _, kind, _ in demo.SUBMISSIONS}
    demo.build_set(demo.ENTRIES, tmp_path / "demo", tmp_path / "demo_gold", employment,
                   demo.LAYOUT_OPTIONS)  # fmt: skip
    employment = {f: kind for f, _, kind, _ in fixtures.SUBMISSIONS}
    fixtures.build_set(fixtures.ENTRIES, tmp_path / "fx", tmp_path / "fx_gold", employment,
                       fixtures.LAYOUT_OPTIONS)  # fmt: skip
    for built, (folder, gold_dir) in (("demo", SETS["demo"]), ("fx", SETS["fixtures"])):
        for gold in (tmp_path / f"{built}_gold").iterdir():
            assert gold.read_text() == (gold_dir / gold.name).read_text(), gold.name
        for text in (tmp_path / built).glob("*.txt"):
            assert text.read_bytes() == (folder / text.name).read_bytes(), text.name
