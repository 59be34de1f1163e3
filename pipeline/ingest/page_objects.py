"""The characters and horizontal edges of a PDF page, straight from pdfminer's layout.

pdfplumber's `page.chars` and `page.horizontal_edges` turn every layout object into a dict of
some 25 resolved attributes (colours, graphic state, marked content); on a CV that took longer
than pdfminer's own parsing of the page. The reader needs nine fields of a character and the
position of a horizontal line, so this builds only those, with pdfplumber's own arithmetic
(the same floats: a test compares both on every page of every answered CV), and leaves the
words and table edges to pdfplumber's `extract_words` and `rect_to_edges`/`curve_to_edges`.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTItem, LTLine, LTRect
from pdfplumber.page import Page, fix_fontname_bytes
from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

# What extract_words, duplicate-glyph removal and the layout read of a character.
CHAR_FIELDS = ("text", "fontname", "size", "upright", "x0", "x1", "top", "bottom", "doctop")


def chars_and_horizontal_edges(page: Page) -> tuple[list[dict], list[dict]]:
    """(page.chars, page.horizontal_edges) as pdfplumber gives them, with fewer fields: a
    character has CHAR_FIELDS, an edge its position (x0, x1, top, bottom, width)."""
    mb_x0, mb_top = page.mediabox[:2]
    place = _Placer(page.height, mb_x0, mb_top, page.initial_doctop)
    chars: list[dict] = []
    lines: list[dict] = []
    rects: list[dict] = []
    curves: list[dict] = []
    for item in _leaves(page.layout):
        kind = type(item)
        if kind is LTChar:
            chars.append(place.char(item))
        elif kind is LTLine:
            lines.append(place.box(item))
        elif kind is LTRect:
            rects.append(place.box(item))
        elif kind is LTCurve:
            curves.append(place.curve(item))
    edges = chain(
        map(line_to_edge, lines),
        chain.from_iterable(map(rect_to_edges, rects)),
        chain.from_iterable(map(curve_to_edges, curves)),
    )
    return chars, [edge for edge in edges if edge["orientation"] == "h"]


def image_boxes(page: Page) -> list[dict[str, Any]]:
    """Where the page draws its images (x0, x1, top, bottom, in pdfplumber's coordinates), from
    the layout the reader already made, so no second parse of the page is needed."""
    mb_x0, mb_top = page.mediabox[:2]
    place = _Placer(page.height, mb_x0, mb_top, page.initial_doctop)
    return [place.box(item) for item in _leaves(page.layout) if type(item) is LTImage]


def _leaves(container: LTContainer):
    """Layout objects in pdfplumber's order: a figure's children where the figure is."""
    for item in container:
        if isinstance(item, LTContainer):
            yield from _leaves(item)
        else:
            yield item


class _Placer:
    """pdfminer's bottom-up coordinates to pdfplumber's top-down ones (page.process_object)."""

    def __init__(self, height: float, mb_x0: float, mb_top: float, initial_doctop: float):
        self.height, self.mb_x0, self.mb_top = height, mb_x0, mb_top
        self.initial_doctop = initial_doctop

    def box(self, item: LTItem) -> dict[str, Any]:
        top = (self.height - item.y1) + self.mb_top
        x0, x1 = item.x0, item.x1
        if self.mb_x0 != 0:
            x0, x1 = x0 + self.mb_x0, x1 + self.mb_x0
        return {
            "x0": x0, "x1": x1, "y0": item.y0, "y1": item.y1,
            "top": top, "bottom": (self.height - item.y0) + self.mb_top,
            "doctop": self.initial_doctop + top, "width": item.width, "height": item.height,
        }

    def char(self, item: LTChar) -> dict[str, Any]:
        placed = self.box(item)
        fontname = item.fontname
        if isinstance(fontname, bytes):
            fontname = fix_fontname_bytes(fontname)
        return {
            "text": item.get_text(), "fontname": fontname, "size": item.size,
            "upright": item.upright, "x0": placed["x0"], "x1": placed["x1"],
            "top": placed["top"], "bottom": placed["bottom"], "doctop": placed["doctop"],
        }

    def curve(self, item: LTCurve) -> dict[str, Any]:
        placed = self.box(item)
        mb_x0, mb_y0 = self.mb_x0, self.mb_top
        placed["pts"] = [(mb_x0 + x, mb_y0 + self.height - y) for x, y in item.pts]
        return placed
