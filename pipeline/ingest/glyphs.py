"""Duplicate glyphs: a word processor's fake bold or shadow draws the same text twice, a hair
apart, and pdfplumber then reads "NNaaaamm". This removes the copies.

It keeps exactly the characters pdfplumber's `dedupe_chars` keeps (same text, upright, font and
size, top and left within `tolerance` of each other, clustered as pdfplumber clusters them), in
the same order, but in O(n log n): pdfplumber restores the order with `list.index`, quadratic in
the characters of a page, which made it most of the time spent reading a PDF. A page without
duplicates comes back as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

Char = dict  # a pdfplumber character object

DEFAULT_TOLERANCE = 1.0  # points, as pdfplumber's default


def without_duplicate_glyphs(chars: list[Char], tolerance: float = DEFAULT_TOLERANCE) -> list[Char]:
    """`chars` minus every character that repeats one kept before it, in their own order."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for index, char in enumerate(chars):
        groups[(char["upright"], char["text"], char["fontname"], char["size"])].append(index)
    keep: list[int] = []
    for indices in groups.values():
        if len(indices) == 1:
            keep += indices
            continue
        for row in _clusters(indices, lambda i: chars[i]["doctop"], tolerance):
            for same_place in _clusters(row, lambda i: chars[i]["x0"], tolerance):
                # the top-left copy, the first one drawn among equals
                keep.append(min(same_place, key=lambda i: (chars[i]["doctop"], chars[i]["x0"], i)))
    if len(keep) == len(chars):
        return chars
    return [chars[i] for i in sorted(keep)]


def _clusters(items: list[int], value: Callable[[int], float], tolerance: float) -> list[list[int]]:
    """`items` in chains of values each within `tolerance` of the previous one, in item order
    within a chain (pdfplumber's clustering of sorted values)."""
    ordered = sorted(items, key=value)
    chains: list[list[int]] = []
    last = None
    for item in ordered:
        current = value(item)
        if last is None or current > last + tolerance:
            chains.append([])
        chains[-1].append(item)
        last = current
    return [sorted(chain) for chain in chains]
