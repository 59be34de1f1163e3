"""Write the committed demo batch data/samples/: nine fictional CVs for tender 30175 in nine
layouts, submissions.csv and the hand-checked gold answers in data/samples/gold/.

Deterministic: run it again and only files whose content changed differ.

    /work/venv/bin/python scripts/build_demo_batch.py [--out data/samples]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "fixtures"))

from builders import Candidate, Gold, Job, Study, build_set, write_submissions  # noqa: E402

FLEUR = Candidate(
    name="Fleur van Dijk",
    headline="Ambulant begeleider passend onderwijs | SPH",
    contact=["Huizen", "06-12345678", "fleur.vandijk@example.nl", "Geboren: 14 maart 1988"],
    skj=["SKJ 1100-12345", "geldig tot 03-2028"],
    profile=(
        "Rustige, nuchtere begeleider die graag in de klas meekijkt. Ik help kinderen met "
        "gedragsvragen om weer mee te doen en geef leerkrachten handvatten die ze morgen al "
        "kunnen gebruiken. Korte lijnen met ouders en het ondersteuningsteam vind ik "
        "vanzelfsprekend."
    ),
    jobs=[
        Job(
            "Ambulant begeleider passend onderwijs",
            "Samenwerkingsverband Passend Onderwijs Gooi-Eem",
            "2019-09",
            "present",
            place="Huizen",
            bullets=[
                "Begeleiding van leerlingen met gedrags- en sociaal-emotionele hulpvragen in de "
                "klas en op het schoolplein van acht basisscholen",
                "Coaching on the job van leerkrachten en intern begeleiders",
                "Deelname aan het ondersteuningsteam met ouders, IB'er en jeugdconsulent",
            ],
            ambulant=True,
            onderwijs=True,
        ),
        Job(
            "Ambulant gezinsbegeleider",
            "Jeugdhulp Eemland",
            "2015-03",
            "2019-08",
            place="Amersfoort",
            bullets=[
                "Gezinsbegeleiding aan huis bij gezinnen met opvoedvragen en kinderen met ADHD",
                "Video-interactiebegeleiding en opstellen van begeleidingsplannen",
            ],
            ambulant=True,
        ),
        Job(
            "Groepsleider behandelgroep",
            "De Bosrand Jeugdzorg",
            "2012-09",
            "2015-02",
            place="Soest",
            bullets=["Dagelijkse begeleiding van acht jongeren (12-16 jaar) op een behandelgroep"],
        ),
    ],
    studies=[
        Study(
            "Sociaal Pedagogische Hulpverlening (SPH)",
            "Hogeschool Utrecht",
            "2008 – 2012",
            "hbo",
            True,
            2012,
            note="diploma behaald",
        ),
        Study(
            "HAVO", "Scholengemeenschap De Gooise Brug, Huizen", "2003 – 2008", "havo", True, 2008
        ),
    ],
    courses=[
        "Cognitieve gedragstherapie bij kinderen (CGT), basiscursus – certificaat behaald 2021",
        "Triple P niveau 4 – 2018",
        "Meldcode huiselijk geweld en kindermishandeling – 2023",
    ],
    skills=[
        "Coaching van leerkrachten",
        "Oplossingsgericht werken",
        "Groepsdynamiek in de klas",
        "Heldere verslaglegging",
    ],
    languages=["Nederlands – moedertaal", "Engels – goed"],
    references=[
        "Annelies Koster, coördinator ambulante dienst, Samenwerkingsverband Passend Onderwijs "
        "Gooi-Eem – 06-23456789",
        "Peter de Groot, teamleider, Jeugdhulp Eemland – p.degroot@example.nl",
    ],
    motivation=[
        "De pilot in Huizen sluit aan bij wat ik de afgelopen jaren steeds belangrijker ben gaan "
        "vinden: hulp zo vroeg en zo dichtbij mogelijk, in de klas in plaats van op een "
        "wachtlijst.",
        "Ik ken de scholen in de regio en weet hoe je samen met een leerkracht een aanpak "
        "bedenkt die ook na mijn vertrek blijft werken. Die ervaring zet ik graag in voor "
        "deze opdracht.",
    ],
    hobbies="Hardlopen, koken voor vrienden en af en toe een pubquiz.",
    gold=Gold(
        diploma_knockout="pass",
        skj_knockout="pass",
        skj_number="110012345",
        skj_expires="2028-03-31",
        certificates=["CGT"],
        other_trainings=["Triple P niveau 4", "Meldcode huiselijk geweld en kindermishandeling"],
        references=2,
        zzp_signal=False,
        notes=(
            "Designed two-column PDF: teal sidebar with contact, SKJ, skills and languages beside "
            "the main column, so extracted lines interleave. SKJ number with a hyphen and expiry "
            "on the next line as month-year ('geldig tot 03-2028' -> last day of March). Dates "
            "'sep 2019 – heden'. Groepsleider behandelgroep is not ambulant."
        ),
    ),
)

MEHMET = Candidate(
    name="Mehmet Yilmaz",
    headline="Leerkracht en ambulant hulpverlener jeugd",
    contact=[
        "Adres: Lindelaan 12, 1271 AB Huizen",
        "Telefoon: 06-23456781",
        "E-mail: m.yilmaz@example.nl",
        "Geboortedatum: 02-06-1993",
    ],
    skj=["SKJ-registratienummer: 110023456 (registratie loopt tot 1 november 2029)"],
    profile=(
        "Als oud-leerkracht weet ik hoe een klas van dertig kinderen werkt en wat een leerkracht "
        "nodig heeft als één leerling alle aandacht opeist. Sinds een aantal jaren begeleid ik "
        "kinderen en gezinnen ambulant. Ik ben direct, warm en houd van duidelijke afspraken."
    ),
    date_style="slash",
    present="nu",
    jobs=[
        Job(
            "Ambulant hulpverlener jeugd en gezin",
            "Veldkracht Jeugdhulp",
            "2021-02",
            "present",
            place="Almere",
            bullets=[
                "Ambulante begeleiding van kinderen (4-12 jaar) en hun ouders thuis en op school",
                "Opstellen en evalueren van hulpverleningsplannen met het wijkteam",
            ],
            ambulant=True,
        ),
        Job(
            "Ambulant begeleider (0,4 fte, naast het leerkrachtschap)",
            "Zorgbureau Kindnabij",
            "2019-09",
            "2021-06",
            place="Lelystad",
            bullets=["Thuisbegeleiding van kinderen met een licht verstandelijke beperking"],
            ambulant=True,
        ),
        Job(
            "Leerkracht groep 5/6",
            "Basisschool De Regenboog",
            "2016-08",
            "2021-01",
            place="Almere",
            bullets=[
                "Lesgeven aan een combinatiegroep van 28 leerlingen",
                "Gedragsspecialist binnen het team; contactpersoon voor het samenwerkingsverband",
            ],
            onderwijs=True,
        ),
        Job(
            "LIO-stage groep 7",
            "Basisschool Het Kompas",
            "2016-02",
            "2016-06",
            place="Lelystad",
            bullets=["Afstudeerstage als leraar in opleiding, zelfstandig lesgeven"],
            onderwijs=True,
            counts=False,
        ),
    ],
    studies=[
        Study(
            "PABO – Leraar Basisonderwijs",
            "Hogeschool Windesheim Flevoland",
            "2012 – 2016",
            "hbo",
            True,
            2016,
            note="diploma behaald",
        ),
        Study("HAVO", "Baken Park Lyceum, Almere", "2007 – 2012", "havo", True, 2012),
    ],
    courses=[
        "Acceptance and Commitment Therapy (ACT) voor jeugdprofessionals – afgerond 2022",
        "Kanjertraining, licentie A – 2017",
    ],
    skills=[
        "Klassenmanagement",
        "Gedragsanalyse",
        "Motiverende gespreksvoering",
        "Turks en Nederlands",
    ],
    languages=["Nederlands – moedertaal", "Turks – moedertaal", "Engels – goed"],
    references=[
        "Mevr. J. Visser, directeur Basisschool De Regenboog, Almere – 036-1234567",
        "Dhr. R. Postma, teamleider Veldkracht Jeugdhulp – r.postma@example.nl",
    ],
    motivation=[
        "Ik wil graag bijdragen aan de pilot omdat ik beide kanten ken: die van de leerkracht "
        "voor de klas en die van de hulpverlener die bij het gezin aan de keukentafel zit. "
        "Juist de verbinding tussen die twee werelden maakt het verschil voor een kind.",
    ],
    gold=Gold(
        diploma_knockout="review",
        skj_knockout="pass",
        skj_number="110023456",
        skj_expires="2029-11-01",
        certificates=["ACT"],
        other_trainings=["Kanjertraining, licentie A"],
        references=2,
        zzp_signal=False,
        notes=(
            "Agency-style PDF with werkervaring in a bordered table (Periode | Werkgever | "
            "Functie), dates '09/2019 - nu'. Only PABO -> diploma review (comparable). Overlapping "
            "roles: two ambulant roles overlap each other and the teaching job; union counts once. "
            "LIO-stage is an internship (counts false). SKJ expiry in parentheses with "
            "'registratie loopt tot'."
        ),
    ),
)

SANNE = Candidate(
    name="Sanne Bakker",
    headline="Ambulant begeleider basisonderwijs – Pedagoog (master)",
    contact=[
        "Woonplaats: Blaricum",
        "Telefoon: 06-34567812",
        "E-mail: sanne.bakker@example.nl",
        "Rijbewijs B, eigen auto",
    ],
    skj=["SKJ-registratie: 110034567", "Registratie loopt tot 30 april 2027"],
    profile=(
        "Ik ben een betrokken pedagoog met ruim tien jaar ervaring met kinderen in de "
        "basisschoolleeftijd, de laatste jaren als ambulant begeleider op basisscholen. Ik werk "
        "graag samen met leerkrachten, intern begeleiders en ouders en kijk altijd naar wat een "
        "kind al kan. Mijn kracht ligt in het vertalen van een hulpvraag naar kleine, haalbare "
        "stappen in de klas."
    ),
    date_style="long",
    jobs=[
        Job(
            "Ambulant begeleider basisonderwijs",
            "Stichting Kind & School Gooi",
            "2020-01",
            "present",
            place="Huizen",
            bullets=[
                "Begeleiding van leerlingen van groep 1 tot en met 8 met sociaal-emotionele en "
                "gedragsvragen, in de klas en in kleine groepjes",
                "Observeren in de groep en adviseren van leerkrachten over klassenmanagement",
                "Oudergesprekken, ook bij gezinnen thuis, en afstemming met de jeugdconsulent",
                "Trainingen sociale vaardigheden voor groepjes leerlingen",
            ],
            ambulant=True,
            onderwijs=True,
        ),
        Job(
            "Schoolmaatschappelijk werker",
            "Welzijn Gooise Meren",
            "2016-09",
            "2020-12",
            place="Bussum",
            bullets=[
                "Wekelijks spreekuur op vier basisscholen voor ouders en leerkrachten",
                "Kortdurende hulp bij opvoedvragen en verwijzing naar passende zorg",
                "Deelname aan zorgadviesteams",
            ],
            onderwijs=True,
        ),
        Job(
            "Pedagogisch medewerker kinderopvang",
            "Kinderopvang De Speeltuin",
            "2013-02",
            "2016-08",
            place="Amsterdam",
            bullets=["Begeleiding van een verticale groep (0-4 jaar) en van de BSO-groep"],
        ),
    ],
    side_jobs=[
        Job(
            "Vrijwilliger huiswerkbegeleiding",
            "Buurthuis De Kolk",
            "2018-01",
            "present",
            place="Blaricum",
            bullets=["Eén avond per week huiswerkbegeleiding voor kinderen uit groep 7 en 8"],
            counts=False,
        )
    ],
    studies=[
        Study(
            "Master Pedagogiek (deeltijd)",
            "Hogeschool Utrecht",
            "2017 – 2019",
            "hbo",
            True,
            2019,
            note="diploma behaald",
        ),
        Study(
            "Bachelor Pedagogiek",
            "Hogeschool van Amsterdam",
            "2009 – 2013",
            "hbo",
            True,
            2013,
            note="diploma behaald",
        ),
        Study("VWO", "Het Nieuwe Lyceum, Bilthoven", "2003 – 2009", "vwo", True, 2009),
    ],
    courses=[
        "COMET – Competentiemethode, training gevolgd en certificaat behaald (2019)",
        "Video-interactiebegeleiding (VIB), basistraining – 2021",
        "Geweldloos Verzet en Nieuwe Autoriteit – 2022",
        "Meldcode en kindcheck – 2024",
    ],
    skills=[
        "Observeren en handelingsgericht adviseren",
        "Coaching on the job",
        "Samenwerken in het ondersteuningsteam",
        "Ervaring met Parnassys en ESIS",
    ],
    languages=["Nederlands – moedertaal", "Engels – vloeiend", "Duits – redelijk"],
    references=[
        "Marieke Jansen, directeur Stichting Kind & School Gooi – 06-45678123",
        "Hans Verbeek, coördinator schoolmaatschappelijk werk, Welzijn Gooise Meren – "
        "h.verbeek@example.nl",
    ],
    motivation=[
        "Het versterken van de pedagogische basis in en rond de school is precies waar ik de "
        "afgelopen jaren aan heb gewerkt. Ik zie dagelijks hoeveel er mogelijk is als een "
        "leerkracht zich gesteund voelt en ouders vroeg betrokken worden.",
        "In Huizen wil ik graag meebouwen aan een werkwijze die normaliseert in plaats van "
        "problematiseert. Mijn ervaring als schoolmaatschappelijk werker helpt me om snel de "
        "juiste partners te vinden, en als ambulant begeleider weet ik wat er in de klas nodig is.",
        "Ik ben beschikbaar voor 24 tot 28 uur per week en kan per 1 september 2026 starten.",
    ],
    hobbies="Zeilen op het Gooimeer, lezen en vrijwilligerswerk in het buurthuis.",
    page_breaks=("werkervaring", "referenties"),
    gold=Gold(
        diploma_knockout="pass",
        skj_knockout="pass",
        skj_number="110034567",
        skj_expires="2027-04-30",
        certificates=["COMET"],
        other_trainings=[
            "Video-interactiebegeleiding (VIB), basistraining",
            "Geweldloos Verzet en Nieuwe Autoriteit",
            "Meldcode en kindcheck",
        ],
        references=2,
        zzp_signal=False,
        notes=(
            "Three-page PDF with a running header 'Sanne Bakker – Curriculum Vitae' and footer "
            "'pagina X van 3' on every page (must not leak into sections). Long Dutch month names "
            "('januari 2020 – heden'). SKJ number and expiry on separate lines; expiry 2027-04-30 "
            "is before the end of the assignment (pass with a warning). Schoolmaatschappelijk "
            "werk on a spreekuur is onderwijs but not ambulant; overlaps the current job in 2020. "
            "Volunteer homework help under Nevenactiviteiten does not count."
        ),
    ),
)

JOYCE = Candidate(
    name="Joyce Mulder",
    headline="Ambulant jeugdhulpverlener | Social Work (Jeugd)",
    contact=["Bussum", "06-45678901", "joyce.mulder@example.nl"],
    skj=["SKJ 110045678", "herregistratie per 1 juli 2028"],
    profile=(
        "Energieke hulpverlener met een achtergrond in het onderwijs. Ik begeleid kinderen en "
        "ouders thuis en op school en schakel makkelijk tussen gezin, school en wijkteam."
    ),
    date_style="long_tm",
    jobs=[
        Job(
            "Ambulant jeugdhulpverlener",
            "Jeugdteam Hilversum",
            "2021-08",
            "present",
            bullets=[
                "Ambulante begeleiding van kinderen en gezinnen, thuis en op school",
                "Casusoverleg met scholen en huisartsen",
            ],
            ambulant=True,
        ),
        Job(
            "Ambulant begeleider in opleiding (werkend leren, arbeidscontract 20 uur)",
            "Lyra Jeugdhulp",
            "2019-01",
            "2021-07",
            bullets=[
                "Begeleiding van gezinnen aan huis onder supervisie van een gedragswetenschapper"
            ],
            ambulant=True,
        ),
        Job(
            "Onderwijsassistent",
            "Montessorischool De Zonnewijzer, Bussum",
            "2014-09",
            "2021-07",
            bullets=["Ondersteuning van kleine groepjes leerlingen bij rekenen en lezen"],
            onderwijs=True,
        ),
    ],
    studies=[
        Study(
            "Social Work, uitstroomprofiel Jeugd (deeltijd)",
            "Hogeschool Inholland",
            "september 2017 t/m juni 2021",
            "hbo",
            True,
            2021,
            note="diploma behaald",
        ),
        Study(
            "Onderwijsassistent niveau 4",
            "ROC Midden Nederland",
            "2011 – 2014",
            "mbo",
            True,
            2014,
            note="diploma behaald",
        ),
    ],
    courses=[
        "Signs of Safety, basistraining (2022)",
        "Kanjertraining (2016)",
        "Verdiepingscursus CGT bij angst – gepland voor het najaar van 2026",
    ],
    skills=["Gezinsgericht werken", "Samenwerken met school", "Plannen en rapporteren"],
    languages=["Nederlands", "Engels"],
    references=[
        "Ingrid Bos, teamleider Jeugdteam Hilversum, 06-56789012",
        "Karin Smeets, directeur Montessorischool De Zonnewijzer, k.smeets@example.nl",
    ],
    motivation=[
        "Ik heb jaren in de klas gestaan en weet hoe veel winst er te halen is als hulp de school "
        "binnenkomt in plaats van dat een kind eruit moet. Daarom spreekt deze pilot mij aan.",
    ],
    page_breaks=("referenties",),
    gold=Gold(
        diploma_knockout="pass",
        skj_knockout="pass",
        skj_number="110045678",
        skj_expires="2028-07-01",
        certificates=[],
        other_trainings=["Signs of Safety, basistraining", "Kanjertraining"],
        references=2,
        zzp_signal=False,
        notes=(
            "Word CV laid out with a borderless two-column table (contact, SKJ, skills left; "
            "experience right); long month names with 't/m' ('september 2014 t/m juli 2021'). "
            "Paid learning-work job with a contract counts. Planned CGT course is not a "
            "certificate. SKJ expiry phrased 'herregistratie per'. Page break before references: "
            "2 pages."
        ),
    ),
)

KEVIN = Candidate(
    name="Kevin de Jong",
    headline="Pedagogisch medewerker",
    contact=["Naarden", "06-56789012", "kevin.dejong@example.nl", "Geboortedatum: 21-09-1994"],
    skj=[],
    profile=(
        "Praktische en sportieve begeleider. Ik werk graag met jongeren die het lastig hebben en "
        "zoek altijd naar wat wél lukt."
    ),
    date_style="year",
    jobs=[
        Job(
            "Pedagogisch medewerker leefgroep",
            "Jeugdzorg De Hoeve",
            "2019",
            "present",
            place="Laren",
            bullets=[
                "Begeleiding van jongeren op een open leefgroep",
                "Mentor van drie jongeren, contact met ouders",
            ],
        ),
        Job(
            "Ambulant woonbegeleider",
            "Stichting Thuis Verder",
            "2015",
            "2018",
            place="Hilversum",
            bullets=[
                "Begeleiding van jongvolwassenen in hun eigen woning bij dagstructuur en geldzaken"
            ],
            ambulant=True,
        ),
        Job(
            "Onderwijsassistent (invalkracht)",
            "OBS De Vlindertuin",
            "2013",
            "2015",
            place="Naarden",
            bullets=["Ondersteuning in groep 3 en 4"],
            onderwijs=True,
        ),
    ],
    studies=[
        Study(
            "MBO Pedagogisch Werk niveau 4", "ROC Gooi en Vecht", "2010 - 2013", "mbo", True, 2013
        ),
        Study(
            "VMBO kaderberoepsgerichte leerweg",
            "Gooise Praktijkschool",
            "2006 - 2010",
            "vmbo",
            True,
            2010,
        ),
    ],
    courses=["Geweldloos Verzet (2020)", "Meldcode huiselijk geweld (2021)"],
    skills=["Sport en spel", "Structuur bieden", "Omgaan met agressie"],
    languages=["Nederlands (moedertaal)", "Engels (redelijk)"],
    references=["Referenties zijn op aanvraag beschikbaar."],
    motivation=[],
    page_breaks=("opleiding",),
    gold=Gold(
        diploma_knockout="fail",
        skj_knockout="fail",
        skj_number=None,
        skj_expires=None,
        skj_absent=True,
        certificates=[],
        other_trainings=["Geweldloos Verzet", "Meldcode huiselijk geweld"],
        references=0,
        zzp_signal=False,
        notes=(
            "Plain Word CV with Heading styles and List Bullet paragraphs. Only MBO (and VMBO) -> "
            "diploma fail; no SKJ registration at all -> SKJ fail. Year-only dates ('2015 - 2018' "
            "= 48 months; '2019 - heden'). 'Referenties zijn op aanvraag beschikbaar' counts as 0. "
            "No motivation. Ambulant woonbegeleiding in the client's own home is ambulant."
        ),
    ),
)

LOTTE = Candidate(
    name="Lotte Vermeulen",
    headline="Ambulant begeleider jeugd",
    contact=["Hilversum", "Tel. 06-67890123", "lotte.vermeulen@example.nl"],
    skj=["SKJ-registratie: 110056789"],
    profile=(
        "Ik ben Lotte, pedagoog en al ruim acht jaar ambulant begeleider. Ik kom bij gezinnen "
        "thuis en op school en help kinderen met angst, somberheid en gedragsproblemen. Ik werk "
        "gestructureerd en houd van een duidelijke rapportage."
    ),
    date_style="mmdash_tm",
    jobs=[
        Job(
            "Ambulant begeleider jeugd",
            "Horizonhuis Jeugdhulp",
            "2018-03",
            "present",
            place="Hilversum",
            bullets=[
                "Ambulante begeleiding van kinderen van 6 tot 14 jaar en hun ouders",
                "Werken met signaleringsplannen en netwerkberaden",
            ],
            ambulant=True,
        ),
        Job(
            "Jeugdhulpverlener dagbehandeling",
            "Kinderdagcentrum De Kikker",
            "2015-01",
            "2018-02",
            place="Utrecht",
            bullets=[
                "Groepsbegeleiding van kinderen met ontwikkelingsproblemen op de dagbehandeling"
            ],
        ),
        Job(
            "Onderwijsassistent",
            "Basisschool De Wegwijzer",
            "2012-09",
            "2014-12",
            place="Leiden",
            bullets=["Bijbaan naast de studie, 16 uur per week in groep 1-2"],
            onderwijs=True,
        ),
    ],
    studies=[
        Study(
            "Pedagogiek (bachelor)",
            "Hogeschool Leiden",
            "2010 - 2014",
            "hbo",
            True,
            2014,
            note="diploma behaald",
        ),
        Study("HAVO", "Stedelijk Gymnasium Leiden", "2005 - 2010", "havo", True, 2010),
    ],
    courses=["Training COMET, afgerond juni 2019", "Werken met de meldcode (2020)"],
    skills=["Angstreductie bij kinderen", "Netwerkgericht werken", "Rapporteren"],
    languages=["Nederlands - moedertaal", "Engels - goed"],
    references=[
        "Saskia Mol, teamleider Horizonhuis Jeugdhulp, 06-78901234",
        "Bart Hoekstra, gedragswetenschapper Kinderdagcentrum De Kikker, b.hoekstra@example.nl",
    ],
    motivation=[
        "Ik reageer op deze opdracht omdat ik graag dichter bij de school wil werken. Veel van de "
        "kinderen die ik thuis begeleid lopen vast in de klas; in deze pilot kan ik daar "
        "eerder bij zijn.",
    ],
    hobbies="Fotografie en wandelen.",
    gold=Gold(
        diploma_knockout="pass",
        skj_knockout="fail",
        skj_number="110056789",
        skj_expires=None,
        certificates=["COMET"],
        other_trainings=["Werken met de meldcode"],
        references=2,
        zzp_signal=False,
        notes=(
            "Plain .txt CV as pasted into a web form (capital headings, '-' bullets, LF). SKJ "
            "number without an expiry date -> SKJ fail (the tender demands both). Dates "
            "'01-2015 t/m 02-2018' and '03-2018 – heden'. Dagbehandeling is not ambulant."
        ),
    ),
)

DAAN = Candidate(
    name="Daan Smit",
    headline="Youth care worker – ambulatory support for children and families",
    lang="en",
    contact=["Amersfoort, the Netherlands", "+31 6 78901234", "daan.smit@example.nl"],
    skj=["SKJ registration 110067890, valid until 31-12-2027"],
    profile=(
        "Youth care worker with ten years of experience in primary schools and home-based "
        "family support. I am calm, structured and good at building trust with children who "
        "find school difficult."
    ),
    date_style="en",
    present="present",
    jobs=[
        Job(
            "Ambulatory youth care worker (ambulant begeleider)",
            "Brightside Youth Care",
            "2020-10",
            "present",
            place="Amersfoort",
            bullets=[
                "Home-based support for families with children aged 4 to 12",
                "Parent coaching and treatment plans together with the behavioural scientist",
            ],
            ambulant=True,
        ),
        Job(
            "Teaching assistant",
            "Primary school De Linde",
            "2016-09",
            "2020-09",
            place="Amersfoort",
            bullets=["Supported pupils with special needs in groups 5 to 8"],
            onderwijs=True,
        ),
    ],
    studies=[
        Study(
            "Bachelor of Social Work (Youth track)",
            "Hogeschool Utrecht",
            "2012 – 2016",
            "hbo",
            True,
            2016,
            note="graduated",
        ),
        Study("HAVO", "Corderius College, Amersfoort", "2007 – 2012", "havo", True, 2012),
    ],
    courses=[
        "Acceptance and Commitment Therapy (ACT) training – completed 2023",
        "Signs of Safety foundation course – 2021",
    ],
    skills=["Parent coaching", "Trauma-informed care", "Report writing"],
    languages=["Dutch – native", "English – fluent"],
    references=[
        "Ellen Brouwer, team manager, Brightside Youth Care – 06-89012345",
        "Tom Willems, head teacher, Primary school De Linde – t.willems@example.nl",
    ],
    motivation=[
        "I would like to work in Huizen because the pilot brings support into the school, where "
        "children spend most of their day. My experience in both classrooms and family homes "
        "fits this role well.",
    ],
    gold=Gold(
        diploma_knockout="pass",
        skj_knockout="pass",
        skj_number="110067890",
        skj_expires="2027-12-31",
        certificates=["ACT"],
        other_trainings=["Signs of Safety foundation course"],
        references=2,
        zzp_signal=False,
        notes=(
            "Complete CV in English (language requirement fails; not a knock-out). Dutch diploma "
            "written in English ('Bachelor of Social Work (Youth track)'). Dates 'Oct 2020 – "
            "present'. SKJ 'valid until 31-12-2027'."
        ),
    ),
)

NADIA = Candidate(
    name="Nadia El Amrani",
    headline="Zelfstandig ambulant begeleider onderwijs en jeugd",
    contact=["Utrecht", "06-89012345", "nadia@kompaskindbegeleiding.example.nl", "KvK 12345678"],
    skj=["Registratienummer SKJ: 110078901", "Geldig tot: 31-08-2029"],
    profile=(
        "Sinds 2022 werk ik vanuit mijn eigen praktijk als ambulant begeleider op basisscholen. "
        "Daarvoor was ik zes jaar in dienst bij een jeugdhulpaanbieder. Ik ben flexibel, "
        "oplossingsgericht en snel inzetbaar."
    ),
    jobs=[
        Job(
            "Zelfstandig ambulant begeleider (eigen praktijk)",
            "Kompas Kindbegeleiding",
            "2022-01",
            "present",
            place="Utrecht",
            bullets=[
                "Ambulante begeleiding van leerlingen op basisscholen in opdracht van "
                "samenwerkingsverbanden",
                "Coaching van leerkrachten bij gedragsvragen",
            ],
            ambulant=True,
            onderwijs=True,
        ),
        Job(
            "Ambulant hulpverlener",
            "Jeugdhulp Utrecht-Oost",
            "2016-05",
            "2021-12",
            place="Utrecht",
            bullets=["Ambulante gezinsbegeleiding bij multiprobleemgezinnen"],
            ambulant=True,
        ),
    ],
    studies=[
        Study(
            "Maatschappelijk Werk en Dienstverlening (MWD)",
            "Hogeschool Utrecht",
            "2011 – 2015",
            "hbo",
            True,
            2015,
            note="diploma behaald",
        ),
    ],
    courses=[
        "CGT-basiscursus voor hulpverleners – certificaat 2018",
        "COMET-training afgerond – 2020",
    ],
    skills=["Zelfstandig werken", "Coaching", "Ouderbegeleiding"],
    languages=["Nederlands – moedertaal", "Arabisch – goed", "Engels – goed"],
    references=[
        "Yvonne de Vries, beleidsmedewerker Samenwerkingsverband Utrecht PO – 06-90123456",
        "Mark Dekker, teamleider Jeugdhulp Utrecht-Oost – m.dekker@example.nl",
    ],
    motivation=[
        "Met mijn eigen praktijk werk ik al jaren op basisscholen. De aanpak van Huizen, waarin de "
        "leerkracht centraal staat, past bij hoe ik werk.",
    ],
    gold=Gold(
        diploma_knockout="pass",
        skj_knockout="pass",
        skj_number="110078901",
        skj_expires="2029-08-31",
        certificates=["CGT", "COMET"],
        other_trainings=[],
        references=2,
        zzp_signal=True,
        notes=(
            "Two-column PDF (aubergine sidebar). Self-employed: eigen praktijk, KvK-nummer in the "
            "contact block (zzp signal); submission says employment zzp -> execution fail. SKJ "
            "number and expiry on separate lines with labels."
        ),
    ),
)

THOMAS = Candidate(
    name="Thomas Hendriks",
    headline="Jeugdconsulent en ambulant hulpverlener",
    contact=["Eemnes", "06-90123456", "thomas.hendriks@example.nl"],
    skj=["SKJ: 1100 89012 – geldig tot 15 januari 2028"],
    profile=(
        "Ik heb brede ervaring in de jeugdzorg: van groepswerk en ambulante hulp aan jongeren met "
        "psychiatrische problematiek tot de toegang bij de gemeente. Ik denk in mogelijkheden en "
        "werk graag samen."
    ),
    present="nu",
    jobs=[
        Job(
            "Jeugdconsulent",
            "Gemeente Eemnes",
            "2022-03",
            "present",
            bullets=[
                "Keukentafelgesprekken met gezinnen en afgeven van beschikkingen jeugdhulp",
                "Casusregie en overleg met aanbieders",
            ],
        ),
        Job(
            "Ambulant hulpverlener FACT-team jeugd",
            "GGZ Eemvallei",
            "2017-01",
            "2022-02",
            style="slash",
            bullets=[
                "Outreachende begeleiding van jongeren met psychiatrische problematiek in hun "
                "thuissituatie binnen het FACT-team",
                "Werkend vanuit CGT-principes en motiverende gespreksvoering",
            ],
            ambulant=True,
        ),
        Job(
            "Groepsleider",
            "Residentiële jeugdzorg De Eik",
            "2013",
            "2016",
            style="apos",
            bullets=["Begeleiding van jongens (14-18) op een besloten groep"],
        ),
    ],
    side_jobs=[
        Job(
            "Vrijwilliger maatjesproject",
            "Humanitas Eemland",
            "2019",
            "present",
            style="year",
            bullets=["Maatje van een jongen van 12 jaar, één middag per twee weken"],
            counts=False,
        ),
    ],
    studies=[
        Study(
            "Toegepaste Psychologie",
            "Hogeschool Saxion",
            "2009 – 2013",
            "hbo",
            True,
            2013,
            note="diploma behaald",
        ),
        Study(
            "Master Pedagogische Wetenschappen",
            "Universiteit Utrecht",
            "2015 – 2016",
            "wo",
            False,
            None,
            note="niet afgerond, gestopt in 2016",
        ),
    ],
    courses=[
        "Motiverende gespreksvoering – 2018",
        "ACT (Acceptance and Commitment Therapy) – training start september 2026",
    ],
    skills=["Gespreksvoering", "Casusregie", "Kennis van de Jeugdwet"],
    languages=["Nederlands", "Engels", "Duits"],
    references=["Referenties op aanvraag."],
    motivation=[
        "Na vier jaar aan de toegangskant wil ik terug naar het directe werk met kinderen. De "
        "combinatie van school en jeugdhulp in deze pilot sluit aan bij mijn ervaring.",
    ],
    gold=Gold(
        diploma_knockout="review",
        skj_knockout="pass",
        skj_number="110089012",
        skj_expires="2028-01-15",
        certificates=[],
        other_trainings=["Motiverende gespreksvoering"],
        references=0,
        zzp_signal=False,
        notes=(
            "Trap CV. Jeugdconsulent (indication, beschikkingen) is not ambulant. FACT-team is "
            "Assertive Community Treatment, not an ACT certificate; 'werkend vanuit "
            "CGT-principes' is not a CGT training; ACT training starting September 2026 is "
            "planned (not counted). Volunteer maatje does not count. Toegepaste Psychologie -> "
            "review; unfinished WO master does not pass. SKJ number with a space "
            "('1100 89012'). Mixed date formats: 'mrt 2022 – nu', '01/2017 - 02/2022', "
            "\"'13 – '16\". 'Referenties op aanvraag' = 0. No submissions row -> execution review."
        ),
    ),
)

ENTRIES = [
    ("01-fleur-van-dijk", "two_column", FLEUR),
    ("02-mehmet-yilmaz", "table", MEHMET),
    ("03-sanne-bakker", "paged", SANNE),
    ("04-joyce-mulder", "docx_table", JOYCE),
    ("05-kevin-de-jong", "docx_plain", KEVIN),
    ("06-lotte-vermeulen", "txt", LOTTE),
    ("07-daan-smit", "plain_pdf", DAAN),
    ("08-nadia-el-amrani", "two_column", NADIA),
    ("09-thomas-hendriks", "plain_pdf", THOMAS),
]

# file, supplier, employment, hourly_rate as the broker typed it ("87,50" and 87.50 both occur);
# 09-thomas-hendriks.pdf has no row on purpose.
SUBMISSIONS = [
    ("01-fleur-van-dijk.pdf", "Gooise Jeugdprofessionals B.V.", "detachering", "84,50"),
    ("02-mehmet-yilmaz.pdf", "Flevo Onderwijs & Zorg B.V.", "loondienst", "87.50"),
    ("03-sanne-bakker.pdf", "Payroll Partners Midden B.V.", "payroll", "86.00"),
    ("04-joyce-mulder.docx", "Gooise Jeugdprofessionals B.V.", "detachering", "92,00"),
    ("05-kevin-de-jong.docx", "Zorgflex Detachering B.V.", "detachering", "78.00"),
    ("06-lotte-vermeulen.txt", "Zorgflex Detachering B.V.", "detachering", "87,50"),
    ("07-daan-smit.pdf", "Eemland Interim B.V.", "detachering", "88.00"),
    ("08-nadia-el-amrani.pdf", "Kompas Kindbegeleiding", "zzp", "95,00"),
]

LAYOUT_OPTIONS = {"08-nadia-el-amrani": {"sidebar_color": "#5B2A4E", "accent": "#5B2A4E"}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "data" / "samples")
    args = parser.parse_args()
    employment = {file: kind for file, _, kind, _ in SUBMISSIONS}
    written = build_set(ENTRIES, args.out, args.out / "gold", employment, LAYOUT_OPTIONS)
    write_submissions(args.out / "submissions.csv", SUBMISSIONS)
    for path in written:
        print(path.relative_to(args.out.parent) if args.out.is_relative_to(REPO) else path)


if __name__ == "__main__":
    main()
