"""Text from file names and CVs made harmless for the analyst's tools: terminals and spreadsheets.

A file name is chosen by the sender. On a terminal its control characters could clear the
screen or forge summary lines; in a spreadsheet a cell starting with '=' runs as a formula.
"""

from __future__ import annotations

import re
import unicodedata

# Cells a spreadsheet reads as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def for_terminal(text: object) -> str:
    """`text` on one line with control, format (bidi) and line-break characters escaped."""
    out = []
    for char in str(text):
        if char == " " or (char.isprintable() and unicodedata.category(char) != "Cf"):
            out.append(char)
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return "".join(out)


def for_csv(value: object) -> object:
    """A cell a spreadsheet shows as text: a leading ' before formula characters.

    Numbers stay numbers: an int or float is written as is, and so is a text that is just a
    (negative) number, such as '-12,5'.
    """
    if not isinstance(value, str) or not value.startswith(_FORMULA_START):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value
