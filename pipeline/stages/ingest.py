"""Reading, the first half of the read stage: CV files -> one Document per file, cached by name
and content hash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.batch import run_cached
from pipeline.cache import StageCache, code_fingerprint, file_sha256, fingerprint
from pipeline.document import Document
from pipeline.ingest import read_document
from pipeline.stages.common import json_name, sync_folder, write_json

# The code a reading depends on (code deps of the read stage in dvc.yaml).
INGEST_CODE = ("ingest", "document", "decoding")

_PARAMS: dict[str, Any] = {}


def _init(params: dict[str, Any]) -> None:
    _PARAMS.clear()
    _PARAMS.update(params)


def _read(path: Path) -> dict[str, Any]:
    return read_document(path, _PARAMS).to_dict()


def cache_key(path: Path, content_hash: str) -> str:
    """Name and content: the same CV sent twice under two names is two cache entries."""
    return fingerprint(path.name, content_hash)


def ingest_salt(params: dict[str, Any]) -> str:
    return fingerprint("ingest", code_fingerprint(*INGEST_CODE), params["ingest"])


def run(
    files: list[Path],
    out_dir: Path,
    params: dict[str, Any],
    cache_dir: Path,
    *,
    workers: int = 1,
    progress: bool = True,
    while_waiting: Callable[[], Any] | None = None,
) -> tuple[list[Document], dict[str, int]]:
    """Read every file (or take it from the cache); write out_dir/<file>.json for each.

    With workers, `while_waiting` runs in this process while they read."""
    cache = StageCache(Path(cache_dir) / "ingest", ingest_salt(params))
    hashes = {path: file_sha256(path) for path in files}
    results, read = run_cached(
        _read,
        files,
        key=lambda path: cache_key(path, hashes[path]),
        cache=cache,
        stage="lezen",
        names=lambda path: path.name,
        progress=progress,
        workers=workers,
        initializer=_init,
        initargs=(params,),
        cost=lambda path: path.stat().st_size,
        pages=lambda _, result: result.get("page_count") or 0,
        while_waiting=while_waiting,
    )
    documents = [Document.from_dict(result) for result in results]
    for document in documents:
        write_json(Path(out_dir) / json_name(document.file), document.to_dict())
    sync_folder(Path(out_dir), {json_name(d.file) for d in documents})
    counters = {"read": read, "cached": len(files) - read}
    return documents, counters

