"""Period recognizer: date ranges in the forms Dutch, Flemish and English CVs use.

Every date and name below is fictitious. The reference date is the tender's (2026-06-22).
"""

from datetime import date

import pytest

from pipeline.structure.periods import Period, find_periods

REFERENCE = date(2026, 6, 22)


def _periods(text: str) -> list[tuple[str, str, str]]:
    return [(p.start, p.end, p.pattern) for _, _, p in find_periods(text, REFERENCE)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("sep 2019 – heden", "2019-09", "present"),
        ("sept. 2019 - nu", "2019-09", "present"),
        ("09/2019 - nu", "2019-09", "present"),
        ("2015 - 2018", "2015-01", "2018-12"),
        ("2018-2020", "2018-01", "2020-12"),
        ("januari 2012 t/m augustus 2014", "2012-01", "2014-08"),
        ("'17 – '21", "2017-01", "2021-12"),
        ("01-2015 t/m 12-2017", "2015-01", "2017-12"),
        ("03-2018 - heden", "2018-03", "present"),
        ("maart 2022 – heden", "2022-03", "present"),
        ("mrt 2016 – okt 2018", "2016-03", "2018-10"),
        ("aug. 2019 - present", "2019-08", "present"),
        ("05/2018 – CURRENT", "2018-05", "present"),
        ("Jan 2010 – May 2012", "2010-01", "2012-05"),
        ("01/09/2018 – 30/06/2020", "2018-09", "2020-06"),
        ("1 september 2016 tot 23 december 2016", "2016-09", "2016-12"),
        ("2019 tot heden", "2019-01", "present"),
        ("feb 2020 tot op heden", "2020-02", "present"),
        ("2011 — 2013", "2011-01", "2013-12"),
        ("2006 —- 2010", "2006-01", "2010-12"),  # OCR doubles a dash
        ("juni 2015 tot en met december 2019", "2015-06", "2019-12"),
        ("september – december 2016", "2016-09", "2016-12"),
        ("2020-03 – 2021-08", "2020-03", "2021-08"),
        ("sinds 2020", "2020-01", "present"),
        ("vanaf januari 2021", "2021-01", "present"),
        ("2019 -\nGroepsleider", "2019-01", "present"),
        ("januari 2020 t/m\nheden", "2020-01", "present"),
        ("09-2022 heden", "2022-09", "present"),  # OCR lost the dash
        ("08/2010 12/2016 Leerkracht groep 6", "2010-08", "2016-12"),
        ("2019 | heden | Ambulant begeleider", "2019-01", "present"),  # table columns
        ("9/17–nu Ambulant begeleider", "2017-09", "present"),  # month and two-digit year
        ("3/06–12/09 Groepsleider", "2006-03", "2009-12"),
    ],
)
def test_periods_reads_range(text: str, start: str, end: str) -> None:
    found = _periods(text)
    assert [(s, e) for s, e, _ in found] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "Geboortedatum 04-07-1987",
        "geboren 12 april 1988",
        "SKJ-registratie 1100-28461, geldig t/m 01-03-2029",
        "Geldig tot 17-10-2028",
        "Diploma behaald in 2014",
        "Telefoon 06-2015 4412",
        "kinderen van 4-12 jaar",
        "groep 5 t/m 8",
        "24 - 28 uur per week",
        "2023 – 2027 (verwacht)",  # ends after the reference year: a plan, not a period
        "2019 - 2017",  # end before start
        "13/2019 - 02/2020",  # no 13th month
        "1930 - 1935",
        "2016 - Signs of Safety\n2017 - Meldcode",  # a list of years, not a range
        "Beschikbaar per 01-09-2026",
        "Geslaagd in 2019 nu werkzaam als trainer",  # "nu" needs a separator before it
        "in groep 1/2 - 3/4 van de tijd",  # fractions and groups, not months
        "13/17 – 2/18",
    ],
)
def test_periods_rejects_non_ranges(text: str) -> None:
    assert _periods(text) == []


def test_periods_joins_a_range_split_over_two_column_lines() -> None:
    text = "02/2014 - Zorggroep Noord, Assen Ambulant begeleider\n07/2018 - Begeleiding thuis"
    [(_, _, period)] = find_periods(text, REFERENCE)
    assert (period.start, period.end, period.pattern) == ("2014-02", "2018-07", "wrapped")
    assert text[slice(*period.start_offsets)] == "02/2014"
    assert text[slice(*period.end_offsets)] == "07/2018"


def test_periods_of_a_form_are_its_start_and_end_fields() -> None:
    text = ("Werkervaring 1 - Startdatum: 01-03-2019\nWerkervaring 1 - Einddatum: \n"
            "Werkervaring 2 - Startdatum: 01-06-2015\nWerkervaring 2 - Einddatum: 28-02-2019\n"
            "Geboortedatum: 22-09-1989\nEinddatum: 01-01-2020")
    found = [(p.start, p.end, p.pattern) for _, _, p in find_periods(text, REFERENCE)]
    assert found == [("2019-03", "present", "form fields"), ("2015-06", "2019-02", "form fields")]


def test_periods_takes_the_end_year_from_the_next_line() -> None:
    text = "oktober 2013 – mei Groepsleider leefgroep\n2016 Stichting De Horst"
    [(_, _, period)] = find_periods(text, REFERENCE)
    assert (period.start, period.end) == ("2013-10", "2016-05")


@pytest.mark.parametrize(
    ("start", "end", "precision", "first", "last"),
    [
        ("2015-01", "2018-12", ("year", "year"), date(2015, 1, 1), date(2018, 12, 31)),
        ("2019-09", "present", ("month", "present"), date(2019, 9, 1), date(2026, 6, 30)),
        ("2016-02", "2020-02", ("month", "month"), date(2016, 2, 1), date(2020, 2, 29)),
    ],
)
def test_periods_first_and_last_day(start, end, precision, first, last) -> None:
    period = Period(start, end, precision[0], precision[1], "range", (0, 1), None)
    assert period.first_day() == first
    assert period.last_day(REFERENCE) == last


def test_periods_labels_keep_the_written_precision() -> None:
    [(_, _, years)] = find_periods("2010 - 2013", REFERENCE)
    [(_, _, months)] = find_periods("08/2019 - heden", REFERENCE)
    assert (years.start_label, years.end_label) == ("2010", "2013")
    assert (months.start_label, months.end_label) == ("2019-08", "present")


def test_periods_component_sets_spans(make_nlp) -> None:
    nlp = make_nlp("periods")
    doc = nlp("Werkervaring\nmaart 2021 – heden Ambulant begeleider\nGeboren 03-03-1990")
    spans = list(doc.spans["periods"])
    assert [span.text for span in spans] == ["maart 2021 – heden"]
    assert spans[0]._.period.start == "2021-03"
