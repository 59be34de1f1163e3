"""Bytes to text for the plain-text files users hand in (CVs, the submissions CSV).

Kept outside `pipeline.ingest` so that reading a small CSV does not import the PDF and DOCX
readers.
"""

from __future__ import annotations

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-be' or 'utf-16-le' for UTF-16 text saved without a BOM, else None.

    Latin text in UTF-16 has a NUL in every other byte: before each letter (big-endian) or
    after it (little-endian). Neither UTF-8 nor any 8-bit encoding has NULs in text.
    """
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0:pairs * 2:2].count(0)
    odd_nuls = sample[1:pairs * 2:2].count(0)
    if even_nuls >= 0.6 * pairs and odd_nuls <= 0.1 * pairs:
        return "utf-16-be"
    if odd_nuls >= 0.6 * pairs and even_nuls <= 0.1 * pairs:
        return "utf-16-le"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding used). cp1252 is the common Dutch Windows fallback; latin-1 never fails."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    utf16 = utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"
