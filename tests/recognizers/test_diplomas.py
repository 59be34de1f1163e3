"""The diploma recognizer on Dutch, Flemish and English education entries, including traps.

Every person, school result and year in these tables is fictitious.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest

from pipeline.params import load_params
from pipeline.scoring.criteria import by_id
from pipeline.scoring.tender_view import field_class


@pytest.fixture(scope="module")
def nlp(make_nlp):
    """The diploma recognizer reads the education sections the sections component finds."""
    return make_nlp("sections", "diplomas")


@pytest.fixture(scope="module")
def tokenizer(make_nlp):
    """A pipeline without components, to tokenize for a recognizer configured in the test."""
    return make_nlp()


def facts_of(diplomas) -> list[tuple]:
    """(level, field class as tender 30175 reads the study's field, completed, end year)."""
    settings = by_id(load_params(), "diploma")
    return [(d.level, field_class(asdict(d), settings), d.completed, d.end_year)
            for d in diplomas]


def facts(doc) -> list[tuple]:
    return facts_of(doc._.diplomas)


ENTRIES = [
    # (education section, [(level, field_class, completed, end_year)])
    ("Opleiding\n2010 - 2014 HBO Pedagogiek, Hogeschool Rotterdam - diploma behaald",
     [("hbo", "accepted", True, 2014)]),
    ("Opleiding\n2009 – 2013 Social Work, uitstroomprofiel Jeugd\nHogeschool Leiden\n"
     "Diploma behaald", [("hbo", "accepted", True, 2013)]),
    ("Opleidingen\nSociaal Pedagogische Hulpverlening (SPH), hbo-bachelor 2004 – 2008\n"
     "Hogeschool Inholland, Alkmaar – diploma behaald\nHAVO 1999 – 2004\nHet Lyceum, Bergen",
     [("hbo", "accepted", True, 2008), ("havo", None, True, 2004)]),
    ("OPLEIDING\nMaster Orthopedagogiek (MSc)\nRadboud Universiteit Nijmegen | 2016 – 2017\n"
     "Diploma behaald (augustus 2017)\nBachelor Pedagogische Wetenschappen\n"
     "Radboud Universiteit Nijmegen | 2013 – 2016\nDiploma behaald",
     [("wo", "accepted", True, 2017), ("wo", "accepted", True, 2016)]),
    # The level word joined to the study by a hyphen.
    ("Opleiding\nafgestudeerd 2010 HBO-SPH\nSaxion, Deventer", [("hbo", "accepted", True, 2010)]),
    ("Opleiding\n2003 - 2007 hbo-pedagogiek (deeltijd), Hogeschool Windesheim",
     [("hbo", "accepted", True, 2007)]),
    ("Opleiding\n1996 - 2000 Hbo-MWD, Hogeschool van Amsterdam, diploma behaald",
     [("hbo", "accepted", True, 2000)]),
    ("Opleiding\n2012 - 2015 Toegepaste Psychologie, Fontys Hogescholen - diploma behaald",
     [("hbo", "review", True, 2015)]),
    ("Opleiding\n2008 - 2012 PABO, Hogeschool iPabo Amsterdam, diploma behaald",
     [("hbo", "review", True, 2012)]),
    ("Opleiding\n1998 - 2002 Culturele en Maatschappelijke Vorming (CMV), Hogeschool Utrecht",
     [("hbo", "review", True, 2002)]),
    ("Opleiding\n2005 - 2009 HBO Verpleegkunde, Hogeschool Zeeland, diploma behaald",
     [("hbo", "unrelated", True, 2009)]),
    ("Opleiding\n2011 - 2015 Bedrijfskunde\nHogeschool van Arnhem en Nijmegen\nDiploma behaald",
     [("hbo", "unrelated", True, 2015)]),
    ("Opleiding\n2004 – 2008 Maatschappelijk Werk en Dienstverlening Hogeschool Utrecht behaald\n"
     "(MWD), bachelor", [("hbo", "accepted", True, 2008)]),
    ("Opleiding\n2014 - 2018 MBO Pedagogisch Werk niveau 4, ROC Midden Nederland - diploma "
     "behaald\n2010 - 2014 VMBO-KB, Het Streek, Ede", [("mbo", None, True, 2018),
                                                       ("vmbo", None, True, 2014)]),
    ("Education\n09/2010 – 06/2014 BACHELOR OF SOCIAL WORK\nInholland University of Applied "
     "Sciences – Haarlem, Netherlands\nDegree obtained.", [("hbo", "accepted", True, 2014)]),
    ("Opleiding\n2015 - 2019 Pedagogische Wetenschappen (wo-bachelor), Universiteit Leiden\n"
     "2019 - 2020 Master Youth Studies, Universiteit Utrecht, afgestudeerd",
     [("wo", "accepted", True, 2019), ("wo", "accepted", True, 2020)]),
    ("Opleiding\n2007 – 2011 Schoolmaatschappelijk Werk, Hogeschool Rotterdam – diploma behaald",
     [("hbo", "accepted", True, 2011)]),
    ("Opleiding\nHogeschool Leiden\nBachelor Social Work\n2010 - 2014, diploma behaald\n"
     "Stedelijk College, Eindhoven\nHAVO\n2005 - 2010",
     [("hbo", "accepted", True, 2014), ("havo", None, True, 2010)]),
    ("Opleiding\n2010 - 2014 HBO Pedagogiek, Hogeschool Leiden\nHAVO (2005-2010), Het College",
     [("hbo", "accepted", True, 2014), ("havo", None, True, 2010)]),
    ("Opleiding: HBO Pedagogiek, Hogeschool Leiden (2014)", [("hbo", "accepted", True, 2014)]),
    ("Opleiding\n2010-2014 | Pedagogiek | Hogeschool Leiden | Diploma: ja\n"
     "2008-2010 | HBO-V | Hogeschool Zeeland | Diploma: nee",
     [("hbo", "accepted", True, 2014), ("hbo", "unrelated", False, None)]),
    ("OPLEIDINGEN\nsept. 2009 – juni 2013   Hbo Social Work (Jeugd)   Hogeschool Rotterdam\n"
     "aug 2003 - jul 2009   VWO   Stedelijk Gymnasium Breda",
     [("hbo", "accepted", True, 2013), ("vwo", None, True, 2009)]),
    ("Education\n2014 – 2017 BSc Psychology, University of Amsterdam\n"
     "2017 – 2018 MSc Child Development and Education, University of Amsterdam",
     [("wo", "review", True, 2017), ("wo", "accepted", True, 2018)]),
    ("ONDERWIJS EN OPLEIDING\n01/09/2008 – 30/06/2012 Bachelor Social Work\n"
     "Hogeschool van Amsterdam, Amsterdam (Nederland)\nNiveau 6 EQF",
     [("hbo", "accepted", True, 2012)]),
    ("Opleidingen\nHBO Pedagogiek | Hogeschool Windesheim | 2008-2012 | Diploma\n"
     "MBO SPW 4 | ROC Zwolle | 2004-2008 | Diploma",
     [("hbo", "accepted", True, 2012), ("mbo", None, True, 2008)]),
    ("Opleidingen\nNiveau | Opleiding | Instituut | Jaar\nHBO | Pedagogiek | Hogeschool Utrecht | "
     "2014\nMBO | Pedagogisch Werk 4 | ROC Utrecht | 2010",
     [("hbo", "accepted", True, 2014), ("mbo", None, True, 2010)]),
    # a right-aligned date column read apart: one period per entry, paired in order
    ("Opleiding\nSocial Work (hbo-bachelor, deeltijd)\nHogeschool Leiden – diploma behaald\n"
     "VWO\nStedelijk Gymnasium Leiden – diploma behaald\n2010 – 2014\n2004 – 2010",
     [("hbo", "accepted", True, 2014), ("vwo", None, True, 2010)]),
    # a scan's OCR: dashes lost, rules left as "—" lines, the date column read first
    ("Opleidingen\n2014 2017\n—\n2010 2014\n—\nMBO Pedagogisch Werk, niveau 4\n"
     "ROC Utrecht, Utrecht diploma behaald\n—\nVMBO-TL (theoretische leerweg)\n"
     "Het Streek, Ede diploma behaald", [("mbo", None, True, 2017), ("vmbo", None, True, 2014)]),
    ("OPLEIDINGEN\n2006 2010 Sociaal Pedagogische Hulpverlening (SPH)\n—-\n"
     "Hogeschool Leiden diploma behaald", [("hbo", "accepted", True, 2010)]),
    ("OPLEIDINGEN\n2006 —- 2010 Sociaal Pedagogische Hulpverlening (SPH)\n"
     "Hogeschool Leiden — diploma behaald", [("hbo", "accepted", True, 2010)]),
    ("Education\nUniversity of Amsterdam - MSc Child Development and Education (2012)\n"
     "University of Amsterdam - BSc Pedagogical Sciences (2011)",
     [("wo", "accepted", True, 2012), ("wo", "accepted", True, 2011)]),
    ("DIPLOMA’S EN OPLEIDING\n2012 – 2015 | Bachelor in het Sociaal Werk\n"
     "Hogeschool Gent (professionele bachelor) – diploma behaald\n"
     "- Stages: jeugdhulp Gent (2de jaar) en een thuisbegeleidingsdienst (3de jaar)\n"
     "2006 – 2012 | Secundair onderwijs – ASO Humane Wetenschappen\nSint-Jozefscollege, Aalst\n"
     "BEROEPSERVARING\n2015 – heden | Contextbegeleider", [("hbo", "accepted", True, 2015),
                                                         ("other", None, True, 2012)]),
    # not completed
    ("Opleidingen\n2016 - 2018 Pedagogiek (hbo), propedeuse behaald\nHogeschool Utrecht",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\n2019 - heden Sociaal Pedagogische Hulpverlening (deeltijd), Hogeschool "
     "Windesheim", [("hbo", "accepted", False, None)]),
    ("Opleiding\n2022 - 2027 Social Work, Saxion Deventer (verwacht 2027)",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\n2013-2016 Pedagogiek, Hogeschool Rotterdam - niet afgerond",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\nSocial Work (hbo) – nog bezig, 3e jaar\nHogeschool Leiden",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\n2010 - 2012 Pedagogiek, Hogeschool Utrecht, gestopt na het tweede jaar",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\n2016 – heden: Master Pedagogiek (deeltijd), Hogeschool Windesheim, afronding "
     "verwacht 2027\n2008 – 2012: Bachelor Social Work, Hogeschool Windesheim, diploma behaald",
     [("hbo", "accepted", False, None), ("hbo", "accepted", True, 2012)]),
    ("Opleiding\n2026 Pedagogiek (deeltijd), Hogeschool Windesheim – gepland, start september",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\n2008 - 2011 Pedagogiek (HBO), Hogeschool Leiden – tweede jaar afgerond",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\nPropedeuse HBO Pedagogiek (2009), Hogeschool Leiden",
     [("hbo", "accepted", False, None)]),
    ("Opleiding\n2020 - heden Master Orthopedagogiek, Universiteit van Amsterdam (verwachte "
     "afronding: 2026)", [("wo", "accepted", False, None)]),
    ("Education\n2018 – 2027 BA Social Work, University of Ghent (in progress)",
     [("wo", "accepted", False, None)]),
    ("Opleiding\n2012 - 2016 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald (stage in het "
     "derde jaar afgerond bij een ambulant team)", [("hbo", "accepted", True, 2016)]),
    ("Opleiding\n2012 - 2016 Pedagogiek, Hogeschool Utrecht, diploma behaald\n"
     "(instroom via vooropleiding mbo Pedagogisch Werk)", [("hbo", "accepted", True, 2016)]),
    # unclear: the scorer must ask a person
    ("Education\n2018 – 2022 BA Social Work, University of Ghent (in progress)",
     [("wo", "accepted", None, 2022)]),
    ("Opleiding\n2008 - 2012 HBO Pedagogiek, Hogeschool Utrecht\n"
     "Scriptie: de huidige aanpak van pesten op basisscholen", [("hbo", "accepted", True, 2012)]),
    ("Opleiding\n2008 - 2012 HBO Social Work, Hogeschool Leiden – afstudeeronderzoek naar "
     "jongeren die gestopt zijn met school", [("hbo", "accepted", True, 2012)]),
    ("Opleiding\n2008 - 2012 HBO Pedagogiek, Hogeschool Utrecht\nThema: de huidige aanpak van "
     "pesten", [("hbo", "accepted", None, 2012)]),
    ("Opleiding\nPedagogiek\nHogeschool Utrecht", [("hbo", "accepted", None, None)]),
    ("Opleiding\n2012 - 2016 Pedagogiek (diploma behaald), afstudeerfase niet afgerond",
     [(None, "accepted", None, 2016)]),
    ("Opleiding\n2011 - 2015 Bachelor Jeugdzorg\nDiploma behaald",
     [("hbo", "accepted", True, 2015)]),
    ("Opleiding\n2001 - 2005 Associate degree Pedagogisch Educatief Professional, diploma behaald",
     [(None, None, True, 2005)]),
]


@pytest.mark.parametrize(("text", "expected"), ENTRIES)
def test_diplomas_reads_entries(nlp, text, expected):
    doc = nlp(text)
    assert facts(doc) == expected
    for diploma in doc._.diplomas:
        assert text[diploma.evidence.start:diploma.evidence.end] == diploma.evidence.text
        assert diploma.explanation["entry"]["rule"]


@pytest.mark.parametrize(
    ("text", "name", "institution", "foreign"),
    [
        ("Opleiding\n2013 – 2016 Bachelor in het Sociaal Werk\nArtevelde Hogeschool, Gent "
         "(professionele bachelor) – diploma behaald", "Bachelor in het Sociaal Werk",
         "Artevelde Hogeschool, Gent", True),
        ("Opleiding\n2010 – 2014 Social Work, KU Leuven – getuigschrift behaald", "Social Work",
         "KU Leuven", True),
        ("Education\n2010 – 2013 BSc (Hons) Social Work\nUniversity of Leeds – graduated",
         "BSc (Hons) Social Work", "University of Leeds", True),
        ("Education\n2013 – 2014 MSc Youth Studies\nUtrecht University – degree obtained",
         "MSc Youth Studies", "Utrecht University", False),
        ("Opleiding\n2008 – 2012 Grado en Educación Social, Universidad de Granada\n"
         "Diploma gewaardeerd door Nuffic als hbo-bachelor", "Grado en Educación Social",
         "Universidad de Granada", True),
        ("Opleidingen\nNiveau | Opleiding | Instituut | Jaar\nMBO | Pedagogisch Werk 4 | "
         "ROC Utrecht | 2010", "Pedagogisch Werk 4", "ROC Utrecht", False),
        ("Opleiding\n2016 – 2020 Bachelor Psychologie, Universiteit Leiden (niet afgerond, "
         "propedeuse behaald)", "Bachelor Psychologie", "Universiteit Leiden", False),
        ("Opleiding\n2009 - 2013 Pedagogiek (hbo-bachelor), Hogeschool Inholland Haarlem – "
         "diploma behaald", "Pedagogiek", "Hogeschool Inholland Haarlem", False),
        ("Opleiding\n2002 - 2007 HAVO (profiel Natuur & Gezondheid) - Stedelijk College, Eindhoven",
         "HAVO", "Stedelijk College, Eindhoven", False),
        ("Education\n09/2011 – 06/2015 Bachelor of Education in Pedagogy\nHogeschool Utrecht "
         "(Utrecht University of Applied Sciences) – Utrecht, Netherlands\nDegree obtained.",
         "Bachelor of Education in Pedagogy", "Hogeschool Utrecht (Utrecht University of "
         "Applied Sciences)", False),
        ("Opleiding\nBachelor Social Work, Hogeschool van Amsterdam (2008 – 2012)",
         "Bachelor Social Work", "Hogeschool van Amsterdam", False),
        ("Opleidingen\n2015 – 2019   Pedagogiek (voltijd)   Hogeschool Leiden   Diploma: ja",
         "Pedagogiek", "Hogeschool Leiden", False),
        ("Opleidingen\nSocial Work\nHogeschool Leiden · 2016 – 2020 · diploma behaald",
         "Social Work", "Hogeschool Leiden", False),
    ],
)
def test_diplomas_name_school_and_foreign(nlp, text, name, institution, foreign):
    (diploma,) = nlp(text)._.diplomas
    assert (diploma.name, diploma.institution, diploma.foreign) == (name, institution, foreign)


TRAPS = [
    # a plan in the motivation is not a diploma
    ("Opleiding\n2012 - 2016 MBO Pedagogisch Werk niveau 4, ROC Flevoland\ndiploma behaald\n"
     "Motivatie\nIn 2027 wil ik starten met de deeltijdopleiding Pedagogiek (hbo).",
     [("mbo", None, True, 2016)]),
    # a profile that names the study does not add a second diploma
    ("Profiel\nIk ben een ervaren pedagoog (HBO Pedagogiek) met tien jaar ervaring.\n"
     "Opleiding\n2008 - 2012 HBO Pedagogiek - Hogeschool Windesheim\ndiploma behaald",
     [("hbo", "accepted", True, 2012)]),
    # courses inside the education section are not diplomas
    ("Opleiding en cursussen\n2010 - 2014 HBO Social Work, Hogeschool Leiden - diploma behaald\n"
     "2019 Basiscursus CGT, RINO Groep - certificaat\n2021 Post-hbo Gezinsbehandeling, "
     "Hogeschool Utrecht", [("hbo", "accepted", True, 2014)]),
    ("Opleiding\n2014 - 2018 Pedagogisch Werk niveau 4, ROC Flevoland - diploma behaald\n"
     "2019 Triple P niveau 4 - training\n2020 Basiscursus Oplossingsgericht werken (hbo-niveau)",
     [("mbo", None, True, 2018)]),
    # no education heading: read the whole text, but strictly
    ("Naam: Jan Jansen\nHBO Pedagogiek, Hogeschool Utrecht, 2010 - 2014, diploma behaald\n"
     "Ik wil graag de master Orthopedagogiek gaan volgen in 2027.",
     [("hbo", "accepted", True, 2014)]),
    ("Scholing\n2010 - 2014 Pedagogiek, Fontys Hogescholen\n2006 - 2010 Havo, Stedelijk College",
     [("hbo", "accepted", True, 2014), ("havo", None, True, 2010)]),
    # the same diploma in a sidebar line and in the education section is one diploma
    ("Opleiding: HBO Pedagogiek\nWerkervaring\n2015 - heden Ambulant begeleider\n"
     "Opleidingen\n2010 - 2014 HBO Pedagogiek, Hogeschool Utrecht - diploma behaald",
     [("hbo", "accepted", True, 2014)]),
    ("Mijn droom is om ooit Pedagogiek (hbo) te studeren.", []),
    # no headings (pictures): a dated study title, its level on the school's line below
    ("Piet Smit\n2015 – 2019 | Groepsleider\nDe Hoeve, Zwolle\n2010 – 2014 | Toegepaste "
     "Psychologie\nWindesheim Hogeschool, Zwolle\nbachelor\n2005 – 2010 | HAVO\nThorbecke",
     [("hbo", "review", True, 2014), ("havo", None, True, 2010)]),
    # ... but a job title that names a study is no study
    ("Piet Smit\n2016 – 2019 | Docent pedagogiek\nHogeschool Windesheim\n2005 – 2010 | HAVO\n"
     "Thorbecke", [("havo", None, True, 2010)]),
    # a line naming only the degree a study led to is part of that study's entry
    ("Opleiding\nSocial Work | 2011 – 2015\nHogeschool Rotterdam\nBachelor of Social Sciences, "
     "uitstroomprofiel Jeugd\nHAVO | 2006 – 2011\nWolfert College",
     [("hbo", "accepted", True, 2015), ("havo", None, True, 2011)]),
    ("Opleiding\n2012 — 2016 | Pedagogiek\nHogeschool Utrecht\nBachelor diploma behaald juli 2016"
     "\n2006 — 2012\nVWO\nChristelijk Lyceum", [("hbo", "accepted", True, 2016),
                                                ("vwo", None, True, 2012)]),
    # ... but a degree with a study's name of its own is another diploma
    ("Opleiding\nPedagogiek | 2009 – 2013\nHogeschool Utrecht\nMaster Special Educational Needs",
     [("hbo", "accepted", True, 2013), ("wo", None, None, None)]),
    # a table's label cell beside dated rows is a heading, not a form's study field
    ("Naam | Sara Bakker\nOpleiding | 2013 – 2014 | Master Orthopedagogiek, Universiteit Utrecht"
     " – diploma\n2009 – 2013 | Bachelor Pedagogische Wetenschappen, Universiteit Utrecht – "
     "diploma\n2003 – 2009 | VWO, Stedelijk Gymnasium Utrecht – diploma\nCursussen | Meldcode\n"
     "Referenties | Drs. P. de Vries, orthopedagoog, Levvel – 06-12345678",
     [("wo", "accepted", True, 2014), ("wo", "accepted", True, 2013), ("vwo", None, True, 2009)]),
    # a study taught at hbo only says its level when nothing else does ...
    ("Opleiding\nPABO (Leraar Basisonderwijs)\niPabo Amsterdam, 2006 – 2010, diploma behaald",
     [("hbo", "review", True, 2010)]),
    # ... but never for a field that would pass on it: then a person reads the level
    ("Opleiding\nSociaal Pedagogische Hulpverlening\nDe Horst, 2006 – 2010, diploma behaald",
     [(None, "accepted", True, 2010)]),
    # a study's name closed by its qualification level opens an entry of its own
    ("Opleidingen\nPedagogiek\nHogeschool Windesheim · 2015 – 2019 · diploma behaald\n"
     "Onderwijsassistent niveau 4\nDeltion College · 2011 – 2015 · diploma behaald",
     [("hbo", "accepted", True, 2019), ("mbo", None, True, 2015)]),
    # a header row whose cells arrived as words opens no list of schools
    ("Opleidingen\nPeriode Opleiding Instituut Diploma\n2001 - 2005 MBO Pedagogisch Werk, niveau 4 "
     "ROC Utrecht ja\n2005 - 2009 HBO Bedrijfskunde (bachelor) Hogeschool Utrecht ja",
     [("mbo", None, True, 2005), ("hbo", "unrelated", True, 2009)]),
    ("Opleiding en scholing\n2006 – 2010 | Social Work\nHogeschool Utrecht\n2016 Praktijkopleider "
     "sociaal werk – Hogeschool Utrecht", [("hbo", "accepted", True, 2010)]),
    # weekdays and schedules are not levels
    ("Opleiding\n2003 - 2008 HAVO, Het Nieuwe Lyceum, Bilthoven\nbeschikbaar ma t/m wo",
     [("havo", None, True, 2008)]),
]


@pytest.mark.parametrize(("text", "expected"), TRAPS)
def test_diplomas_traps(nlp, text, expected):
    assert facts(nlp(text)) == expected


@pytest.mark.parametrize(
    ("reference_date", "completed"),
    [("2026-06-22", None), ("2027-06-22", True), ("2025-06-22", False)],
)
def test_diplomas_end_year_against_reference_date(tokenizer, reference_date, completed):
    """Without completion words, the end year is read against the tender's reference date."""
    from pipeline.recognizers.diplomas import DiplomaRecognizer

    recognizer = DiplomaRecognizer(reference_date=reference_date)
    doc = recognizer(tokenizer.make_doc("Opleiding\n2022 - 2026 Social Work, Hogeschool Rotterdam"))
    (diploma,) = doc._.diplomas
    assert diploma.completed is completed


def test_diplomas_reads_a_pdf_through_ingest(tmp_path, nlp, params):
    """A PDF education section with the school on the line below the study."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from pipeline.ingest import read_document

    path = tmp_path / "cv.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    lines = [
        "Opleiding",
        "2011 - 2015 Social Work (hbo-bachelor), afstudeerrichting Jeugd",
        "Hogeschool Rotterdam - diploma behaald",
        "2005 - 2011 VWO (Natuur & Gezondheid)",
        "Erasmiaans Gymnasium, Rotterdam - diploma behaald",
    ]
    for index, line in enumerate(lines):
        pdf.drawString(72, 760 - 18 * index, line)
    pdf.save()
    document = read_document(path, params)
    diplomas = nlp(document.text)._.diplomas
    assert facts_of(diplomas) == [("hbo", "accepted", True, 2015), ("vwo", None, True, 2011)]
    assert [d.institution for d in diplomas] == ["Hogeschool Rotterdam",
                                                 "Erasmiaans Gymnasium, Rotterdam"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a werk.nl-like form: the form's own answer decides, "Diploma behaald" is no diploma
        ("Opleidingen\nOpleiding: HBO Pedagogiek · Niveau: HBO · Diploma behaald: Nee · "
         "Propedeuse behaald\nOpleidingsinstituut: Hogeschool Dronten · Periode: 09-2017 t/m "
         "07-2019\nOpleiding: Pedagogisch Werk · Niveau: MBO 4 · Diploma behaald: Ja\n"
         "Opleidingsinstituut: ROC Dronten · Periode: 09-2014 t/m 07-2017",
         [("hbo", "accepted", False, None), ("mbo", None, True, 2017)]),
        # a Word table of label and value cells, one field per row
        ("Opleiding\nOpleiding | Social Work\nNiveau | HBO\nDiploma behaald | Ja\n"
         "Jaar diploma | 2016\nInstituut | Hogeschool Noordwijk\nOpleiding | Pedagogische "
         "Wetenschappen (master)\nNiveau | WO\nDiploma behaald | Nee\nToelichting | gestopt in "
         "2018", [("hbo", "accepted", True, 2016), ("wo", "accepted", False, None)]),
        ("Opleiding\nOpleiding: Pedagogiek (hbo)\nAfgerond: ja\nPeriode: 2010 - 2014",
         [("hbo", "accepted", True, 2014)]),
        ("Opleiding\nOpleiding: Pedagogiek (hbo)\nPropedeuse behaald\nPeriode: 2010 - 2012",
         [("hbo", "accepted", False, None)]),
        # a table whose "Diploma" column answers for each row
        ("Opleiding\nPeriode | Opleiding | Instelling | Diploma\n2010 - 2013 | HBO Pedagogiek | "
         "Hogeschool Leiden | nee\n2006 - 2010 | HAVO | Het Lyceum | ja",
         [("hbo", "accepted", False, None), ("havo", None, True, 2010)]),
    ],
)
def test_diplomas_label_value_forms(nlp, text, expected):
    assert facts(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minor widens a study, it does not make it another one (spec K1: a person judges)
        ("Opleiding\n2012 - 2016 HBO Toegepaste Psychologie, minor Jeugd en Opvoeding\n"
         "Saxion Deventer, diploma behaald", [("hbo", "review", True, 2016)]),
        ("Opleiding\n2012 - 2016 HBO Sociaal-Juridische Dienstverlening, minor Jeugd en "
         "Opvoeding\nHogeschool Leiden, diploma behaald", [("hbo", "review", True, 2016)]),
        ("Opleiding\n2011 - 2015 Bachelor Bedrijfskunde (hbo), keuzeminor Pedagogiek\n"
         "Hogeschool Rotterdam, diploma behaald", [("hbo", "review", True, 2015)]),
        ("Opleiding\n2011 - 2015 HBO Pedagogiek, minor Bedrijfskunde\n"
         "Hogeschool Rotterdam, diploma behaald", [("hbo", "accepted", True, 2015)]),
        # a youth track of another study: the study decides
        ("Opleiding\n2010 - 2014 HBO Communicatie, specialisatie jeugd\n"
         "Hogeschool Utrecht, diploma behaald", [("hbo", "review", True, 2014)]),
    ],
)
def test_diplomas_minor_is_not_the_study(nlp, text, expected):
    assert facts(nlp(text)) == expected
