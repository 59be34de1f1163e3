"""Every entry of INPUT_DIR is accounted for, nothing outside it is read, odd names work and
nothing is written through a symlink planted in OUT_DIR."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from hostile_builders import ODD_NAMES, odd_named_cvs

from pipeline.params import load_params
from pipeline.review import load_review
from pipeline.screen import screen

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CV_TEXT = (
    "Curriculum vitae\nNaam: Noor Vos\nSKJ-registratie 110077712, geldig tot 30-04-2029\n"
    "Werkervaring\n"
    "2019 - heden Ambulant begeleider passend onderwijs, Stichting De Brug\n"
    "Opleiding\n2012 - 2016 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald\n"
)
SECRET = "geheim-buiten-de-map-4711"


def _records(out):
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_hostile_links_folders_pipes_and_devices_each_get_a_status(tmp_path, ingest_params):
    batch, out, outside = tmp_path / "batch", tmp_path / "out", tmp_path / "elders"
    batch.mkdir()
    outside.mkdir()
    (outside / "andere-cv.txt").write_text(CV_TEXT + SECRET, encoding="utf-8")
    (batch / "goed.txt").write_text(CV_TEXT, encoding="utf-8")
    os.symlink("/etc/passwd", batch / "passwd.pdf")
    os.symlink(outside / "andere-cv.txt", batch / "gelinkt.txt")
    os.symlink(batch / "goed.txt", batch / "binnen-link.txt")
    os.symlink("bestaat-niet.pdf", batch / "dood.pdf")
    os.symlink("lus.pdf", batch / "lus.pdf")
    os.symlink("/dev/zero", batch / "nul.pdf")
    (batch / "map").mkdir()
    (batch / "map" / "verstopt.txt").write_text(CV_TEXT, encoding="utf-8")
    os.mkfifo(batch / "pijp.txt")
    expected = {
        "passwd.pdf": ("unsupported", "symlink"),
        "gelinkt.txt": ("unsupported", "symlink"),
        "binnen-link.txt": ("unsupported", "symlink"),
        "dood.pdf": ("unsupported", "symlink"),
        "lus.pdf": ("unsupported", "symlink"),
        "nul.pdf": ("unsupported", "symlink"),
        "map": ("unsupported", "folder"),
        "pijp.txt": ("unsupported", "named pipe"),
    }
    try:
        os.mknod(batch / "apparaat.pdf", stat.S_IFCHR | 0o600, os.makedev(1, 3))
        expected["apparaat.pdf"] = ("unsupported", "device")
    except OSError:
        pass  # creating a device node needs privileges this machine may not give
    screen(batch, out, ingest_params, progress=False)
    records = {record["file"]: record for record in _records(out)}
    assert sorted(records) == sorted(os.listdir(batch))
    for name, (status, reason) in expected.items():
        assert records[name]["status"] == status, name
        assert reason in records[name]["status_detail"], name
        assert records[name]["rank"] is None
    assert records["goed.txt"]["status"] == "ok" and records["goed.txt"]["rank"] == 1
    for path in out.rglob("*"):  # nothing from outside the folder reached any output
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and b"root:x:0:0" not in data, path


def test_hostile_unreadable_file_is_unreadable(tmp_path, ingest_params):
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    locked = batch / "op-slot.txt"
    locked.write_text(CV_TEXT, encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("this process reads files without read permission (root)")
    screen(batch, out, ingest_params, progress=False)
    (record,) = _records(out)
    assert record["status"] == "unreadable" and "Permission denied" in record["status_detail"]


def _cli(*args, cwd=REPO_ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd,
                          capture_output=True, check=False)


def test_hostile_odd_names_screen_and_stay_harmless(tmp_path):
    """Long, non-UTF-8, newline, dash, bidi, formula and ANSI names: screened, their outputs
    named safely, shown escaped on the terminal and neutralised in the CSV files."""
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    names = odd_named_cvs(batch, CV_TEXT)
    done = _cli("screen", str(batch), "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    shown = done.stdout.decode("utf-8")
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "\\x1b[2J" in shown or "\\u202e" in shown or "Shortlist" in shown
    assert not any(line.startswith("1. vervalst") for line in shown.splitlines())
    records = {record["file"]: record for record in _records(out)}
    assert len(records) == len(names)
    assert "cv-\\xe9\\xff.txt" in records  # the non-UTF-8 bytes, escaped
    assert all(record["status"] == "ok" for record in records.values())
    for folder in ("documents", "facts", "report/candidates"):
        for path in (out / folder).iterdir():
            assert len(os.fsencode(path.name)) <= 255 and "\n" not in path.name
    rows = (out / "ranking.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in rows and "\n=HYPERLINK" not in rows and ",=HYPERLINK" not in rows
    assert ",'-rf cv.txt" in rows
    review = out / "review.yaml"
    assert _cli("review", "init", str(out), "--file", str(review)).returncode == 0
    params = load_params(os.path.join(REPO_ROOT, "params.yaml"))
    loaded = load_review(review, list(records.values()), params)  # every name reads back
    assert sorted(loaded.entries) == sorted(records)
    assert ODD_NAMES["newline"] in loaded.entries


def test_hostile_symlinks_planted_in_out_dir_are_replaced_not_followed(tmp_path, ingest_params):
    batch, out, victim = tmp_path / "batch", tmp_path / "out", tmp_path / "slachtoffer"
    batch.mkdir()
    out.mkdir()
    victim.mkdir()
    (batch / "goed.txt").write_text(CV_TEXT, encoding="utf-8")
    targets = {}
    for name in ("candidates.jsonl", "ranking.csv", "metrics.json", "scores.csv", "audit.jsonl"):
        target = victim / f"{name}.orig"
        target.write_text("onaangetast", encoding="utf-8")
        os.symlink(target, out / name)
        targets[name] = target
    os.symlink(victim, out / "documents")
    (out / "report").mkdir()
    os.symlink(victim / "candidates.jsonl.orig", out / "report" / "index.html")
    screen(batch, out, ingest_params, progress=False)
    for target in targets.values():
        assert target.read_text(encoding="utf-8") == "onaangetast"
    assert sorted(p.name for p in victim.iterdir()) == sorted(t.name for t in targets.values())
    assert not (out / "documents").is_symlink() and (out / "documents" / "goed.txt.json").is_file()
    assert not (out / "candidates.jsonl").is_symlink() and _records(out)[0]["file"] == "goed.txt"
    assert not (out / "report" / "index.html").is_symlink()
