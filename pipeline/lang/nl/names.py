"""Words for reading the candidate's name from the top of a CV.

Own lists: Dutch name particles (tussenvoegsels, also Arabic/Belgian ones seen in Dutch
names), labels that introduce a name, and words of title lines that are not a name.
"""

# Letters of names as Dutch CVs write them: Latin with the accents of Dutch, Turkish, Polish,
# Czech and other names ("Aylın Yıldırım", "Barış Şahin", "Łukasz"): Latin-1 and Latin
# Extended-A. As regex character-class ranges; Extended-A mixes cases, so CAPITALS admits its
# small letters too and a name word's case is checked with str.isupper where it matters.
LETTERS = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſ"
SMALL_LETTERS = "a-zß-öø-ÿĀ-ſ"

# Lower-case particles that stand inside a name ("Anouk de Boer", "Samira El Idrissi").
NAME_PARTICLES = (
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "onder", "uit", "von",
    "vd", "v.d.", "da", "di", "du", "dos", "del", "la", "le", "el", "al", "ben", "bin", "ibn",
    "abu", "ait", "ou", "mc", "mac",
)

# Labels before the name ("Naam: ...", "Naam kandidaat ...").
NAME_LABELS = (
    r"(?i:^(?:volledige\s+)?naam(?:\s+kandidaat|\s+van\s+de\s+kandidaat)?|^kandidaat(?:naam)?|"
    r"^(?:full\s+)?name|^voor-?\s*en\s+achternaam)\s*[:|]?\s+"
)

# Labels of the name's two halves ("Voornaam: Lotte", "Achternaam: de Kok").
FIRST_NAME_LABEL = r"(?i:^(?:voornaam|roepnaam|voornamen|first\s+name|given\s+name)\s*[:|]?\s+)"
LAST_NAME_LABEL = r"(?i:^(?:achternaam|familienaam|surname|last\s+name|family\s+name)\s*[:|]?\s+)"

# Labels of other people's names on an agency profile ("Contactpersoon: Jan Bakker").
OTHER_PERSON_LABELS = (
    r"(?i:\b(?:contactpersoon|contact\s+persoon|consultant|recruiter|intercedent|"
    r"accountmanager|account\s+manager|opgesteld\s+door|behandeld\s+door|aangeboden\s+door|"
    r"bemiddelaar|referent|referentie|leidinggevende|prepared\s+by)\b[^:|]*[:|])"
)

# Words around a name on a title line, removed before the name is read.
TITLE_WORDS = (
    r"(?i:\bcurriculum\s+vitae\b|\bcurriculum\b|\bvitae\b|\bcv\b|\bresum[eé]\b|\bkandidaatprofiel\b|"
    r"\bprofiel\b|\bprofile\b|\bpersonalia\b|"
    # academic titles before or after a name ("Drs. Lotte de Kok MSc")
    r"(?<![\w.])(?:drs|dr|mr|ir|ing|prof)\.(?!\w)|\b(?:bsc|msc|mba|llm)\b)|\b(?:MA|BA|MEd)\b"
)

# Words that never stand in a person's name: CV headings, agency and organisation words.
NOT_NAME_WORDS = frozenset((
    "curriculum", "vitae", "cv", "profiel", "profile", "personalia", "kandidaatprofiel",
    "werkervaring", "ervaring", "experience", "work", "opleiding", "opleidingen", "education",
    "cursussen", "trainingen", "certificaten", "vaardigheden", "skills", "talen", "languages",
    "referenties", "references", "motivatie", "motivation", "contact", "over", "mij", "about",
    "me", "gegevens", "persoonlijke", "personal", "details", "hobby's", "interesses",
    "competenties", "kerncompetenties", "samenvatting", "summary", "overig", "foto", "pasfoto",
    "photo", "detachering", "b.v.", "bv", "groep", "group", "jeugdhulp", "jeugdzorg",
    "stichting", "gemeente", "aanvraag", "tender", "opdracht", "vertrouwelijk", "beschikbaar",
    "woonplaats", "adres", "telefoon", "e-mail", "email", "geboortedatum", "rijbewijs",
    "nationaliteit", "sbo", "obs", "hbo", "wo", "mbo", "skj", "skj-registratie", "registratie",
    "nederland", "nederlands", "english", "pagina", "page", "date", "birth",
    "samenwerkingsverband", "hogeschool", "universiteit", "college", "lyceum", "school",
    "basisschool", "academie", "instituut", "praktijk", "centrum",
    # labels of agency and job-board profiles ("Gewenste Functie", "Zoekprofiel")
    "gewenste", "functie", "zoekprofiel", "beschikbaarheid", "regio", "uren", "kandidaat",
    "desired", "position", "availability",
))

# Word endings of job titles ("Ambulant Begeleider", "Jeugdconsulent") that are not names.
JOB_TITLE_ENDINGS = (
    "begeleider", "verlener", "pedagoog", "pedagoge", "werker", "consulent", "coach",
    "therapeut", "psycholoog", "leider", "assistent", "docent", "kracht", "medewerker",
    "professional", "coördinator", "coordinator", "specialist", "adviseur", "manager",
    "leerkracht", "ondersteuner", "orthopedagoog", "orthopedagoge", "jeugd", "onderwijs",
    "hulp", "zorg", "teacher", "worker", "wetenschapper", "opvoeder", "trainer", "therapeute",
)

# Words of job titles that are not endings ("Senior Ambulant Begeleider").
JOB_TITLE_WORDS = frozenset((
    "ambulant", "ambulante", "pedagogisch", "pedagogische", "sociaal", "sociale", "senior",
    "junior", "intern", "maatschappelijk", "gedragsdeskundige", "ib'er", "social", "youth",
))
