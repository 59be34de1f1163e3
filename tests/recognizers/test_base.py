"""The recognizer base: extensions registered once, facts set from `recognize`."""

from typing import Any, ClassVar

import spacy

from pipeline.facts import check
from pipeline.recognizers.base import Recognizer


class _Shouting(Recognizer):
    """A test recognizer: the words in capitals, with an explanation."""

    facts: ClassVar[dict[str, Any]] = {"shouted": None, "shouted_explanation": {}}

    def recognize(self, doc):
        words = [token.text for token in doc if token.text.isupper() and len(token.text) > 1]
        return {"shouted": words,
                "shouted_explanation": {"pattern": check("hoofdletters", words)}}


def test_base_sets_the_facts_it_names():
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("Werkervaring bij SKJ en GGZ")
    assert doc._.shouted is None  # registered with its default before recognition
    doc = _Shouting()(doc)
    assert doc._.shouted == ["SKJ", "GGZ"]
    assert doc._.shouted_explanation == {"pattern": {"rule": "hoofdletters",
                                                     "terms": ["SKJ", "GGZ"]}}
