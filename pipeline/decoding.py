"""Bytes to text for the plain-text files users hand in (CVs, the submissions CSV).

Kept outside `pipeline.ingest` so that reading a small CSV does not import the PDF and DOCX
readers.
"""

from __future__ import annotations

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
