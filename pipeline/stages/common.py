"""Small helpers the stage scripts share: file listing, JSON folders, counters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

IGNORED_NAMES = {"submissions.csv", "review.yaml"}


def list_inputs(input_dir: Path, exclude: set[Path] = frozenset()) -> list[Path]:
    """Every regular file in `input_dir` (sorted), minus the batch's own metadata files.

    Folders are not CVs and are not listed; every other file is, whatever its type, so that
    nothing is dropped silently.
    """
    excluded = {path.resolve() for path in exclude}
    return sorted(
        path
        for path in Path(input_dir).iterdir()
        if path.is_file() and path.name not in IGNORED_NAMES and path.resolve() not in excluded
    )


def json_name(file: str) -> str:
    return f"{file}.json"


def write_json(path: Path, value: Any) -> None:
    """Write `value`, unless the file already holds it: an untouched file keeps its time, so
    DVC need not hash it again when a rerun changed one CV of hundreds."""
    data = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def read_json_folder(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def sync_folder(folder: Path, keep: set[str]) -> None:
    """Remove results of files that left the batch, so a folder mirrors its inputs."""
    for path in Path(folder).glob("*.json"):
        if path.name not in keep:
            path.unlink()
