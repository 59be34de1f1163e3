"""PDF CVs: open safely, read pages in reading order, drop running headers/footers, OCR scans."""

from __future__ import annotations

import re
import statistics
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from PIL import Image, ImageOps

from pipeline.document import mark_region, strip_marks
from pipeline.ingest.cleanup import clean_text, vocabulary_of
from pipeline.ingest.headers_footers import split_running
from pipeline.ingest.ocr import OcrTimeout, OcrUnavailable, check_language, ocr_image
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
    with _open(path) as pdf, _Renderer(path, max_chars) as renderer:
        page_count = len(pdf.pages)
        limit = min(page_count, int(ingest.get("max_pages_read", page_count)))
        if page_count > limit:
            warnings.append(f"{page_count} pages; only the first {limit} were read")
        word_pages, heights, rules = [], [], []
        for page in pdf.pages[:limit]:
            deadline.check()
            word_pages.append(_page_words(page, warnings, hidden, renderer))
            heights.append(float(page.height))
            rules.append(_page_rules(page))
            page.close()
    # A page without enough readable text is a scan (or has fonts without a text mapping).
    scans = [i for i, words in enumerate(word_pages) if _chars(words) < min_chars]
    result = PageText(pages=[], page_count=page_count, warnings=warnings, hidden=hidden)
    for entry in hidden:
        warnings.append(
            f"page {entry['page']}: {entry['chars']} characters of text nobody can see"
            f" ({entry['why']}) were left out"
        )
    if scans:
        max_pixels = int(ingest.get("max_render_pixels", DEFAULT_MAX_PIXELS))
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
) -> pdfplumber.page.Page:
    """The page without the characters nobody can see (recorded in `hidden`)."""
    reasons, to_render = hidden_chars(trace_layout(page, renderer.max_chars))
    chars = page.chars
    if len(reasons) != len(chars):  # layouts disagree: judge nothing rather than guess
        return page
    if to_render:
        judge_rendered(renderer.document(), page.page_number - 1, float(page.mediabox[3]
                       - page.mediabox[1]), to_render, reasons)
    unseen = {id(char) for char, reason in zip(chars, reasons, strict=True)
              if reason and char["text"].strip()}
    if not unseen:
        return page
    hidden += summarise(page.page_number, reasons)
    return page.filter(lambda obj: id(obj) not in unseen)


def _page_words(
    page: pdfplumber.page.Page,
    warnings: list[str],
    hidden: list[dict[str, Any]],
    renderer: _Renderer,
) -> list[dict]:
    """Word boxes of the visible text; glyphs without a Unicode mapping ('(cid:42)') are dropped
    as unreadable."""
    try:
        visible = _visible(page, hidden, renderer)
        words = visible.dedupe_chars().extract_words(keep_blank_chars=False,
                                                     use_text_flow=False)
    except TooManyChars as error:
        raise PdfProblem("unsupported", f"page {page.page_number}: {error}") from error
    except Exception as error:
        warnings.append(f"page {page.page_number} could not be read: {type(error).__name__}")
        return []
    readable = []
    for word in words:
        text = strip_marks(_UNMAPPED_GLYPH.sub("", word["text"]).replace("\ufffd", ""))
        if text.strip():
            readable.append({**word, "text": text})
    return readable


def _page_rules(page: pdfplumber.page.Page) -> list[Rule]:
    """Horizontal borders (rectangle edges and lines) wide enough to be table rules."""
    try:
        edges = page.horizontal_edges
    except Exception:
        return []
    return [
        Rule(float(e["x0"]), float(e["x1"]), float(e["top"]))
        for e in edges
        if e["x1"] - e["x0"] >= MIN_RULE_WIDTH
    ]


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
    language = ocr_params.get("language", "nld")
    confidences: list[float] = []
    document = pypdfium2.PdfDocument(str(path))
    try:
        for index in scans:
            deadline.check()
            width, height = document[index].get_size()
            dpi = render_dpi(width, height, int(ocr_params.get("dpi", 300)), max_pixels)
            if dpi < int(ocr_params.get("dpi", 300)):
                result.warnings.append(f"page {index + 1} is very large; rendered for OCR at"
                                       f" {dpi} dpi (ingest.max_render_pixels)")
            bitmap = document[index].render(scale=dpi / 72, grayscale=True)
            try:
                page = ocr_image(bitmap.to_pil(), language, dpi,
                                 deadline.left(OCR_PAGE_TIMEOUT) or OCR_PAGE_TIMEOUT, ocr_params)
            except OcrTimeout as error:
                deadline.check()
                result.warnings.append(f"page {index + 1}: {error}")
                continue
            # Scale from the rendered image back to this page's own point size.
            factor = heights[index] / page.height if page.height else 1.0
            word_pages[index] = [
                {**w, **{k: w[k] * factor for k in ("x0", "x1", "top", "bottom")}}
                for w in page.words
            ]
            confidences += page.confidences
    finally:
        document.close()
    result.ocr = _ocr_record(confidences, numbers, ocr_params)


def render_dpi(width_pt: float, height_pt: float, dpi: int, max_pixels: int) -> int:
    """`dpi`, lowered so that a page of this size renders within `max_pixels` (at least 1)."""
    pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72)
    if pixels <= max_pixels:
        return dpi
    return max(1, int(dpi * (max_pixels / pixels) ** 0.5))


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
