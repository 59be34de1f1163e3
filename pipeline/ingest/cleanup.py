"""Character-level repairs every reader applies: ligatures, odd spaces, bullets, hyphenation.

Later stages match Dutch words with regexes; a 'ﬁ' ligature, a no-break space or a word split
as 'begelei-\\nding' would make them miss.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.document import MARK_PATTERN

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
}
# Spaces that are not " ": no-break, thin, figure, ideographic, and zero-width characters.
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# A line starts after a newline and any region marks (see pipeline.document.mark_region).
_LINE_START = rf"(?m)^(?P<marks>{MARK_PATTERN}*)"
# A bullet glyph at the start of a line (after optional spaces) becomes "- ".
BULLETS = "•●▪■◼◾□◦○◆◇►▶▸‣⁃∙·➢➤✓✔❖›»*–—-"
_BULLET = re.compile(
    _LINE_START + r"[ ]*[" + re.escape(BULLETS) + r"\uf0a7\uf0b7\uf076\uf0d8\uf0fc][ ]+"
)
# Private-use bullets (Symbol/Wingdings fonts) often arrive without a space after them.
_PUA_BULLET = re.compile(
    _LINE_START + r"[ ]*[\uf0a7\uf0b7\uf076\uf0d8\uf0fc\u2022\u25aa\u25cf][ ]*"
)
# "begelei-\nding" -> "begeleiding\n": a word, a hyphen at line end, a lowercase word next.
# Not before "en"/"of"/"tot": "zorg- en welzijn" keeps its hyphen.
_HYPHEN_BREAK = re.compile(
    r"(\w*[A-Za-zÀ-ÿ])-\n[ ]*(?!(?:en|of|tot)\b)([a-zà-ÿ][\wà-ÿ]*)[ ]?"
)
# Left halves that are whole words of a hyphenated compound, not a syllable ("hbo-opleiding",
# "SKJ-registratie", "sociaal-emotioneel", "medisch-pedagogisch"): the hyphen stays.
KEEP_HYPHEN_MAX_LEFT = 4
KEEP_HYPHEN_ENDINGS = ("aal", "isch", "ief", "eel", "ele")
_WORD = re.compile(r"[\wÀ-ÿ-]+")
_MULTI_SPACE = re.compile(r"[ ]{2,}")
_TRAILING_SPACE = re.compile(rf"[ ]+(?P<marks>{MARK_PATTERN}*)\n")
_LEADING_SPACE = re.compile(_LINE_START + r"[ ]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def clean_text(text: str, vocabulary: set[str] | None = None) -> str:
    """Normalise one page or block of text; line structure is kept (except joined hyphenation).

    `vocabulary` (lower-case words of the whole document) decides a line-end hyphen when the
    document spells the word elsewhere, with or without the hyphen.
    """
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _LEADING_SPACE.sub(r"\g<marks>", text)
    text = _PUA_BULLET.sub(r"\g<marks>- ", text)
    text = _BULLET.sub(r"\g<marks>- ", text)
    words = vocabulary if vocabulary is not None else vocabulary_of(text)
    text = _HYPHEN_BREAK.sub(lambda match: _join_hyphenated(match, words), text)
    text = _MULTI_SPACE.sub(" ", text)
    text = _TRAILING_SPACE.sub(r"\g<marks>\n", text)
    return _MANY_BLANK_LINES.sub("\n\n", text)


def vocabulary_of(text: str) -> set[str]:
    """Lower-case words (hyphenated compounds whole) of `text`."""
    return {word.lower() for word in _WORD.findall(text)}


def _join_hyphenated(match: re.Match[str], vocabulary: set[str]) -> str:
    """Join the halves (with or without the hyphen) and move the line break after the word."""
    left, right = match.group(1), match.group(2)
    closed, hyphenated = f"{left}{right}", f"{left}-{right}"
    if hyphenated.lower() in vocabulary:
        word = hyphenated
    elif closed.lower() in vocabulary:
        word = closed
    elif len(left) <= KEEP_HYPHEN_MAX_LEFT or left.lower().endswith(KEEP_HYPHEN_ENDINGS):
        word = hyphenated
    else:
        word = closed
    rest = match.string[match.end():match.end() + 1]
    return word + ("" if rest in ("", "\n") else "\n")
