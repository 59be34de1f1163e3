"""A linear text classifier stored as plain JSON: TF-IDF vocabularies, idf weights, coefficients.

Why not pickle: a JSON artifact loads without running code from the file, diffs in review, and
does not break when scikit-learn changes its private attributes. Scoring uses scikit-learn's
own `TfidfVectorizer.transform` (rebuilt with the fixed vocabulary and idf) and the stored
linear weights, so a loaded model gives the same probabilities as the fitted
`LogisticRegression` it came from. `explain` turns the weights into the few words of the text
that pushed hardest towards a decision ("ambulant: 'thuis', 'gezinnen'").
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from pipeline.lang.nl.stopwords import LANGUAGE_STOP_WORDS

FORMAT = "cvscreen.linear_text_model.v1"
EXPLAIN_TERMS = 3
ROWS_KEPT = 64  # feature rows of recent texts, per model
_WORD = re.compile(r"(?u)\b\w\w+\b")
_STOP_WORDS = frozenset(LANGUAGE_STOP_WORDS["nl"]) | frozenset(LANGUAGE_STOP_WORDS["en"])


def normalize(text: str) -> str:
    """Lower case, digits as 0, one space between words: dates and hours say nothing of a role."""
    return re.sub(r"\s+", " ", re.sub(r"\d", "0", text.lower())).strip()


def make_vectorizer(
    spec: dict[str, Any], vocabulary: dict[str, int] | None = None
) -> TfidfVectorizer:
    """A TF-IDF vectorizer from a JSON spec: {"analyzer": "word" | "char_wb", "ngram": [1, 2]}."""
    return TfidfVectorizer(
        analyzer=spec["analyzer"],
        ngram_range=tuple(spec["ngram"]),
        min_df=spec.get("min_df", 1),
        sublinear_tf=True,
        lowercase=False,
        vocabulary=vocabulary,
        dtype=np.float64,
    )


@dataclass
class LinearTextModel:
    """Labels, feature spaces and weights; `multi_label` means one sigmoid per label."""

    labels: list[str]
    multi_label: bool
    specs: list[dict[str, Any]]
    vectorizers: list[TfidfVectorizer]
    coef: np.ndarray  # (labels, features); features are the vectorizers' columns in order
    intercept: np.ndarray  # (labels,)
    meta: dict[str, Any] = field(default_factory=dict)
    # A text is scored once and explained per label: its feature row is kept for the next call.
    _rows: dict[str, sparse.csr_matrix] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    # ---- scoring -------------------------------------------------------------------------
    def features(self, texts: list[str]) -> sparse.csr_matrix:
        docs = [normalize(text) for text in texts]
        return sparse.hstack([v.transform(docs) for v in self.vectorizers]).tocsr()

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """(texts, labels): independent probabilities (multi-label) or a softmax (one label)."""
        return self._proba(self.features(texts))

    def _proba(self, features: sparse.csr_matrix) -> np.ndarray:
        margins = np.asarray(features @ self.coef.T) + self.intercept
        if self.multi_label:
            return 1.0 / (1.0 + np.exp(-margins))
        margins -= margins.max(axis=1, keepdims=True)
        exp = np.exp(margins)
        return exp / exp.sum(axis=1, keepdims=True)

    def _row(self, text: str) -> sparse.csr_matrix:
        row = self._rows.get(text)
        if row is None:
            if len(self._rows) >= ROWS_KEPT:
                self._rows.clear()
            row = self._rows[text] = self.features([text])
        return row

    def probabilities(self, text: str) -> dict[str, float]:
        row = self._proba(self._row(text))[0]
        return {label: float(p) for label, p in zip(self.labels, row, strict=True)}

    # ---- explanation ---------------------------------------------------------------------
    def explain(
        self, text: str, label: str, *, toward: bool = True, k: int = EXPLAIN_TERMS
    ) -> list[str]:
        """The `k` words (or word pairs) of `text` that weighed most towards `label` being
        `toward` (for a multi-label "no": the words that weighed most against it).

        A character n-gram's weight is shared among the words that contain it, so a word's
        score is its own weight plus the weight of its fragments; stop words are left out.
        """
        row = self._row(text).getrow(0)
        weights = self.coef[self.labels.index(label)]
        sign = 1.0 if toward else -1.0
        words = {w for w in _WORD.findall(normalize(text)) if _readable(w)}
        scores: dict[str, float] = {}
        names = self._feature_names()
        grams = [names[column] for column in row.indices]
        holders_of = _padded_substrings(words, {len(g) for kind, g in grams if kind == "char"})
        for (kind, gram), value, column in zip(grams, row.data, row.indices, strict=True):
            contribution = sign * value * weights[column]
            if kind == "word":
                if _readable(gram):
                    scores[gram] = scores.get(gram, 0.0) + contribution
                continue
            holders = sorted(holders_of.get(gram, ()))
            for word in holders:
                scores[word] = scores.get(word, 0.0) + contribution / len(holders)
        ranked = sorted((s, term) for term, s in scores.items() if s > 0)
        return [term for _, term in reversed(ranked)][:k]

    def _feature_names(self) -> list[tuple[str, str]]:
        if "_names" not in self.meta:
            names: list[tuple[str, str]] = []
            for spec, vectorizer in zip(self.specs, self.vectorizers, strict=True):
                kind = "word" if spec["analyzer"] == "word" else "char"
                names += [(kind, gram) for gram in vectorizer.get_feature_names_out()]
            self.meta["_names"] = names
        return self.meta["_names"]

    # ---- storage -------------------------------------------------------------------------
    def to_json(self, path: Path) -> None:
        spaces = [
            {**spec, "vocabulary": sorted(v.vocabulary_, key=v.vocabulary_.get),
             "idf": [round(float(x), 6) for x in v.idf_]}
            for spec, v in zip(self.specs, self.vectorizers, strict=True)
        ]
        data = {
            "format": FORMAT,
            "labels": self.labels,
            "multi_label": self.multi_label,
            "feature_spaces": spaces,
            "coef": [[round(float(x), 6) for x in row] for row in self.coef],
            "intercept": [round(float(x), 6) for x in self.intercept],
            "meta": {k: v for k, v in self.meta.items() if not k.startswith("_")},
        }
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        Path(path).write_text(text, encoding="utf-8")

    @classmethod
    def from_json(cls, path: Path) -> LinearTextModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a {FORMAT} model")
        specs, vectorizers = [], []
        for space in data["feature_spaces"]:
            spec = {k: v for k, v in space.items() if k not in ("vocabulary", "idf")}
            vectorizer = make_vectorizer(spec, {g: i for i, g in enumerate(space["vocabulary"])})
            vectorizer.idf_ = np.asarray(space["idf"], dtype=np.float64)
            specs.append(spec)
            vectorizers.append(vectorizer)
        return cls(
            labels=list(data["labels"]),
            multi_label=bool(data["multi_label"]),
            specs=specs,
            vectorizers=vectorizers,
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            meta=dict(data.get("meta", {})),
        )


def _readable(term: str) -> bool:
    """A term worth showing: letters, and no stop word at either end ("de eik", "0000")."""
    parts = term.split()
    return (
        any(c.isalpha() for c in term)
        and parts[0] not in _STOP_WORDS
        and parts[-1] not in _STOP_WORDS
    )


def _padded_substrings(words: set[str], lengths: set[int]) -> dict[str, set[str]]:
    """Each substring of these lengths of a word padded with spaces (as char_wb n-grams are),
    with the words it occurs in: a char n-gram's weight is shared among those words."""
    found: dict[str, set[str]] = defaultdict(set)
    for word in words:
        padded = f" {word} "
        for length in lengths:
            for start in range(len(padded) - length + 1):
                found[padded[start : start + length]].add(word)
    return found
