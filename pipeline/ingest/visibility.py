"""Text a person cannot see on the rendered page, so that it never counts as evidence.

A PDF can carry text nobody sees: drawn in the background's colour, in the invisible render
mode (3 or 7), off the page, under an opaque shape, or too small to read. Such text is left out
of the Document and recorded (`Document.hidden_text`).

A searchable scan is the exception that must keep counting: a scanner or ocrmypdf lays the OCR
text invisibly over the page image, so invisible text with an image beneath it is kept.

Colour is judged on the rendered page (pdfium) where the drawing commands cannot tell it: the
median colour of the character's box is its background, whatever drew it (a gradient, a photo).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy
import pypdfium2
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTItem, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent

INVISIBLE_MODES = frozenset({3, 7})  # Tr 3: neither fill nor stroke; Tr 7: clip only
COLOUR_TOLERANCE = 0.1  # max per-channel difference (0..1) that reads as the same colour
MIN_READABLE_SIZE = 1.0  # points
UNIFORM_SPREAD = 24  # grey levels: a box rendered with less spread shows no glyph
RENDER_DPI = 100
WHY = {
    "invisible": "invisible render mode, no image beneath",
    "background": "same colour as the background",
    "covered": "under an opaque shape",
    "outside": "outside the page",
    "tiny": "too small to read",
}


class TooManyChars(Exception):
    """A page draws more characters than any CV page holds (e.g. form XObjects fanning out)."""


class _TracingAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, plus the text render mode of every character (pdfminer drops it),
    stopping once a page has drawn `max_chars` characters."""

    render_mode = 0
    max_chars = 0
    drawn = 0

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        self.render_mode = textstate.render
        super().render_string(textstate, seq, ncs, graphicstate)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.drawn += 1
        if self.max_chars and self.drawn > self.max_chars:
            raise TooManyChars(f"a page draws more than {self.max_chars:,} characters")
        advance = super().render_char(*args, **kwargs)
        self.cur_item._objs[-1].render_mode = self.render_mode  # type: ignore[attr-defined]
        return advance


def trace_layout(page: Page, max_chars: int = 0) -> LTPage:
    """Lay out `page` with render modes recorded; pdfplumber then reads chars from this layout."""
    device = _TracingAggregator(page.pdf.rsrcmgr, pageno=page.page_number,
                                laparams=page.pdf.laparams)
    device.max_chars = max_chars
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    layout = device.get_result()
    page._layout = layout  # pdfplumber's own cache of this page's layout
    return layout


@dataclass
class _Drawn:
    order: int
    bbox: tuple[float, float, float, float]
    rgb: tuple[float, float, float] | None  # None: an image


def _walk(items: LTContainer) -> Iterator[LTItem]:
    """Layout objects depth-first in drawing order, as pdfplumber lists them."""
    for item in items:
        if isinstance(item, LTContainer) and not isinstance(item, LTChar):
            yield from _walk(item)
        else:
            yield item


def _rgb(color: Any, components: int | None = None) -> tuple[float, float, float] | None:
    """DeviceGray/RGB/CMYK colour values as RGB 0..1; None for patterns and the unknown."""
    values = color if isinstance(color, tuple | list) else (color,)
    if not values or not all(isinstance(v, int | float) for v in values):
        return None
    if components is not None and components != len(values):
        return None
    if len(values) == 1:
        return (float(values[0]),) * 3  # type: ignore[return-value]
    if len(values) == 3:
        return tuple(float(v) for v in values)  # type: ignore[return-value]
    if len(values) == 4:
        c, m, y, k = (float(v) for v in values)
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def _char_rgb(char: LTChar) -> tuple[float, float, float] | None:
    space = getattr(char, "ncs", None)
    if space is None or space.name not in ("DeviceGray", "DeviceRGB", "DeviceCMYK", "ICCBased",
                                           "CalGray", "CalRGB"):
        return None  # spot colours, indexed and patterns: their values are not RGB
    mode = getattr(char, "render_mode", 0)
    color = char.graphicstate.scolor if mode in (1, 5) else char.graphicstate.ncolor
    return _rgb(color, space.ncomponents)


def _covers(bbox: tuple[float, float, float, float], x: float, y: float) -> bool:
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _same(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    return max(abs(p - q) for p, q in zip(a, b, strict=True)) <= COLOUR_TOLERANCE


WHITE = (1.0, 1.0, 1.0)


def hidden_chars(layout: LTPage) -> tuple[list[str | None], dict[int, tuple]]:
    """Per character (in pdfplumber's order): why it is hidden, or None. The second value holds
    the characters only a rendering can judge: index -> (bbox, colour, reason if blank)."""
    drawn: list[_Drawn] = []
    chars: list[tuple[int, LTChar]] = []
    for order, item in enumerate(_walk(layout)):
        if isinstance(item, LTChar):
            chars.append((order, item))
        elif isinstance(item, LTImage):
            drawn.append(_Drawn(order, item.bbox, None))
        elif isinstance(item, LTCurve) and item.fill:
            rgb = _rgb(item.non_stroking_color)
            if rgb is not None:
                drawn.append(_Drawn(order, item.bbox, rgb))
    x0, y0, x1, y1 = layout.bbox
    reasons: list[str | None] = []
    to_render: dict[int, tuple] = {}
    for index, (order, char) in enumerate(chars):
        cx, cy = (char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2
        beneath = [d for d in drawn if d.order < order and _covers(d.bbox, cx, cy)]
        above = [d for d in drawn if d.order > order and _covers(d.bbox, cx, cy)]
        reason = None
        if not (x0 <= cx <= x1 and y0 <= cy <= y1):
            reason = "outside"
        elif getattr(char, "render_mode", 0) in INVISIBLE_MODES:
            if not any(d.rgb is None for d in beneath):  # no scan image beneath: not an OCR layer
                reason = "invisible"
        elif char.size < MIN_READABLE_SIZE:
            reason = "tiny"
        else:
            rgb = _char_rgb(char)
            ground = beneath[-1].rgb if beneath else WHITE
            if above:
                to_render[index] = (char.bbox, None, "covered")
            elif rgb is not None and (ground is None or _same(rgb, ground)):
                to_render[index] = (char.bbox, rgb, "background")
        reasons.append(reason)
    return reasons, to_render


def judge_rendered(
    pdf: pypdfium2.PdfDocument, page_index: int, height: float, to_render: dict[int, tuple],
    reasons: list[str | None],
) -> None:
    """Settle the characters only a rendering can judge, in place in `reasons`."""
    scale = RENDER_DPI / 72
    pixels = numpy.asarray(pdf[page_index].render(scale=scale).to_pil().convert("RGB"))
    for index, ((bx0, by0, bx1, by1), rgb, why) in to_render.items():
        inset_x, inset_y = (bx1 - bx0) * 0.15, (by1 - by0) * 0.15
        left, top = int((bx0 + inset_x) * scale), int((height - by1 + inset_y) * scale)
        right = max(int((bx1 - inset_x) * scale), left + 1)
        bottom = max(int((height - by0 - inset_y) * scale), top + 1)
        box = pixels[max(top, 0):bottom, max(left, 0):right].reshape(-1, 3)
        if not box.size:
            continue
        if why == "covered":
            grey = box.mean(axis=1)
            if grey.max() - grey.min() < UNIFORM_SPREAD:
                reasons[index] = why
        elif _same(rgb, tuple(numpy.median(box, axis=0) / 255)):
            reasons[index] = why


def summarise(page_number: int, reasons: list[str | None]) -> list[dict[str, Any]]:
    """[{page, chars, why}] for one page: how many characters were hidden, per reason."""
    counts: dict[str, int] = {}
    for reason in reasons:
        if reason:
            counts[reason] = counts.get(reason, 0) + 1
    return [{"page": page_number, "chars": count, "why": WHY[reason]}
            for reason, count in sorted(counts.items())]
