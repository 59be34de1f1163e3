"""References: named persons with a role, organisation or contact detail (CV requirement).

Persons are counted, not lines: one line may hold two persons side by side, and one person may
take two or three lines (name, role, phone). "Referenties op aanvraag" gives no person and sets
`doc._.references_on_request`, so the report can say why the count is 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Explanation, NamedFact, check
from pipeline.lang.nl import names
from pipeline.lang.nl import references as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.structure.contacts import contact_kind
from pipeline.structure.lines import evidence_at, text_of
from pipeline.structure.sections import Block, is_running_line, labelled_blocks

_ON_REQUEST = re.compile(vocab.ON_REQUEST)
_ON_REQUEST_IN_SECTION = re.compile(vocab.ON_REQUEST_IN_SECTION)
_PREFIX = re.compile(vocab.ENTRY_PREFIX, re.IGNORECASE)
_BULLET = re.compile(r"^[•\-–—○▪►›✓*·◦■]+\s*")
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in vocab.NAME_PARTICLES) + ")"
_WORD = rf"[{names.CAPITALS}][\w'’-]*"
_NAME = (
    rf"(?:[A-Z]\.\s?){{0,4}}(?:\([{names.CAPITALS}][\w'’-]+\)\s)?(?:{_PARTICLE}\s)*{_WORD}"
    rf"(?:\s(?:{_PARTICLE}\s)*{_WORD}){{0,3}}"
)
_HONORIFIC = "(?i:" + "|".join(
    re.escape(h) for h in sorted(vocab.HONORIFICS, key=len, reverse=True)) + ")"
_BY_HONORIFIC = re.compile(rf"(?<![\w.]){_HONORIFIC}(?![\w])\s*(?P<name>{_NAME})")
_BY_INITIALS = re.compile(rf"^(?P<name>(?:[A-Z]\.\s?)+(?:\([{names.CAPITALS}][\w'’-]+\)\s)?"
                          rf"(?:{_PARTICLE}\s)*{_WORD}(?:\s{_WORD})?)")
_PLAIN = re.compile(rf"^(?P<name>{_WORD}(?:\s(?:{_PARTICLE}\s)*{_WORD}){{1,3}})"
                    r"(?=\s*(?:[-–—,|:(/]|\t|\s{2,}|$))")
_ROLE_WORDS = frozenset(vocab.ROLE_OR_ORG_WORDS)
_TITLES = frozenset(h.lower().rstrip(".") for h in vocab.HONORIFICS)
_ROLE_SUFFIXES = ("leider", "wetenschapper", "begeleider", "coördinator", "manager", "directeur",
                  "consulent", "pedagoog", "coach", "werker", "verlener")


@dataclass(frozen=True)
class _Person:
    name: str
    start: int  # offset of the name (or its honorific)
    name_end: int
    line_end: int
    pattern: str
    after_closed_line: bool = False  # the line above ended with a contact, "." or ")"


class ReferenceRecognizer(Recognizer):
    """Counts the named references in the references section(s) of a CV."""

    facts: ClassVar[dict[str, Any]] = {"references": None, "references_on_request": False}

    def recognize(self, doc: Doc) -> dict[str, Any]:
        found: dict[str, NamedFact] = {}
        on_request = bool(_ON_REQUEST.search(text_of(doc)))
        for block in labelled_blocks(doc, "referenties"):
            body = " ".join(line.text for line in block.lines)
            on_request = on_request or bool(_ON_REQUEST_IN_SECTION.search(body))
            for fact in _persons(doc, block):
                found.setdefault(_key(fact.name), fact)
        return {"references": list(found.values()),
                "references_on_request": on_request and not found}


def _persons(doc: Doc, block: Block) -> list[NamedFact]:
    people: list[_Person] = []
    previous = ""
    for line in block.lines:
        if not _ON_REQUEST.search(line.text):
            people.extend(_people_in_line(line.text, line.start, line.end, previous))
        previous = line.text
    if any(person.pattern != "name at line start" for person in people):
        # with titles or initials in the list, a bare name counts only where the line above
        # ended an entry; otherwise it is a wrapped role or organisation line
        people = [person for person in people
                  if person.pattern != "name at line start" or person.after_closed_line]
    facts = []
    for index, person in enumerate(people):
        next_start = people[index + 1].start if index + 1 < len(people) else block.end
        own = text_of(doc)[person.name_end:next_start]
        context = own
        if not _has_role_or_contact(own) and next_start < person.line_end:
            # side by side: the lines under both names belong to both
            following = [p.start for p in people if p.start > person.line_end]
            context = text_of(doc)[person.line_end:following[0] if following else block.end]
        if not _has_role_or_contact(context):
            continue
        contact = contact_kind(context)
        end = next_start if context is own else person.line_end
        explanation: Explanation = {
            "pattern": check(person.pattern, [person.name]),
            "section": check(block.heading or block.label),
            "validation": check("naam met functie/organisatie of contactgegeven",
                                [contact] if contact else []),
        }
        facts.append(NamedFact(person.name, evidence_at(doc, person.start, end), explanation))
    return facts


def _people_in_line(text: str, offset: int, line_end: int, previous: str) -> list[_Person]:
    """Persons named in one line: after a title (any number), else one at the line start."""
    if is_running_line(text):
        return []
    people, position = [], 0
    while match := _BY_HONORIFIC.search(text, position):
        name = _trim_roles(match.group("name"))
        position = match.start("name") + max(len(name), 1)
        if name:
            title = text[match.start():match.start("name")].strip()
            people.append(_Person(f"{title} {name}", offset + match.start(),
                                  offset + match.start("name") + len(name), line_end,
                                  "title + name"))
    if people:
        return people
    lead = _BULLET.sub("", text)
    lead = _PREFIX.sub("", lead)
    role, colon, rest = lead.partition(": ")
    if colon and rest.strip() and _is_role(role):
        lead = rest.lstrip()  # "Leidinggevende Kenter: Joyce Smit, 06-..."
    shift = len(text) - len(lead)
    for pattern, label in ((_BY_INITIALS, "initials + name"), (_PLAIN, "name at line start")):
        match = pattern.match(lead)
        if not match:
            continue
        name = _trim_roles(match.group("name"))
        if name and (label != "name at line start" or name == match.group("name")):
            if shift and label == "name at line start":
                label = "name after bullet"
            start = offset + shift
            closed = not previous or bool(contact_kind(previous)
                                          or previous.rstrip().endswith((".", ")")))
            return [_Person(name, start, start + len(name), line_end, label, closed)]
    return []


def _is_role(text: str) -> bool:
    """A short label made of a role or organisation word ("Leidinggevende Kenter")."""
    words = [word.lower().strip("().,") for word in text.split()]
    return 0 < len(words) <= 5 and any(
        word in _ROLE_WORDS or word.endswith(_ROLE_SUFFIXES) for word in words)


def _trim_roles(name: str) -> str:
    """Drop trailing words that are a role or organisation ("Anouk Verbeek Gedragswetenschapper").

    Returns "" when the first word already is one (a role line, not a name).
    """
    words = name.split()
    kept: list[str] = []
    for word in words:
        plain = word.lower().strip("().,")
        if plain in _TITLES:
            break
        if plain in _ROLE_WORDS or plain.endswith(_ROLE_SUFFIXES):
            break
        kept.append(word)
    surnames = [w for w in kept if w[:1].isupper() and not re.fullmatch(r"[A-Z]\.|\(.*\)", w)]
    if not surnames or (len(kept) < len(words) and not kept):
        return ""
    while kept and kept[-1].lower() in vocab.NAME_PARTICLES:
        kept.pop()
    return " ".join(kept)


def _has_role_or_contact(text: str) -> bool:
    if contact_kind(text):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return any(len(word) >= 3 or word.lower() in _ROLE_WORDS for word in words)


def _key(name: str) -> str:
    return re.sub(r"[^a-z]+", " ", name.lower()).strip()


@Language.factory(
    "cvscreen_references_v1",
    default_config={},
    assigns=["doc._.references", "doc._.references_on_request"],
)
def make_references(nlp: Language, name: str) -> ReferenceRecognizer:
    return ReferenceRecognizer()
