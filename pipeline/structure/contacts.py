"""Contact details in a CV: e-mail addresses, phone numbers, web addresses and postcodes.

One finder for every recognizer that needs them: the name recognizer matches a name to the
e-mail address, the references recognizer takes a phone number as proof of a person, the SKJ
recognizer must not read a phone number as a registration number, and blind mode hides them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.nl import contacts as vocab
from pipeline.structure.lines import text_of

Doc.set_extension("contacts", default=None, force=True)

KINDS = ("email", "url", "phone", "postcode")
_PATTERNS = {
    "email": re.compile(vocab.EMAIL),
    "url": re.compile(vocab.URL),
    "phone": re.compile(vocab.PHONE),
    "postcode": re.compile(vocab.POSTCODE),
}


@dataclass(frozen=True)
class Contact:
    """`text[start:end]` is a contact detail of `kind` (email | url | phone | postcode)."""

    kind: str
    start: int
    end: int
    value: str


def valid_phone(value: str) -> bool:
    """A phone number's digit count: ten for a national number, more with a country code."""
    digits = re.sub(r"\D", "", value)
    if value.lstrip("(").startswith("0") and not value.startswith("00"):
        return len(digits) == vocab.NATIONAL_PHONE_DIGITS
    low, high = vocab.INTERNATIONAL_PHONE_DIGITS
    return low <= len(digits.removeprefix("00")) <= high


def find_contacts(text: str, kinds: tuple[str, ...] = KINDS, start: int = 0,
                  end: int | None = None, checked: bool = True) -> list[Contact]:
    """Contact details in `text[start:end]`, in text order; an e-mail or web address is not
    also read as a phone number or postcode. `checked=False` keeps phone numbers of the wrong
    length: blind mode hides a mistyped number too."""
    end = len(text) if end is None else end
    found: list[Contact] = []
    for kind in kinds:
        for match in _PATTERNS[kind].finditer(text, start, end):
            if kind == "phone" and checked and not valid_phone(match.group()):
                continue
            if any(c.start < match.end() and match.start() < c.end for c in found):
                continue
            found.append(Contact(kind, match.start(), match.end(), match.group()))
    return sorted(found, key=lambda c: c.start)


def contact_kind(text: str) -> str | None:
    """The kind of the first phone number or e-mail address in `text`, if any."""
    found = find_contacts(text, ("email", "phone"))
    return found[0].kind if found else None


class ContactRecognizer:
    """Sets doc._.contacts and doc.spans["contacts"] (labels EMAIL, URL, PHONE, POSTCODE)."""

    def __call__(self, doc: Doc) -> Doc:
        contacts = find_contacts(text_of(doc))
        doc._.contacts = contacts
        spans = [doc.char_span(c.start, c.end, label=c.kind.upper(), alignment_mode="expand")
                 for c in contacts]
        doc.spans["contacts"] = [span for span in spans if span is not None]
        return doc


@Language.factory("cvscreen_contacts_v1", default_config={},
                  assigns=["doc.spans", "doc._.contacts"])
def make_contacts(nlp: Language, name: str) -> ContactRecognizer:
    return ContactRecognizer()
