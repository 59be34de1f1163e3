"""Extraction, the second half of the read stage: Document -> facts per file, cached by document
hash, code, model and params."""

from __future__ import annotations

import dataclasses
import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from pipeline.batch import Limits, run_cached
from pipeline.cache import StageCache, code_fingerprint, fingerprint
from pipeline.document import Document
from pipeline.params import trained_models_folder
from pipeline.stages.common import json_name, sync_folder, write_json

# The spaCy pipeline (spaCy, scikit-learn, the recognizers: seconds to import and build) is
# loaded only when a file needs extracting, so a rerun that finds every file cached skips it.

EXTRACTION_PARAMS = ("tender", "nlp", "roles")
# The code an extraction depends on (code deps of the read stage in dvc.yaml): a change in,
# say, scoring or the report must not throw away every cached extraction.
EXTRACTION_CODE = (
    "stages/extract",
    "extract",
    "nlp",
    "structure",
    "recognizers",
    "lang",
    "models",
    "facts",
    "document",
)

_PARAMS: dict[str, Any] = {}


def prepare(params: dict[str, Any]) -> None:
    """Load the spaCy pipeline for `params` into this process, once; workers forked after this
    share it instead of each loading their own."""
    from pipeline.nlp import get_nlp

    _PARAMS.clear()
    _PARAMS.update(params)
    get_nlp(params)


def _extract(document: Document) -> dict[str, Any]:
    from pipeline.extract import extract_facts
    from pipeline.nlp import get_nlp

    return extract_facts(document, get_nlp(_PARAMS))


def extract_limits(params: dict[str, Any]) -> Limits:
    limits = params.get("limits", {})
    return Limits(
        seconds=float(limits.get("extract_timeout_seconds", 0)),
        memory_mb=float(limits.get("memory_mb", 0)),
    )


def failed_facts(document: Document, detail: str, params: dict[str, Any]) -> dict[str, Any]:
    """The record of a document whose extraction failed: status error, every fact unknown.
    (Only a file that was extracted can fail, so the pipeline is loaded already.)"""
    from pipeline.extract import empty_facts
    from pipeline.nlp import get_nlp, model_label, trained_models

    nlp = get_nlp(params)
    broken = dataclasses.replace(
        document, status="error", status_detail=f"extraction failed: {detail}"
    )
    return empty_facts(broken, model_label(nlp), trained_models(nlp))


def extract_salt(params: dict[str, Any]) -> str:
    """What an extraction depends on besides the document: code, models and some params."""
    relevant = {key: params.get(key) for key in EXTRACTION_PARAMS}
    relevant["section_min_probability"] = params.get("train", {}).get("section_min_probability")
    return fingerprint(
        "extract", code_fingerprint(*EXTRACTION_CODE), pipeline_identity(params), relevant
    )


def pipeline_identity(params: dict[str, Any]) -> dict[str, Any]:
    """What the spaCy pipeline that `get_nlp(params)` builds is made of, read without building
    it: the installed spaCy, its lookup tables and base models, and the trained model files."""
    names = list(params.get("nlp", {}).get("models", []))
    return {
        "packages": {name: _installed(name) for name in ("spacy", "spacy-lookups-data")},
        "base_models": {name: _installed(name) or _saved_pipeline(Path(name)) for name in names},
        "trained": _trained_files(trained_models_folder(params)),
    }


def _installed(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _trained_files(folder: Path) -> dict[str, str]:
    """Each file `dvc repro train` wrote (the models the pipeline adds when built), by hash."""
    if not folder.is_dir():
        return {}
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _saved_pipeline(folder: Path) -> list[tuple[str, int, int]] | None:
    """A pipeline saved with `nlp.to_disk`, known by its files' names, sizes and times."""
    if not folder.is_dir():
        return None
    return [
        (str(path.relative_to(folder)), path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]


def cache_key(document: Document) -> str:
    """The whole reading: a changed reader output re-extracts even when the file did not change."""
    return fingerprint(document.to_dict())


def run(
    documents: list[Document],
    out_dir: Path,
    params: dict[str, Any],
    cache_dir: Path,
    *,
    workers: int = 1,
    progress: bool = True,
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Facts for every document (cached or extracted); writes out_dir/<file>.json."""
    cache = StageCache(Path(cache_dir) / "extract", extract_salt(params))
    facts_list, extracted = run_cached(
        _extract,
        documents,
        key=cache_key,
        cache=cache,
        stage="extraheren",
        names=lambda document: document.file,
        failed=lambda document, detail: failed_facts(document, detail, params),
        limits=extract_limits(params),
        progress=progress,
        workers=workers,
        initializer=prepare,
        initargs=(params,),
        cost=lambda document: len(document.text),
        pages=lambda document, _: document.page_count or 0,
    )
    for facts in facts_list:
        write_json(Path(out_dir) / json_name(facts["file"]), facts)
    sync_folder(Path(out_dir), {json_name(f["file"]) for f in facts_list})
    return facts_list, {"extracted": extracted, "cached": len(documents) - extracted}

