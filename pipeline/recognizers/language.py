"""The main language of the CV's body text (CV requirement "opgesteld in het Nederlands").

Counts the stopwords that belong to one language alone (Dutch, English, German, French); the
language with most of them is the main language and `share` is its part of all counted
stopwords. Too few stopwords (a scan's noise, a near-empty file) gives `code=None`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Explanation, LanguageGuess, check
from pipeline.lang.nl.stopwords import LANGUAGE_STOP_WORDS
from pipeline.recognizers.base import Recognizer
from pipeline.structure.lines import text_of

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _exclusive(lists: dict[str, frozenset[str] | set[str]]) -> dict[str, set[str]]:
    """Each language's stopwords that no other listed language has."""
    return {
        code: set(words) - set().union(*(other for name, other in lists.items() if name != code))
        for code, words in lists.items()
    }


_EXCLUSIVE = _exclusive(LANGUAGE_STOP_WORDS)


class LanguageRecognizer(Recognizer):
    """Sets `doc._.language` (code, share, explanation with the counts)."""

    facts: ClassVar[dict[str, Any]] = {"language": None}

    def __init__(self, *, min_stopwords: int) -> None:
        self.min_stopwords = min_stopwords

    def recognize(self, doc: Doc) -> dict[str, Any]:
        counts: Counter[str] = Counter()
        for word in _WORD.findall(text_of(doc)):
            lower = word.lower()
            for code, words in _EXCLUSIVE.items():
                if lower in words:
                    counts[code] += 1
        total = sum(counts.values())
        explanation: Explanation = {
            "stopwords": check("stopwoorden van één taal",
                            [f"{code} {n}" for code, n in counts.most_common()]),
        }
        if total < self.min_stopwords:
            explanation["reason"] = check(f"minder dan {self.min_stopwords} stopwoorden")
            return {"language": LanguageGuess(code=None, share=0.0, explanation=explanation)}
        code, hits = counts.most_common(1)[0]
        return {"language": LanguageGuess(code=code, share=hits / total, explanation=explanation)}


@Language.factory(
    "cvscreen_language_v1",
    default_config={"min_stopwords": 5},
    assigns=["doc._.language"],
)
def make_language(nlp: Language, name: str, *, min_stopwords: int) -> LanguageRecognizer:
    return LanguageRecognizer(min_stopwords=min_stopwords)
