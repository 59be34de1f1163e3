"""How Flextender-style tender texts state their criteria, for `cvscreen tender draft`.

Own lists, written from the 30175 text (shared/tender/) and the way municipal hiring tenders
in this shape word their requirements: the headings of the parts, the words of each kind of
criterion, field families ("een pedagogische opleiding") and the phrases for the shortlist,
the tie-break and the objection period. Patterns are regular expressions, compiled with
re.IGNORECASE. Registers, domains, trainings and study fields are read with the vocabularies
extraction uses (registers.py, roles.py DOMAINS, certificates.py, diplomas.py).
"""

# Headings of the parts of a tender text, matched against a whole line.
HEADINGS = {
    "knockouts": r"(?:vereisten\s*/?\s*)?knock[\s-]?out[\s-]*(?:criteria|eisen)?|"
                 r"vereisten|eisen|eisen\s*\(knock[\s-]?out\)|minimumeisen|harde\s+eisen",
    "selection": r"(?:selectie|gunnings|wensen|beoordelings)criteria\b.*|wensen\b.*|"
                 r"selectiecriteria.*",
    "cv": r"cv[\s-]*eisen|eisen\s+aan\s+het\s+cv",
    "condition": r"uitvoeringsvoorwaarden?",
    "assessment": r"beoordeling|procedure",
}
# Any other heading ends a part: a short line without final punctuation, as Flextender
# prints them ("Wie zijn wij", "Functieschaal", "Stap 1: ...").
OTHER_HEADING = r"[A-Z][^.;:!?]{0,60}|stap\s+\d+\s*:.*"

# An item of a list: "1. ...", "1) ...", "- ...", "• ...", "K1: ...", "S4 – ...".
ITEM = r"^\s*(?:(?P<number>\d{1,2})\s*[.)]|[-•*·]|(?P<code>[KS]\d{1,2})\s*[:.–-])\s+(?P<text>.+)$"

# The total of the selection criteria ("(weging, totaal 100 punten)", "maximaal 100 punten").
TOTAL_POINTS = r"(?:totaal|maximaal|in\s+totaal)\s+(?P<points>\d+)\s+punten"
# A criterion's points ("(40 punten)", "– 40 punten", "40 pnt").
POINTS = r"(?P<points>\d+(?:[.,]\d+)?)\s*(?:punten|punt|pnt)\b"
# Points per certificate and their cap ("5 punten per certificaat, maximaal 10 punten").
PER_CERTIFICATE = (r"(?P<points>\d+(?:[.,]\d+)?)\s*(?:punten|punt|pnt)\s+per\s+"
                   r"(?:certificaat|cursus|training|scholing|aantoonbare)")

# Kinds of knock-out, tried in this order on an item's text.
KNOCKOUT_KINDS = {
    "execution_condition": r"uitvoeringsvoorwaarde",
    "registration": r"registratie|geregistreerd|ingeschreven\s+in\s+het|register\b",
    "experience": r"(?:minimaal|ten\s+minste|tenminste|minstens)\s+(?:\w+\s+){0,2}jaar\b.*"
                  r"ervaring|ervaring.*(?:minimaal|ten\s+minste|minstens)\s+\w+\s+jaar",
    "diploma": r"diploma|opleiding|afgeronde?|hbo|\bwo\b|mbo|bachelor|master|universit",
}
# Kinds of points criterion, tried in this order.
POINTS_KINDS = {
    "motivation": r"\bmotivatie\b|\bmotiveer\w*|waarom\s+(?:hij|zij|de\s+kandidaat|u)\b",
    "certificates": r"certifica|scholing|cursus|training|(?:aanvullende|relevante)\s+opleiding",
    "experience": r"ervaring",
}

# Diploma levels: the lowest one named, and every higher one, meet the requirement.
LEVEL_WORDS = {
    "wo": r"\bwo\b|wetenschappelijk\s+onderwijs|universit\w*|\bmaster\b",
    "hbo": r"\bhbo\b|hoger\s+beroepsonderwijs",
    "mbo": r"\bmbo\b|middelbaar\s+beroepsonderwijs",
}
LEVEL_ORDER = ("mbo", "hbo", "wo")
# "of een vergelijkbare (pedagogische) opleiding": a person judges comparable studies.
COMPARABLE = r"vergelijkbare?|gelijkwaardige?|verwante?"

# Families of study fields a tender may name as a whole ("een pedagogische opleiding"):
# `fields` pass, `comparable` are for a person to judge when the tender allows comparable
# studies. Keys of pipeline/lang/nl/diplomas.py FIELDS. The pedagogical family is spec K1's.
FIELD_FAMILIES = {
    "pedagogisch": {
        "words": r"pedagogische?\s+(?:opleiding|richting|studie|achtergrond)",
        "name": "pedagogische richting",
        "fields": ("pedagogiek", "orthopedagogiek", "pedagogische_wetenschappen",
                   "onderwijs_opvoedingswetenschappen", "social_work", "sph", "mwd",
                   "schoolmaatschappelijk_werk", "jeugd"),
        "comparable": ("toegepaste_psychologie", "psychologie", "pabo", "cmv",
                       "creatieve_therapie", "onderwijskunde"),
    },
    "sociaal_agogisch": {
        "words": r"sociaal[\s-]*agogische?|(?<![\w-])agogische?\s+(?:opleiding|richting)",
        "name": "sociaal-agogische richting",
        "fields": ("social_work", "sph", "mwd", "jeugd"),
        "comparable": ("pedagogiek", "orthopedagogiek", "pedagogische_wetenschappen",
                       "schoolmaatschappelijk_werk", "toegepaste_psychologie", "psychologie"),
    },
    "gedragswetenschappelijk": {
        "words": r"gedragswetenschappe\w*",
        "name": "gedragswetenschappelijke richting",
        "fields": ("orthopedagogiek", "pedagogische_wetenschappen", "psychologie",
                   "onderwijs_opvoedingswetenschappen"),
        "comparable": ("toegepaste_psychologie", "pedagogiek", "onderwijskunde"),
    },
}
# How a field is named in a reason ("richting Social Work of SPH").
FIELD_NAMES = {
    "orthopedagogiek": "orthopedagogiek",
    "pedagogische_wetenschappen": "pedagogische wetenschappen",
    "onderwijs_opvoedingswetenschappen": "onderwijs- en opvoedingswetenschappen",
    "toegepaste_psychologie": "toegepaste psychologie",
    "schoolmaatschappelijk_werk": "schoolmaatschappelijk werk", "sph": "SPH", "mwd": "MWD",
    "social_work": "Social Work", "pedagogiek": "pedagogiek", "pabo": "pabo",
    "creatieve_therapie": "creatieve therapie", "cmv": "CMV", "onderwijskunde": "onderwijskunde",
    "psychologie": "psychologie", "jeugd": "jeugd",
}

# Registration: the tender asks for the number, the expiry, validity at the start.
ASKS_NUMBER = r"nummer"
ASKS_EXPIRY = r"afloopdatum|vervaldatum|einddatum|geldig\s+tot|geldigheidsdatum|verloopdatum"
VALID_AT_START = r"(?:bij|op\s+de|per)\s+(?:aanvang|start|begin)"

# Experience: "minimaal 2 jaar", "ten minste drie jaar"; "volle punten bij 5 jaar".
MIN_YEARS = (r"(?:minimaal|ten\s+minste|tenminste|minstens)\s+(?P<years>\d+|\w+)\s+jaar")
FULL_AT_YEARS = (r"(?:volle|maximale|alle)\s+punten\s+(?:bij|vanaf)\s+(?P<years>\d+|\w+)\s+jaar|"
                 r"(?P<years2>\d+|\w+)\s+jaar\s+of\s+meer")
NUMBER_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15,
    "twintig": 20,
}

# Execution condition: who does not meet it.
ZZP_FAILS = r"niet\s+(?:wordt\s+)?voldaan[^.]*zzp|zzp[^.]*(?:niet\s+toegestaan|uitgesloten|" \
            r"voldoet\s+niet)|geen\s+zzp"
EMPLOYMENT_PASS = ("loondienst", "detachering", "payroll")

# CV requirements.
MAX_PAGES = (r"(?:maximaal|max\.?|ten\s+hoogste|niet\s+meer\s+dan)\s+(?P<pages>\d+|\w+)\s+"
             r"(?:pagina|a4)")
LANGUAGE = (r"(?:opgesteld|geschreven)\s+in\s+het\s+(?P<language>\w+)|(?P<language2>\w+)talig|"
            r"in\s+het\s+(?P<language3>\w+)\s+(?:opgesteld|geschreven)")
REFERENCES = r"(?:minimaal|ten\s+minste|minstens)\s+(?P<references>\d+|\w+)\s+referent"

# CV requirements that exclude: "cv's die niet aan de cv-eisen voldoen, worden niet beoordeeld".
CV_EXCLUDES = (r"cv[\s-]*eisen[^.]*(?:niet\s+(?:verder\s+)?(?:beoordeeld|meegenomen|"
               r"in\s+behandeling\s+genomen)|terzijde\s+gelegd|uitgesloten)")

# The shortlist and the tie-break.
SHORTLIST = (r"(?:de|maximaal)\s+(?P<size>\d+|\w+)\s+(?:best\s+scorende\s+)?kandidaten\s+"
             r"(?:die|met|worden)")
TIE_BREAK = r"gelijke\s+(?:score|eindscore|puntentotaal|stand)[^.]*"
TIE_BY_RATE = r"uurtarief|tarief|laagste\s+prijs"

# The tender's header table ("Aanvraagnummer<TAB>30175<TAB>Start<TAB>1 september 2026").
HEADER_FIELDS = {
    "id": r"aanvraagnummer|aanvraag\s*nr\.?|referentie(?:nummer)?",
    "assignment_start": r"start(?:datum)?|aanvang",
    "assignment_end": r"duur|einddatum",
    "reference_date": r"einde\s+inschrijf\w*|sluitingsdatum|deadline|reageren\s+tot",
}
# The objection period's sentence, quoted in the letters.
OBJECTION = r"[^.\n]*opschortende\s+termijn[^.\n]*\."

# Labels of the drafted criteria (the ones params.yaml uses for 30175).
LABELS = {
    "diploma": ("Diploma", None),
    "execution_condition": ("Uitvoeringsvoorwaarde", "Uitvoering"),
    "certificates": ("Certificaten", "Certif."),
    "motivation": ("Motivatie", None),
    "max_pages": "Maximaal aantal pagina's",
    "references": "Referenties",
    "language": "{name}talig",
}
