"""Evidence spans of one candidate as labelled marks over the CV text, page by page.

Each value on the candidate page links to its mark (`#ev-N`), and each mark links back to its
value (`#fact-KEY`), so an analyst can check a value against the words it was read from.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from pipeline.document import Document
from pipeline.lang.nl.registers import REGISTERS


@dataclass
class Mark:
    """One evidence span: `text[start:end]`, shown as `label` and tied to the fact `key`."""

    id: str
    key: str
    label: str
    kind: str
    start: int
    end: int
    page: int | None


@dataclass
class Segment:
    """A run of text with the same set of marks over it; `opens` marks start here."""

    text: str
    marks: list[Mark] = field(default_factory=list)
    opens: list[Mark] = field(default_factory=list)


@dataclass
class PageView:
    number: int
    segments: list[Segment]


def _evidence_list(value: Any) -> list[dict[str, Any]]:
    if not value:
        return []
    return [e for e in (value if isinstance(value, list) else [value]) if isinstance(e, dict)]


def fact_evidence(record: dict[str, Any], blind: bool,
                  registers: list[str]) -> list[tuple[str, str, str, dict]]:
    """(key, label, kind, evidence) for every fact of the record that has words in the CV;
    of the registrations, those of the `registers` the tender names."""
    found: list[tuple[str, str, str, dict]] = []

    def add(key: str, label: str, kind: str, evidence: Any) -> None:
        found.extend((key, label, kind, e) for e in _evidence_list(evidence))

    if not blind:
        add("name", "Naam", "name", record.get("candidate_name_evidence"))
    for i, diploma in enumerate(record.get("diplomas") or []):
        add(f"diploma-{i}", f"Diploma {i + 1}", "diploma", diploma.get("evidence"))
    for key in registers:
        add(key, REGISTERS[key]["name"], "registration", (record.get(key) or {}).get("evidence"))
    for i, role in enumerate(record.get("roles") or []):
        add(f"role-{i}", f"Rol {i + 1}", "role", role.get("evidence"))
    for i, cert in enumerate(record.get("certificates") or []):
        add(
            f"certificate-{i}",
            f"Certificaat {cert.get('name')}",
            "certificate",
            cert.get("evidence"),
        )
    for i, training in enumerate(record.get("other_trainings") or []):
        add(
            f"training-{i}",
            f"Training {training.get('name')}",
            "training",
            training.get("evidence"),
        )
    for i, reference in enumerate(record.get("references") or []):
        add(f"reference-{i}", f"Referentie {i + 1}", "reference", reference.get("evidence"))
    add("motivation", "Motivatie", "motivation", (record.get("motivation") or {}).get("evidence"))
    add("zzp", "ZZP-signaal", "zzp", record.get("zzp_evidence"))
    return found


def build_marks(record: dict[str, Any], text: str, blind: bool, source: str,
                registers: list[str]) -> list[Mark]:
    """Marks for all evidence whose offsets hold its words in `source`, in text order.

    `text` is what is shown (masked in blind mode, same length); `source` is the extracted
    text the offsets point into. A span whose words differ (a stale or wrong offset) is not
    marked: highlighting other words would mislead the analyst.
    """
    candidates = []
    for key, label, kind, evidence in fact_evidence(record, blind, registers):
        start, end = evidence.get("start"), evidence.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        words = evidence.get("text")
        if words is not None and source[start:end] != words:
            continue
        if 0 <= start < end <= len(text):
            candidates.append((start, end, key, label, kind, evidence.get("page")))
    candidates.sort(key=lambda c: (c[0], -c[1]))
    return [
        Mark(f"ev-{n}", key, label, kind, start, end, page)
        for n, (start, end, key, label, kind, page) in enumerate(candidates, start=1)
    ]


def _segments(text: str, offset: int, marks: list[Mark], opened: set[str]) -> list[Segment]:
    """Split `text` (starting at `offset`) at every mark boundary inside it."""
    end_offset = offset + len(text)
    inside = [m for m in marks if m.start < end_offset and m.end > offset]
    cuts = {offset, end_offset}
    for mark in inside:
        cuts.update(c for c in (mark.start, mark.end) if offset < c < end_offset)
    points = sorted(cuts)
    segments = []
    for left, right in itertools.pairwise(points):
        active = [m for m in inside if m.start < right and m.end > left]
        opens = [m for m in active if m.id not in opened]
        opened.update(m.id for m in opens)
        segments.append(Segment(text[left - offset : right - offset], active, opens))
    return segments


def page_views(document: Document | None, text: str, marks: list[Mark]) -> list[PageView]:
    """The (possibly masked) text split into its pages, each as marked segments."""
    if document is None or not text:
        return []
    opened: set[str] = set()
    pages = document.pages or []
    if not pages:
        return [PageView(1, _segments(text, 0, marks, opened))]
    views = []
    for index, page in enumerate(pages):
        # Text between pages (the joining blank line) belongs to the page before it.
        end = pages[index + 1].start if index + 1 < len(pages) else len(text)
        views.append(
            PageView(page.number, _segments(text[page.start : end], page.start, marks, opened))
        )
    return views


def links_by_key(marks: list[Mark]) -> dict[str, list[Mark]]:
    """Fact key -> its marks, for the value-to-evidence links."""
    links: dict[str, list[Mark]] = {}
    for mark in marks:
        links.setdefault(mark.key, []).append(mark)
    return links
