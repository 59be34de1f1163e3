"""Roles recognizer: Dutch role blocks in the layouts CVs use, and the label traps of spec S4/S5.

All persons, employers and dates are fictitious (organisation names made up or generic).
"""

from datetime import date

import pytest
import spacy

import pipeline.recognizers  # noqa: F401  (registers the factories)
from pipeline.facts import to_jsonable
from pipeline.scoring.experience import experience_months


@pytest.fixture(scope="module")
def nlp(make_nlp):
    return make_nlp("sections", "periods", "roles")


def _roles(nlp, text: str):
    return nlp(text)._.roles


def _only(nlp, text: str):
    roles = _roles(nlp, text)
    assert len(roles) == 1, [(r.title, r.start, r.end) for r in roles]
    return roles[0]


@pytest.mark.parametrize(
    ("text", "title", "employer", "start", "end"),
    [
        (  # period alone on a line above the title, employer below
            "Werkervaring\n03-2017 - heden\nAmbulant gezinsbegeleider\n"
            "Stichting Thuisplus, Zwolle\n"
            "- Gezinsbegeleiding aan huis bij opvoedproblemen\n",
            "Ambulant gezinsbegeleider", "Stichting Thuisplus", "2017-03", "present",
        ),
        (  # period and title on one line, table cells joined with " | "
            "WERKERVARING\nfebruari 2016 t/m juni 2021 | Ambulant hulpverlener jeugd\n"
            "Jeugdzorg Oost, Deventer\n- Begeleiding van gezinnen in de thuissituatie\n",
            "Ambulant hulpverlener jeugd", "Jeugdzorg Oost", "2016-02", "2021-06",
        ),
        (  # title, employer and period on one line
            "Werkervaring\nAmbulant begeleider | Stichting De Linde | jul 2023 – heden\n"
            "- Ambulante begeleiding van jongeren\n",
            "Ambulant begeleider", "Stichting De Linde", "2023-07", "present",
        ),
        (  # period at the end of the title line
            "Loopbaan\nAmbulant jeugdhulpverlener 01/2020 – heden\nZorggroep Midden, team Noord\n"
            "- ambulante begeleiding aan huis\n",
            "Ambulant jeugdhulpverlener", "Zorggroep Midden, team Noord", "2020-01", "present",
        ),
        (  # title above, then "Employer |" and the period on the line below it
            "Work experience\nAmbulant begeleider onderwijs\n"
            "Samenwerkingsverband PO Rivierenland |\n"
            "aug 2022 – heden\n- Begeleiding van leerlingen in de klas\n",
            "Ambulant begeleider onderwijs", "Samenwerkingsverband PO Rivierenland", "2022-08",
            "present",
        ),
        (  # title above a date line that carries the employer
            "Arbeidsverleden\nLeerkrachtondersteuner\n09-2014 – 12-2018 • SBO De Vlinder, Ede\n"
            "• Ondersteuning van de leerkracht in groep 6\n",
            "Leerkrachtondersteuner", "SBO De Vlinder", "2014-09", "2018-12",
        ),
        (  # "Title - Employer, City" on one line, year-only dates
            "WERKERVARING\n\n2010 - 2013\n"
            "Pedagogisch medewerker BSO - Kinderopvang Het Anker, Gouda\n"
            "- opvang na schooltijd\n",
            "Pedagogisch medewerker BSO", "Kinderopvang Het Anker", "2010", "2013",
        ),
        (  # Flemish full dates in a left column
            "Beroepservaring\n01/09/2018 – 30/06/2021 Zorgcoördinator (halftijds)\n"
            "Vrije Basisschool De Regenboog, Brugge\n› Coördinatie van de leerlingenbegeleiding\n",
            "Zorgcoördinator (halftijds)", "Vrije Basisschool De Regenboog", "2018-09", "2021-06",
        ),
        (  # agency form with field labels
            "Werkervaring\nPeriode: 09-2019 – heden\nFunctie: Ambulant begeleider\n"
            "Werkgever: Stichting Kompas\nWerkzaamheden: begeleiding van gezinnen thuis\n",
            "Ambulant begeleider", "Stichting Kompas", "2019-09", "present",
        ),
        (  # dates in brackets after title and employer
            "Werkervaring\nGroepsleider leefgroep, Stichting De Horst (2012 – 2015)\n"
            "- Begeleiding van jongeren\n",
            "Groepsleider leefgroep", "Stichting De Horst", "2012", "2015",
        ),
        (  # title and employer above a date line that ends with the place
            "Werkervaring\nAmbulant begeleider – Thuisteam Noord\n2021 - heden, Emmen\n"
            "Ambulante begeleiding van kinderen, thuis en op school\n",
            "Ambulant begeleider", "Thuisteam Noord", "2021", "present",
        ),
        (  # "Van ... tot ...:" before the title
            "Beroepservaring\nVan 2016 tot 2019: leerkracht lager onderwijs, Basisschool Sint-Jan",
            "leerkracht lager onderwijs", "Basisschool Sint-Jan", "2016", "2019",
        ),
        (  # plain-text columns separated by runs of spaces
            "Werkervaring\n2014 – 2019    Leerkracht groep 5    OBS Het Kompas, Ede\n",
            "Leerkracht groep 5", "OBS Het Kompas", "2014", "2019",
        ),
        (  # employer with its dates in brackets, title below
            "Werkervaring\nJeugdhulp Noord (2016 – heden)\nAmbulant begeleider\n- hulp aan huis\n",
            "Ambulant begeleider", "Jeugdhulp Noord", "2016", "present",
        ),
        (  # profile-site export: title, employer, dates with a duration, place
            "Ervaring\nAmbulant Begeleider\nStichting Jeugdzorg Delta\n"
            "januari 2019 - heden (5 jaar 6 maanden)\nRotterdam\nBegeleiding van gezinnen.\n",
            "Ambulant Begeleider", "Stichting Jeugdzorg Delta", "2019-01", "present",
        ),
        (  # old Europass labels without colons
            "Werkervaring\nData 01/09/2015 – 31/08/2019\n"
            "Functie of positie Ambulant begeleider passend onderwijs\n"
            "Belangrijkste activiteiten en verantwoordelijkheden Begeleiding van leerlingen\n"
            "Naam en adres van de werkgever Samenwerkingsverband PO Zuid, Breda\n",
            "Ambulant begeleider passend onderwijs", "Samenwerkingsverband PO Zuid, Breda",
            "2015-09", "2019-08",
        ),
        (  # a Word table row of four cells, the last one a description
            "Werkervaring\n2015 - 2019 | Leerkracht groep 7 | OBS De Linde | Lesgeven aan een "
            "combinatiegroep, oudergesprekken en leerlingbesprekingen met de intern begeleider\n",
            "Leerkracht groep 7", "OBS De Linde", "2015", "2019",
        ),
        (  # dates right-aligned after a long employer line
            "Werkervaring\nStichting Jeugdzorg Regio Gooi en Vechtstreek        2019 – heden\n"
            "Ambulant begeleider\n",
            "Ambulant begeleider", "Stichting Jeugdzorg Regio Gooi en Vechtstreek", "2019",
            "present",
        ),
    ],
)
def test_roles_reads_layouts(nlp, text, title, employer, start, end) -> None:
    role = _only(nlp, text)
    assert (role.title, role.employer, role.start, role.end) == (title, employer, start, end)
    assert role.evidence.text in text and role.evidence.text.startswith(
        text.splitlines()[1].strip() or text.splitlines()[2])


@pytest.mark.parametrize(
    ("block", "ambulant", "onderwijs", "counts"),
    [
        ("2019 - heden\nAmbulant begeleider passend onderwijs\nSamenwerkingsverband VO-PO Noord\n"
         "- Begeleiding van leerlingen op basisscholen", True, True, True),
        ("2016 - 2019\nAmbulant gezinsbegeleider\nJeugdhulp Zuid\n- Hulp aan huis bij gezinnen\n"
         "- Samenwerking met scholen en huisartsen", True, False, True),
        # jeugdconsulent: a kitchen-table talk at home is intake, not ambulant support
        ("2021 - heden\nJeugdconsulent\nGemeente Beekdal – team Toegang\n"
         "- Keukentafelgesprekken bij het gezin thuis en indicatiestelling\n"
         "- Toewijzing van ambulante begeleiding aan zorgaanbieders", False, False, True),
        ("2015 - 2018\nGroepsleider leefgroep\nStichting De Horst\n"
         "- Begeleiding van jongeren op een residentiële leefgroep", False, False, True),
        ("2012 - 2014\nPedagogisch medewerker BSO\nKinderopvang Zonnestraal\n"
         "- Opvang van kinderen na schooltijd", False, False, True),
        ("2013 - 2015\nPedagogisch medewerker dagbehandeling\nKinderpsychiatrie West\n"
         "- Begeleiding van een dagbehandelingsgroep", False, False, True),
        # FACT team: ambulant because the description places the work at home
        ("2017 - 2020\nBegeleider FACT-team jeugd\nGGZ Kustland\n"
         "- Outreachende zorg: begeleiding van jongeren thuis en in de wijk", True, False, True),
        ("2015 - 2020\nGezinscoach\nJeugdhulp Oost\n- Gezinnen thuis begeleiden bij opvoedvragen",
         True, False, True),
        ("2021 - 2022\nLIO-stage groep 7\nOBS De Wilg\n- Zelfstandig lesgeven", False, True,
         False),
        ("2014 - 2015\nAfstudeerstage ambulant team\nJeugdhulp Noord\n- Stage in het vierde jaar",
         True, False, False),
        ("2018 - 2019\nVrijwilliger huiswerkbegeleiding\nBuurthuis De Kern\n- Twee middagen",
         False, False, False),
        # street youth work is "ambulant" in another sense
        ("2015 - 2020\nJongerenwerker\nWelzijn Oost\n- Ambulant jongerenwerk op straat",
         False, False, True),
        ("2019 - 2021\nBBL-leerwerkplek pedagogisch medewerker\nKinderopvang Pluk\n"
         "- Werkend leren met een arbeidscontract", False, False, True),
        ("2010 - 2012\nLeerkracht groep 5\nCBS De Akker\n- Lesgeven aan de eigen klas",
         False, True, True),
        ("2016 - 2019\nMedewerker jeugd\nStichting Kwadraat\n"
         "- Begeleiding van leerlingen in de klas\n"
         "- Coaching van leerkrachten en intern begeleiders", False, True, True),
        ("2016 - 2019\nHome-based family support worker\nFamily Care Ltd\n- Supporting families",
         True, False, True),
        ("2015 - 2017\nContextbegeleider\nvzw De Brug, Gent\n- Mobiele begeleiding van gezinnen",
         True, False, True),
        # someone else's ambulant work in a group worker's description
        ("2015 - 2018\nGroepsleider behandelgroep\nStichting De Horst\n"
         "- Overleg met de ambulant begeleider van het gezin", False, False, True),
        ("2008 - 2015\nMaatschappelijk werker\nWelzijn Zuid\n"
         "- Doorverwijzing naar ambulante hulpverlening", False, False, True),
        # BSO at an integral child centre is childcare, not education
        ("2016 - 2019\nPedagogisch medewerker BSO\nKindcentrum De Sterren, basisschool en opvang",
         False, False, True),
        ("2016 - 2019\nVrijwilligerscoördinator\nStichting Buurtwerk", False, False, True),
        ("2017 - 2021\nJeugd- en gezinswerker\nWijkteam Noord\n- Kortdurende ondersteuning thuis",
         True, False, True),
        ("2019 - 2022\nSchoolcoach\nStichting Kindkracht\n- Gesprekken met kinderen",
         False, True, True),
        ("2018 - 2022\nFamily support worker\nHomeStart\n- Home visits and parenting support",
         True, False, True),
        ("2014 - 2017\nResidential youth worker\nYouth Care Ltd\n- Shifts on a residential unit",
         False, False, True),
        # an employer that is care and education at once: what the person did decides
        ("2016 - 2021\nGroepsleider woongroep\nDe Linde Jeugdzorg en Onderwijs\n"
         "- Dagelijkse begeleiding van jongeren op een woongroep", False, False, True),
        ("2021 - heden\nBegeleider passend onderwijs\nDe Linde Jeugdzorg & Onderwijs\n"
         "- Begeleiding van leerlingen in de klas", False, True, True),
        ("2012 - 2016\nGezinsbegeleider\nStichting Jeugdhulp en Onderwijs West\n"
         "- Begeleiding van leerlingen in de klas en coaching van leerkrachten", False, True,
         True),
        # home visits are work in the family's home; a visit for an application is intake
        ("2018 - 2019\nMeewerkstage jeugdteam\nJeugdteam Noord\n"
         "- Meelopen met huisbezoeken en eigen casuïstiek", True, False, False),
        ("2019 - heden\nVrijwilliger\nStichting Leergeld Noord\n"
         "- Huisbezoeken bij gezinnen die een aanvraag doen", False, False, False),
        # ... and a school's own professional visiting homes still works at the school
        ("2022 - heden\nSchoolmaatschappelijk werker\nHet Stedelijk College\n"
         "- Leerlingbegeleiding en huisbezoeken", False, True, True),
    ],
)
def test_roles_labels(nlp, block, ambulant, onderwijs, counts) -> None:
    role = _only(nlp, "Werkervaring\n" + block + "\n")
    assert (role.ambulant, role.onderwijs, role.counts) == (ambulant, onderwijs, counts), \
        role.explanation


@pytest.mark.parametrize("gap", ["Wereldreis", "Sabbatical", "Reizen door Azië",
                                 "Ouderschapsverlof (ambulant team)"])
def test_roles_travel_among_the_jobs_is_listed_but_not_counted(nlp, gap: str) -> None:
    text = f"Werkervaring\n2019 - 2020\n{gap}\n2016 - 2019\nAmbulant begeleider\nJeugdhulp Zuid\n"
    travel, job = _roles(nlp, text)
    assert (travel.start, travel.counts, travel.ambulant, travel.onderwijs) == \
        ("2019", False, False, False)
    assert travel.explanation["counts"]["rule"] == "gap"
    assert (job.start, job.counts, job.ambulant) == ("2016", True, True)
    assert experience_months(to_jsonable([job]), ["ambulant"], date(2026, 6, 22)) == \
        experience_months(to_jsonable([travel, job]), ["ambulant"], date(2026, 6, 22))


def test_roles_explanation_names_the_rule_and_words(nlp) -> None:
    role = _only(nlp, "Werkervaring\n2016 - 2019\nAmbulant gezinsbegeleider\nJeugdhulp Zuid\n")
    assert role.explanation["ambulant"] == {"rule": "ambulant term", "terms": ["ambulant"]}
    assert role.explanation["counts"]["rule"] == "paid work"
    assert role.explanation["onderwijs"]["rule"] == "no term"


def test_roles_review_when_care_role_is_undecided(nlp) -> None:
    role = _only(nlp, "Werkervaring\n2008 - 2015\nMaatschappelijk werker\nWelzijn Centrum\n"
                      "- Spreekuur en kortdurende hulpverlening aan gezinnen\n")
    assert not role.ambulant and role.review


def test_roles_no_review_for_unrelated_work(nlp) -> None:
    role = _only(nlp, "Werkervaring\n2012 - 2014\nVakkenvuller\nSupermarkt Plus\n")
    assert role.counts and role.review is None


def test_roles_ignores_dates_inside_descriptions_and_projects(nlp) -> None:
    text = (
        "Werkervaring\n05/2016 - heden Ambulant begeleider\nJeugdhulp Gooi\n"
        "- Inzet van oudertraining (vanaf 2018)\n- sinds 2019 ook werkbegeleider\n"
        "- Project Thuis op school (2020 - 2021) met twee scholen\n"
        "Ontwikkeling van een oudertraining voor de regio (2019 - 2020)\n"
        "Project Samen Sterk (2021 - 2022)\n"
    )
    roles = _roles(nlp, text)
    assert [(r.start, r.end) for r in roles] == [("2016-05", "present")]


def test_roles_education_stages_are_not_roles(nlp) -> None:
    text = (
        "Opleiding\n2010 - 2014 Social Work, Hogeschool Rijnland\n"
        "Afstudeerstage 2013 - 2014 bij een ambulant team\n"
        "Werkervaring\n2014 - heden Ambulant hulpverlener\nJeugdhulp West\n"
    )
    assert [(r.title, r.start) for r in _roles(nlp, text)] == [("Ambulant hulpverlener", "2014")]


def test_roles_volunteer_section_does_not_count(nlp) -> None:
    text = (
        "Werkervaring\n2018 - heden Ambulant begeleider\nJeugdhulp Noord\n"
        "Nevenactiviteiten\n2017 – heden Jeugdtrainer voetbal\nVV Sportief\n"
    )
    roles = _roles(nlp, text)
    assert [(r.title, r.counts) for r in roles] == [
        ("Ambulant begeleider", True), ("Jeugdtrainer voetbal", False)]


def test_roles_fallback_without_a_work_heading(nlp) -> None:
    text = (
        "Noor de Wit\nnoor@example.nl\n"
        "Ambulant hulpverlener\n01-2020 – heden • Jeugdzorg Delta, Breda\n"
        "• Begeleiding van gezinnen thuis\n"
        "Opleiding\n2012 - 2016 Pedagogiek\n"
    )
    roles = _roles(nlp, text)
    assert [(r.title, r.start, r.end) for r in roles] == [
        ("Ambulant hulpverlener", "2020-01", "present")]


def test_roles_months_for_a_whole_section(nlp) -> None:
    text = (
        "Werkervaring\n"
        "03-2018 - heden\nAmbulant begeleider passend onderwijs\nSamenwerkingsverband Eemland\n"
        "- Begeleiding van leerlingen in de klas\n"
        "01-2015 t/m 12-2017\nAmbulant gezinsbegeleider\nJeugdhulp Eemland\n- Hulp aan huis\n"
        "08-2013 t/m 12-2014\nPedagogisch medewerker dagbehandeling\nKinderzorg Eemland\n"
    )
    roles = to_jsonable(_roles(nlp, text))
    reference = date(2026, 6, 22)
    assert experience_months(roles, ["ambulant"], reference) == 100 + 36
    assert experience_months(roles, ["onderwijs"], reference) == 100


def test_roles_internship_section_does_not_count(nlp) -> None:
    text = (
        "Werkervaring\n2019 - heden Ambulant begeleider\nJeugdhulp Noord\n"
        "Stages\n2017 - 2018 Pedagogisch medewerker\nKinderopvang Klein Duimpje\n"
    )
    assert [(r.title, r.counts) for r in _roles(nlp, text)] == [
        ("Ambulant begeleider", True), ("Pedagogisch medewerker", False)]


def test_roles_not_ambulant_title_with_ambulant_description_asks_review(nlp) -> None:
    role = _only(nlp, "Werkervaring\n2015 - 2018\nPedagogisch medewerker\nJeugdzorg Oost\n"
                      "- Ambulante begeleiding van gezinnen na de dagbehandeling\n")
    assert role.ambulant and role.review


def test_roles_work_heading_without_dates_falls_back_to_the_whole_cv(nlp) -> None:
    text = (
        "Werkervaring\nZie hieronder.\nOverig\n"
        "2018 - heden Ambulant hulpverlener\nJeugdhulp Delta\n"
        "Opleiding\n2012 - 2016 Pedagogiek\n"
    )
    assert [(r.title, r.start) for r in _roles(nlp, text)] == [("Ambulant hulpverlener", "2018")]


def test_roles_study_entries_under_a_work_heading_are_not_roles(nlp) -> None:
    text = (
        "Werkervaring\n2018 - heden Ambulant begeleider\nJeugdhulp Noord\n"
        "2010 - 2014 HBO Pedagogiek\nHogeschool Zeeland, diploma behaald\n"
        "2014 - 2015 Afstudeerstage ambulant team\nJeugdhulp Zeeland\n"
    )
    assert [(r.title, r.counts) for r in _roles(nlp, text)] == [
        ("Ambulant begeleider", True), ("Afstudeerstage ambulant team", False)]


def test_roles_inline_heading_inside_a_job_does_not_end_the_work_section(nlp) -> None:
    text = (
        "Werkervaring\n2019 - heden Ambulant begeleider\nJeugdhulp Noord\n"
        "Referentie: Dhr. P. Jansen, teamleider\n"
        "Talen: Engels op de werkvloer\n2015 - 2019 Groepsleider\nDe Hoven\n"
        "Opleiding\n2008 - 2012 SPH\n"
    )
    assert [r.title for r in _roles(nlp, text)] == ["Ambulant begeleider", "Groepsleider"]


@pytest.mark.parametrize(
    ("switch", "title", "counts"),
    [
        ("count_internships", "Afstudeerstage SPH", True),
        ("count_volunteer_work", "Vrijwilliger buurthuis", True),
        ("count_paid_learning_work", "BBL-leerwerkplek pedagogisch medewerker", False),
    ],
)
def test_roles_count_switches_come_from_config(switch: str, title: str, counts: bool) -> None:
    defaults = {"count_internships": False, "count_volunteer_work": False,
                "count_paid_learning_work": True}
    nlp = spacy.blank("nl")
    nlp.add_pipe("cvscreen_sections_v1")
    nlp.add_pipe("cvscreen_periods_v1", config={"reference_date": "2026-06-22"})
    nlp.add_pipe("cvscreen_roles_v1", config={**defaults, switch: not defaults[switch]})
    role = _only(nlp, f"Werkervaring\n2018 - 2019\n{title}\nStichting Voorbeeld\n")
    assert role.counts is counts


def test_roles_date_column_read_before_its_titles(nlp) -> None:
    text = (
        "Werkervaring\n09-2017\n—\n07-2018\n2014 2017\n—\n"
        "BPV-stage onderwijsassistent\nOBS De Vlinder\n- Stage in het laatste jaar\n"
        "Vakkenvuller (bijbaan)\nSupermarkt Plus\n"
    )
    assert [(r.start, r.title, r.counts) for r in _roles(nlp, text)] == [
        ("2017-09", "BPV-stage onderwijsassistent", False),
        ("2014", "Vakkenvuller (bijbaan)", True),
    ]


def test_roles_date_column_dealt_past_a_line_of_description(nlp) -> None:
    """A description line with a title word ("Stage derde jaar: meelopen ...") is no title
    of the next date's job."""
    text = (
        "Werkervaring\nsep. 2016 —\njun. 2017\n2015 —\n2018\n"
        "Meewerkstage jeugdteam\nJeugdteam Noord, Ede\n"
        "Stage derde jaar: meelopen met de begeleiding van drie gezinnen en hun kinderen\n"
        "Vrijwilliger huiswerkklas\nBuurthuis De Brug, Ede\n"
    )
    assert [(r.start, r.title) for r in _roles(nlp, text)] == [
        ("2016-09", "Meewerkstage jeugdteam"),
        ("2015", "Vrijwilliger huiswerkklas"),
    ]


def test_roles_two_periods_of_one_job_on_its_line(nlp) -> None:
    text = (
        "Werkervaring\n2012 – 2014 en 2016 – 2018 Ambulant begeleider, Jeugdhulp Zuid\n"
        "- hulp aan huis\n2014 – 2016 Groepsleider, De Hoven\n"
    )
    roles = _roles(nlp, text)
    assert [(r.start, r.end, r.title, r.employer, r.ambulant) for r in roles] == [
        ("2012", "2014", "Ambulant begeleider", "Jeugdhulp Zuid", True),
        ("2016", "2018", "Ambulant begeleider", "Jeugdhulp Zuid", True),
        ("2014", "2016", "Groepsleider", "De Hoven", False),
    ]


def test_roles_start_and_end_in_table_columns(nlp) -> None:
    text = (
        "Werkervaring\nVan | Tot | Functie | Werkgever\n"
        "2019 | heden | Ambulant begeleider | Stichting Kompas\n"
        "2015 | 2019 | Groepsleider | De Hoven\n"
    )
    assert [(r.start, r.end, r.title, r.employer) for r in _roles(nlp, text)] == [
        ("2019", "present", "Ambulant begeleider", "Stichting Kompas"),
        ("2015", "2019", "Groepsleider", "De Hoven"),
    ]


def test_roles_first_job_on_the_heading_line(nlp) -> None:
    text = "Werkervaring: 2019 - heden Ambulant begeleider, Jeugdhulp Zuid\n- hulp aan huis\n"
    assert [(r.start, r.title) for r in _roles(nlp, text)] == [("2019", "Ambulant begeleider")]


def test_roles_employer_tenure_over_its_jobs_is_no_job(nlp) -> None:
    text = (
        "Werkervaring\nStichting Jeugdzorg Rijnmond 2010 - 2020\n"
        "- 2016 - 2020 Ambulant gezinsbegeleider\n- 2010 - 2016 Groepsleider leefgroep\n"
    )
    assert [(r.start, r.title, r.employer) for r in _roles(nlp, text)] == [
        ("2016", "Ambulant gezinsbegeleider", "Stichting Jeugdzorg Rijnmond"),
        ("2010", "Groepsleider leefgroep", "Stichting Jeugdzorg Rijnmond"),
    ]


def test_roles_title_above_the_dates_with_a_sentence_below(nlp) -> None:
    """Title and employer above the dates, a description sentence under them: the sentence
    (which names a coördinator) is not the title, and a remark beside the dates is no title."""
    text = (
        "Werkervaring\n\nGezinscoach\nStichting Wijkkracht, Gouda\nmaart 2019 - heden\n"
        "Ik begeleid gezinnen thuis bij opvoedvragen.\n\n"
        "Leerkracht groep 5/6\nCBS De Wegwijzer, Nieuwerkerk\naug 2014 - feb 2019\n"
        "Eigen klas met 28 leerlingen; daarnaast coördinator gedrag.\n\n"
        "Intern begeleider\nOBS Het Kompas\n2019 - 2020 (naast mijn baan als gezinscoach)\n\n"
        "Remedial teacher\nPraktijk Letterwijs\n2021 - heden\n"
    )
    assert [(r.title, r.employer, r.start, r.end) for r in _roles(nlp, text)] == [
        ("Gezinscoach", "Stichting Wijkkracht", "2019-03", "present"),
        ("Leerkracht groep 5/6", "CBS De Wegwijzer", "2014-08", "2019-02"),
        ("Intern begeleider", "OBS Het Kompas", "2019", "2020"),
        ("Remedial teacher", "Praktijk Letterwijs", "2021", "present"),
    ]


def test_roles_dates_above_the_title_keep_the_title_below(nlp) -> None:
    """The other order: dates first, title and employer below, for every role of the CV."""
    text = (
        "Werkervaring\n2019 - heden\nGezinscoach\nStichting Wijkkracht\n"
        "Coördinator gedrag\n2014 - 2019\nLeerkracht\nCBS De Wegwijzer\n"
    )
    assert [(r.title, r.start) for r in _roles(nlp, text)] == [
        ("Gezinscoach", "2019"), ("Leerkracht", "2014")]


def test_roles_descriptions_listed_apart_under_each_employer(nlp) -> None:
    """A 'Van | Tot | Functie | Werkgever' table with the work described below it, employer by
    employer: each description goes to its own role, not to the last row above it."""
    text = (
        "Werkervaring\n"
        "01-2022 | heden | Ambulant gezinsbegeleider | Stichting Thuis Zuid\n"
        "06-2017 | 12-2021 | Groepsleider | De Horst Jeugdzorg en Onderwijs\n"
        "09-2014 | 05-2017 | Medewerker | Stichting Kwadraat\n"
        "Toelichting werkzaamheden\n"
        "Stichting Thuis Zuid\nBegeleiding van gezinnen aan huis bij opvoedvragen.\n"
        "De Horst Jeugdzorg en Onderwijs\nGroepsleiding op een woongroep; de jongeren gaan "
        "overdag naar school.\n"
        "Stichting Kwadraat\nBegeleiding van leerlingen in de klas en coaching van leerkrachten.\n"
    )
    roles = _roles(nlp, text)
    assert [(r.title, r.ambulant, r.onderwijs) for r in roles] == [
        ("Ambulant gezinsbegeleider", True, False),
        ("Groepsleider", False, False),
        ("Medewerker", False, True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a werk.nl form: every field of the line is read, the period wherever it stands
        ("Werkervaring\nFunctie: Ambulant woonbegeleider · Werkgever: Zorggroep Oost · "
         "Plaats: Almere · Periode: 03-2021 t/m heden\n"
         "Functie: Stagiair ambulante begeleiding · Werkgever: Zorggroep Oost · Periode: "
         "09-2016 t/m 06-2017 · Soort: BPV-stage (onbetaald)\n",
         [("Ambulant woonbegeleider", "Zorggroep Oost", "2021-03", True),
          ("Stagiair ambulante begeleiding", "Zorggroep Oost", "2016-09", False)]),
        # a remark in brackets after the dates, a sentence under the dates
        ("Werkervaring\nLeerkracht groep 7 – Basisschool De Akker, Nijkerk\naug 2010 – jul 2017\n"
         "Eigen groep 7; vanaf 2014 ook gedragsspecialist in het zorgteam.\n"
         "Vrijwilligerswerk\nBegeleider zomerkamp – Stichting Zomer, 2012 – 2019 (jaarlijks een "
         "week, vrijwillig)\n",
         [("Leerkracht groep 7", "Basisschool De Akker", "2010-08", True),
          ("Begeleider zomerkamp", "Stichting Zomer", "2012", False)]),
        # "Title — Employer" above the dates: the description under them is no employer, and
        # a job overlapping another (a teaching side job) is a role of its own
        ("Werkervaring\nJeugd- en gezinscoach — Jeugdteam Leiden (JGT), Leiden\n"
         "sept. 2018 – heden\nKortdurende ambulante begeleiding van gezinnen bij hen thuis bij "
         "opvoedvragen,\nscheiding en schoolverzuim.\nGastdocent SPH (4 uur per week) — "
         "Hogeschool Leiden\nsept. 2019 – jul. 2022\nLessen gespreksvaardigheden en methodisch "
         "werken in het tweede studiejaar;\nbeoordelen van stageverslagen.\n",
         [("Jeugd- en gezinscoach", "Jeugdteam Leiden (JGT)", "2018-09", True),
          ("Gastdocent SPH (4 uur per week)", "Hogeschool Leiden", "2019-09", True)]),
    ],
)
def test_roles_forms_remarks_and_sentences(nlp, text, expected) -> None:
    roles = _roles(nlp, text)
    assert [(r.title, r.employer, r.start, r.counts) for r in roles] == expected


def test_roles_since_closing_the_employer_line(nlp) -> None:
    """"Employer · Place · sinds <month>" under the title opens a job that still runs; the
    same words inside a sentence are prose."""
    roles = _roles(nlp, "Werkervaring\nAmbulant jeugdhulpverlener\nJeugdhulp Oost · Deventer · "
                        "sinds maart 2021\nBegeleiding van gezinnen bij hen thuis.\n"
                        "Groepsleider\nDe Horst · Ede · 2015 – 2021\nDiensten op een leefgroep.\n"
                        "Ik werk sinds 2015 met jongeren · graag\n")
    assert [(r.title, r.employer, r.start, r.end) for r in roles] == [
        ("Ambulant jeugdhulpverlener", "Jeugdhulp Oost", "2021-03", "present"),
        ("Groepsleider", "De Horst", "2015", "2021"),
    ]


def test_roles_employer_ends_where_the_description_runs_on(nlp) -> None:
    """"9/17–nu Title, Employer (Place). Description ..." on one line: the employer stops
    at the sentence end."""
    role = _only(nlp, "Werkervaring\n9/17–nu Ambulant begeleider basisscholen, Altra "
                      "(Amsterdam). Ambulante\nbegeleiding op negen basisscholen in Oost en "
                      "Zuidoost, in opdracht van het samenwerkingsverband.\n")
    assert (role.title, role.employer, role.start) == (
        "Ambulant begeleider basisscholen", "Altra (Amsterdam)", "2017-09")


def test_roles_title_employer_and_place_on_the_date_line(nlp) -> None:
    """"dates | Title – Employer, City" over a short description: the line holds title and
    employer; the description below is no employer (an employer of care and education then
    does not make a living group onderwijs)."""
    roles = _roles(nlp, "Werkervaring\n09-2018 – 01-2022 | Groepsleider behandelgroep – "
                        "De Linde Jeugdzorg en Onderwijs, Den Haag\n"
                        "Behandelgroep voor jongeren (verblijf)\n"
                        "Uitvoeren van behandelplannen\n")
    assert [(r.title, r.employer, r.onderwijs) for r in roles] == [
        ("Groepsleider behandelgroep", "De Linde Jeugdzorg en Onderwijs", False)]


def test_roles_form_fields_above_the_period(nlp) -> None:
    """A form that names each job before its period ("Beroep:", "Werkgever:", "Plaats:",
    "Periode:"): the fields above a period are that job's, not the end of the job before."""
    text = ("Werkervaring\nBeroep: Pedagogisch medewerker\nWerkgever: Kinderopvang Zon\n"
            "Plaats: Ede\nPeriode: 03-2019 t/m heden\nWerkzaamheden: Verzorgen van kinderen.\n"
            "Beroep: Onderwijsassistent\nWerkgever: OBS De Linde\nPlaats: Ede\n"
            "Periode: 08-2017 t/m 02-2019\nWerkzaamheden: Ondersteunen van de leerkracht.\n")
    assert [(r.title, r.employer, r.start, r.onderwijs) for r in _roles(nlp, text)] == [
        ("Pedagogisch medewerker", "Kinderopvang Zon", "2019-03", False),
        ("Onderwijsassistent", "OBS De Linde", "2017-08", True),
    ]


def test_roles_since_opening_a_sentence_is_description(nlp) -> None:
    """"Sinds augustus 2017 werk ik in het ambulante team ..." under a job describes that
    job; it is no job of its own, and its words label the job above."""
    roles = _roles(nlp, "Werkervaring\nAmbulant begeleider – Jeugdhulp Oost, Ede\n"
                        "aug. 2017 – heden\nSinds augustus 2017 werk ik in het ambulante team. "
                        "In de klas ondersteun ik leerlingen en ik coach hun leerkrachten.\n")
    assert [(r.title, r.start, r.onderwijs) for r in roles] == [
        ("Ambulant begeleider", "2017-08", True)]


def test_roles_projects_listed_under_a_lead_in_are_part_of_the_job(nlp) -> None:
    """Dated lines under "Projecten binnen deze functie:" inside a job's period are that
    job's projects, whatever their titles say."""
    roles = _roles(nlp, "Werkervaring\nsep 2019 – heden | Ambulant begeleider\n"
                        "Samenwerkingsverband Noord\nBegeleiding van leerlingen in de klas.\n"
                        "Projecten binnen deze functie:\n"
                        "2021 – 2022 | Thuiszitterspact: terugkeer van verzuimende leerlingen\n"
                        "sep 2015 – mei 2019 | Orthopedagoog\nDe Horst, Ede\n")
    assert [(r.title, r.start) for r in roles] == [
        ("Ambulant begeleider", "2019-09"), ("Orthopedagoog", "2015-09")]


def test_roles_two_jobs_at_one_employer_keep_their_own_lines(nlp) -> None:
    """A second job at the same employer names it too: its employer line and description
    stay with it, not read as a description keyed to the first job."""
    roles = _roles(nlp, "Werkervaring\n03-2019 – heden\nAmbulant begeleider jongeren\n"
                        "Jeugdhulp Friesland\nAmbulante begeleiding van jongeren thuis.\n"
                        "09-2014 – 02-2019\nPedagogisch medewerker leefgroep\n"
                        "Jeugdhulp Friesland\nLeefgroep voor jongeren; dag- en avonddiensten.\n")
    assert [(r.title, r.employer, r.evidence.text.splitlines()[-1]) for r in roles] == [
        ("Ambulant begeleider jongeren", "Jeugdhulp Friesland",
         "Ambulante begeleiding van jongeren thuis."),
        ("Pedagogisch medewerker leefgroep", "Jeugdhulp Friesland",
         "Leefgroep voor jongeren; dag- en avonddiensten."),
    ]
