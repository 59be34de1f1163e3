"""Small helpers the stage scripts share: the input listing, JSON folders, counters."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from pipeline.atomic import remove_stale_temps, write_bytes_atomic
from pipeline.filenames import output_name

IGNORED_NAMES = {"submissions.csv", "review.yaml"}


def list_inputs(input_dir: Path, exclude: set[Path] = frozenset()) -> list[Path]:
    """Every entry of `input_dir` (sorted, listed once), minus the batch's own metadata files.

    Folders, links and special files are listed too: reading (stages.ingest) gives each a status
    (`input_problem`), so that nothing in the folder is dropped silently.
    """
    excluded = {os.path.abspath(path) for path in exclude}
    with os.scandir(input_dir) as entries:
        paths = [
            Path(entry.path)
            for entry in entries
            if not is_metadata(Path(entry.path)) and os.path.abspath(entry.path) not in excluded
        ]
    return sorted(paths, key=lambda path: os.fsencode(path.name))


def is_metadata(path: Path) -> bool:
    """The batch's submissions.csv or review.yaml: a regular file (not a link) of that name.

    A folder or link under such a name is an input entry like any other, with its status.
    """
    return path.name in IGNORED_NAMES and input_problem(path) is None and path.exists()


def input_problem(path: Path) -> tuple[str, str] | None:
    """(status, detail) for an entry that is not screened, None for a regular file.

    A link is never followed: it could point outside INPUT_DIR (to /etc/passwd, or to a CV
    that was not handed in), and what it points to is not what was submitted.
    """
    try:
        mode = os.lstat(path).st_mode
    except OSError as error:
        return "unreadable", f"cannot inspect entry: {error.strerror or error}"
    if stat.S_ISLNK(mode):
        return "unsupported", "symlink: links are not followed, only files in the folder count"
    if stat.S_ISDIR(mode):
        return "unsupported", "folder: skipped, only files directly in the input folder count"
    if stat.S_ISFIFO(mode):
        return "unsupported", "named pipe (FIFO): not a file, skipped"
    if stat.S_ISSOCK(mode):
        return "unsupported", "socket: not a file, skipped"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "unsupported", "device file: not a file, skipped"
    if not stat.S_ISREG(mode):
        return "unsupported", "special file: skipped"
    return None


def json_name(file: str) -> str:
    """The per-file JSON name of a file label (hashed when the label is long or odd)."""
    return output_name(file)


def write_json(path: Path, value: Any) -> None:
    """Write `value` atomically (pipeline.atomic), unless the file already holds it: an
    untouched file keeps its time, so DVC need not hash it again when a rerun changed one CV of
    hundreds. Only a regular file is compared; a link in its place is replaced, not read."""
    data = json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8", errors="replace")
    try:
        found = os.lstat(path)
        if stat.S_ISREG(found.st_mode) and found.st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    write_bytes_atomic(path, data)


def read_json_folder(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def sync_folder(folder: Path, keep: set[str]) -> None:
    """Remove results of files that left the batch, so a folder mirrors its inputs."""
    for path in Path(folder).glob("*.json"):
        if path.name not in keep:
            path.unlink()
    remove_stale_temps(folder)
