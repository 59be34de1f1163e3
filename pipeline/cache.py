"""A per-file result cache, so a rerun only redoes the files whose inputs changed.

DVC reruns a stage when any file in its folder changes; this cache is what keeps adding one CV
to a batch of 500 from re-reading the other 499. A result is keyed by the file's content hash
and a salt made of the code fingerprint and the params the stage depends on.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from pipeline.atomic import TEMP_PREFIX, write_text_atomic

PACKAGE = Path(__file__).resolve().parent


def fingerprint(*parts: Any) -> str:
    """A stable hash of JSON-serialisable parts (params sections, versions, labels)."""
    blob = json.dumps(parts, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks (a scan can be tens of megabytes)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def code_fingerprint(*subpackages: str) -> str:
    """Hash of the source files of the named subpackages (or all of `pipeline` when none)."""
    roots = [PACKAGE / name for name in subpackages] or [PACKAGE]
    digest = hashlib.sha256()
    for root in roots:
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root.with_suffix(".py")]
        for path in files:
            digest.update(str(path.relative_to(PACKAGE)).encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def imported_code(package: str) -> tuple[str, ...]:
    """`package` and every pipeline module it imports, transitively, as code_fingerprint names
    ("ingest", "lang/nl/months", "lang/nl/__init__"): read from the import statements, so a
    module that moves or a vocabulary that is added is covered without a list to keep."""
    root = PACKAGE / package.removeprefix("pipeline.").replace(".", "/")
    todo = sorted(root.rglob("*.py")) if root.is_dir() else [root.with_suffix(".py")]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for name in _pipeline_imports(path):
            parts = name.split(".")[1:]
            for depth in range(len(parts) + 1):  # the packages on the way run their __init__
                base = PACKAGE.joinpath(*parts[:depth])
                todo += [base / "__init__.py", base.with_suffix(".py")]
    names = set()
    for path in seen:
        relative = path.relative_to(PACKAGE)
        if root.is_dir() and path.is_relative_to(root):
            names.add(str(root.relative_to(PACKAGE)))
        elif relative != Path("__init__.py"):
            names.add(str(relative.with_suffix("")))
    return tuple(sorted(names))


def _pipeline_imports(path: Path) -> set[str]:
    """Names of the pipeline modules (or their attributes' modules) a source file imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pipeline")}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipeline"):
            found.add(node.module or "")
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


class StageCache:
    """JSON results under `root`, one file per (salt, content hash); counts hits and misses."""

    def __init__(self, root: Path, salt: str) -> None:
        self.root = Path(root)
        self.salt = salt
        self.hits = 0
        self.misses = 0
        for stale in self.root.glob(f"*/{TEMP_PREFIX}*"):  # left by a killed run
            stale.unlink(missing_ok=True)

    def _path(self, content_hash: str) -> Path:
        key = hashlib.sha256(f"{self.salt}:{content_hash}".encode()).hexdigest()
        return self.root / key[:2] / f"{key}.json"

    def get(self, content_hash: str) -> dict[str, Any] | None:
        path = self._path(content_hash)
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, content_hash: str, value: dict[str, Any]) -> None:
        # A result that cannot be cached is only computed again next time.
        with contextlib.suppress(OSError):
            write_text_atomic(self._path(content_hash), json.dumps(value, ensure_ascii=False))
