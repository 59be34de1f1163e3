"""CV section headings (Dutch, Flemish and English) mapped to the section labels of the contract.

Own list, written from the headings Dutch CV templates, detacheerder candidate profiles,
Europass and Flemish CVs use. Keys are lower case without a trailing colon; the recognizer
also accepts two headings joined by "en"/"&"/"and"/"," ("Cursussen en trainingen") and a
heading followed by a short qualifier ("Motivatie kandidaat", "Werkervaring (selectie)").
"""

from pipeline.lang.nl.motivation import MOTIVATION_HEADING

SECTION_HEADINGS = {
    # personalia
    "personalia": "personalia",
    "persoonsgegevens": "personalia",
    "persoonlijke gegevens": "personalia",
    "gegevens kandidaat": "personalia",
    "kandidaatgegevens": "personalia",
    "contact": "personalia",
    "contactgegevens": "personalia",
    "naw-gegevens": "personalia",
    "persoonlijke informatie": "personalia",
    "personal details": "personalia",
    "personal information": "personalia",
    "contact details": "personalia",
    "contact information": "personalia",
    # profiel
    "profiel": "profiel",
    "persoonlijk profiel": "profiel",
    "beroepsprofiel": "profiel",
    "over mij": "profiel",
    "wie ben ik": "profiel",
    "samenvatting": "profiel",
    "introductie": "profiel",
    "about me": "profiel",
    "profile": "profiel",
    "personal profile": "profiel",
    "summary": "profiel",
    # werkervaring
    "werkervaring": "werkervaring",
    "werkervaringen": "werkervaring",
    "ervaringen": "werkervaring",
    "werk ervaring": "werkervaring",
    "relevante werkervaring": "werkervaring",
    "overige werkervaring": "werkervaring",
    "ervaring": "werkervaring",
    "werkervaring en stages": "werkervaring",
    "loopbaan": "werkervaring",
    "loopbaanoverzicht": "werkervaring",
    "arbeidsverleden": "werkervaring",
    "arbeidservaring": "werkervaring",
    "beroepservaring": "werkervaring",
    "relevante ervaring": "werkervaring",
    "professionele ervaring": "werkervaring",
    "werkgevers": "werkervaring",
    "praktijkervaring": "werkervaring",
    "werk": "werkervaring",
    "banen": "werkervaring",
    "work experience": "werkervaring",
    "professional experience": "werkervaring",
    "relevant experience": "werkervaring",
    "experience": "werkervaring",
    "employment": "werkervaring",
    "employment history": "werkervaring",
    "work history": "werkervaring",
    "career history": "werkervaring",
    "working experience": "werkervaring",
    "relevant work experience": "werkervaring",
    "career": "werkervaring",
    # internships are listed like jobs; the roles recognizer marks them as not counting
    "stages": "werkervaring",
    "stage": "werkervaring",
    "stage-ervaring": "werkervaring",
    "stageervaring": "werkervaring",
    "internships": "werkervaring",
    # opleiding
    "opleiding": "opleiding",
    "opleidingen": "opleiding",
    "diploma's": "opleiding",
    "diploma’s": "opleiding",
    "diploma's en opleiding": "opleiding",
    "diploma’s en opleiding": "opleiding",
    "diploma's en opleidingen": "opleiding",
    "opleiding en diploma's": "opleiding",
    "genoten opleidingen": "opleiding",
    "onderwijs": "opleiding",
    "studie": "opleiding",
    "studies": "opleiding",
    "schoolloopbaan": "opleiding",
    "studieloopbaan": "opleiding",
    "onderwijsloopbaan": "opleiding",
    "opleidingsachtergrond": "opleiding",
    "opleidingstraject": "opleiding",
    "academische opleiding": "opleiding",
    "opleiding en vorming": "opleiding",
    "vooropleiding": "opleiding",
    "vooropleidingen": "opleiding",
    "genoten onderwijs": "opleiding",
    "educatie": "opleiding",
    "diploma": "opleiding",
    "qualifications": "opleiding",
    "academic background": "opleiding",
    "education": "opleiding",
    "education and training": "opleiding",
    # cursussen
    "cursussen": "cursussen",
    "cursus": "cursussen",
    "trainingen": "cursussen",
    "training": "cursussen",
    "scholing": "cursussen",
    "aanvullende scholing": "cursussen",
    "bijscholing": "cursussen",
    "nascholing": "cursussen",
    "bij- en nascholing": "cursussen",
    "persoonlijke ontwikkeling": "cursussen",
    "professionele ontwikkeling": "cursussen",
    "deskundigheidsbevordering": "cursussen",
    "vorming en bijscholing": "cursussen",
    "certificaten": "cursussen",
    "certificaat": "cursussen",  # a form's group: "Certificaat 1 - Naam: ..."
    "certificeringen": "cursussen",
    "courses": "cursussen",
    "certificates": "cursussen",
    "certifications": "cursussen",
    "trainings": "cursussen",
    # vaardigheden
    "vaardigheden": "vaardigheden",
    "competenties": "vaardigheden",
    "specialisaties": "vaardigheden",
    "expertise": "vaardigheden",
    "deskundigheid": "vaardigheden",
    "kerncompetenties": "vaardigheden",
    "kwaliteiten": "vaardigheden",
    "eigenschappen": "vaardigheden",
    "persoonlijke eigenschappen": "vaardigheden",
    "kennis en vaardigheden": "vaardigheden",
    "software": "vaardigheden",
    "ict": "vaardigheden",
    "sterke punten": "vaardigheden",
    "methodieken": "vaardigheden",
    "systemen": "vaardigheden",
    "digitaal": "vaardigheden",
    "digitale vaardigheden": "vaardigheden",
    "computervaardigheden": "vaardigheden",
    "ict-vaardigheden": "vaardigheden",
    "skills": "vaardigheden",
    "digital skills": "vaardigheden",
    "competences": "vaardigheden",
    # talen
    "talen": "talen",
    "talenkennis": "talen",
    "taalvaardigheid": "talen",
    "taalvaardigheden": "talen",
    "languages": "talen",
    "language skills": "talen",
    # referenties
    "referenties": "referenties",
    "referentie": "referenties",
    "references": "referenties",
    "reference": "referenties",
    "referees": "referenties",
    "referenten": "referenties",
    "contactpersonen": "referenties",
    # motivatie
    "motivatie": "motivatie",
    "persoonlijke motivatie": "motivatie",
    "motivatiebrief": "motivatie",
    "sollicitatiebrief": "motivatie",
    "waarom ik": "motivatie",
    "waarom ik?": "motivatie",
    "motivation": "motivatie",
    "why me": "motivatie",
    "why this assignment": "motivatie",
    "why this role": "motivatie",
    "cover letter": "motivatie",
    # nevenactiviteiten
    "nevenactiviteiten": "nevenactiviteiten",
    "nevenfuncties": "nevenactiviteiten",
    "vrijwilligerswerk": "nevenactiviteiten",
    "vrijwillige activiteiten": "nevenactiviteiten",
    "maatschappelijke activiteiten": "nevenactiviteiten",
    "extra activiteiten": "nevenactiviteiten",
    "volunteer work": "nevenactiviteiten",
    "volunteering": "nevenactiviteiten",
    "volunteer experience": "nevenactiviteiten",
    "volunteer activities": "nevenactiviteiten",
    "extracurricular activities": "nevenactiviteiten",
    # hobbys
    "hobby's": "hobbys",
    "hobby’s": "hobbys",
    "hobbys": "hobbys",
    "hobby": "hobbys",
    "interesses": "hobbys",
    "vrije tijd": "hobbys",
    "hobbies": "hobbys",
    "interests": "hobbys",
    # overig
    "overig": "overig",
    "overige": "overig",
    "overige informatie": "overig",
    "aanvullende informatie": "overig",
    "beroepsregistratie": "overig",
    "beschikbaarheid": "overig",
    "lidmaatschappen": "overig",
    "registraties": "overig",
    "registratie": "overig",
    "bijzonderheden": "overig",
    "publicaties": "overig",
    "additional information": "overig",
    "professional registration": "overig",
    "driving licence": "overig",
}

# Freely worded headings of a courses section ("Gevolgde cursussen en trainingen (selectie)").
_COURSE_WORD = (
    r"(?:cursussen|cursus|trainingen|training|certificaten|certificeringen|certificering|"
    r"scholing|bijscholing|nascholing|bij-\s*en\s*nascholing|workshops|vorming|"
    r"deskundigheidsbevordering|professionele\s+ontwikkeling|courses|trainings|certificates|"
    r"certifications|professional\s+development)"
)
COURSES_HEADING = (
    r"(?:(?:relevante|gevolgde|aanvullende|overige|behaalde|recente|extra|additional|relevant)"
    rf"\s+)?{_COURSE_WORD}(?:\s*(?:en|&|/|,|and|\+)\s*{_COURSE_WORD})*(?:\s*\([^)]*\))?|"
    r"aanvullende\s+opleidingen"
)

# Freely worded headings of an education section ("Opleidingen en diploma's").
EDUCATION_HEADING = (
    r"(?:opleiding(?:en)?|studies?|schoolloopbaan|studieloopbaan|vooropleiding(?:en)?|"
    r"opleidingen?\s*(?:en|&)\s*(?:diploma[’'`]?s|cursussen|trainingen|"
    r"certificaten|onderwijs)|diploma[’'`]?s(?:\s*(?:en|&)\s*(?:opleidingen?|certificaten))?|"
    r"genoten\s+onderwijs|onderwijs\s*(?:en|&)\s*opleidingen?|opleidingsachtergrond|"
    r"education(?:\s*(?:and|&)\s*(?:training|qualifications))?|qualifications|"
    r"academic\s+background)"
)

# Headings of a references section.
REFERENCES_HEADING = r"(?:referenties?|referenten|contactpersonen|references?|referees)"

# Sections whose headings are worded freely: (label, pattern matched against the whole heading
# key). Tried only on a short stand-alone line, after the fixed headings above.
HEADING_PATTERNS = (
    ("motivatie", MOTIVATION_HEADING),
    ("cursussen", COURSES_HEADING),
    ("opleiding", EDUCATION_HEADING),
    ("referenties", REFERENCES_HEADING),
    # work experience split by field: "Werkervaring onderwijs", "Ervaring in de jeugdhulp",
    # "Relevante werkervaring jeugdhulp", "Onderwijservaring", "Loopbaan binnen het onderwijs"
    ("werkervaring",
     r"(?:(?:relevante|overige|eerdere|aanvullende|recente)\s+)?"
     r"(?:(?:werk|beroeps|arbeids|onderwijs|praktijk|jeugdhulp|jeugdzorg|zorg)?ervaring(?:en)?|"
     r"werkervaring|loopbaan)"
     r"(?:\s+(?:in|binnen|bij)\s+(?:het|de)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|"
     r"\s+(?:onderwijs|jeugdhulp|jeugdzorg|hulpverlening|zorg|ggz|jeugd|welzijn|"
     r"passend\s+onderwijs|jeugd\s*(?:en|&)\s*onderwijs))?(?:\s*\([^)]*\))?"),
)

# Headings too common as ordinary words to open a section when followed by ": text" on the
# same line ("Ervaring: 10 jaar", "Contact: 06-...") or by a qualifier; they must stand alone.
STANDALONE_ONLY = (
    "ervaring", "contact", "onderwijs", "studie", "training", "cursus", "systemen", "digitaal",
    "experience", "employment", "career", "summary", "overige", "overig", "hobby", "stage",
    "stages", "werk", "software", "ict", "referentie", "diploma", "studies", "educatie",
    "reference", "registratie", "expertise", "specialisaties", "deskundigheid", "bijzonderheden",
)

# Words joining two headings into one ("Cursussen en trainingen", "Vaardigheden & talen").
HEADING_JOINERS = ("en", "&", "and", ",", "+", "/")
# A joined heading takes its first part's label, unless a part has one of these: "Profiel en
# motivatie" holds the motivation the tender scores.
JOINED_FIRST = ("motivatie",)

# Short qualifiers after a heading that keep it a heading ("Motivatie kandidaat").
HEADING_QUALIFIERS = (
    "kandidaat", "voor deze opdracht", "voor deze functie", "voor deze aanvraag",
    "in het kort", "(selectie)", "(relevant)",
)

# Words that make the text before the first heading personal data rather than a title page.
CONTACT_CUES = (
    r"@", r"\btel(?:efoon)?\b", r"\bgsm\b", r"\bmobiel\b", r"\bphone\b", r"\be-?mail\b",
    r"\bgeboren\b", r"\bgeboortedatum\b", r"\bwoonplaats\b", r"\badres\b", r"\baddress\b",
    r"\b0\d[\d\s-]{8,}", r"\+\d{2}\s?\(?\d", r"\b\d{4}\s?[A-Z]{2}\b",
)
