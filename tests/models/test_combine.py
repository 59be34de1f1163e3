"""Rules first, model second: the decision table of pipeline.models.combine."""

import pytest

from pipeline.models.combine import combine

MIN = 0.7


@pytest.mark.parametrize(
    ("rule_value", "rule_fired", "probability", "value", "outcome", "review"),
    [
        # a rule with words stands, whatever the model says
        (True, True, 0.95, True, "agrees", None),
        (True, True, 0.40, True, "rule_stands", None),  # weak disagreement: recorded only
        (True, True, 0.10, True, "disagrees", "oneens"),  # confident disagreement: review
        (False, True, 0.85, False, "disagrees", "oneens"),
        # no rule word: a confident model fills the gap, an unsure one is checked
        (False, False, 0.90, True, "filled", None),
        (True, False, 0.05, False, "filled", None),  # counts: a paid default, model says not
        (False, False, 0.62, False, "unsure", "twijfelt"),
        (True, False, 0.35, True, "unsure", "twijfelt"),
        (False, False, 0.45, False, "model_agrees", None),  # weak lean to the default: nothing
        (False, False, 0.02, False, "model_agrees", None),
    ],
)
def test_combine_rules_first_then_model(rule_value, rule_fired, probability, value, outcome,
                                        review):
    decision = combine("ambulant", rule_value, rule_fired, probability, MIN)
    assert (decision.value, decision.outcome) == (value, outcome)
    if review is None:
        assert decision.review is None
    else:
        assert review in decision.review and "ambulant" in decision.review


def test_combine_threshold_is_inclusive():
    assert combine("onderwijs", False, False, 0.7, 0.7).outcome == "filled"
    assert combine("onderwijs", False, False, 0.69, 0.7).outcome == "unsure"
