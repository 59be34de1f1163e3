"""Per-file limits: a crash, a dead worker, the time limit, the memory limit and too much text
each cost one file (its status says why), and bombs stay within their budgets, measured."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from hostile_builders import (
    cyclic_pdf,
    fan_out_pdf,
    huge_page_pdf,
    inflate_bomb_pdf,
    png_bomb,
)

from pipeline.batch import Failed, Limits, run_each
from pipeline.document import Document
from pipeline.nlp import get_nlp
from pipeline.progress import Progress
from pipeline.screen import screen
from pipeline.stages import extract

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _hostile_item(kind: str) -> str:
    """Misbehaves as `kind` says; module-level so worker processes can run it."""
    if kind == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if kind == "hang":
        time.sleep(60)
    if kind == "hog":
        return str(len(bytearray(1024 * 1024 * 1024)))  # 1 GiB, past a 300 MB budget
    if kind == "crash":
        raise ValueError("a reader bug")
    return f"gelezen: {kind}"


@pytest.mark.parametrize("workers", [1, 2])
def test_hostile_each_failure_costs_only_its_own_file(workers):
    kinds = ["a", "crash", "b", "hang", "c", "hog", "d", "die", "e"]
    limits = Limits(seconds=2, memory_mb=300)
    progress = Progress("lezen", len(kinds), stream=io.StringIO())
    results = dict(run_each(_hostile_item, kinds, progress=progress, limits=limits,
                            workers=workers, cost=len))
    outcome = {kinds[index]: result for index, result in results.items()}
    assert len(outcome) == len(kinds)
    assert progress.done == len(kinds)  # every file counted once, the failed ones too
    for good in "abcde":
        assert outcome[good] == f"gelezen: {good}"
    assert outcome["crash"] == Failed("crashed: ValueError")
    assert outcome["hang"] == Failed("timed out after 2 s")
    assert outcome["hog"] == Failed("memory limit reached (300 MB per file)")
    # one worker is a pool of one: a file that kills its process costs only that file
    assert outcome["die"] == Failed("worker process died while reading this file")


def test_hostile_text_over_spacys_limit_fails_its_file_not_the_batch(tmp_path, params):
    """A document past spaCy's 1,000,000 characters (E088): that record is an error."""
    flood = Document.from_pages("vloed.txt", ["begeleider " * 100_000])
    fine = Document.from_pages("goed.txt", ["Naam: Noor Vos\nAmbulant begeleider"])
    facts, counts = extract.run([flood, fine], tmp_path / "facts", params, tmp_path / "cache",
                                progress=False)
    by_file = {record["file"]: record for record in facts}
    assert by_file["vloed.txt"]["status"] == "error"
    assert "E088" in by_file["vloed.txt"]["status_detail"]
    assert by_file["goed.txt"]["status"] == "ok"
    assert counts == {"extracted": 2, "cached": 0}
    get_nlp(params)  # the pipeline is still usable after the failure


def test_hostile_long_text_is_cut_to_the_maximum_and_flagged(tmp_path, ingest_params):
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    line = "Ambulant begeleider passend onderwijs, Stichting De Brug, met veel tekst.\n"
    (batch / "groot.txt").write_text("Naam: Noor Vos\n" + line * 45_000, encoding="utf-8")
    (batch / "een-regel.txt").write_text("woord " * 700_000, encoding="utf-8")  # 4.2 MB
    ingest_params["ingest"]["max_text_chars"] = 20_000
    screen(batch, out, ingest_params, progress=False)
    records = [json.loads(x) for x in (out / "candidates.jsonl").read_text().splitlines()]
    for record in records:
        assert record["status"] == "ok", record["status_detail"]
        assert record["text_cut_at"] == 20_000
        assert any("text cut at 20,000 characters" in w for w in record["reader_warnings"])
    document = json.loads((out / "documents" / "groot.txt.json").read_text(encoding="utf-8"))
    assert len(document["text"]) == 20_000 and document["pages"][-1]["end"] <= 20_000


def _peak_mb(code: str) -> tuple[int, str]:
    """(peak resident MB, stdout) of a Python process running `code`, per /usr/bin/time -v."""
    done = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", code], cwd=REPO_ROOT,
                          capture_output=True, text=True, check=True)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return int(peak.group(1)) // 1024, done.stdout


READ = (
    "from pipeline.ingest import read_document; from pipeline.params import load_params; "
    "d = read_document({path!r}, load_params(None)); "
    "print(d.status + ' | ' + d.status_detail + ' | ' + ' '.join(d.warnings))"
)


@pytest.mark.skipif(not os.path.exists("/usr/bin/time"), reason="needs GNU time (/usr/bin/time)")
@pytest.mark.parametrize(
    ("build", "status", "detail"),
    [
        (lambda p: inflate_bomb_pdf(p, 700), "unsupported", "PDF unpacks to more than 256 MB"),
        (fan_out_pdf, "unsupported", "draws more than 100,000 characters"),
        (cyclic_pdf, "needs_ocr", ""),
        (huge_page_pdf, "needs_ocr", "rendered for OCR at"),
        (png_bomb, "unsupported", "12000x12000 pixels"),
    ],
    ids=["inflate-700MB", "xobject-fan-out", "object-cycle", "200-inch-page", "png-144Mpx"],
)
def test_hostile_bombs_stay_within_their_budget(tmp_path, build, status, detail):
    path = build(tmp_path / "bom.pdf")
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk, huge when unpacked
    peak, shown = _peak_mb(READ.format(path=str(path)))
    assert shown.startswith(status + " |"), shown
    assert detail in shown
    assert peak < 700, f"{peak} MB"  # far below what the unpacked bomb would take
