"""A whole screening run over a batch of broken and hostile files beside one good CV.

Each bad file must come out as exactly one line of candidates.jsonl with its status and
reason, unranked, while the good CV is screened and ranked as usual.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from docx import Document as DocxDocument
from hostile_builders import build_hostile_batch
from ingest_builders import SCAN_LINES, column, draw_pdf, jpeg_of
from reportlab.lib import pdfencrypt

from pipeline.screen import screen

GOOD_CV = [
    "H:Curriculum vitae",
    "Naam: Mila de Ruiter",
    "SKJ-registratie 110077712, geldig tot 30-04-2029",
    "H:Werkervaring",
    "2018 - heden Ambulant begeleider passend onderwijs, Samenwerkingsverband Zeeuwse Kust",
    "H:Opleiding",
    "2012 - 2016 HBO Pedagogiek, Hogeschool Zeeland, diploma behaald",
]

EXPECTED = {
    "leeg.pdf": ("unreadable", "zero-byte file"),
    "afgebroken.pdf": ("unreadable", "truncated PDF"),
    "beveiligd.pdf": ("unreadable", "encrypted PDF"),
    "bom.docx": ("unreadable", "zip bomb"),
    "notities.md": ("unsupported", "unsupported file type"),
}


def build_batch(folder) -> None:
    draw_pdf(folder / "goed.pdf", [column(60, 80, GOOD_CV)])
    (folder / "leeg.pdf").write_bytes(b"")
    whole = draw_pdf(folder / "tmp-whole.pdf", [column(60, 80, GOOD_CV)] * 3).read_bytes()
    (folder / "tmp-whole.pdf").unlink()
    (folder / "afgebroken.pdf").write_bytes(whole[: len(whole) * 2 // 3])
    encrypt = pdfencrypt.StandardEncryption("geheim", ownerPassword="eigenaar")
    draw_pdf(folder / "beveiligd.pdf", [column(60, 80, GOOD_CV)], encrypt=encrypt)
    scan_source = draw_pdf(folder / "tmp-scan.pdf", [column(60, 80, SCAN_LINES)])
    jpeg_of(scan_source, folder / "foto-als.pdf", dpi=200)
    scan_source.unlink()
    word = DocxDocument()
    word.add_paragraph("Profiel")
    word.save(folder / "bom.docx")
    with zipfile.ZipFile(folder / "bom.docx", "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/opvulling.bin", b"\0" * (6 * 1024 * 1024))
    draw_pdf(folder / "lang.pdf", [column(60, 300, ["Bijlage met veel tekst op elke pagina."])
                                   for _ in range(300)])
    (folder / "latin1.txt").write_bytes("Naam: José Peña\nWerkervaring als begeleider".encode(
        "cp1252"))
    (folder / "notities.md").write_text("# geen cv", encoding="utf-8")


def test_hostile_batch_every_file_one_line_and_the_good_cv_ranked(tmp_path, ingest_params):
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    build_batch(batch)
    ingest_params["ingest"]["max_unzipped_mb"] = 5
    screen(batch, out, ingest_params, progress=False)
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    records = {json.loads(line)["file"]: json.loads(line) for line in lines}
    assert sorted(records) == sorted(p.name for p in batch.iterdir())
    assert len(lines) == len(records)
    for name, (status, reason) in EXPECTED.items():
        assert records[name]["status"] == status, name
        assert reason in records[name]["status_detail"], name
        assert records[name]["rank"] is None
    assert records["lang.pdf"]["pages"] == 300
    assert any("300 pages" in w for w in records["lang.pdf"]["reader_warnings"])
    assert records["latin1.txt"]["status"] == "ok"
    assert records["foto-als.pdf"]["status"] in ("ok", "needs_ocr")
    assert records["foto-als.pdf"]["status_detail"] or records["foto-als.pdf"]["ocr"]["used"]
    good = records["goed.pdf"]
    assert good["status"] == "ok" and good["skj"]["number"] == "110077712"
    assert good["rank"] == 1


def test_hostile_set_screens_as_one_batch_with_every_entry_accounted_for(tmp_path):
    """Every hostile kind together, two workers, through the command line: exit 0, one line
    per entry with the status its kind must get, and the good CV ranked."""
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    expected = build_hostile_batch(batch)
    draw_pdf(batch / "goed.pdf", [column(60, 80, GOOD_CV)])
    expected["goed.pdf"] = "ok"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "screen", str(batch), "--out", str(out),
         "--workers", "2", "--quiet"],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    records = {json.loads(line)["file"]: json.loads(line) for line in lines}
    assert len(lines) == len(records) == len(expected) == len(os.listdir(batch))
    assert {name: r["status"] for name, r in records.items()} == expected
    good = records["goed.pdf"]
    assert good["rank"] is not None and good["knockouts"]["skj"]["result"] == "pass"
    for record in records.values():  # a file that was not read proves no absence: no fail
        if record["status"] != "ok":
            assert record["rank"] is None
            assert {record["knockouts"][k]["result"] for k in ("diploma", "skj")} == {"review"}
