"""The reading of one input file: its text in reading order, with page offsets and a status.

Every later stage points into `Document.text` by character offset, so this is the one place
where the words an analyst sees and the offsets evidence uses are tied together.

Parts of the text that are not the page's plain flow are `regions`: a running header or
footer (kept once, at the top of the first page or the foot of the last), a footnote (read
where its mark stands), a table (read row by row, its cells joined by " | "). Readers mark them in
their page texts with `mark_region`; `Document.from_pages` takes the marks out and records
each region's offsets, so recognizers and the report know where a word stood.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "needs_ocr", "unreadable", "unsupported", "error"]

# Region marks inside reader output: OPEN kind KIND_END text CLOSE. Private-use characters
# that no reader passes through (`strip_marks` removes any a file brings).
_OPEN, _KIND_END, _CLOSE = "\ue000", "\ue001", "\ue002"
_MARKS = re.compile(f"[{_OPEN}{_KIND_END}{_CLOSE}]")
_TOKEN = re.compile(f"{_OPEN}([^{_KIND_END}]*){_KIND_END}|{_CLOSE}")


@dataclass
class Page:
    """One page of the body text: `text[start:end]` of the document."""

    number: int  # 1-based
    start: int
    end: int


RegionKind = Literal["header", "footer", "footnote", "table"]
REGION_KINDS: tuple[RegionKind, ...] = ("header", "footer", "footnote", "table")
RUNNING_KINDS = frozenset({"header", "footer"})
# A region mark as other text-level regexes must let pass: an open mark with its kind, or a close.
MARK_PATTERN = f"(?:{_OPEN}[^{_KIND_END}]*{_KIND_END}|{_CLOSE})"


@dataclass
class Region:
    """`text[start:end]` came from a running header or footer, a footnote or a table."""

    kind: str  # one of REGION_KINDS
    start: int
    end: int


def mark_region(kind: RegionKind, text: str) -> str:
    """`text` marked as a region of `kind`; regions may nest (a footnote in a table)."""
    return f"{_OPEN}{kind}{_KIND_END}{text}{_CLOSE}"


def strip_marks(text: str) -> str:
    """`text` without region marks: for raw file text, before any reader marks it."""
    return _MARKS.sub("", text)


@dataclass
class Document:
    """A file as a person reads it; `regions` say which parts of `text` were not body flow."""

    file: str
    status: Status = "ok"
    status_detail: str = ""
    format: str = ""  # pdf | docx | txt | other
    sha256: str = ""
    text: str = ""
    pages: list[Page] = field(default_factory=list)
    page_count: int | None = None
    page_count_estimated: bool = False
    regions: list[Region] = field(default_factory=list)
    ocr: dict[str, Any] | None = None  # {"used": True, "mean_confidence": 88.1, "pages": [1, 2]}
    warnings: list[str] = field(default_factory=list)
    # Text on the page that a reader cannot see (white on white, invisible render mode, off
    # the page, covered): left out of `text`, so it is never evidence. [{page, chars, why}]
    hidden_text: list[dict[str, Any]] = field(default_factory=list)
    text_cut_at: int | None = None  # characters: a longer text was cut (ingest.max_text_chars)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page that holds character `offset`, or None for an empty document."""
        if not self.pages:
            return None
        starts = [page.start for page in self.pages]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.pages[index].number

    def region_texts(self, kind: str) -> list[str]:
        """The texts of every region of `kind`, in reading order."""
        return [self.text[r.start:r.end] for r in self.regions if r.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data = dict(data)
        data["pages"] = [Page(**page) for page in data.get("pages", [])]
        data["regions"] = [Region(**region) for region in data.get("regions", [])]
        return cls(**data)

    @classmethod
    def from_pages(cls, file: str, page_texts: list[str], **fields: Any) -> Document:
        """Join page texts with a blank line, record where each page starts, and turn the
        region marks in them into `regions`."""
        pages, parts, regions, offset = [], [], [], 0
        for number, page_text in enumerate(page_texts, start=1):
            if parts:
                parts.append("\n\n")
                offset += 2
            plain, found = _take_marks(page_text, offset)
            pages.append(Page(number=number, start=offset, end=offset + len(plain)))
            parts.append(plain)
            regions += found
            offset += len(plain)
        fields.setdefault("page_count", len(page_texts))
        return cls(file=file, text="".join(parts), pages=pages, regions=regions, **fields)


def _take_marks(text: str, offset: int) -> tuple[str, list[Region]]:
    """`text` without its region marks, and the regions they opened (offsets + `offset`)."""
    plain: list[str] = []
    open_regions: list[tuple[str, int, int]] = []
    found: list[tuple[int, Region]] = []  # with the order they opened: outer before inner
    at, position = 0, offset
    for token in _TOKEN.finditer(text):
        plain.append(text[at:token.start()])
        position += token.start() - at
        at = token.end()
        if token.group(1) is not None:
            open_regions.append((token.group(1), position, len(found) + len(open_regions)))
        elif open_regions:
            kind, start, opened = open_regions.pop()
            if position > start:
                found.append((opened, Region(kind, start, position)))
    plain.append(text[at:])
    ordered = sorted(found, key=lambda item: (item[1].start, -item[1].end, item[0]))
    return "".join(plain), [region for _, region in ordered]

