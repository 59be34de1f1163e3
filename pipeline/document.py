"""The reading of one input file: its text in reading order, with page offsets and a status.

Every later stage points into `Document.text` by character offset, so this is the one place
where the words an analyst sees and the offsets evidence uses are tied together.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["ok", "needs_ocr", "unreadable", "unsupported", "error"]


@dataclass
class Page:
    """One page of the body text: `text[start:end]` of the document."""

    number: int  # 1-based
    start: int
    end: int


@dataclass
class Document:
    """A file as a person reads it; `text` excludes running headers and footers."""

    file: str
    status: Status = "ok"
    status_detail: str = ""
    format: str = ""  # pdf | docx | txt | other
    sha256: str = ""
    text: str = ""
    pages: list[Page] = field(default_factory=list)
    page_count: int | None = None
    page_count_estimated: bool = False
    running_text: list[str] = field(default_factory=list)  # headers/footers removed from body
    ocr: dict[str, Any] | None = None  # {"used": True, "mean_confidence": 88.1, "pages": [1, 2]}
    warnings: list[str] = field(default_factory=list)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page that holds character `offset`, or None for an empty document."""
        if not self.pages:
            return None
        starts = [page.start for page in self.pages]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.pages[index].number

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data = dict(data)
        data["pages"] = [Page(**page) for page in data.get("pages", [])]
        return cls(**data)

    @classmethod
    def from_pages(cls, file: str, page_texts: list[str], **fields: Any) -> Document:
        """Join page texts with a blank line and record where each page starts."""
        pages, parts, offset = [], [], 0
        for number, page_text in enumerate(page_texts, start=1):
            if parts:
                parts.append("\n\n")
                offset += 2
            pages.append(Page(number=number, start=offset, end=offset + len(page_text)))
            parts.append(page_text)
            offset += len(page_text)
        fields.setdefault("page_count", len(page_texts))
        return cls(file=file, text="".join(parts), pages=pages, **fields)
