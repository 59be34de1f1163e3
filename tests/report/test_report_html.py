"""The written report pages: one per file, escaped CV text, evidence marks, blind mode."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
import report_records

from pipeline.report import write_report
from pipeline.report.blind import MASK, mask_text
from pipeline.report.views import explain_text
from pipeline.stages import score


@pytest.fixture()
def records(tmp_path, params):
    submissions = tmp_path / "submissions.csv"
    submissions.write_text(report_records.submissions_csv(), encoding="utf-8")
    return score.run(report_records.facts(), tmp_path / "run", params, submissions)


@pytest.fixture()
def report(tmp_path, records, params):
    return write_report(tmp_path / "run", records, report_records.documents(), params)


class _Tags(HTMLParser):
    """Collect tags, ids and hrefs as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_report_writes_overview_and_a_page_for_every_file(report, records):
    pages = sorted(p.name for p in (report.parent / "candidates").iterdir())
    assert pages == sorted(f"{r['file']}.html" for r in records)
    overview = report.read_text(encoding="utf-8")
    rows = [attrs for tag, attrs in _parse(overview).tags if tag == "tr" and "data-status" in attrs]
    assert len(rows) == len(records)
    assert "d-kapot.pdf" in overview and "PDF is beschadigd" in overview


def test_report_is_self_contained(report):
    for page in [report, *(report.parent / "candidates").iterdir()]:
        html = page.read_text(encoding="utf-8")
        for tag, attrs in _parse(html).tags:
            assert not (tag == "script" and attrs.get("src")), page
            assert not (tag == "link" and attrs.get("rel") == "stylesheet"), page
            assert not str(attrs.get("href") or "").startswith(("http:", "https:", "//")), page


def test_report_shows_cv_html_as_text_and_only_its_own_script_may_run(report):
    html = (report.parent / "candidates" / "a-ambulant.pdf.html").read_text(encoding="utf-8")
    tags = _parse(html).tags
    scripts = [attrs.get("type") for tag, attrs in tags if tag == "script"]
    # one script that runs; the decision forms' data is a JSON block no browser executes
    assert sorted(scripts, key=str) == [None, "application/json"]
    data = html[html.index('type="application/json"') :]
    assert "<" not in data[data.index(">") + 1 : data.index("</script>")]  # nothing to close it
    assert not any(tag == "img" for tag, _ in tags)
    assert not any("onerror" in attrs for _, attrs in tags)
    assert "&lt;script&gt;window.__pwned = 1;" in html
    # The page's one script is pinned by hash in its Content-Security-Policy.
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in html


def test_report_links_every_value_to_a_labelled_mark_on_its_page(report, records):
    html = (report.parent / "candidates" / "a-ambulant.pdf.html").read_text(encoding="utf-8")
    tags = _parse(html).tags
    ids = {attrs.get("id") for _, attrs in tags}
    links = [attrs["href"][1:] for tag, attrs in tags if "evlink" in (attrs.get("class") or "")]
    assert links and all(target in ids for target in links)
    marks = [attrs["data-ev"] for tag, attrs in tags if tag == "mark"]
    assert all(any(target in m.split() for m in marks) for target in links)
    # The SKJ value links to the words on page 2, labelled.
    assert re.search(r'id="ev-\d+" href="#fact-skj"[^>]*>SKJ</a><mark', html)
    assert "SKJ-nummer 110034567, geldig tot 31-03-2028</mark>" in html
    page_2 = html.index('id="page-2"')
    assert html.index("SKJ-nummer 110034567, geldig tot 31-03-2028</mark>") > page_2


def test_report_marks_open_decisions_and_provisional_shortlist(report, tmp_path):
    overview = report.read_text(encoding="utf-8")
    assert 'id="provisional-banner"' in overview
    yara = (report.parent / "candidates" / "c-review.pdf.html").read_text(encoding="utf-8")
    assert "Nog niet bevestigd:" in yara and "Diploma (K1): beoordelen" in yara
    ranking = (tmp_path / "run" / "ranking.csv").read_text(encoding="utf-8")
    assert ",ja,ja," in ranking  # shortlisted, provisional


def test_report_blind_hides_identity_everywhere(tmp_path, records, params):
    index = write_report(
        tmp_path / "blind", records, report_records.documents(), params, blind=True
    )
    pages = [index, *(index.parent / "candidates").iterdir()]
    assert sorted(p.name for p in pages[1:]) == [f"kandidaat-00{n}.html" for n in range(1, 5)]
    secrets = [
        "Marloes",
        "Kuipers",
        "Kevin",
        "Verhoef",
        "Yara",
        "Benali",
        "a-ambulant.pdf",
        "06-41234567",
        "marloes.kuipers@voorbeeld.nl",
        "kevin@voorbeeld.nl",
        "1271 KL",
        "Dorpsstraat 14",
        "3 april 1987",
        "[Foto]",
    ]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for secret in secrets:
            assert secret not in html, (page.name, secret)
    first = (index.parent / "candidates" / "kandidaat-001.html").read_text(encoding="utf-8")
    assert "Kandidaat 1" in first
    assert "SKJ-nummer 110034567" in first  # facts stay readable
    assert "2019 - heden" in first


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("Tel: 06-12345678", "06-12345678", "Tel:"),
        ("mobiel 06 1234 5678", "06 1234 5678", "mobiel"),
        ("Telefoon +31 (0)35 123 4567", "+31 (0)35 123 4567", "Telefoon"),
        ("bereikbaar op 035-6543210 (werk)", "035-6543210", "(werk)"),
        ("e-mail: s.devries@mail.nl", "s.devries@mail.nl", "e-mail"),
        ("info@kompasbegeleidin\ng.example.nl\nKvK", "g.example.nl", "KvK"),
        ("Kerkstraat 12a, 1271 AB Huizen", "Kerkstraat 12a", "Huizen"),
        ("Postcode 3811 LB", "3811 LB", "Postcode"),
        ("Geboortedatum: 12-03-1988", "12-03-1988", "Geboortedatum"),
        ("Geboren 4 mei 1990 te Hilversum", "4 mei 1990 te Hilversum", "Geboren"),
        ("geb. 4-5-1990", "4-5-1990", "geb."),
        ("[Pasfoto]", "[Pasfoto]", ""),
        ("linkedin.com/in/sannedevries", "linkedin.com/in/sannedevries", ""),
        ("Sanne de Vries", "Sanne", "de"),
        ("Met vriendelijke groet, SANNE", "SANNE", "groet"),
        # Traps: facts an analyst must still read are not contact details.
        ("SKJ-nummer 110012345", "", "110012345"),
        ("SKJ 1100-12345 geldig tot 31-03-2028", "", "31-03-2028"),
        ("2019 - heden ambulant begeleider", "", "2019 - heden"),
        ("Vriesland, 2015 - 2018", "", "Vriesland"),
        ("40 uur per week, 1 fte", "", "40 uur"),
    ],
)
def test_blind_mask_text_hides_contact_details_but_not_facts(text, hidden, kept):
    masked = mask_text(text, ["Sanne de Vries"])
    assert len(masked) == len(text)  # offsets of evidence stay valid
    if hidden:
        assert hidden not in masked
        start = text.index(hidden)
        assert set(masked[start : start + len(hidden)]) <= {MASK, " "}
    assert kept in masked


def test_report_shows_rules_that_fired_and_a_models_top_features(report):
    html = (report.parent / "candidates" / "a-ambulant.pdf.html").read_text(encoding="utf-8")
    role = html[html.index('id="fact-role-0"') :]
    role = role[: role.index('id="fact-role-1"')]
    assert "ambulant (+1.80), passend onderwijs (+1.20)" in role
    assert "p = 0.93" in role
    assert "<dt>ambulant</dt><dd>title vocabulary</dd>" in html


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (
            {"rule": "ambulant term", "terms": ["ambulant", "thuisbegeleiding"]},
            "ambulant-woord (ambulant, thuisbegeleiding)",
        ),
        ({"rule": "paid work", "terms": []}, "betaald werk, telt"),
        ({"rule": "gap", "terms": ["reis"]}, "reis, verlof of tussenperiode, telt niet (reis)"),
        ({"rule": "range", "terms": ["start <= einde"], "score": 0.9},
         "range (start <= einde), score 0.90"),
        ({"rule": "geldig tot: day-month-year", "terms": ["2028-03-31"]},
         "geldig tot: day-month-year (2028-03-31)"),
        ({"rule": "no term", "terms": [], "model": {"name": "role_domain", "probability": 0.4,
                                                    "features": [["gezin", 0.512]]}},
         "geen regelwoord · model role_domain, p = 0.40, kenmerken: gezin (+0.51)"),
        (
            {
                "rule": "ambulant term",
                "terms": ["ambulant"],
                "model": {
                    "name": "role_domain",
                    "trained_on": "827c511ebcd548f4",
                    "probability": 0.947,
                    "value": True,
                    "outcome": "agrees",
                    "features": ["ambulant", "samenwerkingsverband"],
                },
            },
            "ambulant-woord (ambulant) · model role_domain: ja, p = 0.95, eens met de regel,"
            " kenmerken: ambulant, samenwerkingsverband, getraind op 827c511e",
        ),
    ],
)
def test_report_explanation_in_words(value, text):
    assert explain_text(value) == text


def test_report_does_not_mark_words_that_differ_from_the_evidence(tmp_path, records, params):
    """A stale offset (the text changed since extraction) must not highlight other words."""
    shifted = [dict(r) for r in records]
    marloes = next(r for r in shifted if r["file"] == "a-ambulant.pdf")
    skj = dict(marloes["skj"])
    skj["evidence"] = [{**e, "start": e["start"] + 3, "end": e["end"] + 3} for e in skj["evidence"]]
    marloes["skj"] = skj
    index = write_report(tmp_path / "stale", shifted, report_records.documents(), params)
    html = (index.parent / "candidates" / "a-ambulant.pdf.html").read_text(encoding="utf-8")
    skj_row = html[html.index('id="fact-skj"') :]
    skj_row = skj_row[: skj_row.index("</tr>")]
    assert "evlink" not in skj_row and "positie onbekend" in skj_row
    assert 'href="#fact-skj"' not in html
    assert 'href="#fact-diploma-0"' in html  # the other evidence is still marked
