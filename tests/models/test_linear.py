"""The JSON model artifact: same probabilities as the fitted scikit-learn model, and
explanations made of the text's own words."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from pipeline.models.linear import LinearTextModel, make_vectorizer, normalize

TEXTS = [
    "Ambulant gezinsbegeleider, begeleiding van gezinnen thuis",
    "Ik ondersteun ouders thuis bij de opvoeding",
    "Huisbezoeken bij gezinnen met jonge kinderen",
    "Leerkracht groep 6 op basisschool De Linde",
    "Onderwijsassistent in groep 3, leesbegeleiding",
    "Intern begeleider, leerlingenzorg op school",
    "Pedagogisch medewerker kinderdagverblijf",
    "Groepsleider op een leefgroep, avonddiensten",
]
AMBULANT = np.array([1, 1, 1, 0, 0, 0, 0, 0])
SPECS = [{"analyzer": "word", "ngram": [1, 2]}, {"analyzer": "char_wb", "ngram": [3, 5]}]


def _sklearn_reference(y: np.ndarray) -> tuple[list, LogisticRegression]:
    docs = [normalize(t) for t in TEXTS]
    vectorizers = [make_vectorizer(spec) for spec in SPECS]
    features = sparse.hstack([v.fit_transform(docs) for v in vectorizers]).tocsr()
    return vectorizers, LogisticRegression(C=4.0, max_iter=2000).fit(features, y)


@pytest.mark.parametrize("multi_label", [True, False])
def test_linear_json_round_trip_gives_sklearn_probabilities(tmp_path, multi_label):
    y = AMBULANT if multi_label else np.array([0, 0, 0, 1, 1, 1, 2, 2])
    vectorizers, reference = _sklearn_reference(y)
    labels = ["ambulant"] if multi_label else ["ambulant", "onderwijs", "geen"]
    model = LinearTextModel(labels, multi_label, SPECS, vectorizers, reference.coef_,
                            reference.intercept_)
    model.to_json(tmp_path / "m.json")
    loaded = LinearTextModel.from_json(tmp_path / "m.json")
    unseen = ["Gezinscoach bij gezinnen thuis", "Docent op een basisschool"]
    expected = reference.predict_proba(
        sparse.hstack([v.transform([normalize(t) for t in unseen]) for v in vectorizers])
    )
    got = loaded.predict_proba(unseen)
    expected = expected[:, 1:] if multi_label else expected
    np.testing.assert_allclose(got, expected, atol=1e-4)  # weights are stored to 6 decimals


def test_linear_rejects_a_file_of_another_format(tmp_path):
    (tmp_path / "x.json").write_text('{"format": "something.else"}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"not a cvscreen\.linear_text_model\.v1"):
        LinearTextModel.from_json(tmp_path / "x.json")


@pytest.mark.parametrize(
    ("text", "toward", "expected", "never"),
    [
        ("Ik ondersteun gezinnen thuis bij opvoedvragen", True, {"thuis", "gezinnen"}, {"bij"}),
        ("Groepsleider op de leefgroep sinds 2019", False, {"leefgroep", "groepsleider"},
         {"2019", "0000", "op", "de"}),
    ],
)
def test_linear_explain_names_words_of_the_text(text, toward, expected, never):
    vectorizers, reference = _sklearn_reference(AMBULANT)
    model = LinearTextModel(["ambulant"], True, SPECS, vectorizers, reference.coef_,
                            reference.intercept_)
    features = model.explain(text, "ambulant", toward=toward)
    assert expected & set(features)
    assert not never & set(features)
    assert all(term in normalize(text) for term in features)
