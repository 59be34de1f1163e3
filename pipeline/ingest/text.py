"""Plain text CVs: decode (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252) and paginate."""

from __future__ import annotations

import math

from pipeline.ingest.cleanup import clean_text

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding used). cp1252 is the common Dutch Windows fallback; latin-1 never fails."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def text_pages(data: bytes, lines_per_page: int) -> tuple[list[str], str]:
    """Page texts (form feeds split pages; else every `lines_per_page` lines) and the encoding."""
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    pages: list[str] = []
    for chunk in text.split("\f") if text else [""]:
        lines = chunk.split("\n")
        count = max(1, math.ceil(len(lines) / lines_per_page))
        for index in range(count):
            part = "\n".join(lines[index * lines_per_page:(index + 1) * lines_per_page])
            pages.append(clean_text(part).strip("\n"))
    return pages, encoding
