"""Whole runs over CV sets with hand-checked answers: the shared samples (other authors),
the demo batch and the test fixture set. Every file must be accounted for, and no knock-out
may say `fail` where the answer says otherwise: that is the worst error this project can make.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from answered_sets import ANSWERED_SETS as SETS

from pipeline.evaluate import evaluate


@pytest.fixture(scope="module", params=sorted(SETS))
def run(request, tmp_path_factory) -> tuple[Path, Path, Path]:
    cvs, gold = SETS[request.param]
    if not cvs.is_dir():
        pytest.skip(f"{cvs} is not here")
    out = tmp_path_factory.mktemp(request.param)
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "screen", str(cvs), "--out", str(out), "--quiet",
         "--workers", "2"],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    return cvs, gold, out


def test_gold_sets_every_file_accounted_for(run):
    cvs, _, out = run
    inputs = sorted(p.name for p in cvs.iterdir() if p.name != "submissions.csv")
    lines = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [record["file"] for record in records] == inputs
    for record in records:  # a folder (the demo batch's gold answers) is listed, not read
        if (cvs / record["file"]).is_dir():
            assert record["status"] == "unsupported" and record["rank"] is None


def test_gold_sets_no_wrongful_knockout_fail(run):
    _, gold, out = run
    result = evaluate(gold, out)
    assert result["files"] == len(list(gold.glob("*.gold.json")))
    assert result["wrongful_fails"] == 0, result["confusion"]


def test_gold_sets_no_wrongful_pass(run):
    _, gold, out = run
    assert evaluate(gold, out)["wrongful_passes"] == 0
