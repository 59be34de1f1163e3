"""What every fact recognizer shares: a spaCy component that reads facts from a Doc, with the
structure layer's annotations (sections, dates and periods, entries, fields, contacts), and
sets them as Doc extensions.

A subclass names the extensions it sets (`facts`, with their defaults) and implements
`recognize`. Presidio's recognizers are the model: patterns and context words come from the
vocabularies (pipeline/lang/nl), a validate step rejects what only looks like the fact, and
every fact carries an explanation made of Checks (pipeline.facts) that the report renders.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from spacy.tokens import Doc


class Recognizer(ABC):
    """A component `doc -> doc` that sets the extensions in `facts` from `recognize`."""

    facts: ClassVar[dict[str, Any]] = {}  # Doc extension -> its value before recognition

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, default in cls.facts.items():
            Doc.set_extension(name, default=default, force=True)

    def __call__(self, doc: Doc) -> Doc:
        for name, value in self.recognize(doc).items():
            setattr(doc._, name, value)
        return doc

    @abstractmethod
    def recognize(self, doc: Doc) -> dict[str, Any]:
        """The facts of `doc`, by extension name (every name in `facts`)."""
