"""A small fictional batch as the extract stage lays it out: Documents plus facts records.

Evidence offsets are found in the document text, so they point at the words exactly as the
contract says; scoring is the real scorer's, so the report sees real knock-outs and points.
"""

from __future__ import annotations

from typing import Any

from pipeline.document import Document

HOSTILE = (
    '<script>window.__pwned = 1; document.title = "PWNED"</script><b>vet</b> & '
    '<img src=x onerror="window.__pwned=2">'
)

CVS: dict[str, list[str]] = {
    "a-ambulant.pdf": [
        "Marloes Kuipers\nDorpsstraat 14, 1271 KL Huizen\nTelefoon: 06-41234567\n"
        "E-mail: marloes.kuipers@voorbeeld.nl\nGeboortedatum: 3 april 1987\n[Foto]\n\n"
        "Profiel\nBetrokken ambulant begeleider met oog voor kind en school.\n\n"
        "Werkervaring\n2019 - heden  Ambulant begeleider passend onderwijs, Stichting Kompas\n"
        "2014 - 2018  Pedagogisch medewerker, Kinderopvang Zonnetje\n",
        "Opleiding\n2010 - 2014  HBO Pedagogiek, Hogeschool Utrecht (diploma behaald)\n\n"
        "SKJ-registratie\nSKJ-nummer 110034567, geldig tot 31-03-2028\n\n"
        "Cursussen\n2021  Training CGT afgerond\n2022  Triple P\n\n"
        "Referenties\nMw. J. Bakker, teamleider Kompas, 035-1234567\n"
        "Dhr. P. de Wit, intern begeleider, 035-7654321\n\n"
        "Motivatie\nIk wil graag kinderen op de basisschool helpen om weer met plezier te leren. "
        + HOSTILE
        + "\n",
    ],
    "b-mbo.docx": [
        "Kevin Verhoef\nkevin@voorbeeld.nl\n\n"
        "Werkervaring\n2016 - 2024  Groepsleider, Leefgroep De Haven\n\n"
        "Opleiding\n2012 - 2016  MBO Pedagogisch Werk niveau 4, ROC Midden\n\n"
        "Referenties op aanvraag\n",
    ],
    "c-review.pdf": [
        "Yara Benali\n\nWerkervaring\n2018 - heden  Intern begeleider, OBS De Regenboog\n"
        "2015 - 2018  Leerkracht groep 5, OBS De Regenboog\n\n"
        "Opleiding\n2011 - 2015  PABO, Hogeschool iPabo\n\n"
        "SKJ\nRegistratienummer 110099887, geldig tot 01-01-2029\n\n"
        "Referenties\nMw. K. Smit, directeur, 035-1112233\n"
        "Dhr. L. Jansen, IB-coördinator, 035-3332211\n",
    ],
}
SUBMISSIONS = {
    "a-ambulant.pdf": ("Bureau Noord B.V.", "detachering", 85.0),
    "b-mbo.docx": ("Bureau Zuid B.V.", "loondienst", 70.0),
    "c-review.pdf": ("Bureau Oost B.V.", "payroll", 80.0),
}


def _evidence(document: Document, words: str) -> dict[str, Any]:
    start = document.text.index(words)
    end = start + len(words)
    return {"text": words, "page": document.page_of(start), "start": start, "end": end}


def documents() -> dict[str, Document]:
    return {
        file: Document.from_pages(file, pages, format=file.rsplit(".", 1)[1], sha256=file)
        for file, pages in CVS.items()
    }


def _base(document: Document, name: str) -> dict[str, Any]:
    return {
        "file": document.file,
        "status": "ok",
        "status_detail": "",
        "model": "blank:nl",
        "pages": document.page_count,
        "pages_estimated": False,
        "language": "nl",
        "language_share": 0.9,
        "candidate_name": name,
        "candidate_name_evidence": _evidence(document, name),
        "diplomas": [],
        "skj": {"number": None, "expires": None, "evidence": [], "mentioned": False},
        "roles": [],
        "experience_months": {"ambulant": 0, "onderwijs": 0},
        "certificates": [],
        "other_trainings": [],
        "references": [],
        "references_on_request": False,
        "motivation": {"present": False, "words": 0, "text": "", "evidence": None},
        "zzp_signal": False,
        "zzp_evidence": [],
        "corrections": [],
    }


def _role(document, words, title, start, end, ambulant, onderwijs, explanation=None):
    return {
        "title": title,
        "employer": words.split(", ")[-1],
        "start": start,
        "end": end,
        "ambulant": ambulant,
        "onderwijs": onderwijs,
        "domains": [d for d, held in (("ambulant", ambulant), ("onderwijs", onderwijs)) if held],
        "counts": True,
        "evidence": _evidence(document, words),
        "review": None,
        "explanation": explanation or {"ambulant": {"rule": "title vocabulary", "terms": []}},
    }


def facts() -> list[dict[str, Any]]:
    """Facts records (before scoring) for the three fictional CVs and one unreadable file."""
    docs = documents()
    a = _base(docs["a-ambulant.pdf"], "Marloes Kuipers")
    da = docs["a-ambulant.pdf"]
    a["diplomas"] = [
        {
            "level": "hbo",
            "name": "Pedagogiek",
            "institution": "Hogeschool Utrecht",
            "completed": True,
            "end_year": 2014,
            "field_class": "accepted",
            "foreign": False,
            "evidence": _evidence(da, "HBO Pedagogiek, Hogeschool Utrecht (diploma behaald)"),
            "explanation": {"level": {"rule": "hbo", "terms": ["HBO"]},
                            "completion": {"rule": "afgerond", "terms": ["diploma behaald"]}},
        }
    ]
    a["skj"] = {
        "number": "110034567",
        "expires": "2028-03-31",
        "evidence": [_evidence(da, "SKJ-nummer 110034567, geldig tot 31-03-2028")],
        "mentioned": True,
        "applied_only": False,
        "ambiguous": None,
        "explanation": {"context": {"rule": "registerwoorden", "terms": ["SKJ"]},
                        "expiry": {"rule": "geldig tot", "terms": ["2028-03-31"]}},
    }
    a["roles"] = [
        _role(
            da,
            "Ambulant begeleider passend onderwijs, Stichting Kompas",
            "Ambulant begeleider passend onderwijs",
            "2019-01",
            "present",
            True,
            True,
            {"ambulant": {"rule": "ambulant term", "terms": ["ambulant"], "model": {
                "name": "role-labels logreg",
                "probability": 0.93,
                "top_features": [["ambulant", 1.8], ["passend onderwijs", 1.2]],
            }}},
        ),
        _role(
            da,
            "Pedagogisch medewerker, Kinderopvang Zonnetje",
            "Pedagogisch medewerker",
            "2014-01",
            "2018-12",
            False,
            False,
        ),
    ]
    a["experience_months"] = {"ambulant": 90, "onderwijs": 90}
    a["certificates"] = [
        {
            "name": "CGT",
            "evidence": _evidence(da, "Training CGT afgerond"),
            "explanation": {"pattern": {"rule": "alias van CGT", "terms": ["CGT"]}},
        }
    ]
    a["other_trainings"] = [{"name": "Triple P", "evidence": _evidence(da, "Triple P")}]
    a["references"] = [
        {
            "name": "Mw. J. Bakker",
            "evidence": _evidence(da, "Mw. J. Bakker, teamleider Kompas, 035-1234567"),
        },
        {
            "name": "Dhr. P. de Wit",
            "evidence": _evidence(da, "Dhr. P. de Wit, intern begeleider, 035-7654321"),
        },
    ]
    motivation = da.text[da.text.index("Ik wil graag") :].rstrip()
    a["motivation"] = {
        "present": True,
        "words": len(motivation.split()),
        "text": motivation,
        "evidence": _evidence(da, motivation),
    }

    b = _base(docs["b-mbo.docx"], "Kevin Verhoef")
    db = docs["b-mbo.docx"]
    b["diplomas"] = [
        {
            "level": "mbo",
            "name": "Pedagogisch Werk",
            "institution": "ROC Midden",
            "completed": True,
            "end_year": 2016,
            "field_class": "accepted",
            "foreign": False,
            "evidence": _evidence(db, "MBO Pedagogisch Werk niveau 4, ROC Midden"),
            "explanation": {},
        }
    ]
    b["roles"] = [
        _role(
            db,
            "Groepsleider, Leefgroep De Haven",
            "Groepsleider",
            "2016-01",
            "2024-12",
            False,
            False,
        )
    ]
    b["references_on_request"] = True

    c = _base(docs["c-review.pdf"], "Yara Benali")
    dc = docs["c-review.pdf"]
    c["diplomas"] = [
        {
            "level": "hbo",
            "name": "PABO",
            "institution": "Hogeschool iPabo",
            "completed": None,
            "end_year": 2015,
            "field_class": "review",
            "foreign": False,
            "evidence": _evidence(dc, "PABO, Hogeschool iPabo"),
            "explanation": {"field": {"rule": "pabo", "terms": ["PABO"]}},
        }
    ]
    c["skj"] = {
        "number": "110099887",
        "expires": "2029-01-01",
        "mentioned": True,
        "applied_only": False,
        "ambiguous": None,
        "explanation": {},
        "evidence": [_evidence(dc, "Registratienummer 110099887, geldig tot 01-01-2029")],
    }
    c["roles"] = [
        _role(
            dc,
            "Intern begeleider, OBS De Regenboog",
            "Intern begeleider",
            "2018-01",
            "present",
            False,
            True,
        ),
        _role(
            dc,
            "Leerkracht groep 5, OBS De Regenboog",
            "Leerkracht groep 5",
            "2015-01",
            "2017-12",
            False,
            True,
        ),
    ]
    c["experience_months"] = {"ambulant": 0, "onderwijs": 102}
    c["references"] = [
        {"name": "Mw. K. Smit", "evidence": _evidence(dc, "Mw. K. Smit, directeur, 035-1112233")},
        {
            "name": "Dhr. L. Jansen",
            "evidence": _evidence(dc, "Dhr. L. Jansen, IB-coördinator, 035-3332211"),
        },
    ]
    broken = {
        **_base(Document("d-kapot.pdf", text="x"), "x"),
        "file": "d-kapot.pdf",
        "status": "unreadable",
        "status_detail": "PDF is beschadigd",
        "candidate_name": None,
        "candidate_name_evidence": None,
        "pages": None,
        "language": None,
    }
    for record in (a, b, c, broken):  # as extraction lays them out: every register it read
        record["registrations"] = {"skj": record["skj"]} if record["skj"]["mentioned"] else {}
    return [a, b, c, broken]


def submissions_csv() -> str:
    lines = ["file,supplier,employment,hourly_rate"]
    lines += [f"{f},{s},{e},{r:.2f}" for f, (s, e, r) in SUBMISSIONS.items()]
    return "\n".join(lines) + "\n"
