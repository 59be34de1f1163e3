"""Blind mode: hide who the candidate is, so a first assessment is not swayed by it.

Masking keeps every character offset (each hidden character becomes MASK, whitespace stays),
so evidence offsets into `Document.text` still point at the right words after masking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MASK = "•"

# Dutch contact details and personal data. Each pattern's match (or group "value") is hidden.
# An address may wrap inside its domain where a narrow column broke the line.
EMAIL = re.compile(r"[\w.+-]+@(?:[\w.-]|\n(?=[\w.-]*\.[a-z]{2,}\b))+", re.IGNORECASE)
URL = re.compile(r"(?:https?://|www\.)\S+|linkedin\.com/\S+", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w])(?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){7,9}(?![\w])")
POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
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
PHOTO = re.compile(r"(?i)\[?\(?\b(?:pas)?foto\b[^\n\])]{0,40}[\])]?")
# Name particles are not identifying on their own and are everywhere in Dutch text.
NAME_PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "el", "al", "la", "le"}


def _hide(chars: list[str], start: int, end: int) -> None:
    for index in range(max(start, 0), min(end, len(chars))):
        if not chars[index].isspace():
            chars[index] = MASK


def name_tokens(names: Iterable[str | None]) -> list[str]:
    """The identifying words of the candidate's name(s), longest first."""
    tokens = {
        token
        for name in names
        if name
        for token in re.findall(r"[\w'-]+", name)
        if len(token) >= 2 and token.lower() not in NAME_PARTICLES
    }
    return sorted(tokens, key=len, reverse=True)


def mask_text(text: str, names: Iterable[str | None] = ()) -> str:
    """`text` with contact details, birth data, address, photo mentions and names hidden."""
    chars = list(text)
    for pattern in (EMAIL, URL, PHONE, POSTCODE, STREET, PHOTO):
        for match in pattern.finditer(text):
            _hide(chars, match.start(), match.end())
    for match in PERSONAL_LINE.finditer(text):
        _hide(chars, match.start("value"), match.end("value"))
    for token in name_tokens(names):
        for match in re.finditer(rf"(?<!\w){re.escape(token)}(?!\w)", text, re.IGNORECASE):
            _hide(chars, match.start(), match.end())
    return "".join(chars)
