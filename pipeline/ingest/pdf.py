"""PDF CVs: open safely, read pages in reading order, drop running headers/footers, OCR scans."""

from __future__ import annotations

import re
import statistics
import warnings
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils import extract_words
from PIL import Image, ImageOps

from pipeline import cores
from pipeline.document import mark_region, strip_marks
from pipeline.ingest.cleanup import clean_text, vocabulary_of
from pipeline.ingest.glyphs import without_duplicate_glyphs
from pipeline.ingest.headers_footers import split_running
from pipeline.ingest.image_text import ImageText
from pipeline.ingest.ocr import (
    OcrPage,
    OcrTimeout,
    OcrUnavailable,
    check_language,
    ocr_image,
    render_dpi,
)
from pipeline.ingest.page_objects import chars_and_horizontal_edges
from pipeline.ingest.pdf_layout import Rule, page_fragments, reading_lines
from pipeline.ingest.pdf_streams import inflated_size
from pipeline.ingest.visibility import (
    TooManyChars,
    hidden_chars,
    judge_rendered,
    summarise,
    trace_layout,
)
from pipeline.limits import Deadline

EOF_WINDOW = 2048  # "%%EOF" must be near the end of a complete PDF
OCR_PAGE_TIMEOUT = 120.0  # seconds for one page, within the file's own budget
IMAGE_DEFAULT_DPI = 300  # a photo or scan without a resolution tag
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
MIN_RULE_WIDTH = 20.0  # points; shorter horizontal strokes are underlines or bullets
DEFAULT_MAX_PIXELS = 40_000_000  # params.yaml ingest.max_render_pixels
DEFAULT_MAX_CHARS_PER_PAGE = 100_000  # params.yaml ingest.max_chars_per_page


class PdfProblem(Exception):
    """A PDF that cannot be read, with the status and a short reason."""

    def __init__(self, status: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


@dataclass
class PageText:
    """Text per page and what the reader noticed, for Document.from_pages."""

    pages: list[str]  # with region marks (pipeline.document.mark_region)
    page_count: int
    warnings: list[str] = field(default_factory=list)
    ocr: dict[str, Any] | None = None
    status: str = "ok"
    status_detail: str = ""
    hidden: list[dict[str, Any]] = field(default_factory=list)  # text nobody sees, left out


def has_eof_marker(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - EOF_WINDOW))
        return b"%%EOF" in handle.read()


def layout_pages(
    word_pages: list[list[dict]], heights: list[float], rules: list[list[Rule]] | None = None
) -> list[str]:
    """Page texts in reading order from word boxes; the running header stands once at the
    top of the first page and the running footer at the foot of the last, as regions."""
    fragments = [page_fragments(words) if words else [] for words in word_pages]
    running = split_running(fragments, heights)
    rules = rules or [[] for _ in running.bodies]
    raw = [
        "\n".join(reading_lines(body, page_rules))
        for body, page_rules in zip(running.bodies, rules, strict=True)
    ]
    vocabulary = vocabulary_of("\n".join(raw))
    texts = [clean_text(text, vocabulary).strip("\n") for text in raw]
    if texts and running.headers:
        header = mark_region("header", clean_text("\n".join(running.headers)).strip())
        texts[0] = f"{header}\n{texts[0]}".rstrip("\n")
    if texts and running.footers:
        footer = mark_region("footer", clean_text("\n".join(running.footers)).strip())
        texts[-1] = f"{texts[-1]}\n{footer}".lstrip("\n")
    return texts


def read_pdf(path: Path, ingest: dict[str, Any], deadline: Deadline) -> PageText:
    """Read up to ingest.max_pages_read pages; raises PdfProblem for files that cannot open."""
    ocr_params = ingest.get("ocr", {})
    min_chars = int(ocr_params.get("min_chars_per_page", 40))
    warnings: list[str] = []
    hidden: list[dict[str, Any]] = []
    budget_mb = float(ingest.get("pdf_max_inflated_mb", 256))
    if inflated_size(path, int(budget_mb * 1024 * 1024)) > budget_mb * 1024 * 1024:
        raise PdfProblem("unsupported", f"PDF unpacks to more than {budget_mb:g} MB"
                         " (ingest.pdf_max_inflated_mb): not read")
    max_chars = int(ingest.get("max_chars_per_page", DEFAULT_MAX_CHARS_PER_PAGE))
    max_pixels = int(ingest.get("max_render_pixels", DEFAULT_MAX_PIXELS))
    banners = ImageText(ocr_params, deadline, max_pixels)
    with _open(path) as pdf, _Renderer(path, max_chars) as renderer:
        page_count = len(pdf.pages)
        limit = min(page_count, int(ingest.get("max_pages_read", page_count)))
        if page_count > limit:
            warnings.append(f"{page_count} pages; only the first {limit} were read")
        word_pages, heights, rules = [], [], []
        for page in pdf.pages[:limit]:
            deadline.check()
            words, page_rules = _page_content(page, warnings, hidden, renderer)
            if _chars(words) >= min_chars:  # a scan's images are read with the whole page
                words += banners.words(page, words, renderer.document)
            word_pages.append(words)
            heights.append(float(page.height))
            rules.append(page_rules)
            page.close()
    # A page without enough readable text is a scan (or has fonts without a text mapping).
    scans = [i for i, words in enumerate(word_pages) if _chars(words) < min_chars]
    result = PageText(pages=[], page_count=page_count, warnings=warnings, hidden=hidden)
    for entry in hidden:
        warnings.append(
            f"page {entry['page']}: {entry['chars']} characters of text nobody can see"
            f" ({entry['why']}) were left out"
        )
    warnings += banners.warnings()
    if scans:
        _ocr_pages(path, scans, word_pages, heights, ocr_params, deadline, result, max_pixels)
    result.pages = layout_pages(word_pages, heights, rules)
    if result.ocr and len(scans) == len(word_pages):
        _judge_ocr(result, ocr_params, "scanned PDF")
    if not has_eof_marker(path):
        result.status = "unreadable"
        result.status_detail = "truncated PDF: no end-of-file marker, the text may be incomplete"
    elif result.status == "ok" and sum(len(p.strip()) for p in result.pages) < min_chars:
        result.status, result.status_detail = "needs_ocr", "PDF has no readable text"
    return result


def read_image(path: Path, kind_name: str, ingest: dict[str, Any], deadline: Deadline) -> PageText:
    """A photo or scan sent as an image (perhaps named .pdf): OCR it as one page."""
    ocr_params = ingest.get("ocr", {})
    result = PageText(pages=[], page_count=1)
    if not ocr_params.get("enabled", True):
        result.status, result.status_detail = "needs_ocr", f"file is {kind_name}; OCR disabled"
        return result
    try:
        with warnings.catch_warnings():  # the size is judged below, against our own budget
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            opened = Image.open(path)
    except Image.DecompressionBombError:
        result.status, result.status_detail = "unsupported", f"file is {kind_name}, too large"
        return result
    with opened:
        max_pixels = int(ingest.get("max_render_pixels", DEFAULT_MAX_PIXELS))
        if opened.width * opened.height > max_pixels:
            result.status = "unsupported"
            result.status_detail = (f"image of {opened.width}x{opened.height} pixels, more than"
                                    f" ingest.max_render_pixels ({kind_name})")
            return result
        image = ImageOps.exif_transpose(opened)
        dpi = int((opened.info.get("dpi") or (IMAGE_DEFAULT_DPI,))[0] or IMAGE_DEFAULT_DPI)
        word_pages, heights = [[]], [float(image.height) * 72 / dpi]
        try:
            check_language(ocr_params.get("language", "nld"))
            page = ocr_image(image, ocr_params.get("language", "nld"), dpi,
                             deadline.left(OCR_PAGE_TIMEOUT) or OCR_PAGE_TIMEOUT, ocr_params)
        except (OcrUnavailable, OcrTimeout) as error:
            deadline.check()
            result.status, result.status_detail = "needs_ocr", f"file is {kind_name}; {error}"
            return result
    word_pages[0] = page.words
    result.pages = layout_pages(word_pages, heights)
    result.ocr = _ocr_record(page.confidences, [1], ocr_params)
    _judge_ocr(result, ocr_params, kind_name)
    return result


def _open(path: Path) -> pdfplumber.PDF:
    """Open and count pages, translating pdfminer's failures into PdfProblem."""
    try:
        pdf = pdfplumber.open(path)
        _ = len(pdf.pages)
    except Exception as error:
        raise _problem(path, error) from error
    return pdf


class _Renderer:
    """The pdfium document of a PDF, opened only when a page needs rendering."""

    def __init__(self, path: Path, max_chars: int = 0) -> None:
        self.path, self.pdf, self.max_chars = path, None, max_chars

    def __enter__(self) -> _Renderer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pdf is not None:
            self.pdf.close()

    def document(self) -> pypdfium2.PdfDocument:
        if self.pdf is None:
            self.pdf = pypdfium2.PdfDocument(str(self.path))
        return self.pdf


def _visible(
    page: pdfplumber.page.Page, hidden: list[dict[str, Any]], renderer: _Renderer
) -> tuple[list[dict], list[dict]]:
    """The page's characters without those nobody can see (recorded in `hidden`), and its
    horizontal edges. The page is laid out once, with render modes traced; the characters are
    built from that layout (pipeline.ingest.page_objects), in the order visibility judges them."""
    reasons, to_render = hidden_chars(trace_layout(page, renderer.max_chars))
    chars, edges = chars_and_horizontal_edges(page)
    if len(reasons) != len(chars):  # layouts disagree: judge nothing rather than guess
        return chars, edges
    if to_render:
        judge_rendered(renderer.document(), page.page_number - 1, float(page.mediabox[3]
                       - page.mediabox[1]), to_render, reasons)
    seen = [char for char, reason in zip(chars, reasons, strict=True)
            if not reason or not char["text"].strip()]
    if len(seen) == len(chars):
        return chars, edges
    hidden += summarise(page.page_number, reasons)
    return seen, edges


def _page_content(
    page: pdfplumber.page.Page,
    warnings: list[str],
    hidden: list[dict[str, Any]],
    renderer: _Renderer,
) -> tuple[list[dict], list[Rule]]:
    """Word boxes of the page's visible glyphs, each drawn once, and its horizontal borders
    (rectangle edges and lines) wide enough to be table rules. Glyphs without a Unicode mapping
    ('(cid:42)') are dropped as unreadable."""
    try:
        chars, edges = _visible(page, hidden, renderer)
        words = extract_words(
            without_duplicate_glyphs(chars), keep_blank_chars=False, use_text_flow=False
        )
    except TooManyChars as error:
        raise PdfProblem("unsupported", f"page {page.page_number}: {error}") from error
    except Exception as error:
        warnings.append(f"page {page.page_number} could not be read: {type(error).__name__}")
        return [], []
    readable = []
    for word in words:
        text = strip_marks(_UNMAPPED_GLYPH.sub("", word["text"]).replace("\ufffd", ""))
        if text.strip():
            readable.append({**word, "text": text})
    rules = [
        Rule(float(e["x0"]), float(e["x1"]), float(e["top"]))
        for e in edges
        if e["x1"] - e["x0"] >= MIN_RULE_WIDTH
    ]
    return readable, rules


def _chars(words: list[dict]) -> int:
    return sum(len(word["text"]) for word in words)


def _ocr_pages(
    path: Path,
    scans: list[int],
    word_pages: list[list[dict]],
    heights: list[float],
    ocr_params: dict[str, Any],
    deadline: Deadline,
    result: PageText,
    max_pixels: int,
) -> None:
    """Replace the words of text-less pages by OCR words; set status when OCR cannot help."""
    has_text = len(scans) < len(word_pages)
    numbers = [index + 1 for index in scans]
    reason = ""
    if not ocr_params.get("enabled", True):
        reason = "OCR disabled"
    else:
        try:
            check_language(ocr_params.get("language", "nld"))
        except OcrUnavailable as error:
            reason = str(error)
    if reason:
        if has_text:
            result.warnings.append(f"pages {numbers} have no text layer, not read: {reason}")
        else:
            result.status, result.status_detail = "needs_ocr", f"scanned PDF; {reason}"
        return
    confidences: list[float] = []
    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = _ocr_side_by_side(document, scans, ocr_params, deadline, max_pixels,
                                  result.warnings)
    finally:
        document.close()
    for index, page in zip(scans, pages, strict=True):
        if isinstance(page, OcrTimeout):
            deadline.check()
            result.warnings.append(f"page {index + 1}: {page}")
            continue
        # Scale from the rendered image back to this page's own point size.
        factor = heights[index] / page.height if page.height else 1.0
        word_pages[index] = [
            {**w, **{k: w[k] * factor for k in ("x0", "x1", "top", "bottom")}}
            for w in page.words
        ]
        confidences += page.confidences
    result.ocr = _ocr_record(confidences, numbers, ocr_params)


def _ocr_side_by_side(
    document: pypdfium2.PdfDocument, scans: list[int], ocr_params: dict[str, Any],
    deadline: Deadline, max_pixels: int, warnings: list[str],
) -> list[OcrPage | OcrTimeout]:
    """OCR of the scanned pages, in page order: one at a time on this worker's own core, more
    side by side while idle workers lend theirs (pipeline.cores). Pages are rendered in this
    thread (pdfium is not thread-safe), each within `max_pixels`; Tesseract runs in its own
    process."""
    wanted_dpi = int(ocr_params.get("dpi", 300))
    language = ocr_params.get("language", "nld")

    def ocr(image: Image.Image, dpi: int, borrowed: bool) -> OcrPage | OcrTimeout:
        try:
            return ocr_image(image, language, dpi,
                             deadline.left(OCR_PAGE_TIMEOUT) or OCR_PAGE_TIMEOUT, ocr_params)
        except OcrTimeout as error:
            return error
        finally:
            if borrowed:
                cores.give_back()

    futures: list[Future] = []
    own: Future | None = None  # the page on this worker's own core
    with ThreadPoolExecutor(max_workers=len(scans)) as threads:
        for index in scans:
            deadline.check()
            dpi = render_dpi(*document[index].get_size(), wanted_dpi, max_pixels)
            if dpi < wanted_dpi:
                warnings.append(f"page {index + 1} is very large; rendered for OCR at"
                                f" {dpi} dpi (ingest.max_render_pixels)")
            image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
            borrowed = own is not None and not own.done() and cores.borrow()
            if own is not None and not borrowed:
                wait([own])
            futures.append(threads.submit(ocr, image, dpi, borrowed))
            if not borrowed:
                own = futures[-1]
        return [future.result() for future in futures]


def _ocr_record(confidences: list[float], pages: list[int], ocr_params: dict) -> dict[str, Any]:
    mean = round(statistics.fmean(confidences), 1) if confidences else 0.0
    return {"used": True, "mean_confidence": mean, "pages": pages,
            "language": ocr_params.get("language", "nld"), "words": len(confidences)}


def _judge_ocr(result: PageText, ocr_params: dict, what: str) -> None:
    """ok when OCR produced text a reader can trust, else needs_ocr with the reason."""
    min_chars = int(ocr_params.get("min_chars_per_page", 40))
    min_confidence = float(ocr_params.get("min_confidence", 50))
    mean = result.ocr["mean_confidence"] if result.ocr else 0.0
    if sum(len(p.strip()) for p in result.pages) < min_chars:
        result.status, result.status_detail = "needs_ocr", f"{what}: OCR found no readable text"
    elif mean < min_confidence:
        result.status = "needs_ocr"
        result.status_detail = f"{what}: OCR text unreliable (mean confidence {mean:.0f})"


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
