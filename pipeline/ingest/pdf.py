"""PDF CVs: open safely, read pages in reading order, drop running headers/footers, OCR scans."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from pipeline.ingest.cleanup import clean_text

log = logging.getLogger(__name__)

EOF_WINDOW = 2048  # "%%EOF" must be near the end of a complete PDF


class PdfProblem(Exception):
    """A PDF that cannot be read, with the status and a short reason."""

    def __init__(self, status: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


@dataclass
class PdfText:
    pages: list[str]
    page_count: int
    running: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ocr: dict[str, Any] | None = None
    status: str = "ok"
    status_detail: str = ""


def has_eof_marker(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - EOF_WINDOW))
        return b"%%EOF" in handle.read()


def open_pdf(path: Path) -> pdfplumber.PDF:
    """Open and count pages, translating pdfminer's failures into PdfProblem."""
    try:
        pdf = pdfplumber.open(path)
        _ = len(pdf.pages)
    except Exception as error:
        raise _problem(path, error) from error
    return pdf


def _problem(path: Path, error: Exception) -> PdfProblem:
    cause = _root_cause(error)
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return PdfProblem("unreadable", "encrypted PDF (needs a password to open)")
    if not has_eof_marker(path):
        return PdfProblem("unreadable", f"truncated PDF: no end-of-file marker ({_name(cause)})")
    return PdfProblem("unreadable", f"damaged PDF: {_name(cause)}")


def _root_cause(error: BaseException) -> BaseException:
    seen = error
    while True:
        inner = seen.__cause__ or seen.__context__
        if inner is None and seen.args and isinstance(seen.args[0], BaseException):
            inner = seen.args[0]
        if inner is None or inner is seen:
            return seen
        seen = inner


def _name(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0][:80] if str(error).strip() else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def read_pdf(path: Path, ingest: dict[str, Any]) -> PdfText:
    """Read up to ingest.max_pages_read pages; raises PdfProblem for files that cannot open."""
    pdf = open_pdf(path)
    with pdf:
        page_count = len(pdf.pages)
        limit = int(ingest.get("max_pages_read", page_count))
        warnings: list[str] = []
        if page_count > limit:
            warnings.append(f"{page_count} pages; only the first {limit} were read")
        texts = [clean_text(page.extract_text() or "") for page in pdf.pages[:limit]]
    if not has_eof_marker(path):
        return PdfText(
            pages=texts, page_count=page_count, warnings=warnings, status="unreadable",
            status_detail="truncated PDF: no end-of-file marker, the text may be incomplete",
        )
    result = PdfText(pages=texts, page_count=page_count, warnings=warnings)
    min_chars = int(ingest.get("ocr", {}).get("min_chars_per_page", 40))
    if all(len(text.strip()) < min_chars for text in texts):
        result.status, result.status_detail = "needs_ocr", "PDF has no text layer (scan)"
    return result
