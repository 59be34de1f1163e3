"""Professional registers and the words around a registration in Dutch and English CVs.

Own lists, written from how youth-care, social-work and behavioural-science CVs state a
registration (spec K2 for SKJ): each register's names, the labels before a number, the cues
before an expiry date, and the words that say the registration is only applied for. Patterns
are regular expressions; they are compiled with re.IGNORECASE unless they say otherwise.
Extraction reads every register below; a tender's params name the ones its knock-out accepts.
"""

# The registers. Per register: `name` (how reasons and reports name it), `context` (words that
# name the register: a number near one of these is its number), `cue_prefix` (the register's
# word as it may stand before "registratie" in an expiry cue), `number_form`, `form_name` and
# `number_digits` (the usual number, None when the register has no fixed form), `bare_labels`
# (a number of the usual form after a bare "registratienummer" label is this register's),
# `min_digits` and `max_digits` (a number outside is another number), `others` (labels of other
# registers: a number after one of them is not this register's).
_BIG = r"BIG(?:[\s-]*(?:registratie|nummer|nr\.?|register(?:ed)?|geregistreerd))?"
_SKJ = r"SKJ(?:[\s-]*(?:registratie|nummer|nr\.?|geregistreerd))?"
_NIP = r"NIP(?:[\s-]*(?:registratie|nummer|nr\.?|geregistreerd|lid))?"
_NVO = r"NVO(?:[\s-]*(?:registratie|nummer|nr\.?|geregistreerd|lid))?"
_REGISTERPLEIN = r"registerplein"

REGISTERS = {
    "skj": {
        "name": "SKJ",
        "context": (
            r"(?<![\w])SKJ(?![a-z])",
            r"kwaliteitsregister\s+jeugd",
            r"stichting\s+kwaliteitsregister",
            r"quality\s+regist(?:er|ry)\s+(?:for\s+)?youth",
            r"youth\s+care\s+quality\s+regist(?:er|ry)",
        ),
        "cue_prefix": r"skj",
        # The usual SKJ number: nine digits starting 1100. Other lengths are accepted with a note.
        "number_form": r"1100\d{5}",
        "form_name": "9 digits starting 1100",
        "number_digits": 9,
        "bare_labels": True,
        "min_digits": 7,
        "max_digits": 10,
        "others": (_BIG, r"registerplein", r"NIP", r"NVO"),
    },
    "big": {
        "name": "BIG",
        "context": (
            # upper case only: "a big team" names no register
            r"(?<![\w])(?-i:BIG)(?![\w])", r"wet\s+big", r"big[\s-]*regist\w*",
        ),
        "cue_prefix": r"big",
        "number_form": r"\d{11}",
        "form_name": "11 digits",
        "number_digits": 11,
        "bare_labels": False,
        "min_digits": 9,
        "max_digits": 11,
        "others": (_SKJ, _NIP, _NVO, _REGISTERPLEIN),
    },
    "registerplein": {
        "name": "Registerplein",
        "context": (
            r"registerplein", r"register\s+sociaal\s+werk\w*",
            r"beroepsregister\s+(?:voor\s+)?(?:agogen|sociaal\s+werk\w*|sociaal\s+agogen)",
            r"registered\s+social\s+worker",
        ),
        "cue_prefix": r"registerplein",
        "number_form": None,
        "form_name": None,
        "number_digits": None,
        "bare_labels": False,
        "min_digits": 5,
        "max_digits": 10,
        "others": (_BIG, _SKJ, _NIP, _NVO),
    },
    "nip": {
        "name": "NIP",
        "context": (
            r"(?<![\w])(?-i:NIP)(?![\w])", r"nederlands\s+instituut\s+van\s+psychologen",
        ),
        "cue_prefix": r"nip",
        "number_form": None,
        "form_name": None,
        "number_digits": None,
        "bare_labels": False,
        "min_digits": 5,
        "max_digits": 10,
        "others": (_BIG, _SKJ, _NVO, _REGISTERPLEIN),
    },
    "nvo": {
        "name": "NVO",
        "context": (
            r"(?<![\w])(?-i:NVO)(?![\w])",
            r"nederlandse\s+vereniging\s+van\s+pedagogen(?:\s+en\s+onderwijskundigen)?",
        ),
        "cue_prefix": r"nvo",
        "number_form": None,
        "form_name": None,
        "number_digits": None,
        "bare_labels": False,
        "min_digits": 5,
        "max_digits": 10,
        "others": (_BIG, _SKJ, _NIP, _REGISTERPLEIN),
    },
}

# Labels before a registration number that do not name the register. Alone they are weak:
# a number after them is taken only when it has a register's `number_form`.
NUMBER_LABELS = (
    r"registratie[\s-]*(?:nummer|nr\.?)",
    r"reg\.?[\s-]*(?:nummer|nr\.?|no\.?)",
    r"registration\s+(?:number|no\.?)",
    r"beroepsregistratie",
    r"geregistreerd\s+als\s+jeugd",
)

# Labels of other numbers and data (phone, KvK, ...; each register adds the other registers'
# labels): a number or date after one of these belongs to it, and a line starting with one ends
# the register's window.
OTHER_LABELS = (
    r"lerarenregister", r"registerleraar", r"V&VN",
    r"kwaliteitsregister\s+(?:V&VN|paramedici|zorg)",
    r"kvk(?:[\s-]*(?:nummer|nr\.?))?",
    r"kamer\s+van\s+koophandel",
    r"bsn", r"burgerservicenummer", r"iban", r"agb(?:[\s-]*code)?",
    r"tel(?:efoon)?\.?", r"mobiel", r"gsm", r"phone", r"e-?mail",
    r"geboren", r"geboortedatum", r"geb\.", r"date\s+of\s+birth", r"born",
    r"vog", r"verklaring\s+omtrent", r"certificate\s+of\s+conduct", r"rijbewijs",
    r"driving\s+licen[cs]e", r"nationaliteit", r"nationality", r"woonplaats", r"adres",
    r"address", r"beschikbaar", r"available", r"dienstverband", r"postcode",
)

# Cues before an expiry date. "herregistratie per" names the date the registration must be
# renewed, which is when the current one runs out.
EXPIRY_CUES = (
    r"geldig\s+(?:tot\s+en\s+met|tot|t/m|t\.m\.|tm|until|through)",
    r"geldigheid\s*:?\s*(?:tot\s+en\s+met|tot|t/m)?",
    r"(?:registratie\s+)?loopt\s+(?:nog\s+)?(?:tot\s+en\s+met|tot|t/m)",
    r"herregistratie\s+(?:per|op|uiterlijk|vóór|voor|in)", r"herregistratie(?:datum)?\s*[:|]",
    r"datum\s+(?:van\s+)?herregistratie", r"einde\s+(?:van\s+(?:de\s+)?)?registratie\w*",
    r"registratieperiode", r"geldig\s+van",
    r"verloopt\b(?:\s+(?:op|per|in))?",
    r"vervalt\b(?:\s+(?:op|per))?",
    r"verlopen\s+(?:op|per|sinds)",
    r"afloop(?:datum)?", r"vervaldatum", r"einddatum", r"verloopdatum",
    r"loopt\s+af(?:\s+(?:op|per))?", r"herregistratiedatum",
    r"valid\s+(?:until|till|through|to)",
    r"expir(?:es|y\s+date|ation\s+date|ing)\s*(?:on)?",
    r"(?:geregistreerd|ingeschreven|registratie|registered)\s+(?:tot\s+en\s+met|tot|t/m|until)",
)

# Cues that open a whole period: only the end of the range that follows is the expiry.
PERIOD_CUES = r"(?:registratieperiode|geldig\s+van|geldigheid\s*:?\s*)"

# A bare "tot"/"t/m" straight after the number also introduces the expiry
# ("SKJ 110012345 t/m 30-09-2028"), but only there: elsewhere it closes a period.
BARE_UNTIL = r"(?:tot\s+en\s+met|t/m|tot|until)"

# Words that make a date a start, not an expiry ("ingeschreven sinds 2019").
START_CUES = (
    r"(?:sinds|vanaf|since|ingeschreven\s+(?:sinds|per|op|in)|geregistreerd\s+(?:sinds|per))"
)

# Words that say the registration is only applied for, not granted.
APPLIED_WORDS = (
    r"aangevraagd",
    r"in\s+aanvraag",
    r"aanvraag\s+(?:is\s+)?(?:ingediend|loopt|in\s+behandeling)",
    r"registratie\s+loopt(?!\s+(?:nog\s+)?(?:tot|t/m))",
    r"(?:registratie|inschrijving)\s+(?:is\s+)?in\s+(?:behandeling|procedure)",
    r"in\s+afwachting\s+van",
    r"registratie\s+volgt",
    r"applied\s+for",
    r"application\s+(?:submitted|pending)",
    r"pending",
)

# A renewal being applied for: the registration itself exists.
RENEWAL_WORD = r"herregistratie"

# Words that deny a registration ("geen SKJ-registratie").
NEGATIONS = r"(?:geen|niet|not|no)\b"
