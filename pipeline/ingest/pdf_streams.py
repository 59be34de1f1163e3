"""A PDF's compressed streams, measured unpacked before any PDF library inflates them whole.

An 8 KB PDF can hold a content stream that inflates to gigabytes. pdfminer and pdfium inflate a
stream in one go, so the size is measured here first, in bounded pieces, and a PDF that would
unpack past the budget is refused before it is parsed.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

_STREAM_START = re.compile(rb"stream\r?\n")
_PIECE = 1 << 16  # compressed bytes fed per step
_OUT = 1 << 20  # unpacked bytes taken per step


def inflated_size(path: Path, budget: int) -> int:
    """Bytes the Flate streams of `path` unpack to, counted up to just past `budget`.

    Every 'stream' keyword is tried as the start of a zlib stream; data that is not one
    (images in other codecs, encrypted streams) fails at once and counts nothing.
    """
    total = 0
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for match in _STREAM_START.finditer(data):
            total += _inflate_count(data, match.end(), budget - total + 1)
            if total > budget:
                break
    return total


def _inflate_count(data: mmap.mmap, start: int, limit: int) -> int:
    inflater = zlib.decompressobj()
    count, position = 0, start
    try:
        while position < len(data) and not inflater.eof and count <= limit:
            chunk = inflater.decompress(data[position:position + _PIECE], _OUT)
            count += len(chunk)
            position += _PIECE
            while inflater.unconsumed_tail and count <= limit:
                count += len(inflater.decompress(inflater.unconsumed_tail, _OUT))
    except zlib.error:
        pass
    return count
