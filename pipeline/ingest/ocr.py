"""OCR of scanned pages and photos with the Tesseract CLI (Dutch model), as word boxes.

Word boxes (Tesseract's hOCR output, which also gives each line's baseline) go through the
same layout code as PDF words, so a scanned two-column CV is read in the same order as a
born-digital one.
"""

from __future__ import annotations

import functools
import html
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

POINTS_PER_INCH = 72.0
LIST_LANGS_TIMEOUT = 20.0
DEFAULT_PSM = 3  # automatic page segmentation (params: ingest.ocr.psm); layout orders the words
DEFAULT_BULLET_MAX_HEIGHT = 0.45  # see params ingest.ocr.bullet_max_height
DEFAULT_RULE_REACH = 0.5  # see params ingest.ocr.rule_reach
DEFAULT_RULE_CONTRAST = 60  # ... rule_contrast
DEFAULT_RULE_SHARE = 0.9  # ... rule_dark_share
_OCR_BULLET = re.compile(r"^[-_—–•]*_[-_—–•]*")
MIN_WORDS_FOR_SLOPE = 4  # a line this long gives a usable skew estimate
MIN_SKEW_SLOPE = 0.002  # below this (about 0.1 degree) a scan is treated as straight
_LINE_CLASSES = frozenset({"ocr_line", "ocr_textfloat", "ocr_header", "ocr_caption"})
_HOCR_SPAN = re.compile(r"<span class=['\"](\w+)['\"][^>]*?title=(['\"])(.*?)\2[^>]*>")
_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")
_X_DESCENDERS = re.compile(r"x_descenders (-?[\d.]+)")
_X_WCONF = re.compile(r"x_wconf (-?[\d.]+)")
_TAG = re.compile(r"<[^>]+>")


class OcrUnavailable(Exception):
    """Tesseract (or its language model) cannot be run on this machine."""


class OcrTimeout(Exception):
    """Tesseract did not finish one page within the time it was given."""


@dataclass
class OcrPage:
    """Words in PDF points (top-down) and their Tesseract confidences (0-100)."""

    words: list[dict]
    confidences: list[float]
    width: float
    height: float


def tesseract_path() -> str | None:
    return shutil.which("tesseract")


def check_language(language: str) -> None:
    """Raise OcrUnavailable unless tesseract runs and has `language` installed."""
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailable("Tesseract not installed")
    languages = _installed_languages(binary)
    if languages is None:
        raise OcrUnavailable("Tesseract cannot run")
    for part in language.split("+"):
        if part not in languages:
            raise OcrUnavailable(f"Tesseract language model '{part}' not installed")


@functools.lru_cache(maxsize=4)
def _installed_languages(binary: str) -> frozenset[str] | None:
    """The models `tesseract --list-langs` names (asked once per process and binary)."""
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True,
            timeout=LIST_LANGS_TIMEOUT, check=False, env=_single_thread_env(),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return frozenset((listed.stdout + listed.stderr).split())


def ocr_image(
    image: Image.Image, language: str, dpi: int, timeout: float, settings: dict | None = None
) -> OcrPage:
    """Read one page image; coordinates come back in points so layout tolerances apply.

    `settings` are the `ingest.ocr` params (page segmentation mode, bullet size).
    """
    settings = settings or {}
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailable("Tesseract not installed")
    scale = POINTS_PER_INCH / dpi
    psm = str(settings.get("psm", DEFAULT_PSM))
    with tempfile.TemporaryDirectory(prefix="cvscreen-ocr-") as folder:
        source = Path(folder) / "page.pgm"  # uncompressed: PNG compression costs a second a page
        image.convert("L").save(source)
        try:
            done = subprocess.run(
                [binary, str(source), "stdout", "-l", language, "--psm", psm,
                 "--dpi", str(dpi), "hocr"],
                capture_output=True, text=True, timeout=timeout, check=False,
                env=_single_thread_env(),
            )
        except subprocess.TimeoutExpired as error:
            raise OcrTimeout(f"OCR of one page took over {timeout:.0f} s") from error
    if done.returncode != 0:
        raise OcrUnavailable(f"Tesseract failed (exit {done.returncode})")
    words, confidences = hocr_words(done.stdout, scale, settings, image.convert("L"))
    return OcrPage(words, confidences, image.width * scale, image.height * scale)


def render_dpi(width_pt: float, height_pt: float, dpi: int, max_pixels: int) -> int:
    """`dpi`, lowered so that a page of this size renders within `max_pixels` (at least 1)."""
    pixels = (width_pt * dpi / 72) * (height_pt * dpi / 72)
    if pixels <= max_pixels:
        return dpi
    return max(1, int(dpi * (max_pixels / pixels) ** 0.5))


def _single_thread_env() -> dict[str, str]:
    """Tesseract's OpenMP threads spin against each other: one thread is several times faster
    per page, and the batch already runs files in parallel."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass
class _Line:
    """One Tesseract text line: its box and baseline, in image pixels."""

    x0: float
    y1: float
    slope: float | None
    offset: float
    size: float
    descent: float
    words: list[dict]


def hocr_words(
    hocr: str, scale: float, settings: dict | None = None, image: Image.Image | None = None
) -> tuple[list[dict], list[float]]:
    """Word boxes in points from Tesseract's hOCR, deskewed, and their confidences.

    Every word of a line gets the line's box (baseline minus the line's ascent, baseline plus
    its descent) like a word of a born-digital PDF, whose box is the font's, not the glyphs':
    otherwise 'een' (no ascender), 'jaar' (a descender) and a flat dash on one line have
    different tops and bottoms, and rows split or table cells fail to line up.
    """
    lines = _hocr_lines(hocr)
    slope = _page_slope(lines)
    marks = _Marks(settings or {}, np.asarray(image) if image is not None else None)
    words, confidences = [], []
    for line in lines:
        for position, word in enumerate(line.words):
            text = marks.word_text(line, position)
            if not text:
                continue
            x0, top, x1, bottom = _font_box(line, word)
            if slope is not None:
                shift = slope * (x0 + x1) / 2
                top, bottom = top - shift, bottom - shift
            words.append({
                "text": text,
                "x0": x0 * scale, "x1": x1 * scale, "top": top * scale, "bottom": bottom * scale,
            })
            confidences.append(word["conf"])
    return words, confidences


def _hocr_lines(hocr: str) -> list[_Line]:
    lines: list[_Line] = []
    for match in _HOCR_SPAN.finditer(hocr):
        kind, title = match.group(1), match.group(3)
        box = _BBOX.search(title)
        if box is None:
            continue
        x0, y0, x1, y1 = (float(v) for v in box.groups())
        if kind in _LINE_CLASSES:
            baseline, size = _BASELINE.search(title), _X_SIZE.search(title)
            descent = _X_DESCENDERS.search(title)
            lines.append(_Line(
                x0=x0, y1=y1,
                slope=float(baseline.group(1)) if baseline and size else None,
                offset=float(baseline.group(2)) if baseline else 0.0,
                size=float(size.group(1)) if size else 0.0,
                descent=float(descent.group(1)) if descent else 0.0,
                words=[],
            ))
            continue
        if kind != "ocrx_word" or not lines:
            continue
        end = hocr.find("</span>", match.end())
        text = html.unescape(_TAG.sub("", hocr[match.end():end])).strip()
        confidence = _X_WCONF.search(title)
        conf = float(confidence.group(1)) if confidence else -1.0
        if text and conf >= 0:
            lines[-1].words.append(
                {"text": text, "x0": x0, "y0": y0, "x1": x1, "y1": y1, "conf": conf}
            )
    return [line for line in lines if line.words]


def _font_box(line: _Line, word: dict) -> tuple[float, float, float, float]:
    """(x0, top, x1, bottom): the line's ascent and descent around its baseline at the word.

    The word's own glyph box is kept when the line has no usable baseline or the line box
    would not cover the middle of the glyphs.
    """
    x0, x1 = word["x0"], word["x1"]
    if line.slope is None or line.size <= 0:
        return x0, word["y0"], x1, word["y1"]
    base = line.y1 + line.offset + line.slope * ((x0 + x1) / 2 - line.x0)
    top, bottom = base - (line.size - line.descent), base + line.descent
    middle = (word["y0"] + word["y1"]) / 2
    if not top <= middle <= bottom:
        return x0, word["y0"], x1, word["y1"]
    return x0, top, x1, bottom


def _page_slope(lines: list[_Line]) -> float | None:
    """The median baseline slope of the longer lines; None when the scan is straight."""
    slopes = [
        line.slope for line in lines
        if line.slope is not None and len(line.words) >= MIN_WORDS_FOR_SLOPE
    ]
    if not slopes:
        return None
    slope = statistics.median(slopes)
    return slope if abs(slope) >= MIN_SKEW_SLOPE else None


class _Marks:
    """Bullets, bars and rules as Tesseract reads them, repaired before layout.

    - A one-character word at the start of a line, much smaller than the line's letters, is a
      bullet Tesseract read as a letter ('e', 'o', '°'): it becomes '•'.
    - A lone '|' between two words of one line is a separator ('Utrecht | 2019 – heden') and
      stays, unless its stroke runs on above or below the line: then it is a table's vertical
      rule, dropped like a '|' at a line's edge (a rule, a stray mark or a misread 'I').
    """

    def __init__(self, settings: dict, pixels: np.ndarray | None) -> None:
        self.bullet_share = float(settings.get("bullet_max_height", DEFAULT_BULLET_MAX_HEIGHT))
        self.rule_reach = float(settings.get("rule_reach", DEFAULT_RULE_REACH))
        contrast = float(settings.get("rule_contrast", DEFAULT_RULE_CONTRAST))
        self.rule_share = float(settings.get("rule_dark_share", DEFAULT_RULE_SHARE))
        self.pixels = pixels
        # A stroke pixel is this much darker than the paper (the page's median grey).
        self.rule_dark = float(np.median(pixels)) - contrast if pixels is not None else 0.0

    def word_text(self, line: _Line, position: int) -> str:
        word = line.words[position]
        text = word["text"]
        height = word["y1"] - word["y0"]
        if (
            position == 0 and len(line.words) > 1 and len(text) == 1 and not text.isdigit()
            and line.size > 0 and height <= self.bullet_share * line.size
        ):
            return "•"
        if text == "|":
            inside = 0 < position < len(line.words) - 1
            return "|" if inside and not self.is_rule(word, line.size) else ""
        return _clean_ocr_word(text)

    def is_rule(self, word: dict, size: float) -> bool:
        """Whether the bar's stroke goes on past its line, up or down: a drawn vertical rule."""
        if self.pixels is None:
            return False
        reach = max(self.rule_reach * (size or word["y1"] - word["y0"]), 1.0)
        x0, x1 = int(word["x0"]), max(int(word["x1"]), int(word["x0"]) + 1)
        for y0, y1 in ((word["y0"] - reach, word["y0"]), (word["y1"], word["y1"] + reach)):
            strip = self.pixels[max(int(y0), 0):max(int(y1), 0), x0:x1]
            if strip.size and (strip.min(axis=1) < self.rule_dark).mean() >= self.rule_share:
                return True
        return False


def _clean_ocr_word(text: str) -> str:
    """Underscores are misread bullets and rules ('-_Tekst', '__Naam', '_'): drop or make '-'."""
    lead = _OCR_BULLET.match(text)
    if lead:
        rest = text[lead.end():].strip("_|")
        return f"- {rest}" if rest and "-" in lead.group() else (rest or "-")
    return text.strip("_|")
