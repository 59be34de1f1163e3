"""Words drawn as pictures on a page that has a text layer: heading banners.

Designed CVs sometimes draw their section headings ('Werkervaring', 'Opleiding', 'Motivatie')
as images, so the text layer holds none of them and the diplomas, the motivation and the
references beneath lose their sections. An image shaped like one line of text, with no
text-layer word over it, is rendered and read by Tesseract as a single line; its words join the
page's words at the image's place, so the layout reader orders them like any line. They join
only when every one is confident and looks like a word: a photo, a logo's emblem or a
decorative strip adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pypdfium2
from pdfplumber.page import Page
from PIL import Image

from pipeline.ingest.ocr import (
    OcrTimeout,
    OcrUnavailable,
    check_language,
    ocr_image,
    render_dpi,
)
from pipeline.ingest.page_objects import image_boxes
from pipeline.limits import Deadline

IMAGE_OCR_TIMEOUT = 30.0  # seconds for one banner, within the file's own budget
# A word: letters, perhaps joined by a hyphen or apostrophe, perhaps closed by ':' or '.'.
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*[:.]?")
# Marks that stand between the words of a heading ('Cursussen & trainingen').
_JOINERS = frozenset({"&", "+", "/", "-", "–"})


@dataclass(frozen=True)
class BannerRules:
    """What makes an image a text banner and its reading trusted (params ingest.ocr.image_text)."""

    enabled: bool = True
    psm: int = 7
    min_width: float = 30.0
    min_height: float = 6.0
    max_height: float = 60.0
    min_aspect: float = 2.5
    min_confidence: float = 70.0
    max_words: int = 6
    min_letters: int = 3
    max_images: int = 40
    rule_min_length: float = 2.0

    @classmethod
    def from_params(cls, settings: dict[str, Any]) -> BannerRules:
        known = {name: settings[name] for name in cls.__dataclass_fields__ if name in settings}
        return cls(**known)

    def fits(self, box: dict[str, float]) -> bool:
        """Whether the image is shaped like one line of text: wide, and a line high."""
        width, height = box["x1"] - box["x0"], box["bottom"] - box["top"]
        return (
            width >= self.min_width and self.min_height <= height <= self.max_height
            and width >= self.min_aspect * height
        )


def banner_boxes(page: Page, words: list[dict], rules: BannerRules) -> list[dict[str, float]]:
    """The page's banner-shaped images that no text-layer word stands on (a coloured bar
    behind a text heading is a background, its heading already read), each place once."""
    banners: list[dict[str, float]] = []
    for box in image_boxes(page):
        if not rules.fits(box) or any(_inside(word, box) for word in words):
            continue
        if all(_key(box) != _key(seen) for seen in banners):
            banners.append(box)
    return banners


def _inside(word: dict, box: dict[str, float]) -> bool:
    x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return box["x0"] <= x <= box["x1"] and box["top"] <= y <= box["bottom"]


def _key(box: dict[str, float]) -> tuple[int, ...]:
    return tuple(round(box[side]) for side in ("x0", "top", "x1", "bottom"))


def trusted_words(words: list[dict], confidences: list[float], rules: BannerRules) -> list[dict]:
    """A banner's words, or none unless every one is confident and word-like.

    Marks without a letter or digit are decoration (a bar, a rule read as '———') and dropped,
    except a joiner between two words. One doubtful word means the picture is not a line of
    text, so nothing of it is kept; nor is a line without one word of `min_letters` letters
    (Tesseract read the edge of a photo as 'Or', confidence 80).
    """
    kept = [i for i, word in enumerate(words) if any(char.isalnum() for char in word["text"])]
    if not 0 < len(kept) <= rules.max_words or not all(
        confidences[i] >= rules.min_confidence and _WORD.fullmatch(words[i]["text"])
        for i in kept
    ):
        return []
    if max(sum(char.isalpha() for char in words[i]["text"]) for i in kept) < rules.min_letters:
        return []
    return [
        word for word in words[kept[0]:kept[-1] + 1]
        if any(char.isalnum() for char in word["text"]) or word["text"] in _JOINERS
    ]


class ImageText:
    """Reads the banners of one PDF's pages: one Tesseract call each, within the file's budget.

    Tesseract is asked for only when a page has a banner; when it is missing, nothing is read
    and a warning says so.
    """

    def __init__(self, ocr_params: dict[str, Any], deadline: Deadline, max_pixels: int) -> None:
        self.rules = BannerRules.from_params(ocr_params.get("image_text", {}))
        self.enabled = bool(ocr_params.get("enabled", True)) and self.rules.enabled
        self.ocr_params, self.deadline, self.max_pixels = ocr_params, deadline, max_pixels
        self.language = ocr_params.get("language", "nld")
        self.unavailable: str | None = None
        self.read: dict[int, int] = {}  # page number -> words read from its banners
        self.skipped: dict[str, int] = {}  # why banners were not read -> how many
        self.images = 0

    def words(self, page: Page, words: list[dict],
              document: Callable[[], pypdfium2.PdfDocument]) -> list[dict]:
        """Words read from the page's banners, in pdfplumber's coordinates."""
        if not self.enabled:
            return []
        found: list[dict] = []
        for box in banner_boxes(page, words, self.rules):
            if self.unavailable is None and self.images == 0:
                try:
                    check_language(self.language)
                except OcrUnavailable as error:
                    self.unavailable = str(error)
            if self.unavailable is not None or self.images >= self.rules.max_images:
                self._skip(self.unavailable or "more than ingest.ocr.image_text.max_images")
                continue
            self.images += 1
            found += self._read(document()[page.page_number - 1], page, box)
        if found:
            self.read[page.page_number] = len(found)
        return found

    def _read(
        self, pdfium_page: pypdfium2.PdfPage, page: Page, box: dict[str, float]
    ) -> list[dict]:
        crop = _crop(pdfium_page, page, box)
        if crop is None:
            return []
        width, height = box["x1"] - box["x0"], box["bottom"] - box["top"]
        wanted = int(self.ocr_params.get("dpi", 300))
        dpi = render_dpi(width, height, wanted, self.max_pixels)
        image = without_rules(
            pdfium_page.render(scale=dpi / 72, crop=crop, grayscale=True).to_pil(),
            self.rules.rule_min_length, float(self.ocr_params.get("rule_contrast", 60)),
        )
        self.deadline.check()
        try:
            read = ocr_image(image, self.language, dpi,
                             self.deadline.left(IMAGE_OCR_TIMEOUT) or IMAGE_OCR_TIMEOUT,
                             {**self.ocr_params, "psm": self.rules.psm})
        except (OcrTimeout, OcrUnavailable) as error:
            self.deadline.check()
            self._skip(str(error))
            return []
        return [
            {**word, "x0": word["x0"] + box["x0"], "x1": word["x1"] + box["x0"],
             "top": word["top"] + box["top"], "bottom": word["bottom"] + box["top"]}
            for word in trusted_words(read.words, read.confidences, self.rules)
        ]

    def warnings(self) -> list[str]:
        """What an analyst should know: text that came from pictures, or pictures not read.
        No CV text: the words themselves stand in the reading."""
        notes = []
        if self.read:
            pages = ", ".join(str(number) for number in sorted(self.read))
            count = sum(self.read.values())
            notes.append(f"{count} word{'s' * (count != 1)} read by OCR from images shaped like"
                         f" headings (page {pages})")
        notes += [f"{count} image{'s' * (count != 1)} shaped like headings not read: {why}"
                  for why, count in self.skipped.items()]
        return notes

    def _skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def without_rules(image: Image.Image, min_length: float, contrast: float) -> Image.Image:
    """The banner with its horizontal rules whitened ('Werkervaring ————'): Tesseract takes a
    rule into the word beside it and gives that word confidence 0. A rule is a dark run at least
    `min_length` times the image's height long, longer than any stroke of a letter; dark is
    `contrast` grey levels below the banner's median (its paper)."""
    pixels = np.array(image.convert("L"))
    dark = pixels < float(np.median(pixels)) - contrast
    edges = np.diff(np.pad(dark, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    longest = max(1, int(min_length * pixels.shape[0]))
    # Row-major order: each run's start is followed by its own end.
    for (row, start), (_, end) in zip(np.argwhere(edges == 1), np.argwhere(edges == -1),
                                      strict=True):
        if end - start >= longest:
            pixels[row, start:end] = 255
    return Image.fromarray(pixels)


def _crop(
    pdfium_page: pypdfium2.PdfPage, page: Page, box: dict[str, float]
) -> tuple[float, float, float, float] | None:
    """pdfium's crop margins (left, bottom, right, top) that leave exactly `box` of the rendered
    page, or None where the box reaches past the visible page or the page is rotated."""
    if pdfium_page.get_rotation():
        return None
    media_left, _, _, media_top = pdfium_page.get_mediabox()
    left, bottom, right, top = pdfium_page.get_cropbox()
    # pdfplumber measures down from the media box's top edge, in PDF units.
    x0 = box["x0"] - page.mediabox[0] + media_left
    x1 = box["x1"] - page.mediabox[0] + media_left
    y_top = media_top - (box["top"] - page.mediabox[1])
    y_bottom = media_top - (box["bottom"] - page.mediabox[1])
    margins = (x0 - left, y_bottom - bottom, right - x1, top - y_top)
    return margins if min(margins) >= 0 else None
