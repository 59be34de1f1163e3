"""Role-domain model after the role rules: fills ambulant/onderwijs/counts where no rule word
fired, and sends disagreements and unsure values to review (see pipeline.models.combine).

Each label's explanation gains a "model" record: probability, outcome and the words that
weighed most ("thuis", "gezinnen"), so a report can say why the model decided.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Role
from pipeline.models.combine import combine
from pipeline.models.linear import LinearTextModel
from pipeline.recognizers.role_labels import UNDECIDED_CARE, UNDECIDED_RULES

MODEL_FILE = "role_domain.json"
ROLE_LABELS = ("ambulant", "onderwijs", "counts")
# The roles recognizer's reason for a care role no rule labelled is the gap this model fills.
RULE_GAP_REVIEW = UNDECIDED_CARE

if not Doc.has_extension("roles"):
    Doc.set_extension("roles", default=None)


class RoleDomainModel:
    """Adjusts `doc._.roles` in place; without a loaded model it changes nothing."""

    def __init__(self, model: LinearTextModel | None, *, min_probability: float) -> None:
        self.model = model
        self.min_probability = min_probability

    def __call__(self, doc: Doc) -> Doc:
        if self.model is None:
            return doc
        for role in doc._.roles or []:
            self.adjust(role)
        return doc

    def adjust(self, role: Role) -> None:
        """Combine the rule's labels of one role with the model's probabilities."""
        assert self.model is not None
        text = role.evidence.text or role.title or ""
        if not any(c.isalpha() for c in text):
            return  # a role of dates only: no words to weigh, the base rate is no evidence
        probabilities = self.model.probabilities(text)
        reasons = [role.review] if role.review else []
        confident, reviews = {}, {}
        for label in ROLE_LABELS:
            record = dict(role.explanation.get(label) or {})
            rule_fired = bool(record.get("terms")) and record.get("rule") not in UNDECIDED_RULES
            probability = probabilities[label]
            decision = combine(
                label, getattr(role, label), rule_fired, probability, self.min_probability
            )
            model_value = probability >= 0.5
            record["model"] = {
                "name": self.model.meta.get("name", "role_domain"),
                "trained_on": self.model.meta.get("data_sha256"),
                "probability": round(probability, 3),
                "value": model_value,
                "outcome": decision.outcome,
                "features": self.model.explain(text, label, toward=model_value),
            }
            role.explanation[label] = record
            setattr(role, label, decision.value)
            if label in role.domains and not decision.value:
                role.domains.remove(label)
            elif decision.value and label != "counts" and label not in role.domains:
                role.domains.append(label)
            confident[label] = max(probability, 1.0 - probability) >= self.min_probability
            reviews[label] = decision.review
        for label in ROLE_LABELS:
            # as the role rules do: a role that does not count changes no months, so its
            # ambulant/onderwijs labels need no one's check
            if reviews[label] and (role.counts or label == "counts"):
                reasons.append(reviews[label])
        if RULE_GAP_REVIEW in reasons and confident["ambulant"] and confident["onderwijs"]:
            reasons.remove(RULE_GAP_REVIEW)  # the model filled the gap the rule left
        role.review = "; ".join(reasons) if reasons else None

    def to_disk(self, path: Path, *, exclude: tuple = ()) -> None:
        if self.model is not None:
            Path(path).mkdir(parents=True, exist_ok=True)
            self.model.to_json(Path(path) / MODEL_FILE)

    def from_disk(self, path: Path, *, exclude: tuple = ()) -> RoleDomainModel:
        stored = Path(path) / MODEL_FILE
        if stored.exists():
            self.model = LinearTextModel.from_json(stored)
        return self


@Language.factory(
    "cvscreen_role_model_v1",
    default_config={"model_path": "", "min_probability": 0.7},
    assigns=["doc._.roles"],
    requires=["doc._.roles"],
)
def make_role_model(
    nlp: Language, name: str, *, model_path: str, min_probability: float
) -> RoleDomainModel:
    """`model_path` empty: the weights come from a saved pipeline's folder (from_disk)."""
    model = LinearTextModel.from_json(Path(model_path)) if model_path else None
    return RoleDomainModel(model, min_probability=min_probability)
