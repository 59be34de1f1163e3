"""Plain text CVs: decode (UTF-8 with or without BOM, UTF-16 with BOM, else cp1252) and paginate."""

from __future__ import annotations

import math

from pipeline.decoding import decode_text
from pipeline.ingest.cleanup import clean_text


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
