"""One real run of `cvscreen screen` over files this test builds: PDF, DOCX, text, junk.

Every file must come out exactly once, the readable ones with facts whose evidence offsets
point at the same words in the stored document text.
"""

import csv
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

CV_LINES = [
    "Curriculum Vitae",
    "Naam: Lotte Verbeek",
    "SKJ-registratie: 110055501, geldig tot 31-12-2029",
    "",
    "Profiel",
    "Ik ben een pedagoog met veel ervaring in de ambulante jeugdhulp en op basisscholen.",
    "",
    "Werkervaring",
    "sep 2019 - heden",
    "Ambulant begeleider passend onderwijs - Samenwerkingsverband Eemland",
    "- ambulante begeleiding van leerlingen en leerkrachten op basisscholen",
    "2014 - 2019",
    "Ambulant gezinsbegeleider - Jeugdhulp Utrecht",
    "- gezinsbegeleiding aan huis bij gezinnen met jonge kinderen",
    "",
    "Opleiding",
    "2010 - 2014 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald",
    "",
    "Cursussen",
    "- Cognitieve gedragstherapie (CGT), certificaat behaald 2018",
    "",
    "Referenties",
    "Mw. A. de Wit, teamleider Jeugdhulp Utrecht, 06-11112222",
    "Dhr. B. Smit, intern begeleider OBS De Regenboog, 06-33334444",
    "",
    "Motivatie",
    "Ik solliciteer op deze opdracht omdat ik graag dichtbij het kind werk, in de klas en",
    "thuis. Mijn ervaring als ambulant begeleider op basisscholen sluit daar goed op aan.",
]


def build_pdf(path: Path, lines: list[str]) -> None:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 16
    pdf.save()


def build_docx(path: Path, lines: list[str]) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    batch = tmp_path_factory.mktemp("batch")
    out = tmp_path_factory.mktemp("out")
    build_pdf(batch / "cv-pdf.pdf", CV_LINES)
    build_docx(batch / "cv-docx.docx", [line.replace("Lotte Verbeek", "Noor Bakker")
                                        for line in CV_LINES])
    (batch / "cv-text.txt").write_text("\r\n".join(CV_LINES), encoding="cp1252")
    (batch / "empty.pdf").write_bytes(b"")
    (batch / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with open(batch / "submissions.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "supplier", "employment", "hourly_rate"])
        writer.writerow(["cv-pdf.pdf", "Bureau A", "detachering", "85,00"])
        writer.writerow(["cv-docx.docx", "Bureau B", "zzp", "70.00"])
        writer.writerow(["CV-Text.txt", "Bureau C", "payroll", "80.00"])  # case as typed
        writer.writerow(["never-sent.pdf", "Bureau D", "loondienst", "75.00"])
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "screen", str(batch), "--out", str(out), "--quiet"],
        capture_output=True, text=True, check=False,
    )
    return batch, out, done


def records_of(out: Path) -> dict[str, dict]:
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["file"]: json.loads(line) for line in lines}


def test_screen_accounts_for_every_file_once_in_name_order(run):
    _, out, done = run
    assert done.returncode == 0, done.stderr
    names = [json.loads(line)["file"]
             for line in (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()]
    assert names == ["cv-docx.docx", "cv-pdf.pdf", "cv-text.txt", "empty.pdf", "photo.png"]
    records = records_of(out)
    assert records["photo.png"]["status"] == "unsupported"
    assert records["empty.pdf"]["status"] == "unreadable"
    assert records["empty.pdf"]["status_detail"]
    assert {records[f]["status"] for f in ("cv-docx.docx", "cv-pdf.pdf", "cv-text.txt")} == {"ok"}


@pytest.mark.parametrize("file", ["cv-pdf.pdf", "cv-docx.docx", "cv-text.txt"])
def test_screen_facts_carry_evidence_that_points_into_the_text(run, file):
    _, out, _ = run
    record = records_of(out)[file]
    text = json.loads((out / "documents" / f"{file}.json").read_text(encoding="utf-8"))["text"]
    assert record["skj"]["number"] == "110055501"
    assert record["skj"]["expires"] == "2029-12-31"
    evidences = [*record["skj"]["evidence"], *(d["evidence"] for d in record["diplomas"]),
                 *(r["evidence"] for r in record["roles"])]
    assert evidences
    for evidence in evidences:
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
        assert evidence["page"] == 1
    assert record["knockouts"]["diploma"]["result"] == "pass"
    assert record["knockouts"]["skj"]["result"] == "pass"
    assert record["experience_months"] == {"ambulant": 150, "onderwijs": 82}
    assert [c["name"] for c in record["certificates"]] == ["CGT"]
    assert len(record["references"]) == 2
    assert record["motivation"]["present"]


def test_screen_ranks_and_excludes_the_zzp_submission(run):
    _, out, _ = run
    records = records_of(out)
    assert records["cv-docx.docx"]["knockouts"]["execution_condition"]["result"] == "fail"
    assert records["cv-docx.docx"]["rank"] is None
    with open(out / "ranking.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    # Same points: the lower hourly rate (80.00, the text CV) ranks first.
    assert [row["file"] for row in rows] == ["cv-text.txt", "cv-pdf.pdf"]
    assert rows[0]["total"] == rows[1]["total"] == str(40.0 + 30.0 + 5.0 + 10.0)
    assert (out / "report" / "index.html").is_file()


def test_screen_matches_submission_names_in_any_case_and_reports_missing_cvs(run):
    _, out, done = run
    assert records_of(out)["cv-text.txt"]["hourly_rate"] == 80.0  # row typed "CV-Text.txt"
    assert "never-sent.pdf: staat in submissions.csv, maar het bestand is niet aangeleverd" \
        in done.stdout
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["submissions_without_cv"] == 1


def test_screen_starts_without_spacy():
    """`cvscreen screen` loads spaCy only when a file needs extracting: a rerun on cached CVs
    and the start-up stay fast (docs/performance.md)."""
    code = "import sys, pipeline.cli, pipeline.screen\nprint('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent.parent,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
