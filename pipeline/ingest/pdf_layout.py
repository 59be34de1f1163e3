"""Reading order of one page from word boxes: columns, table rows, then lines.

Pure functions over word dicts ({"text", "x0", "x1", "top", "bottom"} in PDF points, top-down),
so pdfplumber words and Tesseract word boxes go through the same code.

The page is cut recursively (an XY-cut): a region with a vertical gutter that no text crosses
is split into columns; a region without one is cut into horizontal bands at the larger vertical
gaps, and neighbouring bands that share a gutter are read together again, so a sidebar and a
main column stay two columns even where both have a gap at the same height. A split whose
columns line up row by row (a label beside its content, a date beside a role) is a table and
is read row by row instead, so a label stays beside what it labels. A band of cards side by
side (an education or a job per card, each card a block of lines of its own) is read card by
card, so no card's lines mix with its neighbours'.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.lang.nl.months import MONTHS
from pipeline.lang.nl.sections import SECTION_HEADINGS

# Tolerances, in PDF points or as a fraction of the region's median text height.
ROW_OVERLAP = 0.5  # a word joins a row when it overlaps half the taller of the two
FRAGMENT_GAP_EM = 1.0  # a horizontal gap wider than this (x text height) splits a row
FRAGMENT_GAP_WORDS = 2.5  # ... or than this many times the row's usual word gap
FRAGMENT_GAP_MIN = 5.0
BULLET_ATTACH_MAX = 40.0  # a lone bullet glyph belongs to the text right of it, up to this far
MIN_GUTTER = 8.0  # a column gutter in a region of several rows
MIN_GUTTER_ONE_ROW = 24.0  # a one-row region needs a wider gap to count as two cells
BAND_GAP_EM = 0.6  # a vertical gap wider than this (x text height) separates bands
ALIGN_TOL = 4.0  # two rows align when their tops differ by at most this much
TABLE_MIN_ALIGNED = 0.8  # share of the first column's rows that must align with another column
TABLE_MAX_LABEL_CHARS = 32  # first-column cells of a table are short (labels, dates)
TABLE_MAX_LABEL_SHARE = 0.4  # ... or the first column is narrow
CONTINUATION_GAP_EM = 1.2  # a first-column line this close below another may continue it
HEADING_HEIGHT_RATIO = 1.15  # text this much taller than the region's usual text is a heading
MAX_DEPTH = 12
UPRIGHT_MAJORITY = 0.5  # rotated words are dropped when most words are upright
MIN_SPACED_LETTERS = 4  # this many single letters in a row are one letter-spaced word
SPACED_WORD_GAP = 1.8  # ... unless a gap is this many times the run's usual gap
MIN_RULES_FOR_RULED_TABLE = 2  # borders inside a first column: rows start below a border
CELL_SEPARATOR = " | "
JOIN_CELL_MAX_CHARS = 80  # a narrow cell's wrapped lines are joined into one line up to this
CARD_MIN_LINES = 3  # a card holds at least this many lines (as pipeline.ingest.docx)

BULLET_GLYPHS = frozenset("•●▪■◼◾□◦○◆◇►▶▸‣⁃∙·➢➤✓✔❖›»\uf0a7\uf0b7\uf076\uf0d8\uf0fc-–*")
_ENDS_OPEN = re.compile(r"(?:\s[-–—]|\bt/m|\btot|[,&/])\s*$", re.IGNORECASE)
_STARTS_LOWER = re.compile(r"^[a-zà-ÿ(]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass
class Fragment:
    """Words on one row with no wide gap between them: a line of one column or one cell."""

    x0: float
    x1: float
    top: float
    bottom: float
    words: list[dict] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _join_words(self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_fragments(words: Iterable[dict]) -> list[Fragment]:
    """Group words into rows, then split rows at wide gaps into fragments.

    Rotated words (a vertical 'CURRICULUM VITAE' along the margin) are left out when most
    words are upright: each of their letters would otherwise stand as a column of its own.
    """
    words = list(words)
    upright = [w for w in words if w.get("upright", True)]
    if len(upright) >= UPRIGHT_MAJORITY * len(words):
        words = upright
    rows = _rows(sorted(words, key=lambda w: (w["top"], w["x0"])))
    fragments: list[Fragment] = []
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        height = statistics.median(w["bottom"] - w["top"] for w in row)
        gaps = [b["x0"] - a["x1"] for a, b in pairwise(row)]
        usual_gap = max(statistics.median(gaps), 1.0) if gaps else height
        gap_limit = max(
            FRAGMENT_GAP_MIN, min(FRAGMENT_GAP_EM * height, FRAGMENT_GAP_WORDS * usual_gap)
        )
        current = [row[0]]
        for word in row[1:]:
            gap = word["x0"] - current[-1]["x1"]
            lone_bullet = len(current) == 1 and current[0]["text"] in BULLET_GLYPHS
            if gap > gap_limit and not (lone_bullet and gap <= BULLET_ATTACH_MAX):
                fragments.append(_fragment(current))
                current = [word]
            else:
                current.append(word)
        fragments.append(_fragment(current))
    return fragments


@dataclass(frozen=True)
class Rule:
    """A horizontal ruling line (a table border) from x0 to x1 at height y."""

    x0: float
    x1: float
    y: float


def reading_lines(fragments: Sequence[Fragment], rules: Sequence[Rule] = ()) -> list[str]:
    """The page's lines in reading order; `rules` (table borders) mark where table rows start."""
    return _Reader(list(rules)).order(list(fragments), 0)


def _join_words(words: Sequence[dict]) -> str:
    """Words joined by spaces; letter-spaced runs ('W E R K E R V A R I N G') become words.

    In a run of single letters, a gap clearly wider than the run's usual gap is a real space.
    """
    parts: list[str] = []
    index = 0
    while index < len(words):
        end = index
        while end < len(words) and _single_letter(words[end]["text"]):
            end += 1
        if end - index >= MIN_SPACED_LETTERS:
            parts.append(_spaced_run(words[index:end]))
            index = end
        else:
            parts.append(words[index]["text"])
            index += 1
    return " ".join(parts)


def _single_letter(text: str) -> bool:
    return len(text) == 1 and text.isalpha()


def _spaced_run(run: Sequence[dict]) -> str:
    gaps = [b["x0"] - a["x1"] for a, b in pairwise(run)]
    usual = statistics.median(gaps)
    text = run[0]["text"]
    for gap, word in zip(gaps, run[1:], strict=True):
        text += (" " if gap > SPACED_WORD_GAP * max(usual, 0.5) else "") + word["text"]
    return text


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words sharing a baseline band; a row keeps its first word's band so rows cannot chain."""
    rows: list[list[dict]] = []
    bands: list[tuple[float, float]] = []
    for word in words:
        height = max(word["bottom"] - word["top"], 1.0)
        best, best_overlap = None, 0.0
        for index in range(len(rows) - 1, max(len(rows) - 6, -1), -1):
            top, bottom = bands[index]
            overlap = min(bottom, word["bottom"]) - max(top, word["top"])
            fits = overlap >= ROW_OVERLAP * max(height, bottom - top) or (
                # A dash or bullet has a flat box (OCR draws it tight): its middle decides.
                not any(char.isalnum() for char in word["text"])
                and top <= (word["top"] + word["bottom"]) / 2 <= bottom
            )
            if fits and overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            rows.append([word])
            bands.append((word["top"], word["bottom"]))
        else:
            rows[best].append(word)
    return rows


def _fragment(words: list[dict]) -> Fragment:
    return Fragment(
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        words=words,
    )


class _Reader:
    """The recursive cut of one page; holds the page's ruling lines."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules

    def order(self, fragments: list[Fragment], depth: int) -> list[str]:
        if not fragments:
            return []
        if depth > MAX_DEPTH:
            return _plain_lines(fragments)
        cards = self.card_lines(fragments, depth)
        if cards is not None:
            return cards
        columns = _columns(fragments)
        if columns:
            # Lines of the first column above everything beside it (a heading over a date
            # column) are read first, so they cannot hide the table below them.
            beside = min(f.top for column in columns[1:] for f in column) - ALIGN_TOL
            above = [f for f in columns[0] if f.bottom <= beside]
            if above and len(above) < len(columns[0]):
                rest = [f for f in fragments if f.bottom > beside]
                return self.order(above, depth + 1) + self.order(rest, depth + 1)
            # A "column" that lies wholly below the others (a heading under an indented
            # table) is no column: the rest is read first, then it.
            below = _column_below(columns)
            if below:
                rest = [f for f in fragments if f not in below]
                return self.order(rest, depth + 1) + self.order(below, depth + 1)
            key = self.table_key(columns, fragments)
            dated = key is not None and key == len(columns) - 1
            after = _columns_after_dates(columns[-1], fragments) if dated else []
            if after:
                rest = [f for f in fragments if f not in after]
                return self.order(rest, depth + 1) + self.order(after, depth + 1)
            if key is not None:
                return self.table_lines(columns, key)
            return [line for column in columns for line in self.order(column, depth + 1)]
        bands = _bands(fragments)
        if len(bands) == 1:
            return _plain_lines(fragments)
        lines: list[str] = []
        for group in _merge_bands_with_shared_gutter(bands):
            if len(group) < len(fragments):
                lines += self.order(group, depth + 1)
            else:
                lines += _plain_lines(group)
        return lines

    def card_lines(self, fragments: list[Fragment], depth: int) -> list[str] | None:
        """The region read with each band of cards card by card, or None when it has none.

        This comes before the column cut: a card grid under a section heading leaves a page
        gutter free beside the sections below it, and that cut would read the cards' rows
        as the rows of a table.
        """
        bands = _bands(fragments)
        cards = [_is_card_band(band) for band in bands]
        if not any(cards):
            return None
        lines: list[str] = []
        rest: list[Fragment] = []
        for band, is_cards in zip(bands, cards, strict=True):
            if is_cards:
                lines += self.order(rest, depth + 1)
                rest = []
                for card in _columns(band):
                    # a card is a narrow cell: it wraps one phrase over lines, as a table's does
                    lines += _join_continuations(self.order(card, depth + 1), whole_phrases=True)
            else:
                rest += band
        return lines + self.order(rest, depth + 1)

    def table_key(self, columns: list[list[Fragment]], region: list[Fragment]) -> int | None:
        """Which column's rows define table rows, or None when the columns are separate flows.

        A table has a short key column whose every row lines up with a row beside it: labels
        or dates on the left, or dates on the right of a title.
        """
        for key in (0, len(columns) - 1):
            rest = [f for index, column in enumerate(columns) if index != key for f in column]
            if self._aligned_key(columns[key], rest, region, first=key == 0):
                return key
        return None

    def _aligned_key(
        self, key: list[Fragment], rest: list[Fragment], region: list[Fragment], *, first: bool
    ) -> bool:
        if not rest:
            return False
        starts = self.row_starts(key)
        other_tops = [f.top for f in rest]
        if first and abs(starts[0][0].top - min(other_tops)) > ALIGN_TOL:
            return False
        # section titles in a label column ("WERKERVARING") stand on rows of their own
        rows = [row for row in starts if not (first and _caps_title(row))]
        aligned = sum(
            1 for row in rows if any(abs(row[0].top - top) <= ALIGN_TOL for top in other_tops)
        )
        if aligned < (TABLE_MIN_ALIGNED if first else 1.0) * len(rows):
            return False
        if _headings_side_by_side(key, rest, _median_height(region)):
            return False
        label_chars = statistics.median(len(" ".join(f.text for f in row)) for row in starts)
        width = max(f.x1 for f in region) - min(f.x0 for f in region)
        share = (max(f.x1 for f in key) - min(f.x0 for f in key)) / max(width, 1.0)
        if not first:
            return label_chars <= TABLE_MAX_LABEL_CHARS
        return label_chars <= TABLE_MAX_LABEL_CHARS or share <= TABLE_MAX_LABEL_SHARE

    def table_lines(self, columns: list[list[Fragment]], key: int) -> list[str]:
        """Row by row: every cell's first line joined with ' | ', then the cells' other lines."""
        starts = [row[0].top for row in self.row_starts(columns[key])]
        bounds = [top - ALIGN_TOL for top in starts[1:]] + [float("inf")]
        lower = starts[0] - ALIGN_TOL
        above = [f for column in columns for f in column if f.top < lower]
        lines: list[str] = _plain_lines(above)
        for upper in bounds:
            cells = []
            for index, column in enumerate(columns):
                cell = [f for f in column if lower <= f.top < upper]
                if not cell:
                    continue
                # A narrow cell wraps one phrase over lines ('De Bascule,' / 'Duivendrecht');
                # the last (content) cell keeps its lines except an open date range.
                whole = index < len(columns) - 1
                cells.append(_join_continuations(_plain_lines(cell), whole_phrases=whole))
            lower = upper
            if not cells:
                continue
            lines.append(CELL_SEPARATOR.join(cell[0] for cell in cells))
            for cell in cells:
                lines += cell[1:]
        return lines

    def row_starts(self, column: Sequence[Fragment]) -> list[list[Fragment]]:
        """The first column's rows, with lines that continue the previous line merged in.

        In a ruled table a row starts below a border; otherwise a line continues the one
        above when it is close and completes it ('jan 2019 –' + '2021').
        """
        rows = _group_rows(column)
        x0, x1 = min(f.x0 for f in column), max(f.x1 for f in column)
        top, bottom = rows[0][0].top, max(f.bottom for f in rows[-1])
        rules = [
            r.y for r in self.rules
            if r.x0 <= x1 and r.x1 >= x0 and top - ALIGN_TOL <= r.y <= bottom + ALIGN_TOL
        ]
        ruled = len(rules) >= MIN_RULES_FOR_RULED_TABLE
        merged = [rows[0]]
        height = _median_height(column)
        for row in rows[1:]:
            previous = merged[-1]
            previous_bottom = max(f.bottom for f in previous)
            if ruled:
                continues = not any(previous_bottom - 1 <= y <= row[0].top + 1 for y in rules)
            else:
                gap = row[0].top - previous_bottom
                prev_text = " ".join(f.text for f in previous)
                text = " ".join(f.text for f in row)
                continues = gap <= CONTINUATION_GAP_EM * height and _continues(prev_text, text)
            if continues:
                merged[-1] = previous + row
            else:
                merged.append(row)
        return merged


def _is_card_band(band: list[Fragment]) -> bool:
    """Whether a band is cards side by side: blocks of lines that each wrap on their own.

    Each column starts on the band's first row and is one block of at least CARD_MIN_LINES
    lines, and the blocks' lines do not line up row by row (a table's cells do). A table
    whose last cell wraps has that shape too, so each card must also be one entry: a year
    on some of its lines but fewer than half (a table's date column has one on every row,
    a label column none).
    """
    columns = _columns(band)
    if len(columns) < 2:
        return False
    rows = [_completed_rows(column) for column in columns]
    height = _median_height(band)
    top = min(f.top for f in band)
    return (
        all(len(card) >= CARD_MIN_LINES for card in rows)
        and all(card[0][0].top - top <= ALIGN_TOL for card in rows)
        and all(_one_block(card, height) for card in rows)
        and not _rows_line_up(rows)
        and all(_one_entry(card) for card in rows)
    )


def _completed_rows(column: list[Fragment]) -> list[list[Fragment]]:
    """The column's rows, a row ending in an open range joined with the row that completes it.

    A field grid whose last field wraps ('BIG-registratie 39057812601 —' over
    'herregistratiedatum 01-09-2029') still lines up row by row.
    """
    rows: list[list[Fragment]] = []
    for row in _group_rows(column):
        if rows and _ends_open_range(" ".join(f.text for f in rows[-1])):
            rows[-1] = rows[-1] + row
        else:
            rows.append(row)
    return rows


def _one_block(rows: list[list[Fragment]], height: float) -> bool:
    """No gap between the rows wider than the one that separates bands."""
    return all(
        lower[0].top - max(f.bottom for f in upper) <= BAND_GAP_EM * height
        for upper, lower in pairwise(rows)
    )


def _rows_line_up(columns: list[list[list[Fragment]]]) -> bool:
    """Every column has as many rows as the others, each at the same height."""
    first = [row[0].top for row in columns[0]]
    return all(
        len(rows) == len(first)
        and all(abs(row[0].top - top) <= ALIGN_TOL for row, top in zip(rows, first, strict=True))
        for rows in columns[1:]
    )


def _one_entry(rows: list[list[Fragment]]) -> bool:
    """A year on at least one row and on fewer than half: a card's period among its lines."""
    dated = sum(1 for row in rows if any(_YEAR.search(f.text) for f in row))
    return 0 < 2 * dated < len(rows)


def _columns_after_dates(dates: list[Fragment], region: list[Fragment]) -> list[Fragment]:
    """The bands from the first one wholly below a right-hand date column that has columns
    of its own (and shares no gutter with the bands above), to the end of the region.

    Such a two-column part under a dated section is no part of the date table's last row,
    where it would be read row by row across its columns.
    """
    bottom = max(f.bottom for f in dates)
    groups = _merge_bands_with_shared_gutter(_bands(region))
    for index, group in enumerate(groups):
        if min(f.top for f in group) > bottom and _gutters(group):
            return [f for later in groups[index:] for f in later]
    return []


def _column_below(columns: list[list[Fragment]]) -> list[Fragment]:
    """The first column that starts below the bottom of every other column, if any."""
    for index, column in enumerate(columns):
        others = [f for i, other in enumerate(columns) if i != index for f in other]
        if min(f.top for f in column) >= max(f.bottom for f in others) + ALIGN_TOL:
            return column
    return []


def _caps_title(row: Sequence[Fragment]) -> bool:
    """A row of capitals only, without digits: a section title ("PERSOONLIJKE INFORMATIE")."""
    letters = [c for f in row for c in f.text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) \
        and not any(c.isdigit() for f in row for c in f.text)


def _headings_side_by_side(key: list[Fragment], rest: list[Fragment], height: float) -> bool:
    """Larger text at the same height in two columns, one a section heading: two flows.

    Two columns of short lines on a shared baseline grid look like a table otherwise. A title
    band over a table (Europass' logo beside "Curriculum Vitae") names no section.
    """
    large = HEADING_HEIGHT_RATIO * height
    right = [f for f in rest if f.height >= large]
    return any(
        abs(f.top - other.top) <= ALIGN_TOL and (_names_section(f) or _names_section(other))
        for f in key if f.height >= large for other in right
    )


def _names_section(fragment: Fragment) -> bool:
    return fragment.text.strip(" :").lower() in SECTION_HEADINGS


def _median_height(fragments: Sequence[Fragment]) -> float:
    return statistics.median(f.height for f in fragments) if fragments else 10.0


def _gutters(fragments: Sequence[Fragment]) -> list[tuple[float, float]]:
    """Vertical bands no fragment crosses, with text on both sides."""
    spans = sorted((f.x0, f.x1) for f in fragments)
    min_width = MIN_GUTTER if _row_count(fragments) > 1 else MIN_GUTTER_ONE_ROW
    gutters = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= min_width:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return gutters


def _row_count(fragments: Sequence[Fragment]) -> int:
    return len(_group_rows(fragments))


def _columns(fragments: list[Fragment]) -> list[list[Fragment]]:
    gutters = _gutters(fragments)
    if not gutters:
        return []
    columns: list[list[Fragment]] = [[] for _ in range(len(gutters) + 1)]
    for fragment in fragments:
        index = sum(1 for left, _ in gutters if fragment.x0 >= left)
        columns[index].append(fragment)
    return [column for column in columns if column]


def _bands(fragments: list[Fragment]) -> list[list[Fragment]]:
    """Horizontal bands separated by vertical gaps wider than BAND_GAP_EM x text height."""
    limit = BAND_GAP_EM * _median_height(fragments)
    ordered = sorted(fragments, key=lambda f: f.top)
    bands = [[ordered[0]]]
    reach = ordered[0].bottom
    for fragment in ordered[1:]:
        if fragment.top - reach > limit:
            bands.append([fragment])
        else:
            bands[-1].append(fragment)
        reach = max(reach, fragment.bottom)
    return bands


def _merge_bands_with_shared_gutter(bands: list[list[Fragment]]) -> list[list[Fragment]]:
    groups = [list(bands[0])]
    for band in bands[1:]:
        if _share_gutter(groups[-1], band):
            groups[-1] += band
        else:
            groups.append(list(band))
    return groups


def _share_gutter(upper: list[Fragment], lower: list[Fragment]) -> bool:
    """Whether a gutter of the two regions read together is a gutter inside each of them.

    A gap that is merely empty in both is not enough: a row of side-by-side headings under
    a section with a right-hand date column leaves the date gutter free, yet its own gutter
    is the one of the two columns below it, which it must head.
    """
    own_upper, own_lower = _gutters(upper), _gutters(lower)
    return any(
        _within(gutter, own_upper) and _within(gutter, own_lower)
        for gutter in _gutters(upper + lower)
    )


def _within(gutter: tuple[float, float], gutters: Sequence[tuple[float, float]]) -> bool:
    return any(left <= gutter[0] and gutter[1] <= right for left, right in gutters)


def _group_rows(fragments: Sequence[Fragment]) -> list[list[Fragment]]:
    """Fragments on the same row (tops within ALIGN_TOL), top to bottom, left to right."""
    rows: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (f.top, f.x0)):
        if rows and abs(fragment.top - rows[-1][0].top) <= ALIGN_TOL:
            rows[-1].append(fragment)
        else:
            rows.append([fragment])
    return [sorted(row, key=lambda f: f.x0) for row in rows]


def _plain_lines(fragments: Sequence[Fragment]) -> list[str]:
    return [" ".join(f.text for f in row) for row in _group_rows(fragments)]


def _continues(previous: str, text: str) -> bool:
    """Whether `text` completes `previous` ('jan 2019 –' + '2021', 'sep 2014 – juni' + '2015').

    A lower-case start continues, except a month name, which starts a new date.
    """
    last_word = previous.rstrip(" .").rsplit(" ", 1)[-1].lower()
    first_word = text.split(" ", 1)[0].rstrip(".").lower()
    starts_lower = bool(_STARTS_LOWER.match(text)) and first_word not in MONTHS
    return bool(_ENDS_OPEN.search(previous) or last_word in MONTHS or starts_lower)


def _join_continuations(lines: list[str], *, whole_phrases: bool) -> list[str]:
    """Join a line ending in an open date range ('2015 –', 't/m') with the line below it.

    With `whole_phrases`, also join any line that continues the one above (see _continues),
    up to JOIN_CELL_MAX_CHARS.
    """
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        phrase = whole_phrases and _continues(previous, line)
        joins = _ends_open_range(previous) or phrase
        if previous and joins and len(previous) + len(line) < JOIN_CELL_MAX_CHARS:
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _ends_open_range(line: str) -> bool:
    """A line ending in an open date range ('2015 –', 't/m'): the line below completes it."""
    return bool(_ENDS_OPEN.search(line)) and not line.endswith(",")
