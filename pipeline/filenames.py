"""File names as text: a label every output can hold, and output names every file system takes.

A name in INPUT_DIR is bytes on Linux. It may be invalid UTF-8, 255 bytes long, hold newlines,
start with a dash or carry bidi overrides; the label and the derived names stay usable anyway.
"""

from __future__ import annotations

import hashlib
import os
import re

# Derived names longer than this (in bytes, before ".json") are cut and given a hash suffix.
MAX_OUTPUT_STEM_BYTES = 120
_PLAIN = re.compile(r"[\w][\w .,()+=@#&'~\[\]-]*", re.ASCII)


def file_label(name: str) -> str:
    """The name as valid text: bytes that are not UTF-8 appear as \\xNN escapes."""
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def output_name(label: str, suffix: str = ".json") -> str:
    """A safe file name derived from a label: the label itself when it is plain and short,
    else a plain cut of it plus a hash of the whole label (so names never collide)."""
    if _PLAIN.fullmatch(label) and len(label.encode("utf-8")) <= MAX_OUTPUT_STEM_BYTES:
        return label + suffix
    digest = hashlib.sha256(label.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]
    plain = re.sub(r"[^\w.()+-]+", "_", label, flags=re.ASCII).strip("._-")
    return f"{plain[:60] or 'bestand'}-{digest}{suffix}"
