"""Vocabularies that label work roles (spec S4 ambulant, S5 onderwijs, paid work).

Own lists, written from the spec's examples (shared/spec/screening-rules.md) and from the job
titles and descriptions common in Dutch and Flemish youth care (jeugdhulp, passend onderwijs)
and their English renderings. Entries are regular-expression fragments matched case-insensitively
on word boundaries against lower-cased text; keep them lower case. Lemmas are not needed: the
fragments spell out the inflections ("ambulante?").
"""

# Words that make a line a job title ("Ambulant begeleider", "Senior jeugdconsulent"); matched
# at the end of a word so compounds count ("gezinsbegeleider", "leerkrachtondersteuner").
TITLE_WORDS = (
    r"begeleider", r"begeleidster", r"hulpverlener", r"medewerker", r"leider", r"leidster",
    r"assistent", r"ondersteuner", r"consulent", r"coach", r"werker", r"docent", r"leerkracht",
    r"leraar", r"pedagoog", r"pedagoge", r"psycholoog", r"coördinator", r"coordinator",
    r"manager", r"trainer", r"opvoeder", r"verpleegkundige", r"stagiair", r"stagiaire",
    r"stage", r"vrijwilliger", r"therapeut", r"adviseur", r"regisseur", r"behandelaar",
    r"mentor", r"specialist", r"deskundige", r"wetenschapper", r"onderzoeker",
    r"afstudeeronderzoek",
    r"caissière", r"caissiere", r"vakkenvuller", r"verkoper", r"oppas", r"gastouder",
    r"worker", r"assistant", r"teacher", r"counsellor", r"counselor", r"coordinator",
    r"internship", r"volunteer", r"officer", r"intern begeleider", r"ib'er", r"voogd",
    r"beschermer", r"gezinshuisouder", r"pleegouder", r"groepsleiding", r"poh-jeugd",
    r"poh-ggz", r"juf", r"meester", r"kok", r"barista", r"bezorger", r"schoonmaker",
)

# Support delivered in the client's own environment (spec S4), decisive on their own.
AMBULANT_TERMS = (
    r"ambulante?", r"ambulatory", r"\w*thuisbegeleid(?:er|ing|ster)", r"gezinsbegeleiding aan huis",
    r"begeleiding aan huis", r"hulp aan huis", r"zorg aan huis", r"ondersteuning aan huis",
    r"(?:hulp|begeleiding|zorg|ondersteuning) thuis",
    r"mobiele (?:gezins)?begeleiding", r"contextbegeleid(?:er|ing|ster)", r"outreachende?",
    r"outreach", r"home-based", r"home based", r"in-home", r"ambulant\w*",
    r"intensieve (?:ambulante )?gezinsbehandeling",
)

# An ambulant word right after these is someone else's work ("overleg met de ambulant
# begeleider", "verwijzing naar ambulante hulp"), not the candidate's.
REFERRAL_CONTEXT = (
    r"samenwerking met", r"samenwerken met", r"overleg met", r"afstemming met", r"contact met",
    r"overdracht (?:aan|naar)", r"verwijzing naar", r"doorverwijzing naar", r"doorverwijzen naar",
    r"verwezen naar", r"toeleiding naar", r"aanvragen van", r"aanvraag voor", r"indicatie voor",
    r"collega'?s? van", r"naast (?:de|het)",
)

# "Ambulant" in another sense: street youth work is not support in a client's own home
# (spec S4); these phrases are taken out before the ambulant words are looked for.
NOT_AMBULANT_SENSES = (
    r"ambulante? jongerenwerk\w*", r"ambulante? jeugdwerk\w*", r"ambulante? straatwerk\w*",
    r"ambulant jongerenwerker",
)

# Phrases that place the work at the client's home or in the neighbourhood; they decide only
# for a title that is neither care-at-home nor a not-ambulant title (e.g. "Gezinscoach").
AMBULANT_CONTEXT = (
    r"in de thuissituatie", r"in hun thuissituatie", r"bij (?:\w+ ){0,2}thuis",
    r"gezinnen thuis", r"aan huis",
    r"thuis en in de wijk",
    r"in (?:hun|de) eigen (?:leef)?omgeving", r"at home", r"home visits?", r"home visiting",
    r"in their homes", r"video-?hometraining", r"hometraining",
    r"in the family home",
)

# Home visits place the work in the client's home, unless the title places it in a school:
# a school social worker's home visits are contact with parents, the support is at school.
HOME_VISIT_TERMS = (r"huisbezoek(?:en)?",)

# Titles of work that is not ambulant unless its description says ambulant support
# (spec S4: living groups, day care, childcare, a teacher's own class, indication work).
NOT_AMBULANT_TITLES = (
    r"groepsleid(?:er|ster)", r"groepsbegeleid(?:er|ster)", r"groepswerker",
    r"pedagogisch medewerker", r"woonbegeleider", r"leefgroep", r"behandelgroep",
    r"dagbehandeling", r"kinderopvang", r"kinderdagverblijf", r"bso", r"buitenschoolse opvang",
    r"peuterspeelzaal", r"leerkracht", r"leraar", r"docent", r"onderwijsassistent",
    r"opvoeder", r"gastouder", r"jongerenwerker", r"jeugdwerker", r"straatwerker",
    r"gezinshuis\w*", r"dagbesteding", r"beschermd wonen", r"logeerhuis",
    r"residential\w*", r"group home", r"day care", r"daycare", r"day treatment",
    r"after-school", r"childcare", r"nursery", r"teacher", r"teaching assistant",
)

# Indication and case-management work (spec S4: jeugdconsulent): "bij het gezin thuis" is an
# intake there, so only an ambulant term outside an indication phrase makes it ambulant.
INDICATION_TITLES = (
    r"\w*consulent", r"casemanager", r"case manager", r"indicatiesteller", r"regisseur",
    r"toegangsmedewerker", r"klantmanager", r"zorgtoewijz\w*",
)
INDICATION_CONTEXT = (
    r"indicatie\w*", r"toewij\w*", r"toegewezen", r"verwij\w*", r"beschikking\w*", r"inzet van",
    r"ingezette", r"aanvra\w*", r"toeleiding",
)

# Work within a school or the education sector (spec S5): decisive in the title or employer.
ONDERWIJS_TERMS = (
    r"leerkracht\w*", r"leraar", r"leraren", r"docent\w*", r"onderwijsassistent\w*",
    r"klassenassistent\w*", r"onderwijs\w*", r"\w*onderwijs", r"intern begeleider", r"ib'er",
    r"ib-er", r"remedial teacher", r"schoolmaatschappelijk\w*", r"samenwerkingsverband",
    r"swv", r"passend onderwijs", r"\w*basisschool", r"\w*basisscholen", r"school\w*",
    r"\w*school", r"scholen",
    r"sbo", r"obs", r"cbs", r"pcbs", r"rkbs", r"so-school",
    r"vso", r"roc", r"mbo-?instelling", r"hogeschool", r"zorgco[öo]rdinator",
    r"leerlingbegeleid\w*", r"leerlingenbegeleid\w*", r"clb", r"teaching", r"teacher",
    r"primary schools?", r"schools?", r"education",
)

# Care words in an employer's name that make it care as well as education ("De Kempenaer
# Jeugdzorg en Onderwijs"): its school word alone then does not make a role onderwijs.
CARE_EMPLOYER_TERMS = (
    r"\w*zorg", r"jeugdhulp\w*", r"hulpverlening", r"welzijn", r"ggz", r"behandel\w*",
)

# At such an employer, the description words that place the work itself in education (a
# single one suffices; "de jongeren gaan naar school" does not).
SCHOOL_WORK_TERMS = (
    r"passend onderwijs", r"onderwijs-?zorg\w*", r"onderwijsassistent\w*", r"leerkracht\w*",
    r"intern begeleider\w*", r"samenwerkingsverband\w*", r"in de klas", r"op (?:de )?school",
    r"op (?:\w+ )?(?:basis)?scholen", r"leerlingbegeleid\w*", r"zorgteam van de school",
)

# Childcare titles: not the education sector even at a school site (an IKC's BSO).
NOT_ONDERWIJS_TITLES = (
    r"bso", r"buitenschoolse opvang", r"kinderopvang", r"kinderdagverblijf", r"kdv",
    r"peuteropvang", r"peuterspeelzaal", r"tussenschoolse opvang", r"tso", r"overblijf\w*",
)

# School-floor cues in a description; two different ones make a role onderwijs even when the
# title and employer name no school ("begeleiding van leerlingen ... in de klas").
ONDERWIJS_CONTEXT = (
    r"leerlingen", r"in de klas", r"in en buiten de klas", r"klassenobservaties?",
    r"(?:coachen|coaching|ondersteunen) (?:on the job )?van (?:de )?leerkrachten",
    r"leerkrachten en (?:intern begeleiders|ib'ers)", r"ondersteuningsteam",
    r"op (?:\w+ )?(?:reguliere )?basisscholen", r"op school", r"schoolplein", r"pupils",
    r"classroom", r"teachers", r"handelingsadviezen", r"groeidocument\w*", r"opp'?s?",
)

# Not paid work, or not work at all (spec: internships, volunteer work, travel do not count).
# Matched in the role's title lines only: "begeleiden van stagiairs" in a description is work.
INTERNSHIP_TERMS = (
    r"\w*stage", r"stagiair\w*", r"afstudeeropdracht", r"afstudeerproject",
    r"afstudeeronderzoek", r"lio", r"bpv\w*",
    r"internship", r"work placement", r"placement", r"snuffelstage", r"stageplaats",
    r"stageplek", r"intern(?!\s+begeleid)",
)
VOLUNTEER_TERMS = (
    r"vrijwillige?r?", r"vrijwilligerswerk", r"als vrijwilliger", r"volunteer", r"volunteering",
    r"onbetaald", r"unpaid",
)
GAP_TERMS = (
    r"wereldreis", r"reis", r"reizen", r"backpack\w*", r"sabbatical", r"travel\w*",
    r"ouderschapsverlof", r"zwangerschapsverlof", r"zorgverlof", r"mantelzorg\w*",
    r"tussenjaar", r"gap year", r"werkzoekend", r"werkloos",
)
# A paid learning-work job counts (spec): it wins over the internship words next to it.
PAID_LEARNING_TERMS = (
    r"leerwerkplek", r"leer-werkplek", r"werkend leren", r"leerwerktraject", r"bbl\w*",
    r"leerarbeidsovereenkomst", r"leer-?werkbaan",
)

# Field labels of agency CVs ("Functie: Ambulant begeleider", "Werkgever: Stichting X").
# Europass (old Dutch form) labels too: "Functie of positie", "Naam en adres van de werkgever".
TITLE_FIELDS = ("functie of positie", "functietitel", "functie", "beroep", "rol", "positie",
                "position", "occupation or position held", "job title", "title")
EMPLOYER_FIELDS = ("naam en adres van de werkgever", "naam en adres werkgever", "naam werkgever",
                   "werkgever", "organisatie", "bedrijf", "instelling", "opdrachtgever",
                   "name and address of employer", "employer", "organisation", "organization",
                   "company")

# Words that may stand before a job's dates on its line ("Van 2016 tot 2019: leerkracht").
DATE_LEAD_WORDS = ("van", "from", "periode", "period", "datum", "data", "dates")

# A duration written after the dates ("jan. 2019 - heden · 5 jr 6 mnd", "(3 jaar)"): part of
# the date, not a title.
DURATION = (
    r"[·•(\[]?\s*\d+\s*(?:jaar|jr|maanden|maand|mnd|years?|yrs?|months?|mos)\.?"
    r"(?:\s*(?:en|and|,)?\s*\d+\s*(?:maanden|maand|mnd|months?|mos)\.?)?\s*[)\]]?"
)

# An entry of a study, not a job: a line with these and no job-title word under a work
# heading is education that lost its own heading ("2010 - 2014 HBO Pedagogiek, Hogeschool X").
EDUCATION_ENTRY_TERMS = (
    r"opleiding\w*", r"diploma\w*", r"bachelor\w*", r"master\w*", r"hbo", r"mbo", r"wo",
    r"havo", r"vwo", r"vmbo\w*", r"propedeuse", r"pabo", r"studie\w*", r"niveau [1-4]",
    r"bsc", r"msc", r"universiteit", r"hogeschool", r"roc", r"graduaat", r"associate degree",
    r"getuigschrift", r"secundair onderwijs", r"lyceum", r"gymnasium", r"university",
    r"degree", r"college of", r"pre-university",
)

# Projects inside a job are part of that job (spec), not roles of their own.
PROJECT_TERMS = (r"project\w*",)

# Headings of a section of internships ("Stages"): its roles count as internships.
INTERNSHIP_HEADINGS = (r"stages?", r"stage-?ervaring", r"stageplaatsen", r"internships?")

# Words of a period/employer/function table header row ("Periode | Werkgever | Functie").
TABLE_HEADER_WORDS = (
    "periode", "werkgever", "functie", "functies", "organisatie", "werkzaamheden", "taken",
    "en", "&", "/", "|", "datum", "jaar", "period", "employer", "position", "tasks", "role",
)

# Care or education words that make a role worth a person's look when no label rule fired.
CARE_TERMS = (
    r"\w*begeleid\w*", r"\w*hulpverlen\w*", r"jeugd\w*", r"gezin\w*", r"\w*pedagog\w*",
    r"\w*zorg\w*", r"kinderen", r"jongeren", r"\w*coach\w*", r"maatschappelijk\w*",
    r"welzijn", r"leerling\w*", r"ouders", r"cliënten", r"clienten", r"youth", r"families",
    r"children",
)

# The work domains a role can be in, and how a tender may name them. Every role is labelled
# with each domain whose words it shows (extraction says what the CV says); a tender's params
# pick the domains its experience criteria count. Per domain: `label` and `short` (how a
# drafted criterion on the domain is named), `name` (the Dutch words reports and reasons use),
# `title_terms` (decisive in the role's title or employer), `work_terms` (decisive as the
# candidate's own work in the description; not after a referral phrase) and `tender_terms`
# (how a tender's criterion names the domain, for `cvscreen tender draft`).
# ambulant and onderwijs are decided by their own rules above (spec S4/S5): their entries only
# name them.
DOMAINS = {
    "ambulant": {
        "label": "Ambulante ervaring",
        "short": "Ambulant",
        "name": "ambulante begeleiding",
        "title_terms": (),
        "work_terms": (),
        "tender_terms": (r"ambulante?\w*", r"in de thuissituatie", r"aan huis"),
    },
    "onderwijs": {
        "label": "Onderwijservaring",
        "short": "Onderwijs",
        "name": "onderwijs",
        "title_terms": (),
        "work_terms": (),
        "tender_terms": (r"\w*onderwijs\w*", r"scholen", r"school\w*"),
    },
    "jeugdteam": {
        "label": "Ervaring wijk- of jeugdteam",
        "short": "Wijkteam",
        "name": "wijk- of jeugdteam (toegang)",
        "title_terms": (
            r"\w*wijkteam\w*", r"\w*jeugdteam\w*", r"sociaal team", r"\w*buurtteam\w*",
            r"\w*gebiedsteam\w*", r"team toegang", r"toegangsteam", r"\w*jeugdconsulent\w*",
            r"wijkcoach", r"cjg", r"centrum voor jeugd en gezin", r"ouder- en kindteam\w*",
            r"ouder-kindteam\w*", r"jeugd- en gezinsteam\w*", r"toegangsmedewerker",
            r"jeugd en gezin",
        ),
        "work_terms": (r"keukentafelgesprek\w*",),
        "tender_terms": (
            r"\w*wijkteam\w*", r"\w*jeugdteam\w*", r"sociaal team", r"toegang", r"buurtteam",
            r"gebiedsteam", r"jeugdconsulent\w*", r"jeugd- en gezinsteam\w*",
        ),
    },
    "jeugdhulp": {
        "label": "Ervaring jeugdhulp",
        "short": "Jeugdhulp",
        "name": "jeugdhulp",
        "title_terms": (r"jeugdhulp\w*", r"\w*jeugdhulpverlen\w*", r"jeugdzorg\w*",
                        r"jeugd- en opvoedhulp", r"youth care"),
        "work_terms": (),
        "tender_terms": (r"jeugdhulp\w*", r"jeugdzorg\w*", r"jeugd- en opvoedhulp"),
    },
    "ggz": {
        "label": "GGZ-ervaring",
        "short": "GGZ",
        "name": "(jeugd-)GGZ",
        "title_terms": (r"\w*ggz\w*", r"geestelijke gezondheidszorg", r"\w*psychiatri\w*",
                        r"mental health"),
        "work_terms": (),
        "tender_terms": (r"(?:jeugd-?)?ggz\w*", r"geestelijke gezondheidszorg", r"psychiatri\w*"),
    },
    "gezinsbegeleiding": {
        "label": "Ervaring gezinsbegeleiding",
        "short": "Gezin",
        "name": "gezinsbegeleiding",
        "title_terms": (
            r"\w*gezinsbegeleid\w*", r"gezinscoach\w*", r"gezinshulp\w*", r"gezinsbehandel\w*",
            r"gezinswerk\w*", r"gezinsondersteun\w*", r"opvoedondersteun\w*",
            r"opvoedingsondersteun\w*", r"family support", r"family coach",
        ),
        "work_terms": (r"gezinsbegeleiding", r"begeleiding van gezinnen", r"gezinnen begeleiden",
                       r"begeleiden van gezinnen", r"gezinscoaching"),
        "tender_terms": (r"gezinsbegeleiding", r"gezinscoaching", r"begeleiding van gezinnen",
                         r"gezinsbehandeling", r"opvoedondersteuning"),
    },
    "crisis": {
        "label": "Ervaring crisisinterventie",
        "short": "Crisis",
        "name": "crisisinterventie",
        "title_terms": (r"\w*crisis\w*", r"spoedeisende (?:jeugd)?zorg", r"acute zorg"),
        "work_terms": (r"crisisinterventie\w*", r"crisissituaties", r"crisisdienst\w*"),
        "tender_terms": (r"\w*crisis\w*", r"spoedeisende", r"acute"),
    },
    "jeugdbescherming": {
        "label": "Ervaring jeugdbescherming",
        "short": "Jeugdbescherming",
        "name": "jeugdbescherming",
        "title_terms": (r"jeugdbescherm\w*", r"gezinsvoogd\w*", r"veilig thuis",
                        r"raad voor de kinderbescherming", r"jeugdreclassering",
                        r"william schrikker"),
        "work_terms": (r"ondertoezichtstelling\w*", r"\bots\b"),
        "tender_terms": (r"jeugdbescherming", r"jeugdreclassering", r"gedwongen kader",
                         r"veilig thuis"),
    },
    "gehandicaptenzorg": {
        "label": "Ervaring gehandicaptenzorg",
        "short": "LVB",
        "name": "gehandicaptenzorg (lvb)",
        "title_terms": (r"gehandicaptenzorg", r"\blvb\b", r"licht verstandelijk\w*",
                        r"verstandelijk gehandicapt\w*", r"verstandelijke beperking\w*"),
        "work_terms": (r"licht verstandelijke beperking\w*",),
        "tender_terms": (r"gehandicaptenzorg", r"\blvb\b", r"licht verstandelijk\w*",
                         r"verstandelijke beperking\w*"),
    },
}
