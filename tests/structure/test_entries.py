"""Entries of a list: bullets, leading dates, closing years. Every course below is fictitious."""

import re

import pytest

from pipeline.structure.entries import group, leading_date, split_entries
from pipeline.structure.lines import lines_between


def _split(text: str, closes=None) -> tuple[str, list[list[str]]]:
    entries = split_entries(lines_between(text), closes=closes)
    return (entries[0].how if entries else "",
            [[line.text for line in entry.lines] for entry in entries])


@pytest.mark.parametrize(
    ("text", "how", "entries"),
    [
        ("- Triple P niveau 4\n  certificaat behaald\n- Kanjertraining (2018)\n", "bullets",
         [["- Triple P niveau 4", "certificaat behaald"], ["- Kanjertraining (2018)"]]),
        ("2019 Signs of Safety\nbasistraining\n2021 - 2022 Geweldloos Verzet\n", "dates",
         [["2019 Signs of Safety", "basistraining"], ["2021 - 2022 Geweldloos Verzet"]]),
        # a year closes an entry; the course name wraps over the line before it
        ("Cognitieve gedragstherapie voor\njeugdprofessionals, RINO 2020\nMeldcode 2021\n",
         "closing years",
         [["Cognitieve gedragstherapie voor", "jeugdprofessionals, RINO 2020"],
          ["Meldcode 2021"]]),
        ("Triple P\nKanjertraining\n", "closing years", [["Triple P"], ["Kanjertraining"]]),
    ],
)
def test_entries_split_a_list(text, how, entries):
    assert _split(text) == (how, entries)


def test_entries_a_result_word_closes_an_entry_like_a_year():
    text = "Motiverende gespreksvoering\ncertificaat behaald\nRots en Water 2019\n"
    closes = re.compile(r"behaald")
    assert _split(text, closes)[1] == [
        ["Motiverende gespreksvoering", "certificaat behaald"], ["Rots en Water 2019"]]


def test_entries_leading_date_after_a_bullet_and_grouping():
    assert leading_date("- 2019 – 2021: Pedagogiek").group().startswith("2019")
    assert leading_date("Pedagogiek 2019") is None
    lines = lines_between("a\nb\nc\n")
    assert [len(e.lines) for e in group(lines, [False, True, False], "opens")] == [1, 2]


def test_entries_of_a_prefixed_form_split_at_each_entry_number():
    text = ("Certificaat 1 - Naam: CGT basiscursus\nCertificaat 1 - Uitgever: RINO Groep\n"
            "Certificaat 2 - Naam: Kanjertraining licentie A\n"
            "Certificaat 2 - Datum behaald: 03-04-2019")
    entries = split_entries(lines_between(text))
    assert [(e.how, len(e.lines)) for e in entries] == [("form", 2), ("form", 2)]
    # a course whose name ends in a number is no form group: no label and colon follow
    courses = split_entries(lines_between("Triple P Level 3 - Trimbos, 2019\nCOMET, 2021"))
    assert [e.how for e in courses] == ["closing years", "closing years"]
