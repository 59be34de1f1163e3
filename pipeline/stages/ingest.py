"""Reading, the first half of the read stage: CV files -> one Document per file, cached by name
and content hash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.batch import Limits, run_cached
from pipeline.cache import (
    StageCache,
    code_fingerprint,
    file_sha256,
    fingerprint,
    imported_code,
)
from pipeline.document import Document
from pipeline.filenames import file_label
from pipeline.ingest import read_document
from pipeline.stages.common import input_problem, json_name, sync_folder, write_json

# The code a reading depends on: the ingest package and every pipeline module it imports,
# vocabularies included (code deps of the read stage in dvc.yaml; a test keeps both in step).
INGEST_CODE = imported_code("pipeline.ingest")
# Seconds the stage's guard adds to ingest.timeout_seconds, which the reader enforces itself
# with a clearer message; the guard only catches what slips past it.
GUARD_GRACE_SECONDS = 30

_PARAMS: dict[str, Any] = {}


def _init(params: dict[str, Any]) -> None:
    _PARAMS.clear()
    _PARAMS.update(params)


def _read(path: Path) -> dict[str, Any]:
    return read_document(path, _PARAMS).to_dict()


def _failed(path: Path, detail: str) -> dict[str, Any]:
    return Document(file=file_label(path.name), status="error", status_detail=detail).to_dict()


def file_hash(path: Path) -> str | None:
    """The content hash, or None for a file this process may not read."""
    try:
        return file_sha256(path)
    except OSError:
        return None


def file_size(path: Path) -> int:
    """Bytes, the cost by which the largest files are read first; 0 when it cannot be told."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def cache_key(path: Path, content_hash: str | None) -> str | None:
    """Name and content: the same CV sent twice under two names is two cache entries."""
    if content_hash is None:
        return None
    return fingerprint(file_label(path.name), content_hash)


def ingest_limits(params: dict[str, Any]) -> Limits:
    seconds = float(params["ingest"].get("timeout_seconds", 0))
    return Limits(
        seconds=seconds + GUARD_GRACE_SECONDS if seconds > 0 else 0,
        memory_mb=float(params.get("limits", {}).get("memory_mb", 0)),
    )


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

    Entries that are not regular files (links, folders, pipes, devices) get a Document with
    their status and are not opened at all. With workers, `while_waiting` runs in this process
    while they read.
    """
    cache = StageCache(Path(cache_dir) / "ingest", ingest_salt(params))
    problems = {path: input_problem(path) for path in files}
    readable = [path for path in files if problems[path] is None]
    hashes = {path: file_hash(path) for path in readable}
    results, read = run_cached(
        _read,
        readable,
        key=lambda path: cache_key(path, hashes[path]),
        cache=cache,
        stage="lezen",
        names=lambda path: file_label(path.name),
        failed=_failed,
        limits=ingest_limits(params),
        progress=progress,
        workers=workers,
        initializer=_init,
        initargs=(params,),
        cost=file_size,
        pages=lambda _, result: result.get("page_count") or 0,
        while_waiting=while_waiting,
    )
    by_path = dict(zip(readable, results, strict=True))
    documents = []
    for path in files:
        problem = problems[path]
        if problem is None:
            documents.append(Document.from_dict(by_path[path]))
        else:
            status, detail = problem
            documents.append(Document(file=file_label(path.name), status=status,
                                      status_detail=detail))  # type: ignore[arg-type]
    for document in documents:
        write_json(Path(out_dir) / json_name(document.file), document.to_dict())
    sync_folder(Path(out_dir), {json_name(d.file) for d in documents})
    counters = {"read": read, "cached": len(readable) - read}
    return documents, counters

