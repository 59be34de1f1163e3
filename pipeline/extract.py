"""Turn one `Document` into the facts the tender asks about, each with its evidence.

The spaCy pipeline does the recognising; this module only runs it over the document's text
and lays the recognised facts out in the shape of the output contract.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.document import Document
from pipeline.facts import to_jsonable
from pipeline.nlp import model_label, trained_models


def empty_facts(
    document: Document, model: str, trained: dict[str, str] | None = None
) -> dict[str, Any]:
    """The record of a file whose text could not be read: every fact unknown."""
    return {
        "file": document.file,
        "status": document.status,
        "status_detail": document.status_detail,
        "model": model,
        "trained_models": trained or {},
        "sha256": document.sha256,
        "pages": document.page_count,
        "pages_estimated": document.page_count_estimated,
        "ocr": document.ocr,
        "reader_warnings": list(document.warnings),
        "hidden_text": list(document.hidden_text),
        "text_cut_at": document.text_cut_at,
        "language": None,
        "language_share": None,
        "candidate_name": None,
        "candidate_name_evidence": None,
        "diplomas": [],
        "skj": {"register": "skj", "number": None, "expires": None, "evidence": []},
        "registrations": {},
        "roles": [],
        "certificates": [],
        "other_trainings": [],
        "references": [],
        "references_on_request": False,
        "motivation": {"present": False, "words": 0, "text": ""},
        "zzp_signal": False,
        "zzp_evidence": [],
        "explanations": {},
        "sections": [],
        "corrections": [],
    }


def run_pipeline(nlp: Language, document: Document) -> Doc:
    """Run every pipe over the text, with page starts and regions (header, footer, footnote,
    table) set before the structure components need them."""
    doc = nlp.make_doc(document.text)
    doc._.page_starts = [page.start for page in document.pages]
    doc._.regions = document.regions
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def extract_facts(document: Document, nlp: Language) -> dict[str, Any]:
    """Facts of one document per the output contract, before a tender reads them (months per
    domain, field classes and counted certificates are pipeline.scoring's)."""
    record = empty_facts(document, model_label(nlp), trained_models(nlp))
    if document.status != "ok" or not document.text.strip():
        return record
    doc = run_pipeline(nlp, document)
    roles = doc._.roles or []
    registrations = doc._.registrations or {}
    language = doc._.language
    name = doc._.candidate_name
    zzp = doc._.zzp_signal
    record.update(
        {
            "language": language.code if language else None,
            "language_share": round(language.share, 3) if language else None,
            "candidate_name": name.value if name else None,
            "candidate_name_evidence": to_jsonable(name.evidence) if name else None,
            "diplomas": to_jsonable(doc._.diplomas or []),
            # every register the CV names; `skj` is the output contract's field
            "registrations": {key: to_jsonable(registration)
                              for key, registration in registrations.items()
                              if registration.mentioned or registration.number},
            "skj": to_jsonable(registrations["skj"]) if "skj" in registrations else record["skj"],
            "roles": to_jsonable(roles),
            "certificates": to_jsonable(doc._.certificates or []),
            "other_trainings": to_jsonable(doc._.other_trainings or []),
            "references": to_jsonable(doc._.references or []),
            "references_on_request": bool(doc._.references_on_request),
            "motivation": to_jsonable(doc._.motivation)
            if doc._.motivation
            else record["motivation"],
            "zzp_signal": bool(zzp and zzp.value),
            "zzp_evidence": to_jsonable(zzp.evidence) if zzp else [],
            "explanations": {
                "certificates_rejected": doc._.certificate_rejections or [],
                "motivation": doc._.motivation_explanation,
                "zzp": doc._.zzp_explanation,
            },
            "sections": [
                {"label": span.label_, "start": span.start_char, "end": span.end_char}
                for span in doc.spans.get("sections", [])
            ],
        }
    )
    return record
