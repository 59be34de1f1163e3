"""The role-domain model after the role rules: a rule wins, the model fills a gap, a
disagreement goes to review, and every model decision names the words that weighed most.
All people and organisations are fictitious."""

from __future__ import annotations

import pytest

from pipeline.facts import Evidence, Role
from pipeline.models.linear import LinearTextModel
from pipeline.models.role_domain_component import RULE_GAP_REVIEW, RoleDomainModel

MIN = 0.7


def _role(text: str, **rules: tuple[str, list[str], bool]) -> Role:
    """A role as the rules left it: per label (rule name, terms, value); others 'no term'."""
    labels = {"ambulant": ("no term", [], False), "onderwijs": ("no term", [], False),
              "counts": ("paid work", [], True), **rules}
    return Role(
        title=text.splitlines()[0], employer=None, start="2020-01", end="present",
        ambulant=labels["ambulant"][2], onderwijs=labels["onderwijs"][2],
        counts=labels["counts"][2],
        evidence=Evidence(text=text, page=1, start=0, end=len(text)),
        explanation={k: {"rule": r, "terms": t} for k, (r, t, _) in labels.items()},
    )


@pytest.fixture(scope="module")
def component(model_dir) -> RoleDomainModel:
    return RoleDomainModel(
        LinearTextModel.from_json(model_dir / "role_domain.json"), min_probability=MIN
    )


def test_role_model_rule_with_words_wins(component):
    role = _role("Ambulant gezinsbegeleider\nStichting Thuisnet\nBegeleiding van ouders.",
                 ambulant=("ambulant term", ["ambulant"], True))
    component.adjust(role)
    assert role.ambulant is True
    model = role.explanation["ambulant"]["model"]
    assert model["outcome"] == "agrees"
    assert role.explanation["ambulant"]["rule"] == "ambulant term"  # the rule record is kept


def test_role_model_keeps_rule_value_but_sends_disagreement_to_review(component):
    # "thuis" as a work-from-home word made a rule say ambulant; the text is office work
    role = _role(
        "Administratief medewerker\nAdministratiekantoor Fiscaal Gemak\n"
        "Boekhouding en declaraties verwerken, twee dagen per week thuis.",
        ambulant=("home or neighbourhood context", ["thuis"], True),
    )
    component.adjust(role)
    assert role.ambulant is True  # the rule stands
    assert role.explanation["ambulant"]["model"]["outcome"] == "disagrees"
    assert "regel en model oneens over ambulant" in role.review


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Opvoedcoach\nStichting Het Nest\nWekelijks ga ik bij ouders langs om samen te oefenen "
         "met vaste routines voor hun peuters.", "ambulant", True),
        ("Medewerker\nIntegraal Kindcentrum De Lindeboom\nIk geef verlengde instructie aan "
         "leerlingen van groep 5 en help de leerkracht met het leesprogramma.", "onderwijs", True),
        ("Reis\nZuidoost-Azië\nEen half jaar reizen met mijn partner.", "counts", False),
    ],
)
def test_role_model_fills_a_gap_no_rule_word_covered(component, text, label, value):
    role = _role(text)
    component.adjust(role)
    model = role.explanation[label]["model"]
    assert getattr(role, label) is value
    assert model["outcome"] == "filled" and model["probability"] is not None
    assert model["features"], "a model decision names the words that weighed most"


def test_role_model_removes_the_rules_gap_review_only_when_it_is_sure(component):
    sure = _role("Begeleider\nJeugdhuis De Linde\nBegeleiding van jongeren op de leefgroep, "
                 "avond- en weekenddiensten.")
    sure.review = RULE_GAP_REVIEW
    component.adjust(sure)
    assert sure.review is None and sure.ambulant is False and sure.onderwijs is False


def test_role_model_explanation_names_the_home_words(component):
    role = _role("Gezinswerker\nStichting Dichtbij\nIk ondersteun gezinnen thuis bij "
                 "opvoedvragen.")
    component.adjust(role)
    features = role.explanation["ambulant"]["model"]["features"]
    assert {"thuis", "gezinnen"} & set(features)
    assert all(any(c.isalpha() for c in term) for term in features)


def test_role_model_in_the_pipeline_after_the_rules(model_nlp):
    text = (
        "Femke de Boer\nfemke@example.nl\n\nWerkervaring\n\n"
        "2022 - heden\nAmbulant gezinsbegeleider\nStichting Jeugd Dichtbij, Baarn\n"
        "Begeleiding van ouders bij de opvoeding.\n\n"
        "2019 - 2022\nOpvoedcoach\nStichting Het Nest, Soest\n"
        "Wekelijks ga ik bij ouders langs om samen te oefenen met vaste routines voor hun "
        "peuters.\n"
    )
    roles = model_nlp(text)._.roles
    assert [r.title for r in roles] == ["Ambulant gezinsbegeleider", "Opvoedcoach"]
    outcomes = [r.explanation["ambulant"]["model"]["outcome"] for r in roles]
    assert outcomes == ["agrees", "filled"]
    assert all(r.ambulant for r in roles)


def test_role_model_leaves_a_role_without_words_alone(component):
    role = _role("09-2017\n—\n07-2018")
    component.adjust(role)
    assert all("model" not in role.explanation[label] for label in ("ambulant", "counts"))
    assert role.counts is True and role.review is None


def test_role_model_asks_no_review_of_labels_of_a_role_that_does_not_count(component):
    # a threshold no model reaches: every lean away from the rule's default is "unsure"
    strict = RoleDomainModel(component.model, min_probability=1.0)
    text = "Vrijwilliger\nStichting Gezin Thuis\nIk bezoek gezinnen thuis en help ouders."
    volunteer = _role(text, counts=("volunteer", ["vrijwilliger"], False))
    strict.adjust(volunteer)
    assert volunteer.explanation["ambulant"]["model"]["outcome"] == "unsure"
    assert volunteer.ambulant is False and volunteer.review is None  # it earns no months
    paid = _role(text.replace("Vrijwilliger", "Gezinswerker"))
    strict.adjust(paid)
    assert "twijfelt" in paid.review  # the same doubt on a paid role is checked
