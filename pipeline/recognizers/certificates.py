"""Certificates that score (CGT, COMET, ACT) and the other trainings a CV lists (spec S6).

Presidio-style: alias patterns per certificate, context (a courses section, or training and
completion words in the same sentence), a validate step that rejects traps (the FACT-team's
ACT, a method named in a job description, a planned course) and an explanation per result.
Rejected hits are kept in `doc._.certificate_rejections` so the report can say why.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Explanation, NamedFact, check
from pipeline.lang.nl import certificates as vocab
from pipeline.lang.nl import registers
from pipeline.recognizers.base import Recognizer
from pipeline.structure.dates import YEAR, YEAR_ALONE
from pipeline.structure.entries import BULLET, Entry, split_entries
from pipeline.structure.fields import fields_of
from pipeline.structure.lines import Line, evidence_at, text_of
from pipeline.structure.periods import LEADING_DATE
from pipeline.structure.sections import Block, classify, labelled_blocks

# The certificates whose every alias is looked for, each validated against its traps. Which
# trainings score is the tender's choice (params points.certificates.counted, in scoring).
_ALIASES = {
    name: [re.compile(pattern) for pattern in patterns]
    for name, patterns in vocab.CERTIFICATE_ALIASES.items()
}
_TRAPS_AFTER = {name: re.compile(pattern) for name, pattern in vocab.TRAPS_AFTER.items()}
_TRAPS_NEAR = {name: re.compile(pattern) for name, pattern in vocab.TRAPS_NEAR.items()}
_METHOD_ONLY = re.compile(vocab.METHOD_ONLY, re.IGNORECASE)
_QUALIFICATIONS = [re.compile(pattern) for pattern in vocab.QUALIFICATIONS]
_TRAINING = re.compile(vocab.TRAINING_WORDS)
_COMPLETED = re.compile(vocab.COMPLETION_WORDS)
_PLANNED = re.compile(vocab.PLANNED_WORDS)
_TABLE_HEADER = re.compile(vocab.TABLE_HEADER)
_DIPLOMA_WORDS = re.compile(vocab.DIPLOMA_WORDS)
_COURSE_LINE = re.compile(vocab.COURSE_LINE_WORDS)
_PROVIDER_OR_FORM = re.compile(vocab.PROVIDER_OR_FORM)
_KNOWN = {name: re.compile(pattern) for name, pattern in vocab.KNOWN_TRAININGS.items()}
# A registration listed among the certificates ("SKJ-registratie nr. 110027763 – geldig tot
# 03-2026"): the registrations recognizer reads it; it is no training.
_REGISTER = re.compile("|".join([*(c for r in registers.REGISTERS.values() for c in r["context"]),
                                 *registers.NUMBER_LABELS]), re.IGNORECASE)
_REGISTRATION = re.compile(r"registr|\d{5,}", re.IGNORECASE)

_YEAR = YEAR_ALONE
_SEPARATOR = re.compile(r"\s+[-–—|]\s+|\s+[-–—]$|\s*\|\s*")
_TRAILING = re.compile(
    r"(?i:[\s,;:]*(?:\((?:[^)]*\d[^)]*)\)|certificaat\s+behaald|certificaat|deelnamebewijs|"
    rf"behaald|afgerond|geaccrediteerd|e-learning\s+afgerond|{YEAR}))+[\s,;:.]*$"
)
_CONNECTOR_END = re.compile(r"(?i:(?:\b(?:en|van|voor|bij|met|in|of|op|and|for)|[&,/+-]))$")
_SENTENCE = re.compile(r"[^.!?;\n]+(?:\n(?![ \t]*\n)(?![ \t]*[•\-–○▪›✓*])[^.!?;\n]+)*")


class CertificateRecognizer(Recognizer):
    """Finds followed/completed trainings: the certificates of the vocabulary (CGT, COMET,
    ACT) by their aliases, every other course as an other training."""

    facts: ClassVar[dict[str, Any]] = {"certificates": None, "other_trainings": None,
                                       "certificate_rejections": None}

    def __init__(self, *, reference_date: str | None = None) -> None:
        # a course dated after the reference year has not been followed yet
        self.reference_year = int(reference_date[:4]) if reference_date else None
        self.counted = list(_ALIASES)

    def _planned(self, text: str) -> str | None:
        """Why `text` speaks of a course not yet completed, else None."""
        planned = _PLANNED.search(text)
        if planned:
            return f"planned or still running: {planned.group()!r}"
        years = [int(year) for year in _YEAR.findall(text)]
        if self.reference_year and years and min(years) > self.reference_year:
            return f"dated after the reference year {self.reference_year}"
        return None

    def recognize(self, doc: Doc) -> dict[str, Any]:
        certificates: dict[str, NamedFact] = {}
        others: dict[str, NamedFact] = {}
        rejections: list[dict[str, Any]] = []
        blocks = labelled_blocks(doc, "cursussen")
        for block in blocks:
            for entry in _entries(block):
                self._read_entry(doc, block, entry, certificates, others, rejections)
        for block in labelled_blocks(doc, "opleiding"):
            for line in block.lines:
                if _TRAINING.search(line.text) and not self._planned(line.text):
                    self._read_education_line(doc, block, line, certificates, others,
                                              rejections)
        covered = [(block.start, block.end) for block in blocks]
        for match in _SENTENCE.finditer(text_of(doc)):
            if any(start <= match.start() < end for start, end in covered):
                continue
            self._read_sentence(doc, match.start(), match.end(), certificates, others, rejections)
        return {
            "certificates": [certificates[name] for name in self.counted if name in certificates],
            "other_trainings": list(others.values()),
            "certificate_rejections": rejections,
        }

    def _read_entry(self, doc: Doc, block: Block, entry: Entry,
                    certificates: dict[str, NamedFact], others: dict[str, NamedFact],
                    rejections: list[dict[str, Any]]) -> None:
        text = text_of(doc)[entry.start:entry.end]
        context = {"section": check(block.heading or block.label)}
        planned = self._planned(text)
        hits = self._hits(text, require_training=False)
        if planned:
            rejections.append(_rejection(doc, entry.start, entry.end, planned))
            return
        accepted = [hit for hit in hits if hit["validation"] == "accepted"]
        for hit in hits:
            if hit["validation"] != "accepted":
                rejections.append(_rejection(doc, entry.start, entry.end, hit["validation"]))
        for hit in accepted:
            name = hit["name"]
            if name not in certificates:
                certificates[name] = NamedFact(name, evidence_at(doc, entry.start, entry.end),
                                               _explanation(context, hit))
        if accepted or (_REGISTER.search(text) and _REGISTRATION.search(text)):
            return
        name = training_name(entry)
        key = _key(name)
        if key and key not in others:
            known = next((label for label, rx in _KNOWN.items() if rx.search(text)), None)
            explanation = {**context, "pattern": check("regel in de cursussen", [known])}
            others[key] = NamedFact(name, evidence_at(doc, entry.start, entry.end), explanation,
                                    known_as=known)

    def _read_education_line(self, doc: Doc, block: Block, line: Line,
                             certificates: dict[str, NamedFact], others: dict[str, NamedFact],
                             rejections: list[dict[str, Any]]) -> None:
        """A course listed among the diplomas ("2019 Basiscursus CGT, RINO")."""
        context = {"section": check(block.heading or block.label),
                   "context": check("cursuswoord", [_TRAINING.search(line.text).group()])}
        hits = self._hits(line.text, require_training=True)
        for hit in hits:
            if hit["validation"] != "accepted":
                rejections.append(_rejection(doc, line.start, line.end, hit["validation"]))
            elif hit["name"] not in certificates:
                certificates[hit["name"]] = NamedFact(
                    hit["name"], evidence_at(doc, line.start, line.end),
                    _explanation(context, hit))
        if hits or _DIPLOMA_WORDS.search(line.text) or not _COURSE_LINE.search(line.text):
            return
        if classify(line.text) == "cursussen":
            return  # a courses heading the sections component left inside the education span
        name = training_name(Entry((line,), "line"))
        if _key(name) and _key(name) not in others:
            known = next((label for label, rx in _KNOWN.items() if rx.search(line.text)), None)
            explanation = {**context, "pattern": check("cursusregel bij de opleidingen", [known])}
            others[_key(name)] = NamedFact(name, evidence_at(doc, line.start, line.end),
                                           explanation, known_as=known)

    def _read_sentence(self, doc: Doc, start: int, end: int,
                       certificates: dict[str, NamedFact], others: dict[str, NamedFact],
                       rejections: list[dict[str, Any]]) -> None:
        text = text_of(doc)[start:end]
        training, completed = _TRAINING.search(text), _COMPLETED.search(text)
        qualification = next((m for rx in _QUALIFICATIONS if (m := rx.search(text))), None)
        hits = self._hits(text, require_training=True)
        if qualification and "CGT" in self.counted:
            training = completed = qualification
        if not (training and completed):
            return
        planned = self._planned(text)
        if planned:
            if hits:
                rejections.append(_rejection(doc, start, end, planned))
            return
        context = {"context": check("cursus- en afrondingswoord",
                                    [training.group(), completed.group()])}
        for hit in hits:
            if hit["validation"] != "accepted":
                rejections.append(_rejection(doc, start, end, hit["validation"]))
            elif hit["name"] not in certificates:
                certificates[hit["name"]] = NamedFact(hit["name"], evidence_at(doc, start, end),
                                                      _explanation(context, hit))
        listed = {fact.known_as for fact in others.values()}
        for label, pattern in _KNOWN.items():
            if label in self.counted or label in listed:
                continue
            if pattern.search(text) and _key(label) not in others:
                explanation = {**context, "pattern": check("bekende training", [label])}
                others[_key(label)] = NamedFact(label, evidence_at(doc, start, end), explanation,
                                                known_as=label)

    def _hits(self, text: str, *, require_training: bool) -> list[dict[str, str]]:
        """Alias hits of the counted certificates in `text`, each validated."""
        hits = []
        for name in self.counted:
            for pattern in _ALIASES[name]:
                match = pattern.search(text)
                if not match:
                    continue
                hits.append({"name": name, "words": match.group(),
                             "validation": _validate(name, text, match, require_training)})
                break
        return hits


def _explanation(context: Explanation, hit: dict[str, str]) -> Explanation:
    """Where a certificate was read, the alias words that named it, and its validation."""
    return {**context, "pattern": check(f"alias van {hit['name']}", [hit["words"]]),
            "validation": check(hit["validation"])}


def _validate(name: str, text: str, match: re.Match[str], require_training: bool) -> str:
    after = text[match.end():]
    trap_after, trap_near = _TRAPS_AFTER.get(name), _TRAPS_NEAR.get(name)
    if (trap_after and trap_after.search(after)) or (trap_near and trap_near.search(text)):
        return f"rejected: other meaning of {name} ({text[match.start():match.end() + 12]!r})"
    if _METHOD_ONLY.search(after) and (require_training or not _TRAINING.search(text)):
        return f"rejected: method named, not a training ({text[match.start():match.end() + 12]!r})"
    return "accepted"


def _rejection(doc: Doc, start: int, end: int, reason: str) -> dict[str, Any]:
    evidence = evidence_at(doc, start, end)
    return {"reason": reason, "page": evidence.page, "start": evidence.start, "end": evidence.end}


def _entries(block: Block) -> list[Entry]:
    """The courses of a block: by bullets, by leading dates, or by closing years."""
    lines = [line for line in block.lines if not _TABLE_HEADER.match(line.text)]
    return split_entries(lines, closes=_COMPLETED)


def training_name(entry: Entry) -> str:
    """The training's name: its first line without bullet, dates, provider and result."""
    texts = [line.text for line in entry.lines]
    form = fields_of(entry.lines[:1])
    if "course" in form:  # "Cursus | Signs of Safety · Status: afgerond · 2020"
        texts[0] = form["course"].value
    texts[0] = LEADING_DATE.sub("", BULLET.sub("", texts[0]), count=1)
    while texts and not any(c.isalpha() for c in texts[0]):
        texts.pop(0)
    if not texts:
        return ""
    name = texts[0]
    for following in texts[1:]:
        closed = _YEAR.search(name) or _SEPARATOR.search(name)
        more = entry.how == "closing years" and not closed and not _YEAR.search(following)
        if not (more or _CONNECTOR_END.search(name.rstrip())):
            break
        name = f"{name.rstrip()} {following}"
    parts = _SEPARATOR.split(name)
    name = parts[0]
    if len(parts) > 1 and parts[1].lower().startswith(vocab.NAME_KIND_WORDS):
        kind = next(w for w in vocab.NAME_KIND_WORDS if parts[1].lower().startswith(w))
        name = f"{name} {parts[1][:len(kind)]}"
    name = _TRAILING.sub("", name)
    head, comma, tail = name.partition(", ")
    if comma and _PROVIDER_OR_FORM.match(tail.strip()):
        name = head
    return name.strip(" ,;:.-–")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


@Language.factory(
    "cvscreen_certificates_v1",
    default_config={"reference_date": None},
    assigns=["doc._.certificates", "doc._.other_trainings", "doc._.certificate_rejections"],
)
def make_certificates(nlp: Language, name: str, *,
                      reference_date: str | None) -> CertificateRecognizer:
    return CertificateRecognizer(reference_date=reference_date)
