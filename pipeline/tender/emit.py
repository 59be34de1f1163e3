"""Write a params draft as YAML an analyst reads: CHECK lines at the top, each criterion under
the tender line it came from, each value commented with its line number (or "standaard" for a
default), and the sections that do not depend on the tender copied from a template params file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.tender.draft import Block, Draft, Sourced
from pipeline.tender.text import TenderText

TENDER_SECTIONS = ("tender", "knockouts", "requirements", "points", "ranking", "explain")
QUOTE = 96  # characters of a tender line quoted above its criterion


def _value(value: Any) -> str:
    """One value as YAML flow (JSON is YAML: strings quoted, lists in brackets)."""
    return json.dumps(value, ensure_ascii=False)


def _comment(sourced: Sourced) -> str:
    return f"# regel {sourced.line}" if sourced.line else "# standaard"


def _pairs(values: dict[str, Sourced], indent: str, first: str = "") -> list[str]:
    """`key: value  # regel N` lines; `first` prefixes the first line ("- " for list items)."""
    lines = []
    for index, (key, sourced) in enumerate(values.items()):
        lead = first if index == 0 else " " * len(first)
        lines.append(f"{indent}{lead}{key}: {_value(sourced.value)}  {_comment(sourced)}")
    return lines


def _quote(block: Block, indent: str) -> list[str]:
    if block.line is None:
        return []
    text = " ".join(block.line.text.split())
    text = text if len(text) <= QUOTE else text[:QUOTE - 1] + "…"
    return [f"{indent}# regel {block.line.number}: {text}"]


def _blocks(blocks: list[Block], indent: str) -> list[str]:
    lines, quoted = [], None
    for block in blocks:
        if block.line != quoted:  # one quote for the requirements read from one line
            lines += _quote(block, indent)
            quoted = block.line
        lines += _pairs(block.values, indent, "- ")
    return lines or [f"{indent}[]"]


def _template_sections(template: str) -> list[str]:
    """The template's top-level sections that do not come from the tender, as written, each
    with the comment lines right above its key."""
    lines = template.splitlines()
    starts = [i for i, line in enumerate(lines) if _SECTION.match(line)]
    sections = []
    for index, start in enumerate(starts):
        first = start
        while first > 0 and lines[first - 1].startswith("#"):
            first -= 1
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        while end > start + 1 and (lines[end - 1].startswith("#") or not lines[end - 1].strip()):
            end -= 1
        if _SECTION.match(lines[start]).group(1) not in TENDER_SECTIONS:
            sections.append("\n".join(lines[first:end]) + "\n")
    return sections


_SECTION = re.compile(r"([A-Za-z_]+):")


def emit(draft: Draft, text: TenderText, source: str, template: Path) -> str:
    """The draft as a params file."""
    title = draft.tender["title"].value or "?"
    lines = [
        f"# Params-draft voor tender {draft.tender['id'].value or '?'} \"{title}\", gemaakt door "
        f"`cvscreen tender draft` uit {source}.",
        "# Elke waarde noemt de regel van de uitvraag waar ze vandaan komt; 'standaard' is een",
        "# standaardwaarde van de screeningsregels. Controleer eerst de CHECK-regels:",
    ]
    lines += [f"# CHECK: {check}" for check in draft.checks] or ["# (geen CHECK-regels)"]
    lines += ["", "tender:", *_pairs(draft.tender, "  "), "", "knockouts:"]
    lines += _blocks(draft.knockouts, "  ")
    lines += ["", "requirements:", *_blocks(draft.requirements, "  "), "", "points:"]
    lines += [f"  total: {_value(draft.total.value)}  {_comment(draft.total)}", "  criteria:"]
    lines += _blocks(draft.criteria, "    ")
    lines += ["", "ranking:", *_pairs(draft.ranking, "  "), "", "explain:"]
    lines += _pairs(draft.explain, "  ")
    lines += ["", "# Niet uit de uitvraag: het lezen van cv's, zoals in " + template.name + "."]
    return "\n".join(lines) + "\n\n" + "\n".join(
        _template_sections(template.read_text(encoding="utf-8")))
