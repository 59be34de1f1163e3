"""A run killed with SIGKILL leaves the previous complete outputs or none, never half a file,
and the next run completes from the per-file caches."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.screen import screen

REPO = Path(__file__).resolve().parent.parent
CV = (
    "Curriculum vitae\nNaam: Kandidaat {n}\nSKJ-registratie 1100777{n:02d}, geldig tot 30-04-2029\n"
    "Werkervaring\n{start} - heden Ambulant begeleider passend onderwijs, Stichting De Brug\n"
    "Opleiding\n2010 - 2014 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald\n"
)


def _write_cvs(batch: Path, numbers: range) -> None:
    for n in numbers:
        (batch / f"cv-{n:02d}.txt").write_text(CV.format(n=n, start=2005 + n), encoding="utf-8")


def _kill_during_extract(batch: Path, out: Path, after: int) -> None:
    """Start a screening run and SIGKILL it (and its workers) once `after` files are extracted."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "screen", str(batch), "--out", str(out), "--quiet",
         "--workers", "2"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            if len(list((out / "cache" / "extract").rglob("*.json"))) >= after:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the run ended before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL


def _complete_json(out: Path) -> None:
    for folder in ("documents", "facts"):
        for path in (out / folder).glob("*.json"):
            json.loads(path.read_text(encoding="utf-8"))  # whole files only


def test_kill_9_leaves_no_or_previous_outputs_and_the_rerun_resumes(tmp_path, params):
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    _write_cvs(batch, range(1, 13))

    # 1. Killed during its first run: no outputs at all, only complete per-file results.
    _kill_during_extract(batch, out, after=3)
    assert not (out / "candidates.jsonl").exists() and not (out / "ranking.csv").exists()
    _complete_json(out)
    resumed = screen(batch, out, params, progress=False)
    assert resumed.counters["ingest"] == {"read": 0, "cached": 12}
    assert resumed.counters["extract"]["cached"] >= 3
    first = (out / "candidates.jsonl").read_bytes()
    assert len(first.splitlines()) == 12

    # 2. Killed while screening a bigger batch: the previous complete outputs stay as they were.
    _write_cvs(batch, range(13, 25))
    _kill_during_extract(batch, out, after=15)
    assert (out / "candidates.jsonl").read_bytes() == first
    _complete_json(out)
    resumed = screen(batch, out, params, progress=False)
    assert resumed.counters["ingest"] == {"read": 0, "cached": 24}
    assert resumed.counters["extract"]["cached"] >= 15
    assert len((out / "candidates.jsonl").read_bytes().splitlines()) == 24
    assert not list(out.rglob(".cvscreen-tmp-*"))  # the rerun swept what the kill left
