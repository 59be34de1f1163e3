"""Blind mode: hide who the candidate is, so a first assessment is not swayed by it.

Masking keeps every character offset (each hidden character becomes MASK, whitespace stays),
so evidence offsets into `Document.text` still point at the right words after masking.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from jinja2.utils import htmlsafe_json_dumps

MASK = "•"

# Personal data beyond contact details (pipeline.structure.contacts finds those). Each
# pattern's match (or group "value") is hidden.
STREET = re.compile(
    r"\b[A-Z][\w'.-]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|dreef|steeg"
    r"|markt|park|erf|baan|veld|wal|haven)\s+\d+\s?[a-zA-Z]?(?:[-\s]\d+)?\b"
)
# A label line whose value is personal: everything after the label up to the end of the line.
PERSONAL_LINE = re.compile(
    r"(?im)^[ \t•\-*]*(?:geboren|geboortedatum|geb\.|geboorteplaats|leeftijd|adres|woonadres"
    r"|woonplaats|postcode|telefoon(?:nummer)?|tel\.|mobiel|e-?mail|nationaliteit"
    r"|burgerlijke staat|linkedin)(?!\w)[ \t:.]*(?P<value>[^\n]*)"
)
# A labelled name line: its value is a name even when the name recognizer chose another one.
NAME_LINE = re.compile(
    r"(?im)^[ \t•\-*]*(?:naam|name|voornaam|voornamen|achternaam|roepnaam)[ \t]*:[ \t]*"
    r"(?P<value>[^\n]{2,80})$"
)
PHOTO = re.compile(r"(?i)\[?\(?\b(?:pas)?foto\b[^\n\])]{0,40}[\])]?")
# Name particles and titles are not identifying on their own and are everywhere in Dutch text.
NAME_PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "el", "al", "la", "le",
                  "dr", "drs", "mr", "ir", "ing", "prof", "dhr", "mw", "mevr", "mevrouw", "heer"}
# Letters without a Unicode decomposition that readers still see as the plain letter.
_PLAIN_LETTERS = {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "æ": "a", "œ": "o"}
_SCRIPT_OR_STYLE = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>")
# A data block (not run, not pinned by the page's policy): its strings are masked as JSON.
_JSON_BLOCK = re.compile(
    r'(?is)(?P<open><script\b[^>]*type="application/json"[^>]*>)(?P<body>.*?)(?P<close></script\s*>)'
)
_TAG = re.compile(r"<[^>]*>")


def _hide(chars: list[str], start: int, end: int) -> None:
    for index in range(max(start, 0), min(end, len(chars))):
        if not chars[index].isspace():
            chars[index] = MASK


def fold(text: str) -> str:
    """`text` case- and diacritic-free, character for character (same length, same offsets):
    'Yıldız' and 'YILDIZ' and 'Yildiz' fold alike."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        lower = base.lower()
        lower = _PLAIN_LETTERS.get(lower, lower)
        out.append(lower if len(lower) == 1 else char)
    return "".join(out)


def name_tokens(names: Iterable[str | None]) -> list[str]:
    """The identifying words of the given names, folded, longest first."""
    tokens = {
        fold(token)
        for name in names
        if name
        for token in re.findall(r"\w+", name)
        if len(token) >= 2 and fold(token) not in NAME_PARTICLES and not token.isdigit()
    }
    return sorted(tokens, key=len, reverse=True)


def blind_names(record: dict[str, Any], text: str = "") -> list[str]:
    """Every name blind mode hides for a record: the candidate's (as extracted, as an analyst
    corrected it, and as any 'Naam:' line in `text` gives it) and the reference persons'."""
    names = [record.get("candidate_name")]
    names += [match.group("value") for match in NAME_LINE.finditer(text)]
    names += [
        str(correction.get(key))
        for correction in record.get("corrections") or []
        if correction.get("field") == "candidate_name"
        for key in ("original", "value")
        if correction.get(key)
    ]
    names += [str(ref.get("name")) for ref in record.get("references") or [] if ref.get("name")]
    return [name for name in names if name]


def _mask_names(chars: list[str], text: str, tokens: list[str]) -> None:
    folded = fold(text)
    for token in tokens:
        for match in re.finditer(rf"(?<!\w){re.escape(token)}(?!\w)", folded):
            _hide(chars, match.start(), match.end())


def _masked_json_block(match: re.Match[str], tokens: list[str]) -> str:
    """A JSON data block with the names in its strings hidden, escaped as Jinja's tojson."""
    try:
        value = json.loads(match.group("body"))
    except ValueError:
        return match.group(0)
    masked = htmlsafe_json_dumps(_masked_value(value, tokens))
    return f"{match.group('open')}{masked}{match.group('close')}"


def _masked_value(value: Any, tokens: list[str]) -> Any:
    if isinstance(value, str):
        chars = list(value)
        _mask_names(chars, value, tokens)
        return "".join(chars)
    if isinstance(value, list):
        return [_masked_value(item, tokens) for item in value]
    if isinstance(value, dict):
        return {key: _masked_value(item, tokens) for key, item in value.items()}
    return value


def mask_html(html: str, names: Iterable[str | None]) -> str:
    """Names hidden in a rendered page's text and attribute values; scripts and styles (whose
    hashes the page's security policy pins) and tag names are left alone."""
    tokens = name_tokens(names)
    if not tokens:
        return html
    html = _JSON_BLOCK.sub(lambda m: _masked_json_block(m, tokens), html)
    chars = list(html)
    data = [(m.start(), m.end()) for m in _JSON_BLOCK.finditer(html)]
    kept = [(m.start(), m.end()) for m in _SCRIPT_OR_STYLE.finditer(html)]
    kept += data  # masked already, string by string
    masked = list(chars)
    _mask_names(masked, html, tokens)
    for start, end in kept:
        masked[start:end] = chars[start:end]
    for tag in _TAG.finditer(html):  # inside a tag only quoted values may change
        inside = chars[tag.start():tag.end()]
        values = re.finditer(r'"[^"]*"|\'[^\']*\'', html[tag.start():tag.end()])
        open_spans = [(v.start() + tag.start(), v.end() + tag.start()) for v in values]
        for index in range(tag.start(), tag.end()):
            if not any(a <= index < b for a, b in open_spans):
                masked[index] = inside[index - tag.start()]
    return "".join(masked)


def mask_text(text: str, names: Iterable[str | None] = ()) -> str:
    """`text` with contact details, birth data, address, photo mentions and names hidden."""
    # imported here: the structure layer brings spaCy, which `cvscreen screen` loads only
    # when a file needs extracting (start-up time, docs/performance.md)
    from pipeline.structure.contacts import find_contacts

    chars = list(text)
    for contact in find_contacts(text, checked=False):
        _hide(chars, contact.start, contact.end)
    for pattern in (STREET, PHOTO):
        for match in pattern.finditer(text):
            _hide(chars, match.start(), match.end())
    for match in PERSONAL_LINE.finditer(text):
        _hide(chars, match.start("value"), match.end("value"))
    _mask_names(chars, text, name_tokens(names))
    return "".join(chars)
