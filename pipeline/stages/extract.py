"""Stage extract: Document JSON -> facts JSON per file, cached by document hash and model."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.batch import Limits, run_cached
from pipeline.cache import StageCache, code_fingerprint, fingerprint
from pipeline.document import Document
from pipeline.extract import empty_facts, extract_facts
from pipeline.nlp import get_nlp, model_label, trained_models
from pipeline.params import load_params
from pipeline.stages.common import json_name, read_json_folder, sync_folder, write_json

EXTRACTION_PARAMS = ("tender", "nlp", "roles")
# The code an extraction depends on (the extract stage's code deps in dvc.yaml): a change in,
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
    "evidence",
    "document",
)
# Learned models the pipeline adds when `dvc repro train` has built them (dvc.yaml deps too).

_PARAMS: dict[str, Any] = {}


def _init(params: dict[str, Any]) -> None:
    _PARAMS.clear()
    _PARAMS.update(params)
    get_nlp(params)  # load once per worker, before the first file


def _extract(document: Document) -> dict[str, Any]:
    return extract_facts(document, get_nlp(_PARAMS))


def extract_limits(params: dict[str, Any]) -> Limits:
    limits = params.get("limits", {})
    return Limits(
        seconds=float(limits.get("extract_timeout_seconds", 0)),
        memory_mb=float(limits.get("memory_mb", 0)),
    )


def failed_facts(document: Document, detail: str, nlp: Language) -> dict[str, Any]:
    """The record of a document whose extraction failed: status error, every fact unknown."""
    broken = dataclasses.replace(
        document, status="error", status_detail=f"extraction failed: {detail}"
    )
    return empty_facts(broken, model_label(nlp), trained_models(nlp))


def extract_salt(params: dict[str, Any], nlp: Language) -> str:
    """What an extraction depends on besides the document: code, models and some params."""
    relevant = {key: params.get(key) for key in EXTRACTION_PARAMS}
    relevant["section_min_probability"] = params.get("train", {}).get("section_min_probability")
    return fingerprint(
        "extract",
        code_fingerprint(*EXTRACTION_CODE),
        model_label(nlp),
        trained_models(nlp),
        relevant,
    )


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
    nlp = get_nlp(params)
    cache = StageCache(Path(cache_dir) / "extract", extract_salt(params, nlp))
    facts_list, extracted = run_cached(
        _extract,
        documents,
        key=cache_key,
        cache=cache,
        stage="extraheren",
        names=lambda document: document.file,
        failed=lambda document, detail: failed_facts(document, detail, nlp),
        limits=extract_limits(params),
        progress=progress,
        workers=workers,
        initializer=_init,
        initargs=(params,),
    )
    for facts in facts_list:
        write_json(Path(out_dir) / json_name(facts["file"]), facts)
    sync_folder(Path(out_dir), {json_name(f["file"]) for f in facts_list})
    return facts_list, {"extracted": extracted, "cached": len(documents) - extracted}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--params", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=Path("data/interim/cache"))
    parser.add_argument("--counters", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    params = load_params(args.params)
    documents = [Document.from_dict(d) for d in read_json_folder(args.documents)]
    _, counters = run(documents, args.out, params, args.cache, workers=args.workers)
    write_json(args.counters or args.out.parent / "extract-counters.json", counters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
