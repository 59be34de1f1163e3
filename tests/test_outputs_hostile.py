"""What reaches the analyst's tools is harmless: CSV cells cannot start formulas, the terminal
gets no control characters, and a flood of submissions rows without a CV prints a count."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.safe_text import for_csv, for_terminal

REPO = Path(__file__).resolve().parent.parent
CV = ("Naam: Noor Vos\nSKJ-registratie 110077712, geldig tot 30-04-2029\n"
      "2019 - heden Ambulant begeleider passend onderwijs\n"
      "2012 - 2016 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald\n")


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("=1+1", "'=1+1"), ("+31 6 123", "'+31 6 123"), ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
     ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("-12,5", "-12,5"),
     ("-50", "-50"), (-50, -50), (87.5, 87.5), ("cv.pdf", "cv.pdf")],
)
def test_hostile_csv_cells_never_start_a_formula(cell, shown):
    assert for_csv(cell) == shown


def test_hostile_terminal_text_has_no_controls():
    shown = for_terminal("\x1b[2J\x1b[1;1H1. vervalst.pdf\n\u202egnp.exe\x07")
    assert shown == "\\x1b[2J\\x1b[1;1H1. vervalst.pdf\\x0a\\u202egnp.exe\\x07"
    assert shown.isprintable()


def test_hostile_names_reach_neither_terminal_nor_spreadsheet_raw(tmp_path):
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    names = ["=HYPERLINK(\"x\").txt", "@cmd.txt", "\x1b[2J\r  1. vervalst.pdf 99.9 punten.txt"]
    for name in names:
        (batch / name).write_text(CV, encoding="utf-8")
    rows = ["file,employment,hourly_rate"] + [f"ontbreekt-{n:06d}.pdf,payroll,80"
                                              for n in range(100_000)]
    (batch / "submissions.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pipeline", "screen", str(batch), "--out",
                           str(out), "--quiet"], cwd=REPO, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    stdout = done.stdout.decode("utf-8")
    assert "\x1b" not in stdout and "\r" not in stdout
    assert not any(line.lstrip().startswith("1. vervalst") for line in stdout.splitlines())
    assert "ontbreekt-000000.pdf: staat in submissions.csv, maar" in stdout
    assert "en nog 99990 regels in submissions.csv zonder aangeleverd cv" in stdout
    assert len(stdout.splitlines()) < 40
    for table in ("ranking.csv", "scores.csv"):
        with open(out / table, encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]
        assert "'=HYPERLINK(\"x\").txt" in cells and "'@cmd.txt" in cells
