"""What a file really is, from its first bytes: a CV named .pdf may be a photo or a Word file."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pipeline.decoding import utf16_without_bom

# Magic bytes -> kind. Checked in order; the ZIP case is refined by looking inside.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF8", "gif"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # legacy .doc/.xls
    (b"{\\rtf", "rtf"),
    (b"PK\x03\x04", "zip"),
)
PDF_HEADER_WINDOW = 1024  # the PDF spec lets %PDF- start anywhere in the first 1 KB

KIND_NAMES = {
    "pdf": "a PDF",
    "docx": "a Word (DOCX) document",
    "zip": "a ZIP archive",
    "jpeg": "a JPEG image",
    "png": "a PNG image",
    "tiff": "a TIFF image",
    "gif": "a GIF image",
    "ole": "a legacy Word/Office (.doc) file",
    "rtf": "an RTF document",
    "text": "a plain text file",
    "binary": "an unknown binary file",
}
IMAGE_KINDS = frozenset({"jpeg", "png", "tiff", "gif"})


def sniff_kind(path: Path, head: bytes) -> str:
    """The kind of file `head` (its first bytes) says it is; see KIND_NAMES."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return _zip_kind(path) if kind == "zip" else kind
    if b"%PDF-" in head[:PDF_HEADER_WINDOW]:
        return "pdf"
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or _looks_textual(head):
        return "text"
    utf16 = utf16_without_bom(head)
    if utf16 and _looks_textual(head.decode(utf16, errors="replace").encode("utf-8")):
        return "text"
    return "binary"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return "zip"
    return "docx" if "word/document.xml" in names else "zip"


def _looks_textual(head: bytes) -> bool:
    """No NUL bytes and few control characters: text in some 8-bit or UTF-8 encoding."""
    if not head or b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    return controls / len(head) < 0.01
