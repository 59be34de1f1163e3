"""Diploma vocabularies: study fields, level words, completion words and foreign markers.

Own lists, written for tender 30175 (spec K1) from how Dutch (and Flemish, and English-language)
CVs name their studies. Field keys are the keys `params.yaml` uses under
knockouts.diploma.accepted_fields / review_fields; params decide which class a key is in.
Patterns are regular expressions, matched case-insensitively unless they say otherwise.
"""

# Study field -> name patterns. Tried in this order, the first hit in an entry wins, so the
# specific names come before the general ones (orthopedagogiek before pedagogiek,
# toegepaste psychologie before psychologie, schoolmaatschappelijk werk before social work).
FIELDS = {
    "orthopedagogiek": (
        r"ortho[\s-]?pedago(?:giek|gie|gy|gics)",
    ),
    "pedagogische_wetenschappen": (
        r"pedagogische\s+wetenschappen", r"(?:educational|pedagogical)\s+sciences?",
        r"pedagogiek\s*\(\s*wo\s*\)", r"child\s+development\s+and\s+education",
    ),
    "onderwijs_opvoedingswetenschappen": (
        r"onderwijs[\s-]+en\s+opvoedingswetenschap\w*", r"opvoedingswetenschap\w*",
        r"education\s+and\s+child\s+studies", r"child\s+(?:and\s+family\s+)?studies",
        r"onderwijs[\s-]+en\s+opvoedkunde",
    ),
    "toegepaste_psychologie": (
        r"toegepaste\s+psychologie", r"applied\s+psychology",
    ),
    "schoolmaatschappelijk_werk": (
        r"school\s?maatschappelijk\s+werk\w*", r"school\s+social\s+work",
    ),
    "sph": (
        r"sociaal[\s-]+pedagogische\s+hulpverlening", r"(?<![\w-])SPH(?![\w-])",
        r"social\s+pedagogical\s+(?:care|work|assistance)",
    ),
    "mwd": (
        r"maatschappelijk\s+werk\s+(?:en|&)\s+dienstverlening", r"(?<![\w-])MWD(?![\w-])",
        r"(?<![\w-])(?:hbo[\s-]+)?maatschappelijk\s+werk(?!er)",
    ),
    "social_work": (
        r"social\s+work(?!er)", r"(?<![\w-])sociaal\s+werk(?!er)",
    ),
    "pedagogiek": (
        r"(?<![\w-])pedagogiek", r"(?<![\w-])pedagogie(?![\w])", r"(?<![\w-])pedagogy",
        r"(?<![\w-])pedagogics", r"(?<![\w-])pedagogical\s+studies",
        r"(?<![\w-])(?:leraar|lerarenopleiding)\s+pedagogiek",
    ),
    "pabo": (
        r"(?<![\w-])pabo(?![\w])", r"leraar\s+basisonderwijs", r"lerarenopleiding\s+basisonderwijs",
        r"primary\s+(?:school\s+)?(?:teacher|education)\s+(?:training|teaching)",
        r"bachelor\s+of\s+education\s+in\s+primary",
    ),
    "creatieve_therapie": (
        r"creatieve\s+therapie", r"vaktherap\w*", r"creative\s+(?:arts\s+)?therapy",
        r"(?:muziek|beeldende|drama|dans)therapie",
    ),
    "cmv": (
        r"culturele\s+(?:en|&)\s+maatschappelijke\s+vorming", r"(?<![\w-])CMV(?![\w-])",
    ),
    "onderwijskunde": (
        r"onderwijskunde", r"educational\s+(?:studies|science)", r"onderwijswetenschappen",
    ),
    "psychologie": (
        r"\w*psychologie", r"\w*psychology", r"(?<![\w-])psycholoog",
    ),
    # A youth study, when no field above named the study.
    "jeugd": (
        r"jeugdzorg", r"youth\s+(?:studies|care|work)", r"jeugd\s*(?:&|en)\s*opvoeding",
        r"jeugdwerk", r"kind\s+en\s+jeugd",
    ),
}

# A level word joined to the study's name by a hyphen ("HBO-SPH", "hbo-pedagogiek",
# "WO-master"): the hyphen is read as a space when naming the field.
LEVEL_HYPHEN = r"(?i)(?<![\w-])(?:hbo|wo|mbo|bachelor|master|ba|ma)-(?=[^\W\d_])"

# Studies at hbo/wo level outside the pedagogical field (spec K1 "unrelated").
UNRELATED_FIELDS = (
    r"verpleegkunde", r"(?<![\w-])hbo-v(?![\w])", r"nursing", r"bedrijfskunde",
    r"business\s+administration",
    r"bedrijfseconomie", r"(?:commerciële|algemene)?\s*economie", r"economics", r"accountancy",
    r"(?<![\w-])HRM(?![\w-])", r"human\s+resource", r"personeel\s+(?:en|&)\s+arbeid",
    r"communicatie(?:wetenschap)?", r"communication", r"journalistiek", r"marketing",
    r"(?:hbo[\s-])?rechten", r"rechtsgeleerdheid", r"(?<![\w-])law(?![\w-])",
    r"informatica", r"(?<![\w-])ICT(?![\w-])", r"computer\s+science", r"bouwkunde",
    r"werktuigbouwkunde", r"elektrotechniek", r"civiele\s+techniek", r"logistiek",
    r"fysiotherapie", r"ergotherapie", r"logopedie", r"geneeskunde", r"medicine",
    r"biologie", r"scheikunde", r"natuurkunde", r"wiskunde", r"geschiedenis", r"bestuurskunde",
    r"facility\s+management", r"hotelschool", r"toerisme", r"tourism", r"vastgoed",
    r"finance", r"international\s+business", r"sportkunde", r"voeding\s+en\s+di[eë]tetiek",
    r"mondzorgkunde", r"verloskunde", r"farmacie", r"architectuur", r"kunstacademie",
)

# Level words, most explicit first. Each entry: (level, pattern). "explicit" words name the
# level itself, "institution" words name a school of that level, "degree" words a degree.
EXPLICIT_LEVELS = (
    ("wo", r"(?<![\w-])WO(?![\w])"),  # upper case only: lower-case "wo" is also woensdag
    ("wo", r"(?i:(?<![\w-])wo[\s-]+(?:bachelor|master|opleiding|niveau)|\(wo\))"),
    ("wo", r"(?i:academische\s+(?:bachelor|master)|academic\s+(?:bachelor|master))"),
    ("hbo", r"(?i:(?<![\w-])(?<!post-)(?<!post\s)hbo(?![\w]))"),
    ("hbo", r"(?i:professionele\s+bachelor|professional\s+bachelor)"),
    ("mbo", r"(?i:(?<![\w-])mbo(?![\w]))"),
    ("vwo", r"(?i:(?<![\w-])vwo(?![\w])|pre[\s-]university|atheneum(?!\s+college))"),
    ("havo", r"(?i:(?<![\w-])havo(?![\w])|senior\s+general\s+secondary)"),
    ("vmbo", r"(?i:(?<![\w-])(?:vmbo|mavo)(?![\w])|pre[\s-]vocational)"),
    ("other", r"(?i:secundair\s+onderwijs|middelbare\s+school|high\s+school|abitur|a[\s-]levels|"
              r"gymnasium\s+diploma)|(?<![\w-])[AKT]SO(?![\w])"),
)
# A qualification level that alone does not name a study ("Triple P niveau 4" is a course).
LEVEL_HINTS = (
    ("mbo", r"(?i:\bniveau\s*[1-4]\b|\blevel\s*[1-4]\b)"),
)
INSTITUTION_LEVELS = (
    ("hbo", r"(?i:university\s+of\s+applied\s+sciences|hogeschool|hogescholen|"
            r"\bhanzehogeschool|\bwindesheim|\binholland|\bfontys|\bsaxion|\bavans|"
            r"(?<![\w-])HAN(?![\w-])|(?<![\w-])HvA(?![\w-])|hogeschool\s+van|\bnhl\s+stenden|"
            r"\bzuyd\b|\bhz\s+university|\bthomas\s+more|\bodisee|\bvives\b|\bhowest\b|"
            r"\bucll\b|\bpxl\b|\bartevelde|\bkarel\s+de\s+grote|\bhogent\b|\bcodarts|"
            r"\bacademie\b|\bacademy\b)"),
    ("wo", r"(?i:universiteit|(?<![\w-])university|\bVU\b|\bUvA\b|\bRUG\b|\bKU\s+Leuven|"
           r"\berasmus\s+universiteit|\bradboud|open\s+universiteit)"),
    ("mbo", r"(?i:(?<![\w-])ROC(?![\w-])|regionaal\s+opleidingen\s*centrum|mbo[\s-]college|"
            r"\bvakschool\b|\bdeltion\b|\balbeda\b|\bzadkine\b|\bgraafschap\s+college\b|"
            r"\bnoorderpoort\b|\bkoning\s+willem\s+i\s+college\b|\bhorizon\s+college\b)"),
)
DEGREE_LEVELS = (
    ("wo", r"(?<![\w-])(?:(?i:master)|MSc|M\.Sc\.?|MA|M\.A\.|MEd|(?i:drs\.))(?![\w])"),
    ("hbo", r"(?<![\w-])(?:(?i:bachelor)|BSc|B\.Sc\.?|BA|B\.A\.|BEd|B\.Ed\.?|BSW)(?![\w])"),
)
# The subject a degree is "of" ("Bachelor of Education", "Master of Arts"): part of the degree's
# name, not a study of its own.
DEGREE_OF = r"\b(?:of|in)\s+[A-Z]\w*(?:\s+(?:(?:and|&)\s+)?[A-Z]\w*)*"
# Studies taught at one level only: the study's name says the level when nothing else does
# ("PABO (Leraar Basisonderwijs)" over "iPabo Amsterdam"). Only studies whose field K1 sends to a
# person anyway, so that a level read from a name alone never passes anyone.
FIELD_LEVELS = (
    ("hbo", r"(?i:(?<![\w-])pabo(?![\w])|leraar\s+basisonderwijs|lerarenopleiding\s+basisonderwijs|"
            r"toegepaste\s+psychologie)"),
)
# Not a diploma level of its own: an associate degree is hbo level 5, not a bachelor.
ASSOCIATE_DEGREE = r"(?i:associate\s+degree|(?<![\w-])Ad(?=\s+[A-Z]))"

# Words that introduce a school rather than a study (split off the study's name).
INSTITUTION_WORDS = (
    r"(?i:university\s+of\s+applied\s+sciences|\w*hogeschool\w*|\w*hochschule|"
    r"(?<![\w-])universi(?:teit|ty|dad|dade|tà|tät|té|tet)\w*|"
    r"(?<![\w-])ROC(?![\w-])|\w*college\b|\w*lyceum\b|\w*gymnasium\b|\bscholengemeenschap\b|"
    r"\bsg\.|\bcsg\b|\bacademie\b|\bacademy\b|\binstituut\b|\binstitute\b|\bschool\b|"
    r"\bwindesheim|\binholland|\bfontys|\bsaxion|\bavans|(?<![\w-])HAN(?![\w-])|\bartevelde|"
    r"\bKU\s+Leuven\b|\bvzw\b|\bhowest\b|\bodisee\b|\bucll\b|\bpxl\b|\bhogent\b|\bnhl\s+stenden)"
)

# The study did not end in a diploma (spec K1 fail words), or has not ended yet.
# The study was stopped without a diploma (spec K1 fail words): decisive on their own.
STOPPED = (
    r"niet\s+(?:afgerond|afgemaakt|voltooid|behaald)", r"\bgestopt\b", r"\bafgebroken\b",
    r"\bgestaakt\b", r"\bnot\s+(?:completed|finished)\b", r"\bdiscontinued\b",
    r"\bzonder\s+diploma\b", r"\bgeen\s+diploma\b",
    r"\b(?:diploma|behaald|afgerond)\s*:\s*(?:nee|no)\b",
)
# The study is still running. These words also turn up in a thesis title or a description
# ("de huidige aanpak"), so they do not outweigh a period that ended before the reference
# year: then completion is unknown and a person checks.
RUNNING = (
    r"\bverwacht\w*\b", r"nog\s+bezig", r"\bbezig\b", r"\blopend\w*\b",
    r"\bin\s+opleiding\b", r"\bmomenteel\b", r"\bhuidig\w*\b", r"\bafronding\s+(?:in|naar)\b",
    r"\bafstuderen\s+in\b", r"\bstudeer\s+(?:nu|momenteel)\b", r"\bvolg\s+ik\b",
    r"\bongoing\b", r"\bin\s+progress\b", r"\bexpected\b", r"\bcurrently\b",
    r"\buntil\s+now\b", r"\bscriptiefase\b",
)
# Only the first year(s) were completed: not a diploma unless "diploma behaald" is said too.
PROPEDEUSE = (
    r"\b(?:propedeuse\w*|propaedeutic\w*|first[\s-]year\s+certificate|"
    r"(?:\d(?:e|de|ste)?|eerste|tweede|derde|vierde)\s+(?:studie)?jaar|"
    r"(?:first|second|third)\s+year)"
    r"(?:\W+(?:\w+\W+)?(?:behaald|gehaald|afgerond|gevolgd|obtained|completed)\b)?"
)
# A period that runs on to the reference date.
OPEN_END = r"(?:[-–—]|t/m|tot|to|until)\s*(?:heden|nu|present|current|now|today|dato)\b"
# Completed: a diploma or degree obtained.
COMPLETED = (
    r"diploma\s+(?:behaald|ontvangen|uitgereikt)", r"\bbehaald\b", r"\bafgestudeerd\b",
    r"\bgediplomeerd\b", r"\bafgerond\b", r"\bgetuigschrift\b", r"\bcum\s+laude\b",
    r"\bmet\s+onderscheiding\b", r"\b(?:degree|diploma)\s+(?:obtained|awarded|received)\b",
    r"\bgraduated\b", r"\bcompleted\b", r"\bobtained\b",
    r"\b(?:diploma|behaald|afgerond)\s*:\s*(?:ja|yes|✓|v)\b",
)
# A study that is only planned: not a diploma at all.
PLANNED = (
    r"\bga\s+(?:ik\s+)?(?:starten|beginnen)\b", r"\bwil\s+(?:ik\s+)?(?:starten|beginnen|gaan)\b",
    r"\bvan\s+plan\b", r"\bgepland\b", r"\bstart\s+(?:in|per|vanaf)\b",
    r"\bingeschreven\s+voor\b", r"\baangemeld\s+voor\b", r"\bplanned\b",
    r"\bplan\s+to\s+(?:start|begin|enrol)\b", r"\bwill\s+start\b",
    r"\bhoop\s+.{0,30}te\s+starten\b",
)

# Marks of a diploma from abroad: the school, the country or the foreign degree's wording.
FOREIGN_MARKERS = (
    r"belgi[eë]", r"belgisch\w*", r"vlaander\w*", r"vlaams\w*", r"\(B\)",
    r"\bgent\b", r"\bantwerpen\b", r"\bleuven\b", r"\bbrussel\b", r"\bbrugge\b", r"\bmechelen\b",
    r"\bhasselt\b", r"\bkortrijk\b", r"\bghent\b", r"\bantwerp\b", r"\bbrussels\b",
    r"\bparamaribo\b", r"\bwillemstad\b", r"\bartevelde\b", r"\bKU\s+Leuven\b", r"\bhogent\b",
    r"\bthomas\s+more\b", r"\bodisee\b", r"\bvives\b", r"\bhowest\b", r"\bucll\b", r"\bpxl\b",
    r"\bkarel\s+de\s+grote\b", r"professionele\s+bachelor", r"\bgetuigschrift\b",
    r"\bbachelorproef\b", r"\bsecundair\s+onderwijs\b",
    r"\bduitsland\b", r"\bgermany\b", r"\bdeutschland\b", r"\bfrankrijk\b", r"\bfrance\b",
    r"\bspanje\b", r"\bspain\b", r"\bitali[eë]\b", r"\bitaly\b", r"\bpolen\b", r"\bpoland\b",
    r"\bturkije\b", r"\bturkey\b", r"\bmarokko\b", r"\bmorocco\b", r"\bsuriname\b",
    r"\bcura[cç]ao\b", r"\baruba\b", r"\bengeland\b", r"\bengland\b", r"\bunited\s+kingdom\b",
    r"\bverenigd\s+koninkrijk\b", r"\bierland\b", r"\bireland\b", r"\bzweden\b", r"\bsweden\b",
    r"\bnoorwegen\b", r"\bdenemarken\b", r"\bportugal\b", r"\broemeni[eë]\b", r"\bbulgarije\b",
    r"\bgriekenland\b", r"\boekra[iï]ne\b", r"\brusland\b", r"\bsyri[eë]\b", r"\biran\b",
    r"\bindia\b", r"\bchina\b", r"\bzuid[\s-]afrika\b", r"\bsouth\s+africa\b", r"\busa\b",
    r"\bverenigde\s+staten\b", r"\bunited\s+states\b", r"\bcanada\b", r"\baustrali[eë]\b",
    r"\bnuffic\b", r"\bidw\b", r"diplomawaardering", r"diploma\s+gewaardeerd",
    r"\(UK\)", r"(?-i:\bUK\b)", r"\bU\.K\.", r"\(hons\)", r"\bhonours\b", r"\bscotland\b",
    r"\bwales\b", r"\bschotland\b",
    r"\buniversidad\b", r"\buniversit[àaä]t?\b", r"\buniversité\b", r"\buniwersytet\b",
    r"\büniversitesi\b", r"\b(?:fach)?hochschule\b", r"\bstate\s+university\b",
)

# An English-named university is Dutch only when the entry names a Dutch university town or
# brand; otherwise the diploma is read as foreign (a person checks, spec K1 review).
ENGLISH_UNIVERSITY = r"(?<![\w-])university(?!\s+of\s+applied\s+sciences)"
DUTCH_UNIVERSITY_PLACES = (
    r"\b(?:amsterdam|rotterdam|utrecht|leiden|groningen|nijmegen|tilburg|maastricht|eindhoven|"
    r"delft|twente|enschede|wageningen|erasmus|radboud|vu|uva|open\s+university|humanistiek|"
    r"netherlands|nederland|dutch)\b"
)

# Words of a course or training: such a line is not a diploma unless it names a study and a
# level ("Triple P niveau 4 - training" is a course, "Post-hbo Gezinsbehandeling" too, and so is
# the course that trains workplace supervisors, "Praktijkopleider sociaal werk - Hogeschool X").
COURSE_WORDS = (
    r"(?i:\b(?:training|trainingen|cursus|basiscursus|workshop|e-learning|certificaat|"
    r"leergang|module|post[\s-]?(?:hbo|bachelor|master|initieel)|triple\s*p|nascholing|"
    r"praktijk(?:opleider|begeleider))\b)"
)

# Words that start a line continuing an entry rather than a new diploma.
CONTINUATION_WORDS = (
    r"(?i:^(?:diploma|degree|getuigschrift|afstudeer\w*|stage\w*|stages|scriptie|thesis|"
    r"bachelorproef|masterthesis|major|minor|specialisatie|uitstroomprofiel|profiel|richting|"
    r"keuzevak\w*|vakken|onderzoek|final|propedeuse|met\s+onderscheiding|cum\s+laude|"
    r"niet\s+afgerond|gestopt|behaald|afgerond)\b)"
)

# Parts of an entry that describe its content, not its result: a thesis title, internships.
# Completion words inside them ("kinderen die gestopt zijn met school") are not read.
DESCRIPTION = (
    r"(?i:(?:scriptie|afstudeer(?:onderzoek|opdracht|project|scriptie|stage)|onderzoek|thesis|"
    r"masterthesis|bachelorproef|stages?|minor|major|keuzevak\w*|final\s+thesis)\b[^\n]*|"
    r"[“\"'‘][^“”\"'‘’\n]{8,}[”\"'’])"
)

# A minor, elective or side subject inside a study: the field it names is not the study's own
# ("HBO Toegepaste Psychologie, minor Jeugd en Opvoeding").
# A track of the study ("Social Work, uitstroomprofiel Jeugd") counts the same way: it says which
# way a study went, and the study's own name decides its field.
MINOR = (
    r"\b(?:(?:keuze)?minor(?:en)?|keuzevak(?:ken)?|bijvak(?:ken)?|keuzemodule\w*|"
    r"differentiatie|verdiepingsminor|uitstroomprofiel|afstudeerrichting|specialisatie|"
    r"track)\b\s*:?\s*[^,;·|()\n]*"
)
# The word of a youth track or minor ("uitstroomprofiel Jeugd"), which names field "jeugd".
YOUTH_TRACK = r"\b(?:jeugd\w*|youth)\b"

# First-person narrative: such a line is a story (a motivation), not a diploma entry.
NARRATIVE_WORDS = r"(?i:\b(?:ik|mijn|mij|wil|graag|I|my|me|want)\b)"
