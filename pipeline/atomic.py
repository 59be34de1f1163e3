"""Writing outputs so that a reader sees the old file or the new one, never half of one, and
never writes through a symlink someone planted in the output folder.

A temp file in the same folder, flushed and renamed over the target: rename replaces a symlink
itself rather than the file it points to, and is atomic on one file system.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".cvscreen-tmp-"


def real_folder(path: Path) -> Path:
    """`path` as a real folder (made if missing); a symlink in its place is removed first, so
    outputs never land where the link points."""
    path = Path(path)
    if path.is_symlink():
        path.unlink()
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace `path` (a symlink there is replaced, not followed) by a file holding `data`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """UTF-8; a lone surrogate (from a broken PDF font) becomes U+FFFD rather than an error."""
    write_bytes_atomic(path, text.encode("utf-8", errors="replace"))


def remove_stale_temps(folder: Path) -> None:
    """Temp files a killed run left behind."""
    for path in Path(folder).glob(TEMP_PREFIX + "*"):
        path.unlink(missing_ok=True)
