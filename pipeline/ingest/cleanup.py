"""Character-level repairs every reader applies: ligatures, odd spaces, bullets, hyphenation.

Later stages match Dutch words with regexes; a 'ﬁ' ligature, a no-break space or a word split
as 'begelei-\\nding' would make them miss.
"""

from __future__ import annotations

import re
import unicodedata

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# Spaces that are not " ": no-break, thin, figure, ideographic, and zero-width characters.
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# A bullet glyph at the start of a line (after optional spaces) becomes "- ".
BULLETS = "•●▪■◼◾□◦○◆◇►▶▸‣⁃∙·➢➤✓✔❖*–—-"
_BULLET = re.compile(r"(?m)^[ ]*[" + re.escape(BULLETS) + r"\uf0a7\uf0b7\uf076\uf0d8\uf0fc][ ]+")
# Private-use bullets (Symbol/Wingdings fonts) often arrive without a space after them.
_PUA_BULLET = re.compile(r"(?m)^[ ]*[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\u2022\u25aa\u25cf][ ]*")
# "begelei-\nding" -> "begeleiding\n": a lowercase letter, a hyphen at line end, lowercase next.
# Not before "en"/"of"/"t/m": "zorg- en welzijn" keeps its hyphen.
_HYPHEN_BREAK = re.compile(r"([a-zà-ÿ])-\n[ ]*(?!(?:en|of|tot)\b)([a-zà-ÿ]+)([^\S\n]?)")
_MULTI_SPACE = re.compile(r"[ ]{2,}")
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Normalise one page or block of text; line structure is kept (except joined hyphenation)."""
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _PUA_BULLET.sub("- ", text)
    text = _BULLET.sub("- ", text)
    text = _HYPHEN_BREAK.sub(_join_hyphenated, text)
    text = _MULTI_SPACE.sub(" ", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text)


def _join_hyphenated(match: re.Match[str]) -> str:
    """Join the halves and move the line break after the completed word."""
    return match.group(1) + match.group(2) + "\n"
