"""Ingest: any input file -> a Document with its text in reading order and a status.

`read_document` never raises for a bad file: every file gets a Document whose status says
whether it could be read (ok | needs_ocr | unreadable | unsupported | error) and why not.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.filenames import file_label
from pipeline.ingest.docx import ZipBombError, estimate_pages, read_docx
from pipeline.ingest.pdf import PageText, PdfProblem, read_image, read_pdf
from pipeline.ingest.render import RENDER_TIMEOUT, rendered_page_count
from pipeline.ingest.sniff import IMAGE_KINDS, KIND_NAMES, sniff_kind
from pipeline.ingest.text import text_pages
from pipeline.limits import Deadline, FileTimeout, time_limit

log = logging.getLogger(__name__)

__all__ = ["read_document"]

SNIFF_BYTES = 4096
DEFAULT_MAX_TEXT_CHARS = 100_000  # params.yaml ingest.max_text_chars
# A plain-text file is read only this far (bytes per character of the cut, UTF-8 worst case).
_TEXT_BYTES_PER_CHAR = 4
# The output contract accepts .pdf, .docx and .txt; plain text is read only under .txt.
TEXT_EXTENSIONS = frozenset({".txt"})
# The extension a kind is normally saved under, to say when a file is misnamed.
_EXTENSIONS = {
    "pdf": {".pdf"}, "docx": {".docx", ".docm", ".dotx"}, "text": TEXT_EXTENSIONS,
    "jpeg": {".jpg", ".jpeg"}, "png": {".png"}, "tiff": {".tif", ".tiff"}, "gif": {".gif"},
}


def read_document(path: Path, params: dict) -> Document:
    """Read one file; all failures become a status on the returned Document."""
    path = Path(path)
    ingest = params.get("ingest", {})
    label = file_label(path.name)
    try:
        data_hash, size, head = _hash_and_head(path)
    except OSError as error:
        detail = f"cannot open file: {error.strerror or error}"
        return Document(file=label, status="unreadable", status_detail=detail)
    document = Document(file=label, sha256=data_hash)
    if size == 0:
        return _fail(document, "unreadable", "zero-byte file")
    max_mb = float(ingest.get("max_file_mb", 50))
    if size > max_mb * 1024 * 1024:
        return _fail(document, "unsupported", f"file is larger than {max_mb:g} MB")
    seconds = float(ingest.get("timeout_seconds", 0))
    try:
        with time_limit(seconds):
            document = _dispatch(path, head, document, ingest, Deadline(seconds))
    except FileTimeout as error:
        return _fail(document, "error", str(error))
    except MemoryError:
        return _fail(document, "error", "reader ran out of memory (limits.memory_mb)")
    except RecursionError:
        return _fail(document, "error", "file is too deeply nested to read")
    except Exception as error:
        log.warning("ingest failed for one file: %s", type(error).__name__)
        return _fail(document, "error", f"reader crashed: {type(error).__name__}")
    return cut_text(document, int(ingest.get("max_text_chars", DEFAULT_MAX_TEXT_CHARS)))


def cut_text(document: Document, max_chars: int) -> Document:
    """`document` with its text cut to `max_chars` (pages past the cut dropped), flagged."""
    if len(document.text) <= max_chars:
        return document
    document.text = document.text[:max_chars]
    document.pages = [page for page in document.pages if page.start < max_chars]
    if document.pages:
        document.pages[-1].end = min(document.pages[-1].end, max_chars)
    document.regions = [region for region in document.regions if region.start < max_chars]
    for region in document.regions:
        region.end = min(region.end, max_chars)
    document.text_cut_at = max_chars
    document.warnings.append(
        f"text cut at {max_chars:,} characters (ingest.max_text_chars); the rest was not read"
    )
    return document


def _dispatch(
    path: Path, head: bytes, document: Document, ingest: dict[str, Any], deadline: Deadline
) -> Document:
    kind = sniff_kind(path, head)
    suffix = path.suffix.lower()
    if kind in _EXTENSIONS and suffix not in _EXTENSIONS[kind]:
        document.warnings.append(f"file named {suffix or '(no extension)'} is {KIND_NAMES[kind]}")
    if kind == "pdf":
        return _read_pdf(path, document, ingest, deadline)
    if kind == "docx":
        return _read_docx(path, document, ingest, deadline)
    if kind == "text" and suffix in TEXT_EXTENSIONS:
        return _read_text(path, document, ingest)
    if kind in IMAGE_KINDS and suffix == ".pdf":  # a scan saved under the wrong name
        result = read_image(path, _misnamed(suffix, kind)[len("file is "):], ingest, deadline)
        return _from_pages(document, result, "image")
    if suffix in (".pdf", ".txt"):
        return _fail(document, "unreadable", _misnamed(suffix, kind))
    if suffix in {".docx", ".docm"}:
        if kind == "zip":
            detail = "not a Word document: ZIP without word/document.xml"
            return _fail(document, "unreadable", detail)
        return _fail(document, "unreadable", _misnamed(suffix, kind))
    what = KIND_NAMES.get(kind, kind)
    return _fail(document, "unsupported", f"unsupported file type: {what} ({suffix or 'no ext'})")


def _misnamed(suffix: str, kind: str) -> str:
    expected = {".pdf": "PDF", ".docx": "DOCX", ".docm": "DOCX", ".txt": "text file"}.get(
        suffix, suffix or "file"
    )
    return f"file is {KIND_NAMES.get(kind, kind)}, not a {expected}"


def _read_pdf(
    path: Path, document: Document, ingest: dict[str, Any], deadline: Deadline
) -> Document:
    document.format = "pdf"
    try:
        result = read_pdf(path, ingest, deadline)
    except PdfProblem as problem:
        return _fail(document, problem.status, problem.detail)
    return _from_pages(document, result, "pdf")


def _from_pages(document: Document, result: PageText, format_: str) -> Document:
    built = Document.from_pages(
        document.file,
        result.pages,
        status=result.status,
        status_detail=result.status_detail,
        format=format_,
        sha256=document.sha256,
        ocr=result.ocr,
        warnings=document.warnings + result.warnings,
        hidden_text=result.hidden,
    )
    built.page_count = result.page_count
    return built


def _read_docx(
    path: Path, document: Document, ingest: dict[str, Any], deadline: Deadline
) -> Document:
    document.format = "docx"
    try:
        result = read_docx(path, float(ingest.get("max_unzipped_mb", 200)))
    except ZipBombError as error:
        return _fail(document, "unreadable", str(error))
    except (zipfile.BadZipFile, KeyError) as error:
        return _fail(document, "unreadable", f"damaged DOCX: {type(error).__name__}")
    built = Document.from_pages(
        document.file, result.pages, format="docx", sha256=document.sha256,
        warnings=document.warnings, hidden_text=result.hidden,
    )
    if not built.text.strip():
        return _fail(built, "unreadable", "DOCX contains no text")
    rendered = rendered_page_count(path, deadline.left(RENDER_TIMEOUT) or RENDER_TIMEOUT)
    if rendered:
        built.page_count = rendered
        return built
    # Word's own count from its last save, else page breaks or an estimate, the larger.
    built.page_count = result.app_pages or max(len(result.pages), estimate_pages(built.text))
    built.page_count_estimated = True
    return built


def _read_text(path: Path, document: Document, ingest: dict[str, Any]) -> Document:
    max_bytes = int(ingest.get("max_text_chars", DEFAULT_MAX_TEXT_CHARS)) * _TEXT_BYTES_PER_CHAR
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        document.warnings.append("text file longer than ingest.max_text_chars; rest not read")
        data = data[:max_bytes]
    pages, encoding = text_pages(data, int(ingest.get("txt_lines_per_page", 60)))
    warnings = list(document.warnings)
    if encoding not in ("utf-8",):
        warnings.append(f"text decoded as {encoding}")
    built = Document.from_pages(
        document.file, pages, format="txt", sha256=document.sha256, warnings=warnings
    )
    if not built.text.strip():
        return _fail(built, "unreadable", "text file contains no text")
    return built


def _fail(document: Document, status: str, detail: str) -> Document:
    document.status, document.status_detail = status, detail  # type: ignore[assignment]
    return document


def _hash_and_head(path: Path) -> tuple[str, int, bytes]:
    digest, size, head = hashlib.sha256(), 0, b""
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            if not head:
                head = block[:SNIFF_BYTES]
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size, head
