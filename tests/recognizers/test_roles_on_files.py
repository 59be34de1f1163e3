"""Sections, periods and roles on the committed fictional CV files, read through ingest.

Real PDF, DOCX and text files (data/samples and tests/fixtures/cvs) against their gold: every
gold role found by its period with the right ambulant/onderwijs/counts labels, no extra roles,
and the experience months of spec S4/S5. Scans are left to the OCR tests (slow).
"""

from __future__ import annotations

from datetime import date

import pytest
from answered_sets import gold_cases

from pipeline.facts import to_jsonable
from pipeline.ingest import read_document
from pipeline.scoring.experience import experience_months

LABELS = ("ambulant", "onderwijs", "counts")
CASES = [(folder, gold) for folder, gold in gold_cases() if "scan" not in gold["file"]]


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "periods", "roles")


@pytest.mark.parametrize(("folder", "gold"), CASES, ids=[gold["file"] for _, gold in CASES])
def test_roles_on_files_match_gold(nlp, params, folder, gold):
    document = read_document(folder / gold["file"], params)
    assert document.status == "ok", document.status_detail
    roles = nlp(document.text)._.roles
    found = {(role.start, role.end): role for role in roles}
    expected = {(role["start"], role["end"]): role for role in gold["roles"]}
    assert sorted(found) == sorted(expected)
    for key, role in expected.items():
        labels = {label: getattr(found[key], label) for label in LABELS}
        assert labels == {label: role[label] for label in labels}, (key, found[key].explanation)
    for role in roles:
        assert document.text[role.evidence.start:role.evidence.end] == role.evidence.text
    reference = date.fromisoformat(params["tender"]["reference_date"])
    months = {label: experience_months(to_jsonable(roles), [label], reference)
              for label in ("ambulant", "onderwijs")}
    assert months == gold["experience_months"]
