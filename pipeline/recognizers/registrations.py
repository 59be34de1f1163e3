"""Professional registrations (SKJ, BIG, Registerplein, NIP, NVO): per register its number and
expiry date, or why they cannot be given (spec K2 for SKJ).

Presidio-style: context words that name a register open a window of a few lines (sidebars
and table cells put the number and the date on lines of their own); in that window a number
pattern and expiry-cue patterns are matched; `validate` rejects numbers of other registers
(BIG beside SKJ, KvK, phone) and impossible dates; the explanation records pattern, context
and validation. Two different numbers or an unreadable date give `None` with a reason, never a
guess: the knock-out then asks a person. Every register in pipeline/lang/nl/registers.py is
read; which one a tender requires is for scoring to say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import Evidence, Explanation, Registration, check
from pipeline.lang.nl import registers as vocab
from pipeline.recognizers.base import Recognizer
from pipeline.structure.contacts import find_contacts
from pipeline.structure.dates import DATE, DATE_AT, YEAR, DateValue, form_of, parse
from pipeline.structure.fields import form_prefix
from pipeline.structure.lines import Line, evidence_at, lines_between, text_of
from pipeline.structure.sections import looks_like_heading

_I = re.IGNORECASE
_LABEL = re.compile("|".join(vocab.NUMBER_LABELS), _I)
_APPLIED = re.compile(r"\b(?:" + "|".join(vocab.APPLIED_WORDS) + r")\b", _I)
_RENEWAL = re.compile(vocab.RENEWAL_WORD + r"\W*(?:\w+\W+){0,2}$", _I)
_NEGATION = re.compile(vocab.NEGATIONS + r"\W*$", _I)
_DENIAL = re.compile(r"\b" + vocab.NEGATIONS + r"[\w\s-]{0,15}$", _I)

_EXPIRY_CUE = re.compile(r"(?<![\w])(?:" + "|".join(vocab.EXPIRY_CUES) + r")", _I)
_BARE_UNTIL = re.compile(r"[\s,;:()|–—-]*" + vocab.BARE_UNTIL + r"\b[\s:]*", _I)
# On the line naming the register, a bare "tot"/"t/m" that does not close a period
# ("Kwaliteitsregister Jeugd tot 15 maart 2029 onder nummer ...").
_BARE_CUE = re.compile(r"(?<![\w/])" + vocab.BARE_UNTIL + r"\b[\s:]*", _I)
_RENEWAL_CUE = re.compile(r"(?:datum\s+(?:van\s+)?)?herregistratie", _I)
_PERIOD_CUE = re.compile(vocab.PERIOD_CUES, _I)
_RANGE_TAIL = re.compile(r"\s*(?:t/m|tot(?:\s+en\s+met)?|[-–—]{1,3})\s*", _I)
_BESIDE = re.compile(r"[\s,;:(|–—-]{1,4}")
_INDENT = re.compile(r"[ \t]*")
_START_CUE = re.compile(vocab.START_CUES + r"\W*$", _I)
_YEAR_RANGE = re.compile(rf"{YEAR}\s*[-–]\s*{YEAR}")
# Cell separators of a flattened table or header row: the SKJ cell starts after the last one.
_CELL = re.compile(r"\s[|•·]\s|\t")
# A number an OCR engine misread: digits mixed with look-alike letters ("11OO12345").
_GARBLED = re.compile(r"(?<![\w])(?=(?:[OoIlSB|]*\d){5})(?=[\dOoIlSB|]*[OoIlSB|])[\dOoIlSB|]{7,10}"
                      r"(?![\w])")
# A number a narrow column broke over two lines ("nr. 1100\n62 417", "1100\n12345").
_SPLIT_NUMBER = re.compile(r"(?<![\w+/])\d{2,6}[ \t]*\n[ \t]*\d{2,7}(?:[ .-]\d{2,6})?(?![\w/])")

HEADER_REACH = 4  # lines above a table row searched for its header row
WINDOW_LINES = 5  # lines read after a context word: sidebars split label, number and date
WINDOW_CHARS = 420
LABEL_REACH = 30  # characters before a number searched for another register's label
CUE_REACH = 30  # characters after an expiry cue searched for its date


@dataclass(frozen=True)
class Register:
    """One register's vocabulary, compiled (see pipeline/lang/nl/registers.py)."""

    key: str
    name: str
    context: tuple[re.Pattern[str], ...]
    other_label: re.Pattern[str]
    other_line: re.Pattern[str]
    form: re.Pattern[str] | None
    form_name: str | None
    bare_labels: bool
    min_digits: int
    max_digits: int
    number: re.Pattern[str]
    cue_to_date: re.Pattern[str]


def _compile(key: str, entry: dict[str, Any]) -> Register:
    others = "|".join((*vocab.OTHER_LABELS, *entry["others"]))
    return Register(
        key=key,
        name=entry["name"],
        context=tuple(re.compile(pattern, _I) for pattern in entry["context"]),
        other_label=re.compile(r"(?<![\w])(?:" + others + r")(?![\w])", _I),
        other_line=re.compile(r"^\W*(?:" + others + r")(?![\w])", _I),
        form=re.compile(entry["number_form"]) if entry["number_form"] else None,
        form_name=entry["form_name"],
        bare_labels=entry["bare_labels"],
        min_digits=entry["min_digits"],
        max_digits=entry["max_digits"],
        number=re.compile(
            r"(?<![\w+/])\d{2," + str(entry["max_digits"]) + r"}(?:[ .-]\d{2,6}){0,3}(?![\w/])"),
        # Between a cue and its date: punctuation, cells and a few filler words
        # ("Afloopdatum registratie: 31 mei 2027", "geldig tot op").
        cue_to_date=re.compile(
            r"[\s:.,;(|]*(?:(?:van\s+(?:de\s+)?)?(?:" + entry["cue_prefix"]
            + r"[\s-]*)?(?:registratie|inschrijving)|op|per|on)?[\s:.|]*", _I,
        ),
    )


REGISTERS = {key: _compile(key, entry) for key, entry in vocab.REGISTERS.items()}


@dataclass
class _Found:
    """What the windows yielded, before it is turned into one Registration."""

    numbers: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    expiries: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    unreadable: list[tuple[int, int, str]] = field(default_factory=list)
    dangling: list[tuple[int, int, str]] = field(default_factory=list)  # a cue, no date at all
    garbled: list[tuple[int, int, str]] = field(default_factory=list)
    applied: list[tuple[int, int, str]] = field(default_factory=list)
    renewal: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


class RegistrationsRecognizer(Recognizer):
    """Reads, for every known register, the number and expiry date near its words."""

    facts: ClassVar[dict[str, Any]] = {"registrations": None, "skj": None}

    def recognize(self, doc: Doc) -> dict[str, Any]:
        registrations = recognize_all(doc)
        return {"registrations": registrations, "skj": registrations["skj"]}


def recognize_all(doc: Doc) -> dict[str, Registration]:
    """Register key -> what the CV says about a registration there."""
    text = text_of(doc)
    lines, masked = lines_between(text), _masked(text)
    return {key: recognize(doc, register, lines, masked) for key, register in REGISTERS.items()}


def recognize(doc: Doc, register: Register, lines: list[Line], masked: str) -> Registration:
    text = text_of(doc)
    mentions = sorted(
        {(m.start(), m.end(), m.group()) for rx in register.context for m in rx.finditer(text)}
    )
    found = _Found()
    windows = [_window(lines, start, end, register) for start, end, _ in mentions]
    for (start, end), (_, word_end, word) in zip(windows, mentions, strict=True):
        _read_window(text, masked, start, end, found, register, strict=False, context=word)
        _read_period_line(text, word_end, end, found)
    weak = []
    for match in _LABEL.finditer(text) if register.bare_labels else ():
        if any(start <= match.start() < end for start, end in windows):
            continue
        start, end = _window(lines, match.start(), match.end(), register, after=1)
        before = len(found.numbers)
        _read_window(text, masked, match.start(), end, found, register, strict=True,
                     context=match.group())
        if len(found.numbers) > before:
            weak.append(match.group())
    if found.numbers and not (found.expiries or found.unreadable or found.dangling):
        found.unreadable += _stray_dates(text, found, register)
    if not mentions and not found.numbers:
        return Registration(register=register.key, number=None, expires=None, explanation={
            "validation": check(f"geen {register.name}-registerwoorden of nummer van de "
                                f"{register.name}-vorm")})
    registration = _decide(doc, mentions, weak, found, register)
    denied = [word for start, _, word in mentions
              if _DENIAL.search(text, max(0, start - 25), start)]
    if len(denied) == len(mentions) and not (found.numbers or found.expiries or found.garbled):
        registration.mentioned = False  # "geen SKJ-registratie": said, but not registered
        registration.explanation["validation"] = check("register alleen ontkennend genoemd",
                                                       denied)
    return registration


def _decide(doc: Doc, mentions: list[tuple[int, int, str]], weak: list[str],
            found: _Found, register: Register) -> Registration:
    """One registration from what was found; conflicts become a reason, not a guess."""
    reasons: list[str] = []
    explanation: Explanation = {
        "context": check("registerwoorden", sorted({word for _, _, word in mentions}) or weak),
    }
    if found.rejected:
        explanation["rejected"] = check("andere nummers", found.rejected)
    number = None
    if len(found.numbers) == 1:
        number = next(iter(found.numbers))
        explanation["number"] = check(_number_note(number, register), [number])
    elif len(found.numbers) > 1:
        reasons.append("verschillende registratienummers: " + ", ".join(sorted(found.numbers)))
    elif found.garbled:
        reasons.append("registratienummer onleesbaar: " + ", ".join(g for _, _, g in found.garbled))
    if not found.expiries:  # a cue without a date matters only when no date was read
        found.unreadable += found.dangling
    renewals = {iso for iso, hits in found.expiries.items()
                if all(_RENEWAL_CUE.match(cue) for _, _, cue in hits)}
    renewal_only = False
    if renewals and len(renewals) < len(found.expiries):
        # "herregistratie op 01-03-2024, geldig tot 01-03-2029": the renewal was a past event
        explanation["renewal"] = check("herregistratie in het verleden", sorted(renewals))
        found.expiries = {iso: hits for iso, hits in found.expiries.items() if iso not in renewals}
    expires = None
    if len(found.expiries) == 1 and not found.unreadable:
        expires = next(iter(found.expiries))
        renewal_only = expires in renewals
        explanation["expiry"] = check(found.expiries[expires][0][2], [expires])
    elif len(found.expiries) > 1:
        reasons.append("verschillende afloopdatums: " + ", ".join(sorted(found.expiries)))
    if found.unreadable:
        reasons.append("afloopdatum onleesbaar: " + "; ".join(r for _, _, r in found.unreadable))
    applied_only = False
    if found.applied:
        words = ", ".join(word for _, _, word in found.applied)
        if number and expires:
            reasons.append(f"registratie 'aangevraagd' ({words}) maar ook nummer en afloopdatum")
        else:
            applied_only = True
        explanation["applied"] = check("aangevraagd", [words])
    if found.renewal:
        explanation["renewal_applied"] = check("herregistratie aangevraagd", found.renewal)
    spans = [(s, e) for s, e, _ in mentions]
    spans += [(s, e) for hits in found.numbers.values() for s, e, _ in hits]
    spans += [(s, e) for hits in found.expiries.values() for s, e, _ in hits]
    spans += [(s, e) for s, e, _ in found.unreadable + found.applied + found.garbled]
    evidence = _evidence(doc, spans)
    ambiguous = "; ".join(reasons) or None
    if ambiguous:
        explanation["validation"] = check("onduidelijk", reasons)
        if len(found.numbers) > 1:
            number = None
        if found.unreadable or len(found.expiries) > 1:
            expires = None
    else:
        explanation["validation"] = check("accepted")
    return Registration(
        register=register.key, number=number, expires=expires, evidence=evidence, mentioned=True,
        applied_only=applied_only, ambiguous=ambiguous, explanation=explanation,
        expiry_is_renewal=bool(expires) and renewal_only,
    )


def _read_window(text: str, masked: str, start: int, end: int, found: _Found,
                 register: Register, *, strict: bool, context: str) -> None:
    """Numbers, expiry dates and applied-for words in `text[start:end]`."""
    numbers = list(register.number.finditer(masked, start, end))
    if not strict and not any(len(re.sub(r"\D", "", m.group())) >= register.min_digits
                              for m in numbers):
        numbers = list(_SPLIT_NUMBER.finditer(masked, start, end))  # a narrow sidebar's lines
    for match in numbers:
        digits = re.sub(r"\D", "", match.group())
        if len(digits) < register.min_digits:
            continue
        problem = _validate_number(text, match.start(), digits, register, strict)
        if problem:
            found.rejected.append(f"{match.group()}: {problem}")
            continue
        found.numbers.setdefault(digits, []).append((match.start(), match.end(), context))
        until = _BARE_UNTIL.match(text, match.end(), end)
        if until:
            _read_date(text, until.end(), end, match.start(), found, "t/m after the number")
        elif not strict:
            _read_date_beside(text, match.end(), end, found)
    if strict:
        return
    for match in _GARBLED.finditer(masked, start, end):
        found.garbled.append((match.start(), match.end(), match.group()))
    for cue in _EXPIRY_CUE.finditer(text, start, end):
        if register.other_label.search(text, max(start, cue.start() - LABEL_REACH), cue.start()):
            continue  # "VOG geldig tot ...": another document's date
        lead = register.cue_to_date.match(text, cue.end(), end)
        _read_date(text, lead.end() if lead else cue.end(), end, cue.start(), found,
                   cue.group(), required=True)
    line_end = text.find("\n", start)
    for cue in _BARE_CUE.finditer(text, start, end if line_end < 0 else min(end, line_end)):
        if not re.search(r"\d", text[max(start, cue.start() - 12):cue.start()]):
            cue_word = f"{cue.group().strip()} ({register.name} line)"
            _read_date(text, cue.end(), end, cue.start(), found, cue_word)
    for match in _APPLIED.finditer(text, start, end):
        before = text[max(start, match.start() - 40):match.start()]
        if _RENEWAL.search(before) or match.group().lower().startswith("herregistratie"):
            found.renewal.append(text[max(start, match.start() - 20):match.end()].strip())
            continue
        if _NEGATION.search(before):
            continue
        found.applied.append((match.start(), match.end(), match.group()))


def _read_period_line(text: str, at: int, end: int, found: _Found) -> None:
    """A line holding only a range of two dates, right under the line with the register's word,
    is the registration's period, as an entry's period sits under its title ("SKJ-registratie
    (Stichting Kwaliteitsregister Jeugd)\njanuari 2021 tot maart 2026"): its end is the expiry.
    An open end ("tot heden") states no expiry."""
    line_end = text.find("\n", at)
    if line_end < 0 or line_end >= end:
        return
    below_end = text.find("\n", line_end + 1)
    below_end = min(end, len(text) if below_end < 0 else below_end)
    first = DATE.match(text, _INDENT.match(text, line_end + 1).end(), below_end)
    tail = _RANGE_TAIL.match(text, first.end(), below_end) if first else None
    second = DATE_AT.match(text, tail.end(), below_end) if tail else None
    if first and second and not text[second.end():below_end].strip():
        _read_date(text, first.start(), below_end, first.start(), found,
                   "periode onder het register")


def _read_date(text: str, at: int, end: int, cue_start: int, found: _Found, cue: str, *,
               required: bool = False) -> None:
    """The date right after an expiry cue; an unreadable one is recorded as such."""
    match = DATE.match(text, at, min(end, at + CUE_REACH))
    if not match:
        if required:
            snippet = text[at:min(end, at + 20)].split("\n")[0].strip()
            found.dangling.append((cue_start, at, f"'{cue}' zonder leesbare datum ({snippet!r})"))
        return
    if _START_CUE.search(text, max(0, cue_start - 30), cue_start):
        return
    tail = _RANGE_TAIL.match(text, match.end())
    second = DATE_AT.match(text, tail.end(), min(len(text), tail.end() + CUE_REACH)) \
        if tail else None
    if second:  # "registratieperiode 01-03-2024 t/m 01-03-2029": the range's end
        match, cue = second, f"{cue} (end of a range)"
    elif _PERIOD_CUE.fullmatch(cue):  # "geldig van 01-03-2024" alone is a start
        found.dangling.append((cue_start, match.end(), f"'{cue} {match.group()}' zonder einddatum"))
        return
    iso, rule = expiry_of(match)
    if iso is None:
        found.unreadable.append((cue_start, match.end(), f"{match.group()!r}: {rule}"))
        return
    found.expiries.setdefault(iso, []).append((cue_start, match.end(), f"{cue}: {rule}"))


def _read_date_beside(text: str, at: int, end: int, found: _Found) -> None:
    """A full date or a range right after the number, without a cue: a range's end is the
    expiry; a lone date could be a start as well as an end, so a person must look."""
    lead = _BESIDE.match(text, at, end)
    match = DATE.match(text, lead.end(), end) if lead else None
    if not match:
        return
    tail = _RANGE_TAIL.match(text, match.end())
    if tail and DATE_AT.match(text, tail.end(), end):
        _read_date(text, match.start(), end, at, found, "range beside the number")
        return
    if not _full(match):
        return
    header = _column_header(text, match.start())
    if header and _EXPIRY_CUE.search(header):  # "Registratie | Nummer | Geldig tot" above
        _read_date(text, match.start(), end, at, found, f"{header} (kolomkop)")
        return
    found.unreadable.append((at, match.end(), f"{match.group()!r} naast het nummer, zonder "
                                              "'geldig tot' of ander woord voor de afloopdatum"))


def _column_header(text: str, position: int) -> str | None:
    """The header cell above the table cell holding `position`: the nearest line above with
    as many cells (" | ") whose cells hold no digits."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    cells = line.split(" | ")
    if len(cells) < 2:
        return None
    column = text[line_start:position].count(" | ")
    above = text[:line_start].splitlines()[-HEADER_REACH:]
    for candidate in reversed(above):
        heads = candidate.split(" | ")
        # a header may lack the row label's cell ("Register | Nummer | Geldig tot" over
        # "Registratie | SKJ | 110053197 | 31-12-2028"): its cells are then right-aligned
        shift = len(cells) - len(heads)
        if shift in (0, 1) and len(heads) >= 2 and column >= shift \
                and not any(char.isdigit() for char in candidate):
            return heads[column - shift].strip()
    return None


def _stray_dates(text: str, found: _Found, register: Register) -> list[tuple[int, int, str]]:
    """Full dates on a number's line or the line below, and years on its own line, that no cue
    explained.

    Without them the number would stand alone and K2 would fail; a date beside it in words the
    recognizer does not know ("herregistratie 1 juni 2028", "herregistratie 2028") means a
    person must read it.
    """
    stray = []
    for start, _, _ in (hit for hits in found.numbers.values() for hit in hits):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        following = text.find("\n", line_end + 1)
        end = len(text) if following < 0 or line_end == len(text) else following
        for match in DATE.finditer(text, line_start, end):
            if not (_full(match) or match.start() < line_end):
                continue
            before = text[max(line_start, match.start() - LABEL_REACH):match.start()]
            if _START_CUE.search(before) or register.other_label.search(before):
                continue
            stray.append((match.start(), match.end(),
                          f"{match.group()!r} bij het nummer, zonder herkend woord als "
                          "'geldig tot'"))
    return stray


def expiry_of(match: re.Match[str]) -> tuple[str | None, str]:
    """(ISO expiry date, rule used) or (None, why not) for a match of `DATE`.

    A month and year mean the last day of that month (spec K2); a year alone or a two-digit
    year cannot be checked to the day, so no date is given and a person decides."""
    value = parse(match, "x")
    if value is None:
        return None, f"no such date ({match.group()})"
    if value.short_year:
        return None, f"{value.form}: two-digit year, no full expiry date"
    if value.precision == "year":
        return None, "year only: cannot be checked to the day"
    rule = value.form + (": last day of the month" if value.precision == "month" else "")
    return value.last_day().isoformat(), rule


def _full(match: re.Match[str]) -> bool:
    """A date with a day or month and a four-digit year: a date a reader would act on."""
    value: DateValue | None = parse(match, "x")
    return value is not None and value.precision != "year" and not value.short_year


def _validate_number(text: str, start: int, digits: str, register: Register,
                     strict: bool) -> str | None:
    """Why a number is not the register's number, or None when it may be one."""
    if len(digits) > register.max_digits:
        return f"{len(digits)} digits, more than a {register.name} number has"
    if digits.startswith("0"):
        return "starts with 0 (a phone number)"
    line_start = text.rfind("\n", 0, start) + 1
    labels = list(register.other_label.finditer(text, max(line_start, start - LABEL_REACH), start))
    label = labels[-1] if labels else None
    if label is not None and not any(rx.search(text, label.end(), start)
                                     for rx in register.context):
        return f"belongs to {label.group()!r}"
    if strict and not (register.form and register.form.fullmatch(digits)):
        return f"no {register.name} register word nearby and not of the form {register.form_name}"
    return None


def _number_note(digits: str, register: Register) -> str:
    if register.form and register.form.fullmatch(digits):
        return f"{register.form_name}: the usual {register.name} form"
    usual = f"not the usual form ({register.form_name})" if register.form_name else "no fixed form"
    return f"{len(digits)} digits: {usual}, accepted near {register.name} words"


def _window(lines: list[Line], start: int, end: int, register: Register,
            after: int = WINDOW_LINES) -> tuple[int, int]:
    """From the start of the line holding a context word to `after` lines below it.

    A previous line that carries a number label or an expiry cue is included (written before
    the word SKJ); on the word's own line the window starts at its table cell. It stops early
    at a heading or at another data label.
    """
    if not lines:
        return start, end
    index = next((i for i, line in enumerate(lines) if line.start <= start < line.end + 1), 0)
    first = index
    previous = lines[index - 1].text if index > 0 else ""
    labelled = _LABEL.search(previous) or _EXPIRY_CUE.search(previous)
    if labelled and not register.other_line.match(previous):
        first = index - 1
    window_start = lines[first].start
    if first == index:
        cells = list(_CELL.finditer(lines[index].text, 0, start - lines[index].start))
        window_start += cells[-1].end() if cells else 0
    last = index
    group = _form_group(lines[index].text)
    for following in lines[index + 1:index + 1 + after]:
        own = _LABEL.search(following.text) or _EXPIRY_CUE.search(following.text)
        if (looks_like_heading(following.text) and not own) \
                or register.other_line.match(following.text):
            break
        if _form_group(following.text) not in (None, group):
            break  # "Opleiding 1 - Einddatum: ..." is another form group's field
        if following.end - lines[first].start > WINDOW_CHARS:
            break
        last += 1
    return window_start, max(lines[last].end, end)


def _form_group(text: str) -> str | None:
    """The "Registratie 1" of a prefixed form line ("Registratie 1 - Nummer: ..."), if any."""
    prefix = form_prefix(text)
    return f"{prefix.group('group')} {prefix.group('number')}".lower() if prefix else None


def _masked(text: str) -> str:
    """`text` with phone numbers, dates and year ranges blanked, offsets kept (a year alone
    stays: it is too short to be taken for a number anyway)."""
    chars = list(text)
    spans = [(c.start, c.end) for c in find_contacts(text, ("phone",))]
    spans += [m.span() for m in _YEAR_RANGE.finditer(text)]
    spans += [m.span() for m in DATE.finditer(text)
              if form_of(m, "x") not in ("year", "day-month-short-year")]
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _evidence(doc: Doc, spans: list[tuple[int, int]]) -> list[Evidence]:
    """One Evidence per line touched by `spans`, in text order."""
    text, seen, evidence = text_of(doc), set(), []
    for start, _ in sorted(spans):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if line_start in seen:
            continue
        seen.add(line_start)
        evidence.append(evidence_at(doc, line_start, line_end))
    return evidence


@Language.factory("cvscreen_registrations_v1", default_config={},
                  assigns=["doc._.registrations", "doc._.skj"])
def make_registrations(nlp: Language, name: str) -> RegistrationsRecognizer:
    return RegistrationsRecognizer()
