"""OCR of scanned pages and photos with the Tesseract CLI (Dutch model), as word boxes.

Word boxes (Tesseract's TSV output) go through the same layout code as PDF words, so a
scanned two-column CV is read in the same order as a born-digital one.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import shutil
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

POINTS_PER_INCH = 72.0
LIST_LANGS_TIMEOUT = 20.0
TESSERACT_PSM = "3"  # automatic page segmentation; our layout code orders the words
_OCR_BULLET = re.compile(r"^[-_—–•]*_[-_—–•]*")
MIN_WORDS_FOR_SLOPE = 4  # a line this long gives a usable skew estimate
MIN_SKEW_SLOPE = 0.002  # below this (about 0.1 degree) a scan is treated as straight


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


def ocr_image(image: Image.Image, language: str, dpi: int, timeout: float) -> OcrPage:
    """Read one page image; coordinates come back in points so layout tolerances apply."""
    binary = tesseract_path()
    if binary is None:
        raise OcrUnavailable("Tesseract not installed")
    scale = POINTS_PER_INCH / dpi
    with tempfile.TemporaryDirectory(prefix="cvscreen-ocr-") as folder:
        source = Path(folder) / "page.pgm"  # uncompressed: PNG compression costs a second a page
        image.convert("L").save(source)
        try:
            done = subprocess.run(
                [binary, str(source), "stdout", "-l", language, "--psm", TESSERACT_PSM,
                 "--dpi", str(dpi), "tsv"],
                capture_output=True, text=True, timeout=timeout, check=False,
                env=_single_thread_env(),
            )
        except subprocess.TimeoutExpired as error:
            raise OcrTimeout(f"OCR of one page took over {timeout:.0f} s") from error
    if done.returncode != 0:
        raise OcrUnavailable(f"Tesseract failed (exit {done.returncode})")
    words, confidences = _tsv_words(done.stdout, scale)
    return OcrPage(words, confidences, image.width * scale, image.height * scale)


def _single_thread_env() -> dict[str, str]:
    """Tesseract's OpenMP threads spin against each other: one thread is several times faster
    per page, and the batch already runs files in parallel."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _tsv_words(tsv: str, scale: float) -> tuple[list[dict], list[float]]:
    words, confidences, lines = [], [], []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        try:
            confidence = float(row.get("conf") or -1)
        except ValueError:
            continue
        if row.get("level") != "5" or not text or confidence < 0:
            continue
        left, top = int(row["left"]), int(row["top"])
        width, height = int(row["width"]), int(row["height"])
        text = _clean_ocr_word(text)
        if not text:
            continue
        words.append({
            "text": text,
            "x0": left * scale, "x1": (left + width) * scale,
            "top": top * scale, "bottom": (top + height) * scale,
        })
        confidences.append(confidence)
        lines.append((row["block_num"], row["par_num"], row["line_num"]))
    return _deskewed(words, lines), confidences


def _clean_ocr_word(text: str) -> str:
    """Underscores are misread bullets and rules ('-_Tekst', '__Naam', '_'): drop or make '-'."""
    lead = _OCR_BULLET.match(text)
    if lead:
        rest = text[lead.end():].strip("_|")
        return f"- {rest}" if rest and "-" in lead.group() else (rest or "-")
    return text.strip("_|")


def _deskewed(words: list[dict], lines: list[tuple[str, str, str]]) -> list[dict]:
    """Undo a slightly rotated scan: shift each word vertically by the median line slope.

    Tesseract groups words into lines despite the skew; the slope of those lines tells how
    much a word's height drifts along the page, which would otherwise split rows.
    """
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for word, line in zip(words, lines, strict=True):
        groups.setdefault(line, []).append(word)
    slopes = []
    for group in groups.values():
        if len(group) < MIN_WORDS_FOR_SLOPE:
            continue
        xs = [(w["x0"] + w["x1"]) / 2 for w in group]
        ys = [w["bottom"] for w in group]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread > 0:
            covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
            slopes.append(covariance / spread)
    if not slopes:
        return words
    slope = statistics.median(slopes)
    if abs(slope) < MIN_SKEW_SLOPE:
        return words
    shifted = []
    for word in words:
        shift = slope * (word["x0"] + word["x1"]) / 2
        shifted.append({**word, "top": word["top"] - shift, "bottom": word["bottom"] - shift})
    return shifted
