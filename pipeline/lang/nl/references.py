"""Words of a CV's references part (spec: at least 2 named persons with a role or contact).

Own lists, written from Dutch and English reference lines ("Mw. J. Bakker, teamleider ...",
"Dhr. P. de Vries – intern begeleider ...", "Ms Jane Doe, team leader ...").
"""

# "Referenties op aanvraag (beschikbaar)": no named person, counted as 0.
ON_REQUEST = (
    r"(?i:referenties?\s+(?:zijn\s+|worden\s+|kunnen\s+)?(?:beschikbaar\s+)?"
    r"(?:op\s+(?:aan)?vraag|op\s+verzoek|desgewenst|na\s+overleg)|"
    r"(?:op\s+(?:aan)?vraag|op\s+verzoek)\s+(?:zijn\s+)?referenties|"
    r"references?\s+(?:are\s+)?(?:available\s+)?(?:up)?on\s+request)"
)

# The same said inside a references section, where the word "referenties" is the heading
# ("Op verzoek beschikbaar", "Kunnen worden opgevraagd", "Available upon request").
ON_REQUEST_IN_SECTION = (
    r"(?i:\b(?:op|na)\s+(?:aan)?vraag\b|\bop\s+verzoek\b|\bopvraagbaar\b|\bop\s+te\s+vragen\b|"
    r"\bopgevraagd\b|\bdesgewenst\b|\b(?:up)?on\s+request\b)"
)

# Titles and forms of address that open a person's name.
HONORIFICS = (
    "Mevrouw", "Mevr.", "Mevr", "Mw.", "Mw", "Mej.", "De heer", "Dhr.", "Dhr", "Heer",
    "Meneer", "Drs.", "Dr.", "Ir.", "Ing.", "Prof.", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
    "Miss", "Dr",
    # neighbouring countries' referees: border-region CVs name them as they are addressed
    "Frau", "Herr", "Madame", "Monsieur", "Mme",
)

# Lower-case name particles (tussenvoegsels) that may stand inside a name.
NAME_PARTICLES = (
    "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "von", "da", "du",
    "la", "le", "el", "al", "ben", "bin", "dos", "del", "di",
)

# A line prefix that numbers references ("Referentie 1", "Reference 2", "1.").
ENTRY_PREFIX = (
    r"^(?:(?:referentie|reference|referent|contactpersoon|naam|name)\s*\d*\s*[:.)|-]?\s*|"
    r"\d{1,2}[.)]\s+)"
)

# Words that make a capitalised line a role or an organisation rather than a name.
ROLE_OR_ORG_WORDS = (
    "teamleider", "teammanager", "teamcoach", "manager", "coördinator", "coordinator",
    "directeur", "director", "begeleider", "gedragswetenschapper", "orthopedagoog", "psycholoog",
    "leidinggevende", "leerkracht", "docent", "intern", "ib", "ib'er", "jeugdconsulent",
    "consulent", "werkbegeleider", "praktijkbegeleider", "locatiemanager", "afdelingshoofd",
    "bestuurder", "adviseur", "pedagoog", "team", "leader", "head", "supervisor", "coach",
    "stichting", "gemeente", "school", "basisschool", "obs", "cbs", "sbo", "so", "hogeschool",
    "samenwerkingsverband", "jeugdhulp", "kinderopvang", "b.v.", "bv", "detachering", "naam",
    "functie", "organisatie", "contact", "telefoon", "e-mail", "email", "name", "position",
    "phone", "relatie", "werkgever", "onderwijs", "passend", "primair", "zorg", "ggz",
    "praktijk", "welzijn", "jeugdzorg", "instelling", "kinderdagverblijf", "academie",
    "collega", "stagebegeleider", "opdrachtgever",
)
