"""Word (DOCX) CVs: body text in document order, tables row by row, text boxes, headers/footers.

Read straight from the OOXML parts with lxml (python-docx's dependency) rather than through
python-docx's object model: that model skips text boxes and content controls and refuses
files whose content type is a template or macro document, all of which CVs arrive as.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from pipeline.ingest.cleanup import clean_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
CELL_SEPARATOR = " | "
# Estimating pages without a renderer: a typical CV page holds about this much.
CHARS_PER_PAGE = 2800
SAVED_CHARS_TOLERANCE = 0.3  # app.xml's character count within 30% of the text: it is current
LINES_PER_PAGE = 48
_PAGE_BREAK = "\f"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


class ZipBombError(ValueError):
    """The archive would unpack to more than the configured limit."""


@dataclass
class DocxText:
    """What a DOCX says: page texts split at page breaks, header/footer lines, Word's page count."""

    pages: list[str]
    running: list[str] = field(default_factory=list)
    app_pages: int | None = None  # Word's saved count, when its saved character count is current


def check_unzipped_size(path: Path, max_unzipped_mb: float) -> None:
    """Refuse an archive whose declared uncompressed size is over the limit (zip-bomb guard)."""
    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > max_unzipped_mb * 1024 * 1024:
        raise ZipBombError(
            f"DOCX uncompressed size exceeds {max_unzipped_mb:g} MB (zip bomb guard)"
        )


def read_docx(path: Path, max_unzipped_mb: float) -> DocxText:
    """Read body, headers and footers; raises ZipBombError, zipfile.BadZipFile, KeyError."""
    check_unzipped_size(path, max_unzipped_mb)
    limit = int(max_unzipped_mb * 1024 * 1024)
    with zipfile.ZipFile(path) as archive:
        body = _parse(archive, "word/document.xml", limit)
        running: list[str] = []
        for name in sorted(archive.namelist()):
            if re.fullmatch(r"word/(header|footer)\d*\.xml", name):
                part = _parse(archive, name, limit)
                running += [line for line in _block_lines(part) if line.strip()]
        properties = _app_properties(archive, limit)
    body_element = body.find(f"{_W}body")
    lines = _block_lines(body_element if body_element is not None else body)
    text = re.sub(r"\f[\s\f]*\f", _PAGE_BREAK, "\n".join(lines)).strip("\n\f")
    pages = text.split(_PAGE_BREAK)
    return DocxText(
        pages=[clean_text(page).strip("\n") for page in pages],
        running=[
            clean_text(line.replace(_PAGE_BREAK, "")).strip() for line in dict.fromkeys(running)
        ],
        app_pages=_current_pages(properties, text),
    )


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


def _block_lines(container: etree._Element) -> list[str]:
    """Lines of the paragraphs and tables directly in `container`, in document order."""
    lines: list[str] = []
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            lines.append(_paragraph_text(child))
            for box in _text_boxes(child):
                lines += _block_lines(box)
        elif tag == f"{_W}tbl":
            lines += _table_lines(child)
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent", f"{_W}hdr", f"{_W}ftr"):
            content = child.find(f"{_W}sdtContent")
            lines += _block_lines(content if content is not None else child)
    return lines


def _table_lines(table: etree._Element) -> list[str]:
    """One line per row: non-empty cell texts joined, so a label stays beside its content.

    A cell with several paragraphs puts its first paragraph on the row line and the rest on the
    lines after it, so long content cells (a job description) stay readable.
    """
    lines: list[str] = []
    for row in table.iterfind(f"{_W}tr"):
        cells = [_block_lines(cell) for cell in row.iterfind(f"{_W}tc")]
        cells = [[line for line in cell if line.strip()] for cell in cells]
        cells = [cell for cell in cells if cell]
        if not cells:
            continue
        if len(cells) == 1:
            lines += cells[0]
            continue
        if all(len(cell) == 1 for cell in cells):
            lines.append(CELL_SEPARATOR.join(cell[0] for cell in cells))
            continue
        first = [cell[0] for cell in cells]
        lines.append(CELL_SEPARATOR.join(first))
        for cell in cells:
            lines += cell[1:]
    return lines


def _paragraph_text(paragraph: etree._Element) -> str:
    """Runs' text with tabs and breaks; skips text boxes, deleted text and fallback copies."""
    parts: list[str] = []
    for element in paragraph.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag == f"{_W}t" and not _inside_box_or_fallback(element, paragraph):
            parts.append(element.text or "")
        elif tag in (f"{_W}tab", f"{_W}ptab") and not _inside_box_or_fallback(element, paragraph):
            parts.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr") and not _inside_box_or_fallback(element, paragraph):
            parts.append(_PAGE_BREAK if element.get(f"{_W}type") == "page" else "\n")
        elif tag == f"{_W}lastRenderedPageBreak":
            parts.append(_PAGE_BREAK)
    return "".join(parts)


def _text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """Text box contents anchored in this paragraph, once each (not the VML fallback copy)."""
    return [
        box
        for box in paragraph.iter(f"{_W}txbxContent")
        if not any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors())
        and not any(a.tag == f"{_W}txbxContent" for a in box.iterancestors())
    ]


def _inside_box_or_fallback(element: etree._Element, stop: etree._Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return False
        if ancestor.tag in (f"{_W}txbxContent", f"{{{MC}}}Fallback"):
            return True
    return False
