"""Sections recognizer: headings in Dutch and English, any case, and the spans they open.

All names and details below are fictitious.
"""

import pytest

from pipeline.structure.sections import classify, find_headings, preamble_label


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Werkervaring", "werkervaring"),
        ("WERKERVARING", "werkervaring"),
        ("Werkervaring:", "werkervaring"),
        ("Work experience", "werkervaring"),
        ("PROFESSIONAL EXPERIENCE", "werkervaring"),
        ("Loopbaan", "werkervaring"),
        ("Arbeidsverleden", "werkervaring"),
        ("Beroepservaring", "werkervaring"),
        ("Werkervaring onderwijs", "werkervaring"),
        ("Ervaring in de jeugdhulp", "werkervaring"),
        ("RELEVANTE WERKERVARING JEUGDHULP", "werkervaring"),
        ("Onderwijservaring", "werkervaring"),
        ("Referees", "referenties"),
        ("Contactpersonen", "referenties"),
        ("Bij- en nascholing", "cursussen"),
        ("W E R K E R V A R I N G", "werkervaring"),
        ("Opleidingen", "opleiding"),
        ("Education", "opleiding"),
        ("Diploma's en opleiding", "opleiding"),
        ("Studies", "opleiding"),
        ("Schoolloopbaan", "opleiding"),
        ("Opleiding en vorming", "opleiding"),
        ("Cursussen", "cursussen"),
        ("Trainingen", "cursussen"),
        ("Aanvullende scholing", "cursussen"),
        ("Cursussen & certificaten", "cursussen"),
        ("Referenties", "referenties"),
        # a form's numbered entry heads, and freely worded headings of the recognizers' kinds
        ("Werkervaring 2", "werkervaring"),
        ("Opleiding 1", "opleiding"),
        ("Gevolgde cursussen en trainingen (selectie)", "cursussen"),
        ("Opleidingsachtergrond", "opleiding"),
        ("References", "referenties"),
        ("Motivatie", "motivatie"),
        ("Waarom ik?", "motivatie"),
        ("Waarom ik reageer", "motivatie"),
        ("Waarom Huizen?", "motivatie"),
        ("Profiel en motivatie", "motivatie"),
        ("WHYTHISASSIGNMENT", "motivatie"),  # letter-spaced capitals that lost their spaces
        ("In Sannes eigen woorden", "motivatie"),
        ("WAAROM DEZE OPDRACHT BIJ MIJ PAST", "motivatie"),
        ("Persoonlijke motivatie", "motivatie"),
        ("Motivatie kandidaat", "motivatie"),
        ("MOTIVATIE (DOOR MIJZELF GESCHREVEN)", "motivatie"),
        ("Profiel", "profiel"),
        ("Over mij", "profiel"),
        ("Personalia", "personalia"),
        ("Persoonsgegevens", "personalia"),
        ("Contact", "personalia"),
        ("Nevenactiviteiten", "nevenactiviteiten"),
        ("Vrijwilligerswerk", "nevenactiviteiten"),
        ("Vaardigheden", "vaardigheden"),
        ("Competenties en talen", "vaardigheden"),
        ("Talen", "talen"),
        ("Hobby's", "hobbys"),
        ("Interesses", "hobbys"),
        ("- Werkervaring", "werkervaring"),
    ],
)
def test_sections_classifies_heading(line: str, label: str) -> None:
    assert classify(line) == label


@pytest.mark.parametrize(
    "line",
    [
        "Contact maken met kinderen",  # a skill, not the contact heading
        "Ervaring met gezinnen in de thuissituatie",
        "Ervaring met autisme en ADHD",
        "Ik heb veel werkervaring opgedaan in de jeugdhulp.",
        "Profiel van de leerling opstellen en bespreken met ouders en school",
        "Ambulant begeleider",
        "Waarom ik dit werk doe.",  # a sentence in a job description
        "Waarom werk ik graag met kinderen",  # no question mark: a sentence, not a question
        "Waarom ik vind dat ieder kind recht heeft op goed onderwijs dichtbij huis",
    ],
)
def test_sections_ignores_ordinary_lines(line: str) -> None:
    assert classify(line) is None


def test_sections_inline_and_table_headings() -> None:
    text = "Talen: Nederlands, Engels\nReferenties | Mw. P. Jansen, teamleider\nErvaring: 8 jaar"
    assert [(h.text, h.label) for h in find_headings(text)] == [
        ("Talen", "talen"), ("Referenties", "referenties")]


def test_sections_bullet_item_with_colon_is_no_heading() -> None:
    assert find_headings("- Stages: Centrum voor Jeugd (2de jaar)\n- Talen: Frans") == []


def test_sections_heading_at_the_end_of_a_column_line() -> None:
    text = "Geboren 3 mei 1990 WERKERVARING\nAmbulant begeleider"
    [heading] = find_headings(text)
    assert (heading.text, heading.label) == ("WERKERVARING", "werkervaring")
    assert text[heading.start:heading.end] == "WERKERVARING"


@pytest.mark.parametrize(
    ("preamble", "label"),
    [
        ("Jan de Vries\nDorpsstraat 1, 1234 AB Laren\n06-12345678", "personalia"),
        ("Noor Visser\nnoor@example.nl", "personalia"),
        ("Curriculum Vitae\nAmbulant begeleider", "overig"),
    ],
)
def test_sections_preamble_label(preamble: str, label: str) -> None:
    assert preamble_label(preamble) == label


def test_sections_component_spans(make_nlp) -> None:
    nlp = make_nlp("sections")
    text = (
        "Lotte Bakker\nlotte@example.nl\n\nWERKERVARING\n2019 - heden Ambulant begeleider\n"
        "Opleiding\n2012 - 2016 Pedagogiek, Hogeschool Zuid\n"
        "Waarom ik?\nIk werk graag met kinderen."
    )
    doc = nlp(text)
    spans = list(doc.spans["sections"])
    assert [s.label_ for s in spans] == ["personalia", "werkervaring", "opleiding", "motivatie"]
    assert [s._.heading for s in spans] == [None, "WERKERVARING", "Opleiding", "Waarom ik?"]
    assert spans[1].text.startswith("WERKERVARING") and spans[1].text.endswith("begeleider")


def test_sections_prefixed_form_groups_open_one_section_each(make_nlp) -> None:
    nlp = make_nlp("sections")
    text = ("E-mail: bram@example.nl\nSKJ geldig tot: 31-10-2029\n\n"
            "Opleiding 1 - Naam: Pedagogiek\nOpleiding 1 - Niveau: HBO\n"
            "Opleiding 2 - Naam: HAVO\n\n"
            "Werkervaring 1 - Functietitel: Ambulant begeleider\n"
            "Certificaat 1 - Naam: CGT basiscursus\nReferentie 1 - Naam: Anouk Groot\n")
    doc = nlp(text)
    spans = list(doc.spans["sections"])
    assert [(s.label_, s._.heading) for s in spans] == [
        ("personalia", None), ("opleiding", "Opleiding"), ("werkervaring", "Werkervaring"),
        ("cursussen", "Certificaat"), ("referenties", "Referentie")]
    assert spans[1].text.endswith("Opleiding 2 - Naam: HAVO")


def test_sections_inline_expertise_inside_a_job_keeps_the_work_section(make_nlp) -> None:
    """'Expertise: ...' inside a role is a description line, not a new section."""
    doc = make_nlp("sections")(
        "Werkervaring onderwijs\n2019 - heden Ambulant begeleider\nExpertise: autisme, ADHD\n"
        "2015 - 2019 Leerkracht groep 3\nReferees\nMw. A. Prins, teamleider\n")
    assert [span.label_ for span in doc.spans["sections"]] == ["werkervaring", "referenties"]


def test_sections_never_run_into_the_running_footer(make_nlp):
    """A reference list above the footer must not take in the agency's footer line."""
    from pipeline.document import Document, mark_region

    footer = mark_region("footer", "Jansen Detachering B.V. | KvK 12345678 | 020-1234567")
    page = ("Naam: Lotte de Kok\nReferenties\nMw. J. Bakker, teamleider, 06-12345678\n"
            + footer)
    document = Document.from_pages("cv.pdf", [page])
    nlp = make_nlp("sections", "references", "zzp")
    doc = nlp.make_doc(document.text)
    doc._.regions = document.regions
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    sections = [(span.label_, span.text.splitlines()[-1]) for span in doc.spans["sections"]]
    assert sections == [("overig", "Naam: Lotte de Kok"),
                        ("referenties", "Mw. J. Bakker, teamleider, 06-12345678"),
                        ("personalia", "Jansen Detachering B.V. | KvK 12345678 | 020-1234567")]
    assert [fact.name for fact in doc._.references] == ["Mw. J. Bakker"]
    assert not doc._.zzp_signal.value  # the agency's KvK number in its footer
