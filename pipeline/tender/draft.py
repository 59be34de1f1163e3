"""Draft the tender part of a params file from a tender text: knock-outs, points criteria, CV
requirements, shortlist and tie-break, each value with the tender line it came from.

Nothing is guessed silently: a value the text does not give is the project's default and says
so, an item no rule recognises becomes a criterion an analyst decides, and everything a person
must look at is a CHECK line at the top of the draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.lang.nl import tender as vocab
from pipeline.lang.nl.certificates import CERTIFICATE_ALIASES, KNOWN_TRAININGS
from pipeline.lang.nl.diplomas import FIELDS
from pipeline.lang.nl.languages import LANGUAGE_NAMES, LANGUAGE_WORDS
from pipeline.lang.nl.registers import REGISTERS
from pipeline.lang.nl.roles import DOMAINS
from pipeline.scoring.criteria import either
from pipeline.tender.text import Item, Line, TenderText

_I = re.IGNORECASE

# Defaults of the screening rules (shared/spec/screening-rules.md) where a tender is silent.
FULL_AT_MONTHS = 60
OCR_CONFIDENCE = 85
MIN_SHARE = 0.5


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


def _any(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return _rx("(?<![\\w-])(?:" + "|".join(patterns) + ")(?![\\w])")


_KNOCKOUT_KINDS = {kind: _rx(p) for kind, p in vocab.KNOCKOUT_KINDS.items()}
_POINTS_KINDS = {kind: _rx(p) for kind, p in vocab.POINTS_KINDS.items()}
_LEVELS = {level: _rx(p) for level, p in vocab.LEVEL_WORDS.items()}
_FIELD_FAMILIES = {key: _rx(f["words"]) for key, f in vocab.FIELD_FAMILIES.items()}
_FIELDS = {key: [_rx(p) for p in patterns] for key, patterns in FIELDS.items()}
_REGISTERS = {key: [_rx(p) for p in r["context"]] for key, r in REGISTERS.items()}
_DOMAINS = {key: _any(d["tender_terms"]) for key, d in DOMAINS.items()}
_TRAININGS = {name: [_rx(p) for p in patterns] for name, patterns in CERTIFICATE_ALIASES.items()}
_TRAININGS.update({name: [_rx(p)] for name, p in KNOWN_TRAININGS.items()})
_LANGUAGES = {code: _rx(p) for code, p in LANGUAGE_WORDS.items()}


@dataclass(frozen=True)
class Sourced:
    """A drafted value and the tender line it came from (None: a default, see the CHECKs)."""

    value: Any
    line: int | None = None


@dataclass
class Block:
    """One criterion or requirement: its keys in params order, and the tender line it is."""

    values: dict[str, Sourced]
    line: Line | None = None


@dataclass
class Draft:
    tender: dict[str, Sourced] = field(default_factory=dict)
    knockouts: list[Block] = field(default_factory=list)
    requirements: list[Block] = field(default_factory=list)
    total: Sourced = field(default_factory=lambda: Sourced(None))
    criteria: list[Block] = field(default_factory=list)
    ranking: dict[str, Sourced] = field(default_factory=dict)
    explain: dict[str, Sourced] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)

    def params(self) -> dict[str, Any]:
        """The tender part of a params file, as plain values."""
        def plain(values: dict[str, Sourced]) -> dict[str, Any]:
            return {key: value.value for key, value in values.items()}

        return {
            "tender": plain(self.tender),
            "knockouts": [plain(b.values) for b in self.knockouts],
            "requirements": [plain(b.values) for b in self.requirements],
            "points": {"total": self.total.value,
                       "criteria": [plain(b.values) for b in self.criteria]},
            "ranking": plain(self.ranking),
            "explain": plain(self.explain),
        }


def _number(text: str) -> int | None:
    text = text.lower()
    return int(text) if text.isdigit() else vocab.NUMBER_WORDS.get(text)


def _points(text: str) -> float | None:
    found = list(_rx(vocab.POINTS).finditer(text))
    if not found:
        return None
    value = float(found[-1].group("points").replace(",", "."))
    return int(value) if value.is_integer() else value


def _names_in(text: str, patterns: dict[str, list[re.Pattern[str]]]) -> list[str]:
    """Keys whose patterns match `text`, in text order; a match inside a longer match of
    another key is that key's ("toegepaste psychologie" is not also "psychologie")."""
    spans = [(m.start(), m.end(), key) for key, rxs in patterns.items()
             for rx in rxs for m in rx.finditer(text)]
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] >
                                        s[1] - s[0] for o in spans)]
    return list(dict.fromkeys(key for _, _, key in sorted(kept)))


def _domains_in(text: str) -> list[str]:
    return [key for key, rx in _DOMAINS.items() if rx.search(text)]


def _code(prefix: str, item: Item, position: int) -> str:
    return f"{prefix}{item.number if item.number is not None else position}"


# ------------------------------------------------------------------ tender and header


def _tender(text: TenderText, draft: Draft) -> None:
    title = text.title
    draft.tender["id"] = (Sourced(text.header["id"][0], text.header["id"][1].number)
                          if "id" in text.header else Sourced(None))
    draft.tender["title"] = Sourced(title.text.strip() if title else None,
                                    title.number if title else None)
    for key in ("reference_date", "assignment_start", "assignment_end"):
        found = text.date(key)
        draft.tender[key] = Sourced(found[0].isoformat(), found[1].number) if found else \
            Sourced(None)
    for key, words in (("id", "het aanvraagnummer"), ("reference_date", "de sluitingsdatum"),
                       ("title", "de titel")):
        if draft.tender[key].value is None:
            draft.checks.append(f"tender.{key}: {words} niet gevonden; vul het zelf in")


# ------------------------------------------------------------------ knock-outs


def _knockouts(text: TenderText, draft: Draft) -> None:
    if "knockouts" not in text.parts:
        draft.checks.append("Geen sectie 'Vereisten/Knock-out criteria' gevonden: de draft heeft "
                            "geen knock-outs; controleer of de uitvraag ze elders noemt")
    for position, item in enumerate(text.items("knockouts"), start=1):
        kind = next((k for k, rx in _KNOCKOUT_KINDS.items() if rx.search(item.text)), "analyst")
        code = _code("K", item, position)
        block = {
            "diploma": _diploma, "registration": _registration,
            "execution_condition": _execution, "experience": _min_experience,
        }.get(kind, _analyst_knockout)(item, code, text, draft)
        draft.knockouts.append(block)
    kinds = {block.values["kind"].value for block in draft.knockouts}
    if "condition" in text.parts and "execution_condition" not in kinds:
        draft.checks.append("De uitvraag heeft een uitvoeringsvoorwaarde, maar geen knock-out "
                            "verwijst ernaar: voeg er een toe (kind execution_condition) als ze "
                            "de inschrijving uitsluit")


def _head(code: str, id_: str, label: str, short: str | None, kind: str,
          line: int) -> dict[str, Sourced]:
    head = {"code": Sourced(code, line), "id": Sourced(id_, line), "label": Sourced(label, line)}
    if short:
        head["short"] = Sourced(short, line)
    head["kind"] = Sourced(kind, line)
    return head


def _diploma(item: Item, code: str, text: TenderText, draft: Draft) -> Block:
    line = item.line.number
    levels = [level for level in vocab.LEVEL_ORDER if _LEVELS[level].search(item.text)]
    if not levels:
        draft.checks.append(f"{code}: geen opleidingsniveau in de eis; aangenomen hbo of hoger")
        levels, level_line = ["hbo"], None
    else:
        level_line = line
    # a higher level meets a lower one ("hbo-diploma": hbo or wo)
    lowest = min(vocab.LEVEL_ORDER.index(level) for level in levels)
    min_levels = list(vocab.LEVEL_ORDER[lowest:])
    named = _names_in(item.text, _FIELDS)
    found = {key: rx.search(item.text) for key, rx in _FIELD_FAMILIES.items()}
    families = [vocab.FIELD_FAMILIES[key] for key in
                sorted((k for k in found if found[k]), key=lambda k: found[k].start())]
    comparable = bool(_rx(vocab.COMPARABLE).search(item.text))
    accepted = list(dict.fromkeys(key for family in families for key in family["fields"]))
    accepted += [key for key in named if key not in accepted]
    review: list[str] = []
    if families and comparable:
        review = list(dict.fromkeys(key for family in families for key in family["comparable"]
                                    if key not in accepted))
        draft.checks.append(f"{code}: 'vergelijkbare opleiding' gelezen als de vergelijkbare "
                            f"richtingen van de {either([f['name'] for f in families])} "
                            "(review_fields): een analist beoordeelt ze; controleer de lijst")
    elif comparable:
        draft.checks.append(f"{code}: 'vergelijkbare opleiding' zonder herkende richting: vul "
                            "review_fields zelf in")
    if not accepted:
        draft.checks.append(f"{code}: geen studierichting herkend; vul accepted_fields in")
    name = (_family_names([family["name"] for family in families]) if families
            else "richting " + either([vocab.FIELD_NAMES.get(k, k) for k in accepted])
            if accepted else "gevraagde richting")
    label, short = vocab.LABELS["diploma"]
    values = _head(code, "diploma", label, short, "diploma", line)
    values.update({
        "min_levels": Sourced(min_levels, level_line),
        "fields_name": Sourced(name, line),
        "accepted_fields": Sourced(accepted, line),
        "review_fields": Sourced(review, line if review else None),
        "foreign_is_review": Sourced(True),
    })
    return Block(values, item.line)


def _family_names(names: list[str]) -> str:
    """"sociaal-agogische of pedagogische richting": families that share their noun."""
    nouns = {name.rsplit(" ", 1)[-1] for name in names}
    if len(names) > 1 and len(nouns) == 1:
        noun = nouns.pop()
        return either([name.removesuffix(" " + noun) for name in names]) + " " + noun
    return either(names)


def _registration(item: Item, code: str, text: TenderText, draft: Draft) -> Block:
    line = item.line.number
    registers = _names_in(item.text, _REGISTERS)
    if not registers:
        draft.checks.append(f"{code}: geen bekend register in de eis; het wordt door een analist "
                            "beoordeeld (kind analyst)")
        return _analyst_knockout(item, code, text, draft)
    digits = {REGISTERS[key].get("number_digits") for key in registers}
    number_digits = digits.pop() if len(digits) == 1 else None
    asks_number = bool(_rx(vocab.ASKS_NUMBER).search(item.text))
    asks_expiry = bool(_rx(vocab.ASKS_EXPIRY).search(item.text))
    if not asks_number:
        draft.checks.append(f"{code}: de eis vraagt geen registratienummer (require_number: "
                            "false); controleer")
    valid_on = "assignment_start" if _rx(vocab.VALID_AT_START).search(item.text) \
        else "reference_date"
    end = draft.tender["assignment_end"]
    names = [REGISTERS[key]["name"] for key in registers]
    label = f"{names[0]}-registratie" if len(names) == 1 else f"Registratie ({either(names)})"
    values = _head(code, registers[0] if len(registers) == 1 else "registration", label,
                   "/".join(names), "registration", line)
    values.update({
        "registers": Sourced(registers, line),
        "number_digits": Sourced(number_digits),
        "require_number": Sourced(asks_number, line),
        "require_expiry": Sourced(asks_expiry, line),
        "valid_on": Sourced(valid_on, line),
        "warn_if_expires_before": Sourced(end.value, end.line),
        "absence_needs_ocr_confidence": Sourced(OCR_CONFIDENCE),
    })
    return Block(values, item.line)


def _execution(item: Item, code: str, text: TenderText, draft: Draft) -> Block:
    condition = text.text_of("condition")
    heading = text.headings.get("condition")
    zzp = _rx(vocab.ZZP_FAILS).search(condition)
    if not zzp:
        draft.checks.append(f"{code}: de uitvoeringsvoorwaarde zegt niet wie er niet aan voldoet; "
                            "pass/fail van het dienstverband zelf invullen")
    source = next((line.number for line in text.parts.get("condition", [])
                   if zzp and zzp.group() in line.text), heading.number if heading else None)
    label, short = vocab.LABELS["execution_condition"]
    values = _head(code, "execution_condition", label, short, "execution_condition",
                   item.line.number)
    values.update({
        "pass": Sourced(list(vocab.EMPLOYMENT_PASS), source),
        "fail": Sourced(["zzp"] if zzp else [], source),
    })
    return Block(values, item.line)


def _min_experience(item: Item, code: str, text: TenderText, draft: Draft) -> Block:
    years = _rx(vocab.MIN_YEARS).search(item.text)
    domains = _domains_in(item.text)
    count = _number(years.group("years")) if years else None
    if not domains or count is None:
        draft.checks.append(f"{code}: ervaringseis zonder herkend domein of aantal jaren; een "
                            "analist beoordeelt haar (kind analyst)")
        return _analyst_knockout(item, code, text, draft)
    line = item.line.number
    draft.checks.append(f"{code}: onder de {count * 12} maanden zegt de pipeline 'beoordelen', "
                        "nooit 'voldoet niet' (gemiste functies zouden iemand ten onrechte "
                        "uitsluiten)")
    label, short = _experience_label(domains)
    values = _head(code, "_".join(domains), label, short, "experience", line)
    values.update({"domains": Sourced(domains, line), "min_months": Sourced(count * 12, line)})
    return Block(values, item.line)


def _analyst_knockout(item: Item, code: str, text: TenderText, draft: Draft) -> Block:
    draft.checks.append(f"{code}: eis niet herkend ('{_short(item.text)}'): een analist beslist "
                        "haar voor elke kandidaat (kind analyst)")
    values = _head(code, code.lower(), _short(item.text), None, "analyst", item.line.number)
    return Block(values, item.line)


def _short(text: str, limit: int = 60) -> str:
    """An item's first clause, as a label."""
    clause = re.split(r"\s*[(;:]|\.\s", text.strip().rstrip(".;"), maxsplit=1)[0]
    return clause if len(clause) <= limit else clause[:limit].rsplit(" ", 1)[0] + " …"


# ------------------------------------------------------------------ points criteria


def _criteria(text: TenderText, draft: Draft) -> None:
    heading = text.headings.get("selection")
    if heading is None:
        draft.checks.append("Geen sectie 'Selectiecriteria' gevonden: de draft heeft geen "
                            "puntencriteria")
        draft.total = Sourced(0)
        return
    total = _rx(vocab.TOTAL_POINTS).search(heading.text)
    for position, item in enumerate(text.items("selection"), start=1):
        points = _points(item.text)
        code = _code("S", item, position)
        if points is None:
            draft.checks.append(f"{code}: geen punten genoemd ('{_short(item.text)}'); max 0 "
                                "ingevuld")
            points = 0
        kind = next((k for k, rx in _POINTS_KINDS.items() if rx.search(item.text)), "analyst")
        build = {"motivation": _motivation, "certificates": _certificates,
                 "experience": _experience}.get(kind, _analyst_points)
        draft.criteria.append(build(item, code, points, draft))
    stated = float(total.group("points")) if total else None
    summed = sum(b.values["max"].value for b in draft.criteria)
    if stated is None:
        draft.checks.append(f"points.total: de uitvraag noemt geen totaal; ingevuld als de som "
                            f"van de criteria ({summed:g})")
        draft.total = Sourced(summed)
    else:
        draft.total = Sourced(int(stated) if stated.is_integer() else stated, heading.number)
        if abs(stated - summed) > 1e-9:
            draft.checks.append(f"points.total: de criteria tellen op tot {summed:g} punten, de "
                                f"uitvraag noemt totaal {stated:g}: pas de punten aan (de "
                                "params laden pas als ze kloppen)")


def _experience_label(domains: list[str]) -> tuple[str, str | None]:
    if len(domains) == 1:
        entry = DOMAINS[domains[0]]
        return entry["label"], entry["short"]
    return ("Ervaring " + either([DOMAINS[d]["name"] for d in domains]),
            "/".join(DOMAINS[d]["short"] for d in domains))


def _experience(item: Item, code: str, points: float, draft: Draft) -> Block:
    domains = _domains_in(item.text)
    if not domains:
        draft.checks.append(f"{code}: werkervaring zonder herkend domein "
                            f"('{_short(item.text)}'); een analist geeft de punten")
        return _analyst_points(item, code, points, draft, checked=True)
    line = item.line.number
    full = _rx(vocab.FULL_AT_YEARS).search(item.text)
    years = _number(full.group("years") or full.group("years2")) if full else None
    if years is None:
        draft.checks.append(f"{code}: niet genoemd bij hoeveel ervaring de punten vol zijn; "
                            f"aangenomen {FULL_AT_MONTHS} maanden (full_at_months)")
    if len(domains) > 1:
        draft.checks.append(f"{code}: telt de maanden in {either(domains)} samen (een functie "
                            "in een van de domeinen telt); controleer of de uitvraag functies "
                            "bedoelt die beide zijn")
    label, short = _experience_label(domains)
    values = _head(code, "_".join(domains), label, short, "experience", line)
    values.update({
        "domains": Sourced(domains, line),
        "max": Sourced(points, line),
        "full_at_months": Sourced(years * 12, line) if years else Sourced(FULL_AT_MONTHS),
    })
    return Block(values, item.line)


def _certificates(item: Item, code: str, points: float, draft: Draft) -> Block:
    counted = _names_in(item.text, _TRAININGS)
    if not counted:
        draft.checks.append(f"{code}: geen bekende certificaten of trainingen genoemd; een "
                            "analist geeft de punten")
        return _analyst_points(item, code, points, draft, checked=True)
    line = item.line.number
    per = _rx(vocab.PER_CERTIFICATE).search(item.text)
    maximum = points
    if per:
        per_value = float(per.group("points").replace(",", "."))
        cap = _rx(r"maximaal\s+" + vocab.POINTS).search(item.text)
        maximum = float(cap.group("points").replace(",", ".")) if cap else points
        per_sourced = Sourced(int(per_value) if per_value.is_integer() else per_value, line)
    else:
        half = maximum / 2
        draft.checks.append(f"{code}: punten per certificaat niet genoemd; aangenomen "
                            f"{half:g} (twee certificaten geven het maximum)")
        per_sourced = Sourced(int(half) if float(half).is_integer() else half)
    if _rx(r"bijvoorbeeld|zoals|o\.a\.|onder\s+andere").search(item.text):
        draft.checks.append(f"{code}: de uitvraag noemt {', '.join(counted)} als voorbeelden; "
                            "alleen deze tellen (counted); voeg andere toe als ze meetellen")
    label, short = vocab.LABELS["certificates"]
    values = _head(code, "certificates", label, short, "certificates", line)
    values.update({
        "counted": Sourced(counted, line),
        "per_certificate": per_sourced,
        "max": Sourced(int(maximum) if float(maximum).is_integer() else maximum, line),
    })
    return Block(values, item.line)


def _motivation(item: Item, code: str, points: float, draft: Draft) -> Block:
    line = item.line.number
    provisional = int(points // 2)
    draft.checks.append(f"{code}: een analist beoordeelt de motivatie; tot dan voorlopig "
                        f"{provisional} punten bij een gevonden motivatie, 0 zonder")
    label, short = vocab.LABELS["motivation"]
    values = _head(code, "motivation", label, short, "motivation", line)
    values.update({
        "max": Sourced(points, line),
        "provisional_if_present": Sourced(provisional),
        "provisional_if_absent": Sourced(0),
    })
    return Block(values, item.line)


def _analyst_points(item: Item, code: str, points: float, draft: Draft, *,
                    checked: bool = False) -> Block:
    if not checked:
        draft.checks.append(f"{code}: criterium niet herkend ('{_short(item.text)}'): een "
                            f"analist geeft de punten (kind analyst, max {points:g})")
    line = item.line.number
    values = _head(code, code.lower(), _short(item.text), None, "analyst", line)
    values.update({"max": Sourced(points, line), "provisional": Sourced(0)})
    return Block(values, item.line)


# ------------------------------------------------------------------ CV requirements, ranking


def _requirements(text: TenderText, draft: Draft) -> None:
    lines = text.parts.get("cv", [])
    if not lines:
        draft.checks.append("Geen 'CV-eisen' gevonden: geen eisen aan het cv in de draft")
        return
    said = text.find(vocab.CV_EXCLUDES)
    excludes = Sourced(True, said[1].number) if said else Sourced(False)
    if not said:
        draft.checks.append("CV-eisen sluiten niet uit (excludes: false), zoals de "
                            "screeningsregels standaard doen; zet excludes: true als de uitvraag "
                            "ze als knock-out bedoelt")
    for line in lines:
        pages = _rx(vocab.MAX_PAGES).search(line.text)
        if pages and _number(pages.group("pages")):
            draft.requirements.append(_requirement(
                line, "max_pages", vocab.LABELS["max_pages"], "max_pages", excludes,
                limit=Sourced(_number(pages.group("pages")), line.number)))
        language = _rx(vocab.LANGUAGE).search(line.text)
        code = _language(next(word for word in language.groups() if word)) if language else None
        if code:
            draft.requirements.append(_requirement(
                line, "dutch" if code == "nl" else f"language_{code}",
                vocab.LABELS["language"].format(name=LANGUAGE_NAMES[code]), "language", excludes,
                language=Sourced(code, line.number), min_share=Sourced(MIN_SHARE)))
        references = _rx(vocab.REFERENCES).search(line.text)
        if references and _number(references.group("references")) is not None:
            draft.requirements.append(_requirement(
                line, "references", vocab.LABELS["references"], "references", excludes,
                min=Sourced(_number(references.group("references")), line.number)))


def _requirement(line: Line, id_: str, label: str, kind: str, excludes: Sourced,
                 **settings: Sourced) -> Block:
    values = {"id": Sourced(id_, line.number), "label": Sourced(label, line.number),
              "kind": Sourced(kind, line.number), **settings, "excludes": excludes}
    return Block(values, line)


def _language(word: str) -> str | None:
    return next((code for code, rx in _LANGUAGES.items() if rx.fullmatch(word)), None)


def _ranking(text: TenderText, draft: Draft) -> None:
    shortlist = text.find(vocab.SHORTLIST)
    size = _number(shortlist[0].group("size")) if shortlist else None
    if size is None:
        draft.checks.append("ranking.shortlist_size: niet genoemd hoeveel kandidaten worden "
                            "voorgedragen; vul het zelf in")
    draft.ranking["shortlist_size"] = Sourced(size, shortlist[1].number if size else None)
    tie = text.find(vocab.TIE_BREAK)
    by_rate = bool(tie and _rx(vocab.TIE_BY_RATE).search(tie[0].group()))
    if not by_rate:
        said = f" ('{_short(tie[0].group(), 80)}')" if tie else ""
        draft.checks.append(f"ranking.tie_break: geen beslissing op uurtarief{said}; bij een "
                            "gelijke stand beslist een analist (tie_break: analyst)")
    draft.ranking["tie_break"] = Sourced("hourly_rate" if by_rate else "analyst",
                                         tie[1].number if tie else None)
    draft.ranking["rank_review_knockouts"] = Sourced(True)
    objection = text.find(vocab.OBJECTION)
    draft.explain["objection"] = Sourced(objection[0].group().strip(), objection[1].number) \
        if objection else Sourced("")
    draft.explain["objection_days"] = Sourced(None)
    draft.explain["contact"] = Sourced(None)


def draft_params(text: TenderText) -> Draft:
    """The params draft of one tender text, with its CHECK lines."""
    draft = Draft()
    _tender(text, draft)
    _knockouts(text, draft)
    _requirements(text, draft)
    _criteria(text, draft)
    _ranking(text, draft)
    return draft
