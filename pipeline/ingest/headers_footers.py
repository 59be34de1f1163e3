"""Running headers and footers: the same text at the same place on most pages.

They are taken out of the page flow (a name and 'pagina 2 van 3' in the middle of a work
history would split a section) and kept once, as the document's header and footer regions:
a name, an SKJ number and its expiry sometimes stand only there. Bare page numbers go.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.ingest.pdf_layout import Fragment
from pipeline.lang.nl.running import RUNNING_LINE

TOP_ZONE = 0.11  # share of the page height where a running header can sit
BOTTOM_ZONE = 0.10
SAME_PLACE = 15.0  # points: the same header on two pages sits this close to the same height
SAME_SIZE = 1.5  # points of text height: and is set in the same size
MIN_PAGE_SHARE = 0.5  # a running line appears on at least this share of the pages (and on 2+)
_RUNNING = re.compile(RUNNING_LINE)
# A footer that ends in a page number: "Naam — CV — 1", "Naam | 2".
_ENDS_IN_PAGE_NUMBER = re.compile(r"[|–—\-/·•]\s*\d{1,3}\s*$")


def normalise(text: str) -> str:
    """Comparable form: lower case, digits masked (page numbers differ), spacing collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text.lower())).strip(" .|-–—·•")


@dataclass
class Running:
    """Body fragments per page, and the header and footer lines, each once."""

    bodies: list[list[Fragment]]
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)


def split_running(pages: Sequence[Sequence[Fragment]], heights: Sequence[float]) -> Running:
    """Running lines out of the pages; their texts once each, in first-seen order, without
    the lines that only number the page."""
    candidates = [
        [f for f in page if _in_zone(f, height)]
        for page, height in zip(pages, heights, strict=True)
    ]
    needed = max(2, math.ceil(MIN_PAGE_SHARE * len(pages)))
    running_ids: set[int] = set()
    for index, page in enumerate(candidates):
        for fragment in page:
            if _is_page_number(fragment, heights[index]) or _repeats(
                fragment, index + 1, candidates, needed
            ):
                running_ids.add(id(fragment))
    running = Running([[f for f in page if id(f) not in running_ids] for page in pages])
    seen: set[str] = set()
    for page, height in zip(pages, heights, strict=True):
        for fragment in page:
            key = normalise(fragment.text)
            if id(fragment) not in running_ids or key in seen or _only_page_number(fragment):
                continue
            seen.add(key)
            at_top = fragment.bottom <= TOP_ZONE * height
            (running.headers if at_top else running.footers).append(fragment.text.strip())
    return running


def _only_page_number(fragment: Fragment) -> bool:
    """'pagina 2 van 3', '– 2 –', '2/3': nothing to read once the numbering is gone."""
    rest = _RUNNING.sub("", fragment.text)
    return not any(char.isalpha() for char in _ENDS_IN_PAGE_NUMBER.sub("", rest))


def _in_zone(fragment: Fragment, height: float) -> bool:
    return fragment.bottom <= TOP_ZONE * height or fragment.top >= (1 - BOTTOM_ZONE) * height


def _is_page_number(fragment: Fragment, height: float) -> bool:
    """A page number line; 'ends in a number' only counts at the foot (a header may be a date)."""
    text = fragment.text.strip()
    at_foot = fragment.top >= (1 - BOTTOM_ZONE) * height
    return bool(_RUNNING.search(text) or (at_foot and _ENDS_IN_PAGE_NUMBER.search(text)))


def _repeats(
    fragment: Fragment, number: int, candidates: Sequence[Sequence[Fragment]], needed: int
) -> bool:
    """The same text at the same height on `needed` pages.

    Texts that differ only in digits count as the same only when this one carries its own
    page number ('Naam | 2' on page 2): two pages that open with a date range are not a header.
    """
    text = fragment.text.strip()
    key = normalise(text)
    if not key:
        return False
    loose = re.search(rf"(?<!\d){number}(?!\d)", text) is not None

    def same(other: Fragment) -> bool:
        # Same place and size: a page-1 title is not the small header repeating its words.
        if abs(other.top - fragment.top) > SAME_PLACE:
            return False
        if abs(other.height - fragment.height) > SAME_SIZE:
            return False
        return other.text.strip() == text or (loose and normalise(other.text) == key)

    return sum(1 for page in candidates if any(same(other) for other in page)) >= needed
