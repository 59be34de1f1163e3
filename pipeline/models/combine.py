"""Rules first, model second: how a rule's value and a model's probability make one value.

- A rule that decided with explicit words stands. A model that confidently says the opposite
  (its probability for the other value reaches `min_probability`) sends the value to review;
  a weaker disagreement is only recorded.
- Where no rule word fired, a confident model decides ("filled" when it changes the value).
- Where no rule word fired and the model leans against the rule's default but is unsure, the
  default stays and the value goes to review: an unsure model never changes a value on a guess.
  A model that weakly agrees with the default adds nothing to check.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Decision:
    """The value to use, what happened, and the review reason (None when nothing to check)."""

    value: bool
    outcome: str  # rule_stands | agrees | disagrees | filled | model_agrees | unsure
    review: str | None


def combine(
    label: str, rule_value: bool, rule_fired: bool, probability: float, min_probability: float
) -> Decision:
    """One label of one role: the rule's value and whether its words fired, the model's
    probability that the label is true, and the confidence the model needs to act alone."""
    model_value = probability >= 0.5
    confidence = probability if model_value else 1.0 - probability
    said = f"kans {confidence:.2f}"
    if rule_fired:
        if model_value == rule_value:
            return Decision(rule_value, "agrees", None)
        if confidence >= min_probability:
            return Decision(
                rule_value,
                "disagrees",
                f"regel en model oneens over {label} (regel: {_yes(rule_value)}, "
                f"model: {_yes(model_value)}, {said})",
            )
        return Decision(rule_value, "rule_stands", None)
    if model_value == rule_value:
        return Decision(rule_value, "model_agrees", None)
    if confidence >= min_probability:
        return Decision(model_value, "filled", None)
    return Decision(
        rule_value,
        "unsure",
        f"geen regelwoord voor {label} en het model twijfelt "
        f"(model: {_yes(model_value)}, {said})",
    )


def _yes(value: bool) -> str:
    return "ja" if value else "nee"
