"""The candidate's own motivation text (spec S7): found and measured, never judged.

Where it is looked for, in order:
1. a motivation section ("Motivatie", "Motivatie kandidaat", "Waarom ik?", "Motivation");
2. a letter part: a salutation ("Beste ...", "Geachte ...") followed by first-person text,
   up to the closing ("Met vriendelijke groet");
3. only when neither exists: a profile written in the first person that addresses this
   assignment ("deze opdracht", "solliciteer"). A third-person recruiter profile is never the
   candidate's motivation, and a profile is not taken when a real motivation section exists.
`doc._.motivation_explanation` says which of these was used and why.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Explanation, Motivation, check
from pipeline.lang.nl import motivation as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.structure.lines import Line, evidence_at, lines_between, text_of
from pipeline.structure.sections import is_running_line, labelled_blocks, looks_like_heading

_OPENING = re.compile(vocab.LETTER_OPENING, re.IGNORECASE)
_CLOSING = re.compile(vocab.LETTER_CLOSING)
_CUES = re.compile(vocab.ASSIGNMENT_CUES)
MIN_PROSE_LINE_WORDS = 6  # a heading "Motivatie" above a list of skills is not a motivation
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class MotivationRecognizer(Recognizer):
    """Sets `doc._.motivation` (present, words, text, evidence)."""

    facts: ClassVar[dict[str, Any]] = {"motivation": None, "motivation_explanation": None}

    def __init__(self, *, min_words: int, min_first_person_share: float) -> None:
        self.min_words = min_words
        self.min_first_person_share = min_first_person_share

    def recognize(self, doc: Doc) -> dict[str, Any]:
        found = self._section(doc) or self._letter(doc) or self._profile(doc)
        if found is None:
            return {"motivation": Motivation(present=False),
                    "motivation_explanation": {"source": check(
                        "geen motivatiesectie, brief of profiel in de ik-vorm over de opdracht")}}
        lines, explanation = found
        start, end = lines[0].start, lines[-1].end
        text = "\n".join(line.text for line in lines)
        return {"motivation": Motivation(present=True, words=len(_WORD.findall(text)), text=text,
                                         evidence=evidence_at(doc, start, end)),
                "motivation_explanation": explanation}

    def _section(self, doc: Doc) -> tuple[list[Line], Explanation] | None:
        for block in labelled_blocks(doc, "motivatie"):
            lines = _body(block.lines)
            prose = any(len(_WORD.findall(line.text)) >= MIN_PROSE_LINE_WORDS for line in lines)
            if prose and _word_count(lines) >= self.min_words:
                return lines, {"source": check("sectie", [block.heading]),
                               "first_person": check("aandeel ik-vorm",
                                                     score=round(_first_person_share(lines), 2))}
        return None

    def _letter(self, doc: Doc) -> tuple[list[Line], Explanation] | None:
        lines = lines_between(text_of(doc))
        for index, line in enumerate(lines):
            if not _OPENING.match(line.text):
                continue
            body: list[Line] = []
            for following in lines[index + 1:]:
                if _CLOSING.match(following.text) or looks_like_heading(following.text):
                    break
                body.append(following)
            body = _body(body)
            if _word_count(body) >= self.min_words and self._first_person(body):
                return body, {"source": check("brief", [line.text])}
        return None

    def _profile(self, doc: Doc) -> tuple[list[Line], Explanation] | None:
        for block in labelled_blocks(doc, "profiel"):
            lines = _body(block.lines)
            text = " ".join(line.text for line in lines)
            cue = _CUES.search(text)
            if cue and _word_count(lines) >= self.min_words and self._first_person(lines):
                return lines, {"source": check("profiel", [block.heading]),
                               "reason": check("profiel in de ik-vorm over de opdracht; geen "
                                               "motivatiesectie", [cue.group()])}
        return None

    def _first_person(self, lines: list[Line]) -> bool:
        return _first_person_share(lines) >= self.min_first_person_share


def _first_person_share(lines: list[Line]) -> float:
    """First-person words among first- and third-person words: the candidate wrote it when
    high; a recruiter's "zij/hij" text when low (recorded for the analyst, never judged)."""
    words = [word.lower() for line in lines for word in _WORD.findall(line.text)]
    first = sum(word in vocab.FIRST_PERSON for word in words)
    third = sum(word in vocab.THIRD_PERSON for word in words)
    return first / (first + third) if first else 0.0


def _body(lines: tuple[Line, ...] | list[Line]) -> list[Line]:
    return [line for line in lines if not is_running_line(line.text)]


def _word_count(lines: list[Line]) -> int:
    return sum(len(_WORD.findall(line.text)) for line in lines)


@Language.factory(
    "cvscreen_motivation_v1",
    default_config={"min_words": 20, "min_first_person_share": 0.6},
    assigns=["doc._.motivation", "doc._.motivation_explanation"],
)
def make_motivation(nlp: Language, name: str, *, min_words: int,
                    min_first_person_share: float) -> MotivationRecognizer:
    return MotivationRecognizer(min_words=min_words,
                                min_first_person_share=min_first_person_share)
