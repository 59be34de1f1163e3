"""Section-heading model after the heading rules: finds headings the rules do not know
("Wat ik heb gedaan", "Waar ik heb gewerkt") and opens a section there.

Rules first: a line the heading rules classify is never second-guessed, and only short
heading-shaped lines are offered to the model. A line opens a new section only when the model
gives it a section label (not "not_heading") with at least `min_probability` and the label
differs from the section it stands in. Each section it opens carries `span._.section_model`:
the label, probability and the words that weighed most.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.nl.roles import TITLE_WORDS
from pipeline.models.linear import LinearTextModel
from pipeline.structure.lines import Line, lines_between, text_of
from pipeline.structure.sections import classify

MODEL_FILE = "section_heading.json"
NOT_HEADING = "not_heading"
_JOB_TITLE = re.compile(r"(?i)\w*(?:" + "|".join(TITLE_WORDS) + r")\b")
MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 50
_SHAPE = re.compile(r"^[^\W\d_][^\d:|•▪]*$")  # starts with a letter; no digits, colons, bullets
_SENTENCE_END = re.compile(r"[.,;!]$")
_BLOCK_END = re.compile(r"(?:\n[ \t]*\n|[.!?;:)][ \t]*\n)[ \t]*$")  # blank line or a finished line
_WRAPPED_ON = re.compile(r"\n[ \t]*[a-zà-ÿ]")  # the next line continues a sentence

Span.set_extension("section_model", default=None, force=True)
if not Span.has_extension("heading"):
    Span.set_extension("heading", default=None)


def heading_shaped(text: str) -> bool:
    """A short line without digits or sentence end that starts with a capital letter, and
    names no job ("Trainer sociale vaardigheden" is a role's title, not a skills heading)."""
    return (
        len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_HEADING_WORDS
        and bool(_SHAPE.match(text))
        and text[0].isupper()
        and not _SENTENCE_END.search(text)
        and not _JOB_TITLE.search(text)
    )


def stands_alone(text: str, line: Line) -> bool:
    """A heading starts a block: after a blank or finished line, not inside wrapped text
    ("Stichting Jeugdhulp" / "Onderwijs Midden-Holland" is one employer, not a heading)."""
    before = text[max(0, line.start - 200):line.start]
    opens_block = not text[:line.start].strip() or bool(_BLOCK_END.search(before))
    return opens_block and not _WRAPPED_ON.match(text, line.end)


class SectionHeadingModel:
    """Splits `doc.spans["sections"]` at unknown headings the model recognises."""

    def __init__(self, model: LinearTextModel | None, *, min_probability: float) -> None:
        self.model = model
        self.min_probability = min_probability

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None or "sections" not in doc.spans:
            return doc
        spans: list[Span] = []
        for span in doc.spans["sections"]:
            spans += self.split(doc, span)
        doc.spans["sections"] = spans
        return doc

    def split(self, doc: Doc, span: Span) -> list[Span]:
        """`span` cut at each unknown heading inside it (its own first line excepted)."""
        text = text_of(doc)  # spaCy joins the tokens anew on every access
        lines = lines_between(text, span.start_char, span.end_char)
        if span._.heading is not None:
            lines = lines[1:]
        cuts: list[tuple[Line, dict[str, Any]]] = []
        current = span.label_
        for line in lines:
            found = self.judge(line.text) if stands_alone(text, line) else None
            if found and found["label"] != current:
                cuts.append((line, found))
                current = found["label"]
        if not cuts:
            return [span]
        pieces = [
            _span(doc, span.start_char, cuts[0][0].start, span.label_, span._.heading, None)
        ]
        for index, (line, found) in enumerate(cuts):
            end = cuts[index + 1][0].start if index + 1 < len(cuts) else span.end_char
            pieces.append(_span(doc, line.start, end, found["label"], line.text, found))
        return [piece for piece in pieces if piece is not None]

    def judge(self, text: str) -> dict[str, Any] | None:
        """The model's section label for an unknown heading-shaped line, when confident."""
        assert self.model is not None
        if not heading_shaped(text) or classify(text) is not None:
            return None
        probabilities = self.model.probabilities(text)
        label = max(probabilities, key=probabilities.get)
        if label == NOT_HEADING or probabilities[label] < self.min_probability:
            return None
        return {
            "label": label,
            "probability": round(probabilities[label], 3),
            "features": self.model.explain(text, label),
            "name": self.model.meta.get("name", "section_heading"),
        }

    def to_disk(self, path: Path, *, exclude: tuple = ()) -> None:
        if self.model is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            self.model.to_json(Path(path) / MODEL_FILE)

    def from_disk(self, path: Path, *, exclude: tuple = ()) -> SectionHeadingModel:
        stored = Path(path) / MODEL_FILE
        if stored.exists():
            self.model = LinearTextModel.from_json(stored)
        return self


def _span(
    doc: Doc, start: int, end: int, label: str, heading: str | None, found: dict | None
) -> Span | None:
    chunk = text_of(doc)[start:end]
    start += len(chunk) - len(chunk.lstrip())
    end -= len(chunk) - len(chunk.rstrip())
    if end <= start:
        return None
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is not None:
        span._.heading = heading
        span._.section_model = found
    return span


@Language.factory(
    "cvscreen_section_model_v1",
    default_config={"model_path": "", "min_probability": 0.6},
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_section_model(
    nlp: Language, name: str, *, model_path: str, min_probability: float
) -> SectionHeadingModel:
    """`model_path` empty: the weights come from a saved pipeline's folder (from_disk)."""
    model = LinearTextModel.from_json(Path(model_path)) if model_path else None
    return SectionHeadingModel(model, min_probability=min_probability)
