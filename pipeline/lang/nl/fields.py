"""Labels of label/value forms, as werk.nl, ATS exports and agency templates write them.

Own lists, from Dutch and English CV forms ("Opleiding: HBO Pedagogiek · Diploma behaald: Nee",
"Functie | Ambulant begeleider", "Startdatum: 01-03-2019"). A label maps to the field it
fills; labels are compared in lower case without a trailing colon.
"""

FIELD_LABELS = {
    "study": (
        "opleiding", "opleidingsnaam", "naam opleiding", "studie", "studierichting",
        "opleiding/studie", "education", "study", "degree", "programme", "program",
    ),
    "level": ("niveau", "opleidingsniveau", "onderwijsniveau", "level", "education level"),
    "completed": (
        "diploma behaald", "diploma ontvangen", "behaald", "afgerond", "gediplomeerd",
        "diploma", "certificaat behaald", "graduated", "completed", "degree obtained",
    ),
    "institution": (
        "opleidingsinstituut", "instituut", "onderwijsinstelling", "opleidingsinstelling",
        "school", "hogeschool", "universiteit", "instelling", "institution", "institute",
        "university", "school/instelling",
    ),
    "year": ("jaar", "year", "jaar diploma", "diplomajaar", "afstudeerjaar", "jaar van afstuderen",
             "year of graduation", "graduation year"),
    "period": ("periode", "period", "looptijd", "duur", "dates", "datum", "data"),
    "start": ("startdatum", "begindatum", "datum in dienst", "in dienst", "start date",
              "from", "vanaf"),
    "end": ("einddatum", "datum uit dienst", "uit dienst", "end date", "to", "tot en met"),
    "title": ("functie", "functietitel", "functienaam", "beroep", "rol", "positie", "job title",
              "position", "title", "functie of positie"),
    "employer": ("werkgever", "naam werkgever", "organisatie", "bedrijf", "opdrachtgever",
                 "employer", "organisation", "organization", "company"),
    "description": ("werkzaamheden", "taken", "omschrijving", "toelichting", "beschrijving",
                    "taken en verantwoordelijkheden", "description", "duties", "tasks"),
    "place": ("plaats", "locatie", "woonplaats", "location", "city"),
    "kind": ("soort", "type", "soort dienstverband", "dienstverband", "contract"),
    "status": ("status", "resultaat", "result"),
    "course": ("cursus", "training", "cursus/training", "certificaat", "certificering",
               "course", "certificate"),
    "reference": ("referentie", "referent", "reference", "referee", "contactpersoon"),
}

# Answers to a yes/no field ("Diploma behaald: Nee", "Afgerond | ja").
YES_WORDS = ("ja", "yes", "j", "y", "✓", "✔", "behaald", "afgerond", "true")
NO_WORDS = ("nee", "no", "n", "neen", "✗", "✘", "niet behaald", "niet afgerond", "false")

# A form line that names its group and entry before the label, as ATS exports write every
# field ("Opleiding 1 - Niveau: HBO", "Werkervaring 2 – Werkgever: Triversum").
FORM_PREFIX = r"^(?P<group>[^\W\d_][^\d:|\n]{1,30}?)\s+(?P<number>\d{1,2})\s*[-–—.]\s+"
# On a line, a label and its colon follow the prefix ("Triple P level 3 - Trimbos" is a course).
FORM_LABEL_AHEAD = r"(?=[^\W\d][^:\n]{0,39}:)"
# A label that names the group's own subject ("Opleiding 1 - Naam: Pedagogiek" is the study,
# "Referentie 2 - Naam: Erik Zwaan" the reference).
NAME_LABELS = ("naam", "name", "omschrijving kort", "titel", "title")

# A line that only numbers the next entry of a form ("Opleiding 2", "Werkervaring 1").
NUMBERED_ENTRY = r"(?i:^(?:opleiding|werkervaring|ervaring|functie|cursus|referentie|"
NUMBERED_ENTRY += r"education|experience|position)\s*\d{1,2}\s*:?$)"
