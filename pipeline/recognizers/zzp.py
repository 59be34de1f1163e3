"""ZZP signal (spec K3): the CV presents the candidate as self-employed in a current role.

Only a warning for the analyst, never a knock-out. A signal is rejected when it stands on an
agency's line (a detacheerder's KvK number in the footer or company band), when it is denied
("geen zzp"), or when it belongs to a role that has ended ("2014 - 2018 zzp'er"). Every
decision is recorded in `doc._.zzp_explanation`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Signal, check
from pipeline.lang.nl import zzp as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.structure.lines import Line, evidence_at, lines_between, text_of
from pipeline.structure.periods import LEADING_DATE, RANGE_OR_OPEN, SINCE
from pipeline.structure.sections import is_running_line, running_bounds

_SIGNALS = {name: re.compile(pattern) for name, pattern in vocab.SELF_EMPLOYED.items()}
_AGENCY = re.compile(vocab.AGENCY_WORDS)
_NEGATION = re.compile(vocab.NEGATIONS)
_EMPLOYMENT_LABEL = re.compile(vocab.EMPLOYMENT_LABELS)
_PAST = re.compile(vocab.PAST_WORDS)
_RANGE = RANGE_OR_OPEN
_DATE_START = LEADING_DATE
_SINCE = SINCE
_LOOK_BACK_LINES = 3
_NEGATION_WINDOW = 30


class ZzpRecognizer(Recognizer):
    """Sets `doc._.zzp_signal` from self-employment wording in a current role."""

    facts: ClassVar[dict[str, Any]] = {"zzp_signal": None, "zzp_explanation": None}

    def recognize(self, doc: Doc) -> dict[str, Any]:
        lines = lines_between(text_of(doc))
        repeated = {text for text, n in Counter(line.text for line in lines).items() if n > 1}
        repeated |= {line.text for line in lines
                     if any(s <= line.start < e for s, e in running_bounds(doc))}
        evidence, decisions = [], {}
        for index, line in enumerate(lines):
            for name, pattern in _SIGNALS.items():
                for match in pattern.finditer(line.text):
                    verdict = _judge(name, lines, index, match, repeated)
                    page = evidence_at(doc, line.start + match.start(), line.end).page
                    decisions[f"{name} (p. {page}, {len(decisions) + 1})"] = check(
                        verdict, [match.group()])
                    if verdict == "accepted: current role":
                        evidence.append(evidence_at(doc, line.start, line.end))
        return {"zzp_signal": Signal(value=bool(evidence), evidence=_distinct(evidence)),
                "zzp_explanation": decisions}


def _judge(name: str, lines: list[Line], index: int, match: re.Match[str],
           repeated: set[str]) -> str:
    """A signal's verdict; `repeated` are the lines of running headers and footers (kept once
    as a region, or repeated where a reader left them in the body)."""
    line = lines[index].text
    if line in repeated or is_running_line(line):
        return "rejected: running header/footer line"
    agency = _AGENCY.search(line)
    own_status = name in vocab.STATUS_SIGNALS and _EMPLOYMENT_LABEL.search(line)
    if agency and not own_status:
        return f"rejected: agency line ({agency.group()!r})"
    if _NEGATION.search(line[max(0, match.start() - _NEGATION_WINDOW):match.start()]):
        return "rejected: denied"
    if _SINCE.search(line):
        return "accepted: current role"
    found = _nearest_period(lines, index)
    if found is not None:
        position, period = found
        end = period.group("end")
        below = lines[position + 1].text if position + 1 < len(lines) else ""
        if end is None and _DATE_START.match(below):
            return f"rejected: role ended ({below[:10]!r} on the next line)"
        if end is None or period.group("present"):
            return "accepted: current role"
        return f"rejected: role ended ({period.group().strip()!r})"
    if _PAST.search(line):
        return "rejected: past tense"
    return "accepted: current role"


def _nearest_period(lines: list[Line], index: int) -> tuple[int, re.Match[str]] | None:
    """The date range of the role the line belongs to: a bare date line just above it (the
    role's heading), then on the line itself, just after it, or further above."""
    above = lines[index - 1].text if index else ""
    bare_above = _RANGE.fullmatch(above.strip(" :|"))
    order = [index, index + 1, *range(index - 1, index - 1 - _LOOK_BACK_LINES, -1)]
    if bare_above:
        order.insert(0, index - 1)
    for position in order:
        if 0 <= position < len(lines):
            found = _RANGE.search(lines[position].text)
            if found:
                return position, found
    return None


def _distinct(evidence: list[Any]) -> list[Any]:
    seen, kept = set(), []
    for item in evidence:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            kept.append(item)
    return kept


@Language.factory(
    "cvscreen_zzp_v1",
    default_config={},
    assigns=["doc._.zzp_signal", "doc._.zzp_explanation"],
)
def make_zzp(nlp: Language, name: str) -> ZzpRecognizer:
    return ZzpRecognizer()
