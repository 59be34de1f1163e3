"""The candidate's name: from a "Naam:" label, else the name-shaped line at the top of the CV.

A name-shaped line has 2-5 words, each capitalised (or all caps) or a Dutch name particle,
without digits, headings, job-title or organisation words. Among those lines the one that
matches the e-mail address (anouk.deboer@... -> "Anouk de Boer") wins, then a PER entity of
the NER model when one is loaded (never required), then the earliest. All-caps names are
title-cased ("FEMKE BROUWER" -> "Femke Brouwer").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import TextValue
from pipeline.lang.nl import names as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.structure.contacts import find_contacts
from pipeline.structure.lines import Line, evidence_at, fold, lines_between, text_of

_LABEL = re.compile(vocab.NAME_LABELS)
_TITLE_WORDS = re.compile(vocab.TITLE_WORDS)
_OTHER_PERSON = re.compile(vocab.OTHER_PERSON_LABELS)
_FIRST_LABEL = re.compile(vocab.FIRST_NAME_LABEL)
_LAST_LABEL = re.compile(vocab.LAST_NAME_LABEL)
_TOKEN = re.compile(r"[^\s|•·–—,/:]+")
_SEPARATOR = re.compile(r"\s*(?:[|•·–—,/:]|\s-\s|\t|\s{3,})\s*")
# a name word, initials ("L.M.") or a called name in brackets ("(Lotte)")
_L, _C, _S = vocab.LETTERS, vocab.CAPITALS, vocab.SMALL_LETTERS
_WORD = re.compile(rf"[{_L}][{_L}'’-]*[{_L}]\.?|(?:[{_C}]\.)+|\([{_C}][{_S}]+\)")
_INITIALS = re.compile(rf"(?:[{_C}]\.)+")
_ELIDED = re.compile(rf"^[a-z]['’][{_C}]")  # d'Hondt, O'Neill written o'Neill
_PARTICLES = frozenset(vocab.NAME_PARTICLES)
MAX_WORDS = 5
MIN_WORDS = 2
SURNAME_FIRST_PENALTY = 10.0
LAYOUT_LINES = 3  # how far apart the parts of a split name may stand


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    words: tuple[str, ...]
    score: float
    how: str


class CandidateNameRecognizer(Recognizer):
    """Sets `doc._.candidate_name` (value and evidence; None when no line looks like a name)."""

    facts: ClassVar[dict[str, Any]] = {"candidate_name": None}

    def __init__(self, *, top_lines: int) -> None:
        self.top_lines = top_lines

    def recognize(self, doc: Doc) -> dict[str, Any]:
        lines = lines_between(text_of(doc))
        best = self._labelled(lines) or self._best_line(doc, lines[: self.top_lines])
        if best is None:
            return {"candidate_name": TextValue(value=None)}
        return {"candidate_name": TextValue(value=_display(best.words),
                                            evidence=evidence_at(doc, best.start, best.end))}

    def _labelled(self, lines: list[Line]) -> _Candidate | None:
        halves = _name_halves(lines)
        if halves:
            return halves
        for line in lines:
            label = _LABEL.match(line.text)
            if not label:
                continue
            value = Line(line.text[label.end():], line.start + label.end(), line.end)
            found = _surname_first(value) or _name_at(line.text, label.end(), line.start,
                                                      allow_rest=True)
            if found:
                return _Candidate(found[0], found[1], found[2], 100.0, "label")
        return None

    def _best_line(self, doc: Doc, lines: list[Line]) -> _Candidate | None:
        emails = _own_email(doc)
        people = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in ("PER",
                                                                                     "PERSON")]
        candidates = []
        for index, line in enumerate(lines):
            if _OTHER_PERSON.search(line.text):
                continue  # "Contactpersoon: Jan Bakker" names the agency's recruiter
            # blanked, not removed, so offsets into the line stay right
            text = _TITLE_WORDS.sub(lambda m: " " * len(m.group()), line.text)
            found_in_line = [_name_at(part, 0, line.start + start, allow_rest=False)
                             for start, part in _parts(text)]
            surname_first = _surname_first(line)
            found_in_line.append(surname_first)
            for found in found_in_line:
                if not found:
                    continue
                start, end, words = found
                score = 30.0 * (1 - index / max(len(lines), 1))
                if found is surname_first:
                    score -= SURNAME_FIRST_PENALTY  # "Utrecht, Lombok" has the same shape
                how = "first name-shaped line"
                matched = _match_email(words, emails)
                if matched is not None:
                    first, last = matched
                    spans = list(_TOKEN.finditer(text_of(doc), start, end))
                    start, end = spans[first].start(), spans[last - 1].end()
                    words = words[first:last]
                    score += 60.0
                    how = "name-shaped line matching the e-mail address"
                if any(s < end and start < e for s, e in people):
                    score += 20.0
                candidates.append(_Candidate(start, end, words, score, how))
        if not any(c.how.endswith("e-mail address") for c in candidates):
            candidates.extend(_split_by_layout(doc, lines, emails))
        return max(candidates, key=lambda c: c.score, default=None)


def _surname_first(line: Line) -> tuple[int, int, tuple[str, ...]] | None:
    """"Bakker, Sanne" (Europass, registers): the given name first, as everywhere else."""
    surname, comma, given = line.text.partition(",")
    if not comma or "," in given:
        return None
    last = _name_at(surname, 0, 0, allow_rest=False, min_words=1)
    words = tuple(given.split())  # "Sanne van den": the particles go before the surname
    if not (last and words and all(_name_word(word) for word in words)):
        return None
    if words[0].lower() in _PARTICLES or len(words) > MAX_WORDS - len(last[2]):
        return None
    return line.start, line.end, words + last[2]


def _name_halves(lines: list[Line]) -> _Candidate | None:
    """"Voornaam: Lotte" and "Achternaam: de Kok" on their own lines."""
    first = last = None
    for line in lines:
        for pattern, is_first in ((_FIRST_LABEL, True), (_LAST_LABEL, False)):
            label = pattern.match(line.text)
            if label and line.text[label.end():].strip():
                value = line.text[label.end():].strip()
                part = (line.start + label.end(), line.end, tuple(value.split()))
                first, last = (part, last) if is_first else (first, part)
    if not (first and last) or not all(_name_word(w) for w in first[2] + last[2]):
        return None
    start, end = min(first[0], last[0]), max(first[1], last[1])
    return _Candidate(start, end, first[2] + last[2], 100.0, "first and last name labels")


def _split_by_layout(doc: Doc, lines: list[Line], emails: list[str]) -> list[_Candidate]:
    """A name broken over lines by a two-column layout ("BAS  PROFIEL" ... "OOSTERHUIS"),
    found as the words that spell the e-mail address's local part, in order, close together."""
    found = []
    tokens = [(index, m) for index, line in enumerate(lines)
              for m in _TOKEN.finditer(text_of(doc), line.start, line.end)]
    for email in emails:
        parts = [p for p in re.split(r"[^a-zà-ÿ]+", email) if p]
        if len(parts) < MIN_WORDS:
            continue
        rest = "".join(parts[1:])
        for position, (index, token) in enumerate(tokens):
            if token.group().lower() != parts[0] or not token.group()[0].isupper():
                continue
            spelled, words = "", [token]
            for later_index, later in tokens[position + 1:]:
                if later_index > index + LAYOUT_LINES:
                    break
                fits = _name_word(later.group()) and rest.startswith(
                    spelled + later.group().lower())
                if not fits:
                    if spelled:
                        break
                    continue
                spelled += later.group().lower()
                words.append(later)
                if spelled == rest:
                    found.append(_Candidate(token.start(), later.end(),
                                            tuple(w.group() for w in words), 50.0,
                                            "name split by the layout, spelled by the e-mail"))
                    break
    return found


def _own_email(doc: Doc) -> list[str]:
    """The local part of the candidate's e-mail address: the first one outside references."""
    references = [(s.start_char, s.end_char) for s in doc.spans.get("sections", [])
                  if s.label_ == "referenties"]
    contacts = doc._.contacts if doc._.contacts is not None else find_contacts(text_of(doc))
    for contact in contacts:
        if contact.kind == "email" and not any(s <= contact.start < e for s, e in references):
            return [fold(contact.value.split("@", 1)[0])]
    return []


def _parts(text: str) -> list[tuple[int, str]]:
    """A line split at separators ("Thijs van Dam | Curriculum Vitae")."""
    parts, position = [], 0
    for separator in _SEPARATOR.finditer(text):
        parts.append((position, text[position:separator.start()]))
        position = separator.end()
    parts.append((position, text[position:]))
    return [(start + len(part) - len(part.lstrip()), part.strip()) for start, part in parts
            if part.strip()]


def _name_at(text: str, position: int, offset: int, allow_rest: bool,
             min_words: int = MIN_WORDS) -> tuple[int, int, tuple[str, ...]] | None:
    """(start, end, words) of a name starting at `position` of `text`, else None.

    With `allow_rest` the name may be followed by other words (a label's value); without,
    the whole text must be the name.
    """
    tokens = list(_TOKEN.finditer(text, position))
    kept: list[re.Match[str]] = []
    for token in tokens:
        if not _name_word(token.group()):
            if allow_rest:
                break
            return None
        kept.append(token)
        if len(kept) > MAX_WORDS:
            return None
    while kept and kept[-1].group().lower() in _PARTICLES:
        kept.pop()
    while kept and kept[0].group() in _PARTICLES:  # "(Curriculum vitae) van Lotte Kok"
        kept.pop(0)
    words = tuple(token.group() for token in kept)
    names = [word for word in words if word.lower() not in _PARTICLES]
    full = [word for word in names if not _INITIALS.fullmatch(word)]
    if len(names) < min_words or not full or any(len(word.rstrip(".")) < 2 for word in full):
        return None
    return offset + kept[0].start(), offset + kept[-1].end(), words


def _name_word(token: str) -> bool:
    if not _WORD.fullmatch(token):
        return False
    lower = token.lower()
    if lower in vocab.NOT_NAME_WORDS or lower in vocab.JOB_TITLE_WORDS or lower.endswith(
            vocab.JOB_TITLE_ENDINGS):
        return False
    return lower in _PARTICLES or token.lstrip("(")[0].isupper() or bool(_ELIDED.match(token))


def _match_email(words: tuple[str, ...], emails: list[str]) -> tuple[int, int] | None:
    """The run of words the local part of an e-mail address spells ("anouk.deboer")."""
    lowered = [re.sub(r"[^a-z]", "", fold(word)) for word in words]
    for email in emails:
        joined = re.sub(r"[^a-z]", "", email)
        for first in range(len(lowered)):
            for last in range(len(lowered), first + 1, -1):
                span = lowered[first:last]
                if joined in ("".join(span), span[0][:1] + "".join(span[1:])):
                    return first, last
    return None


def _display(words: tuple[str, ...]) -> str:
    """All-caps words title-cased; particles lower case except at the start."""
    shown = []
    for position, word in enumerate(words):
        if word.isupper() and len(word.rstrip(".")) > 1:
            word = word.lower() if word.lower() in _PARTICLES and position else word.title()
        shown.append(word)
    return " ".join(shown)


@Language.factory(
    "cvscreen_candidate_name_v1",
    default_config={"top_lines": 40},
    assigns=["doc._.candidate_name"],
)
def make_candidate_name(nlp: Language, name: str, *, top_lines: int) -> CandidateNameRecognizer:
    return CandidateNameRecognizer(top_lines=top_lines)
