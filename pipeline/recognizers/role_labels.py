"""Labels of a work role by vocabulary words (spec S4 ambulant, S5 onderwijs, every other known
domain, paid work).

Each function decides one label from the role's title, title-and-employer lines and block
text, and writes into `explanation[label]` the rule that decided and the words that fired:
{"rule": "ambulant term", "terms": ["ambulante begeleiding"]}. "no term" and "one school cue
only" mean no rule decided, which the role-domain model may fill in. The vocabularies are in
pipeline/lang/nl/roles.py; nothing here depends on lemmas.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.lang.nl import roles as vocab


def words_pattern(terms: tuple[str, ...], *, suffix: bool = False) -> re.Pattern[str]:
    """Terms as one case-insensitive pattern on word boundaries (`suffix`: word endings)."""
    body = "|".join(sorted(terms, key=len, reverse=True))
    prefix = r"(?<![\w'])\w*(?:" if suffix else r"(?<![\w'])(?:"
    return re.compile(prefix + body + r")(?![\w'])", re.IGNORECASE)


_AMBULANT = words_pattern(vocab.AMBULANT_TERMS)
_AMBULANT_CONTEXT = words_pattern(vocab.AMBULANT_CONTEXT)
_HOME_VISIT = words_pattern(vocab.HOME_VISIT_TERMS)
_OTHER_SENSE = words_pattern(vocab.NOT_AMBULANT_SENSES)
_NOT_AMBULANT = words_pattern(vocab.NOT_AMBULANT_TITLES)
_INDICATION = words_pattern(vocab.INDICATION_TITLES)
_INDICATION_CONTEXT = words_pattern(vocab.INDICATION_CONTEXT)
_ONDERWIJS = words_pattern(vocab.ONDERWIJS_TERMS)
_ONDERWIJS_CONTEXT = words_pattern(vocab.ONDERWIJS_CONTEXT)
_NOT_ONDERWIJS = words_pattern(vocab.NOT_ONDERWIJS_TITLES)
_INTERNSHIP = words_pattern(vocab.INTERNSHIP_TERMS)
_VOLUNTEER = words_pattern(vocab.VOLUNTEER_TERMS)
_GAP = words_pattern(vocab.GAP_TERMS)
_PAID_LEARNING = words_pattern(vocab.PAID_LEARNING_TERMS)
_CARE = words_pattern(vocab.CARE_TERMS)
_CARE_EMPLOYER = words_pattern(vocab.CARE_EMPLOYER_TERMS)
_SCHOOL_WORK = words_pattern(vocab.SCHOOL_WORK_TERMS)
# Domains other than ambulant and onderwijs (those have rules of their own, above).
_DOMAIN_TITLE = {key: words_pattern(entry["title_terms"])
                 for key, entry in vocab.DOMAINS.items() if entry["title_terms"]}
_DOMAIN_WORK = {key: words_pattern(entry["work_terms"])
                for key, entry in vocab.DOMAINS.items() if entry["work_terms"]}
_REFERRAL = re.compile(r"(?:" + "|".join(vocab.REFERRAL_CONTEXT) + r")\W+(?:\w+\W+){0,3}$",
                       re.IGNORECASE)

REFERRAL_REACH = 50  # characters before a word searched for a referral phrase
INDICATION_REACH = 40  # characters before an ambulant word searched for an indication word
MIN_CONTEXT_CUES = 2  # distinct school-floor cues that make a description onderwijs
UNDECIDED_CARE = "zorg- of onderwijsrol zonder ambulant- of onderwijsterm"
# Rule records that hold no deciding words: where a learned model may fill the label.
NO_TERM = "no term"
ONE_SCHOOL_CUE = "one school cue only"
UNDECIDED_RULES = frozenset({NO_TERM, ONE_SCHOOL_CUE})


def care_related(text: str) -> bool:
    """Care or education words: a role worth a person's look when no label rule fired."""
    return bool(_CARE.search(text))


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    return sorted({m.group().lower() for m in pattern.finditer(text)})


def _own(pattern: re.Pattern[str], body: str) -> list[str]:
    """Words of `pattern` in `body` that are the candidate's own work: not right after a
    referral or collaboration phrase ("overleg met de ambulant begeleider")."""
    return sorted({
        m.group().lower() for m in pattern.finditer(body)
        if not _REFERRAL.search(body[max(0, m.start() - REFERRAL_REACH):m.start()])
    })


def _support(context: list[str], body: str) -> list[str]:
    """Home-context words that describe support, not intake: a home visit for an
    application or indication ("huisbezoeken bij gezinnen die een aanvraag doen") is
    indication work (spec S4), however often it is made."""
    def intake(match: re.Match[str]) -> bool:
        clause = re.split(r"[,;.:]", body[match.end():match.end() + INDICATION_REACH])[0]
        return bool(_INDICATION_CONTEXT.search(clause))

    return [term for term in context
            if not all(intake(m) for m in re.finditer(re.escape(term), body, re.IGNORECASE))]


def ambulant_label(title: str, body: str, explanation: dict[str, Any]) -> tuple[bool, str | None]:
    """(ambulant?, review reason) per spec S4; records the rule and words in `explanation`."""
    title, body = _OTHER_SENSE.sub(" ", title), _OTHER_SENSE.sub(" ", body)
    in_title = _found(_AMBULANT, title)
    strong = sorted(set(in_title) | set(_own(_AMBULANT, body)))
    context = _own(_AMBULANT_CONTEXT, body)
    if not _ONDERWIJS.search(title):
        context = sorted({*context, *_own(_HOME_VISIT, body)})
    context = _support(context, body)
    if _INDICATION.search(title) and not in_title:
        outside = [
            m.group().lower() for m in _AMBULANT.finditer(body)
            if not _INDICATION_CONTEXT.search(body[max(0, m.start() - INDICATION_REACH):m.start()])
            and not _REFERRAL.search(body[max(0, m.start() - REFERRAL_REACH):m.start()])
        ]
        rule = "indication title, ambulant term in description" if outside else "indication title"
        explanation["ambulant"] = {"rule": rule, "terms": _found(_INDICATION, title) + outside}
        review = "indicatiewerk met ambulante begeleiding in de beschrijving" if outside else None
        return bool(outside), review
    not_ambulant = _found(_NOT_AMBULANT, title)
    if strong and not_ambulant and not in_title:
        explanation["ambulant"] = {"rule": "not-ambulant title, ambulant term in description",
                                   "terms": not_ambulant + strong}
        return True, "niet-ambulante functietitel, ambulant volgens de beschrijving"
    if strong:
        explanation["ambulant"] = {"rule": "ambulant term", "terms": strong}
        return True, None
    if not_ambulant:
        explanation["ambulant"] = {"rule": "not-ambulant title", "terms": not_ambulant}
        review = "werkt mogelijk bij cliënten thuis: " + ", ".join(context) if context else None
        return False, review
    if context:
        explanation["ambulant"] = {"rule": "home or neighbourhood context", "terms": context}
        return True, None
    explanation["ambulant"] = {"rule": NO_TERM, "terms": []}
    return False, None


def onderwijs_label(title: str, header: str, body: str, explanation: dict[str, Any]) -> bool:
    """Spec S5: a school word in the title or employer, or school-floor cues in the text;
    never for a childcare title (BSO, kinderopvang) without a school word in the title.

    A role is judged by what the person did there: an employer that is care and education
    at once ("Kompas Jeugdzorg & Onderwijs") makes no role onderwijs by its name alone."""
    childcare = _found(_NOT_ONDERWIJS, title)
    if childcare and not _ONDERWIJS.search(title):
        explanation["onderwijs"] = {"rule": "childcare title", "terms": childcare}
        return False
    terms = _found(_ONDERWIJS, title)
    if terms:
        explanation["onderwijs"] = {"rule": "education title", "terms": terms}
        return True
    terms = _found(_ONDERWIJS, header)
    mixed = _found(_CARE_EMPLOYER, header)
    if terms and not mixed:
        explanation["onderwijs"] = {"rule": "education title or employer", "terms": terms}
        return True
    cues = _own(_ONDERWIJS_CONTEXT, body)
    if len(cues) >= MIN_CONTEXT_CUES:
        explanation["onderwijs"] = {"rule": "school-floor description", "terms": cues}
        return True
    if terms:
        own = _own(_SCHOOL_WORK, _without(body, header))
        if own:
            explanation["onderwijs"] = {"rule": "care and education employer, school work",
                                        "terms": own}
            return True
        explanation["onderwijs"] = {"rule": "care and education employer, no school work",
                                    "terms": terms + mixed}
        return False
    explanation["onderwijs"] = {"rule": NO_TERM if not cues else ONE_SCHOOL_CUE,
                                "terms": cues}
    return False


def domain_labels(header: str, body: str, ruled: dict[str, bool],
                  explanation: dict[str, Any]) -> list[str]:
    """Every known domain of the role: those `ruled` by their own rules (ambulant, onderwijs)
    and each other domain named in the title or employer (`header`) or as the candidate's own
    work in the description. Records the words that fired in `explanation[domain]`."""
    domains = [domain for domain in vocab.DOMAINS if ruled.get(domain)]
    for domain in vocab.DOMAINS:
        if domain in ruled:
            continue
        title = _DOMAIN_TITLE.get(domain)
        terms = _found(title, header) if title else []
        rule = "domain term in title or employer"
        if not terms and domain in _DOMAIN_WORK:
            terms, rule = _own(_DOMAIN_WORK[domain], body), "domain work in description"
        if terms:
            domains.append(domain)
            explanation[domain] = {"rule": rule, "terms": terms}
    return domains


def _without(body: str, header: str) -> str:
    """The description without the title and employer (`header`, cells joined by " | ")
    it repeats."""
    for part in header.split(" | "):
        body = re.sub(re.escape(part), " ", body, flags=re.IGNORECASE)
    return body


def counts_label(header: str, kind: str, count: dict[str, bool],
            explanation: dict[str, Any]) -> bool:
    """Paid work counts; internships, volunteer work and gaps do not (params switch them)."""
    checks = [
        ("paid learning", _PAID_LEARNING),
        ("internship", _INTERNSHIP),
        ("volunteer", _VOLUNTEER),
        ("gap", _GAP),
    ]
    for name, pattern in checks:
        terms = _found(pattern, header)
        if terms:
            explanation["counts"] = {"rule": name, "terms": terms}
            return count[name]
    if kind == "stages":
        explanation["counts"] = {"rule": "internship", "terms": ["stages"]}
        return count["internship"]
    if kind == "nevenactiviteiten":
        explanation["counts"] = {"rule": "volunteer", "terms": ["nevenactiviteiten"]}
        return count["volunteer"]
    explanation["counts"] = {"rule": "paid work", "terms": []}
    return True
