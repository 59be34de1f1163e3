"""Word (DOCX) CVs: body text in document order, tables row by row, text boxes, footnotes,
headers and footers.

Read straight from the OOXML parts with lxml (python-docx's dependency) rather than through
python-docx's object model: that model skips text boxes, content controls and footnotes and
refuses files whose content type is a template or macro document, all of which CVs arrive as.
Headers and footers are kept once, as regions at the top of the first page and the foot of the
last; a footnote or endnote is read where its mark stands ("SKJ 110012345¹ ... ¹ geldig tot"
reads as one statement); tracked deletions are not CV content and are left out. Runs formatted
as hidden text are left out too, and counted (`DocxText.hidden`), as a PDF's invisible text is.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from pipeline.document import mark_region, strip_marks
from pipeline.ingest.cleanup import clean_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
CELL_SEPARATOR = " | "
CARD_MIN_LINES = 3  # a row whose every cell has this many paragraphs holds cards, not fields
# Estimating pages without a renderer: a typical CV page holds about this much.
CHARS_PER_PAGE = 2800
SAVED_CHARS_TOLERANCE = 0.3  # app.xml's character count within 30% of the text: it is current
LINES_PER_PAGE = 48
_PAGE_BREAK = "\f"
HIDDEN_WHY = "hidden text (Word's w:vanish)"
# What a paragraph's text leaves out: text boxes are read after their paragraph, the VML copy
# of a drawing repeats it, and tracked deletions (and text moved away) are no longer there.
_SKIPPED_CONTAINERS = frozenset(
    {f"{_W}txbxContent", f"{{{MC}}}Fallback", f"{_W}del", f"{_W}moveFrom"}
)
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class ZipBombError(ValueError):
    """The archive would unpack to more than the configured limit."""


@dataclass
class DocxText:
    """What a DOCX says: page texts split at page breaks (with region marks), Word's page count."""

    pages: list[str]
    app_pages: int | None = None  # Word's saved count, when its saved character count is current
    hidden: list[dict[str, Any]] = field(default_factory=list)  # text nobody sees, left out


def check_unzipped_size(path: Path, max_unzipped_mb: float) -> None:
    """Refuse an archive whose declared uncompressed size is over the limit (zip-bomb guard)."""
    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > max_unzipped_mb * 1024 * 1024:
        raise ZipBombError(
            f"DOCX uncompressed size exceeds {max_unzipped_mb:g} MB (zip bomb guard)"
        )


def read_docx(path: Path, max_unzipped_mb: float) -> DocxText:
    """Read body, notes, headers and footers; raises ZipBombError, zipfile.BadZipFile, KeyError."""
    check_unzipped_size(path, max_unzipped_mb)
    limit = int(max_unzipped_mb * 1024 * 1024)
    with zipfile.ZipFile(path) as archive:
        names = sorted(archive.namelist())
        notes = {
            kind: _notes(_parse(archive, f"word/{kind}s.xml", limit), kind)
            for kind in ("footnote", "endnote") if f"word/{kind}s.xml" in names
        }
        reader = _Reader(notes)
        body = _parse(archive, "word/document.xml", limit)
        running: dict[str, list[str]] = {"header": [], "footer": []}
        for name in names:
            part = re.fullmatch(r"word/(header|footer)\d*\.xml", name)
            if part:
                lines = reader.block_lines(_parse(archive, name, limit))
                running[part.group(1)] += [line for line in lines if line.strip()]
        properties = _app_properties(archive, limit)
    body_element = body.find(f"{_W}body")
    lines = reader.block_lines(body_element if body_element is not None else body)
    text = re.sub(r"\f[\s\f]*\f", _PAGE_BREAK, "\n".join(lines)).strip("\n\f")
    pages = [clean_text(page).strip() for page in text.split(_PAGE_BREAK)]
    for kind, lines in running.items():
        kept = [line.replace(_PAGE_BREAK, " ") for line in dict.fromkeys(lines)]
        if kept:
            region = mark_region(kind, clean_text("\n".join(kept)).strip())
            index = 0 if kind == "header" else -1
            pages[index] = "\n".join([region, pages[index]][:: 1 if index == 0 else -1]).strip()
    hidden = []
    if reader.hidden_chars:  # a Word file has no reliable pages: the count is for the document
        hidden.append({"page": None, "chars": reader.hidden_chars, "why": HIDDEN_WHY})
    return DocxText(pages=pages, app_pages=_current_pages(properties, text), hidden=hidden)


def estimate_pages(text: str) -> int:
    """A cheap page estimate from characters and lines, for when nothing better is known."""
    lines = text.count("\n") + 1
    return max(1, -(-len(text) // CHARS_PER_PAGE), -(-lines // LINES_PER_PAGE))


def _parse(archive: zipfile.ZipFile, name: str, limit: int) -> etree._Element:
    """Parse one part, reading at most `limit` bytes whatever its header claims."""
    with archive.open(name) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ZipBombError(f"DOCX part {name} unpacks beyond the limit (zip bomb guard)")
    return etree.fromstring(data, parser=_XML_PARSER)


def _app_properties(archive: zipfile.ZipFile, limit: int) -> dict[str, int]:
    """Word's statistics from its last save (docProps/app.xml: Pages, Characters, ...)."""
    if "docProps/app.xml" not in archive.namelist():
        return {}
    values: dict[str, int] = {}
    for element in _parse(archive, "docProps/app.xml", limit).iter():
        if isinstance(element.tag, str):
            try:
                values[etree.QName(element).localname] = int((element.text or "").strip())
            except ValueError:
                continue
    return values


def _current_pages(properties: dict[str, int], text: str) -> int | None:
    """Saved page count, trusted only when the saved character count matches the text.

    Files made by tools from a template keep the template's 'Pages: 1' whatever they hold.
    """
    pages, saved_chars = properties.get("Pages"), properties.get("Characters")
    actual = sum(1 for char in text if not char.isspace())
    if not pages or not saved_chars or not actual:
        return None
    return pages if abs(saved_chars - actual) <= SAVED_CHARS_TOLERANCE * actual else None


def _notes(part: etree._Element, kind: str) -> dict[str, str]:
    """Footnote or endnote texts by id, each one line; Word's separator notes have no text."""
    reader = _Reader({})
    texts = {}
    for note in part.iterfind(f"{_W}{kind}"):
        text = " ".join(line.strip() for line in reader.block_lines(note) if line.strip())
        if text:
            texts[note.get(f"{_W}id")] = text
    return texts


class _Reader:
    """Lines of paragraphs and tables, with the document's notes to read at their marks."""

    def __init__(self, notes: dict[str, dict[str, str]]) -> None:
        self.notes = notes
        self.hidden_chars = 0  # characters of runs formatted as hidden, left out

    def block_lines(self, container: etree._Element) -> list[str]:
        """Lines of the paragraphs and tables directly in `container`, in document order."""
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == f"{_W}p":
                lines.append(self.paragraph_text(child))
                for box in _text_boxes(child):
                    lines += self.block_lines(box)
            elif tag == f"{_W}tbl":
                rows = self.table_lines(child)
                if rows:
                    lines.append(mark_region("table", "\n".join(rows)))
            elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}hdr",
                         f"{_W}ftr", f"{_W}ins", f"{_W}footnote", f"{_W}endnote") \
                    and not _placeholder(child):
                content = child.find(f"{_W}sdtContent")
                lines += self.block_lines(content if content is not None else child)
        return lines

    def table_lines(self, table: etree._Element) -> list[str]:
        """One line per row: non-empty cell texts joined, so a label stays beside its content.

        A cell with several paragraphs puts its first paragraph on the row line and the rest on
        the lines after it, so long content cells (a job description) stay readable. A row whose
        every cell holds an entry of its own (cards in a grid) is read cell by cell: joining
        their first lines would put three job titles on one line.
        """
        lines: list[str] = []
        for row in table.iterfind(f"{_W}tr"):
            cells = [self.block_lines(cell) for cell in row.iterfind(f"{_W}tc")]
            cells = [[line for line in cell if line.strip()] for cell in cells]
            cells = [cell for cell in cells if cell]
            if not cells:
                continue
            if len(cells) == 1 or all(len(cell) >= CARD_MIN_LINES for cell in cells):
                # one cell, or cards side by side (a job per cell): each cell read whole
                for cell in cells:
                    lines += cell
                continue
            lines.append(CELL_SEPARATOR.join(cell[0] for cell in cells))
            for cell in cells:
                lines += cell[1:]
        return lines

    def paragraph_text(self, paragraph: etree._Element) -> str:
        """Runs' text with tabs, breaks and notes; skips text boxes, tracked deletions and
        fallback copies."""
        parts: list[str] = []
        for element in paragraph.iter():
            tag = element.tag
            if not isinstance(tag, str):
                continue
            left_out = _why_left_out(element, paragraph)
            if left_out:
                if left_out == "hidden" and tag == f"{_W}t":
                    self.hidden_chars += len(element.text or "")
                continue
            if tag == f"{_W}t":
                parts.append(strip_marks(element.text or ""))
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                parts.append(" ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                parts.append(_PAGE_BREAK if element.get(f"{_W}type") == "page" else "\n")
            elif tag == f"{_W}lastRenderedPageBreak":
                parts.append(_PAGE_BREAK)
            elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
                kind = "footnote" if tag == f"{_W}footnoteReference" else "endnote"
                note = self.notes.get(kind, {}).get(element.get(f"{_W}id"))
                if note:
                    parts.append(f" {mark_region('footnote', note)} ")
        return "".join(parts)


def _text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """Text box contents anchored in this paragraph, once each (not the VML fallback copy)."""
    return [
        box
        for box in paragraph.iter(f"{_W}txbxContent")
        if not any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors())
        and not any(a.tag == f"{_W}txbxContent" for a in box.iterancestors())
    ]


def _why_left_out(element: etree._Element, stop: etree._Element) -> str | None:
    """Why a paragraph's text leaves `element` out, or None: "elsewhere" inside a text box
    (read on its own), a fallback copy, a tracked deletion or move, or a content control still
    showing its placeholder ("Klik of tik om tekst in te voeren"); "hidden" in a run formatted
    as hidden text, which a reader of the document never sees (counted, not read)."""
    why = None
    for ancestor in element.iterancestors():
        if ancestor is stop:
            break
        if ancestor.tag in _SKIPPED_CONTAINERS or _placeholder(ancestor):
            return "elsewhere"
        if _hidden(ancestor):
            why = "hidden"
    return why


def _hidden(element: etree._Element) -> bool:
    """A run formatted as hidden (w:vanish), unless the property is switched off."""
    if element.tag != f"{_W}r":
        return False
    vanish = element.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val") not in ("0", "false", "off")


def _placeholder(element: etree._Element) -> bool:
    """A content control whose text is its template's placeholder, not the candidate's."""
    return element.tag == f"{_W}sdt" and element.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None
