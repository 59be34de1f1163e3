"""The six fact recognizers on the committed fictional CV files, read through ingest.

Real PDF, DOCX and text files (data/samples and tests/fixtures/cvs, built by
tests/fixtures/build_fixture_set.py) against their gold: certificates, reference count,
motivation, zzp signal, candidate name and language. A subset keeps the suite fast: each file
stands for a layout or a trap; scans are left to the OCR tests.
"""

from __future__ import annotations

import re

import pytest
from answered_sets import gold_cases

from pipeline.ingest import read_document

CASES = gold_cases()
CHOSEN = {
    "04-joyce-mulder.docx",  # Word file, bare-name references
    "05-kevin-de-jong.docx",  # "Referenties zijn op aanvraag" -> 0
    "06-lotte-vermeulen.txt",  # plain text, capitals headings
    "07-daan-smit.pdf",  # English CV
    "08-nadia-el-amrani.pdf",  # own practice, KvK: a current zzp signal
    "f05-bas-groen.docx",  # zzp in the CV; a reference's e-mail address
    "f09-joost-van-leeuwen.pdf",  # three references, titled and bare; no motivation
    "f10-yara-hoekstra.pdf",  # two-column sidebar with the name beside "Contact"
}
CASES = [(folder, gold) for folder, gold in CASES if gold["file"] in CHOSEN]


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "certificates", "references", "motivation", "zzp",
                    "candidate_name", "language")


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


@pytest.mark.parametrize(("folder", "gold"), CASES, ids=[gold["file"] for _, gold in CASES])
def test_recognizers_on_files_match_gold(nlp, params, folder, gold):
    document = read_document(folder / gold["file"], params)
    assert document.status == "ok", document.status_detail
    doc = nlp.make_doc(document.text)
    doc._.page_starts = [page.start for page in document.pages]
    for _, component in nlp.pipeline:
        doc = component(doc)
    found = {
        "certificates": sorted(fact.name for fact in doc._.certificates),
        "references": len(doc._.references),
        "motivation_present": doc._.motivation.present,
        "zzp_signal": doc._.zzp_signal.value,
        "candidate_name": _norm(doc._.candidate_name.value),
        "language": doc._.language.code,
        "other_trainings": len(doc._.other_trainings),
    }
    expected = {
        "certificates": sorted(gold["certificates"]),
        "references": gold["references"],
        "motivation_present": gold["motivation_present"],
        "zzp_signal": gold["zzp_signal"],
        "candidate_name": _norm(gold["candidate_name"]),
        "language": gold["language"],
        "other_trainings": len(gold["other_trainings"]),
    }
    assert found == expected
    evidence = [fact.evidence for fact in doc._.certificates + doc._.other_trainings
                + doc._.references] + doc._.zzp_signal.evidence
    evidence += [doc._.candidate_name.evidence, doc._.motivation.evidence]
    for item in filter(None, evidence):
        assert document.text[item.start:item.end] == item.text
        assert item.page == document.page_of(item.start)
