"""Screening needs no network: a batch of every kind (PDF, DOCX rendered by LibreOffice, text,
a scan through Tesseract) screened inside a fresh network namespace that has only loopback."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "cvs"
KINDS = ["f01-esther-koning.pdf", "f04-merel-visscher.docx", "f06-anouk-peeters.txt",
         "f08-hanneke-vos-scan.pdf", "submissions.csv"]


def _unshare_works() -> str | None:
    if shutil.which("unshare") is None:
        return "unshare(1) is not installed"
    done = subprocess.run(["unshare", "-n", "cat", "/proc/net/dev"], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        return f"no network namespace here: {done.stderr.strip()[:120]}"
    return None


@pytest.mark.skipif(_unshare_works() is not None, reason=str(_unshare_works()))
def test_screen_runs_in_a_network_namespace_without_network(tmp_path):
    batch, out = tmp_path / "batch", tmp_path / "out"
    batch.mkdir()
    for name in KINDS:
        shutil.copy(FIXTURES / name, batch / name)
    interfaces = subprocess.run(["unshare", "-n", "cat", "/proc/net/dev"], capture_output=True,
                                text=True, check=True).stdout
    assert [line.split(":")[0].strip() for line in interfaces.splitlines()[2:]] == ["lo"]
    done = subprocess.run(
        ["unshare", "-n", sys.executable, "-m", "pipeline", "screen", str(batch), "--out",
         str(out), "--workers", "2", "--quiet"],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    records = [json.loads(line) for line in (out / "candidates.jsonl").open(encoding="utf-8")]
    assert sorted(r["file"] for r in records) == sorted(KINDS[:-1])
    assert all(r["status"] == "ok" for r in records), [r["status_detail"] for r in records]
    assert (out / "report" / "index.html").is_file()
