"""The audit log on real runs: a run line and decision lines, a hash chain that `cvscreen audit
verify` checks and that names the line one changed byte broke, and no CV text in it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.audit import verify
from pipeline.cli import main
from pipeline.screen import screen


@pytest.fixture(scope="module")
def rerun(tmp_path_factory, reviewed_run, demo_batch, params) -> Path:
    """The reviewed run screened once more with the same review file: three runs in its log."""
    out = tmp_path_factory.mktemp("audited") / "out"
    shutil.copytree(reviewed_run, out)
    review = reviewed_run.parent / "review.yaml"
    screen(demo_batch, out, params, review=review, progress=False, analyst="C. Controle")
    return out


def _lines(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "audit.jsonl").read_text("utf-8").splitlines()]


def test_audit_verify_passes_on_a_real_run(demo_run, capsys):
    assert main(["audit", "verify", str(demo_run)]) == 0
    assert "1 regels, keten intact" in capsys.readouterr().out
    (run,) = _lines(demo_run)
    assert run["type"] == "run" and run["prev"] == "0" * 64
    records = [json.loads(line) for line in (demo_run / "candidates.jsonl").open()]
    assert run["inputs"]["files"] == sorted(r["sha256"] for r in records)
    assert run["models"]["spacy"] == sorted({r["model"] for r in records})
    assert set(run["outputs"]) >= {"candidates.jsonl", "ranking.csv", "metrics.json", "report/"}


def test_audit_records_each_decision_once_and_reruns_append(rerun):
    lines = _lines(rerun)
    runs = [line for line in lines if line["type"] == "run"]
    assert len(runs) == 3  # the first screening and two reruns, in order
    assert runs[0]["analyst"] != "C. Controle" and runs[1]["analyst"] == "C. Controle"
    assert runs[1]["inputs"]["review"] == runs[2]["inputs"]["review"] is not None
    # the second rerun used the same review file: nothing new was decided, nothing logged
    assert lines.index(runs[2]) == len(lines) - 1
    records = {json.loads(x)["file"]: json.loads(x) for x in (rerun / "candidates.jsonl").open()}
    file_of = {record["sha256"]: file for file, record in records.items()}
    decisions = {
        (file_of[d["candidate"]], d["field"]): d for d in lines if d["type"] == "decision"
    }
    assert set(decisions) == {
        ("06-lotte-vermeulen.txt", "skj.expires"),
        ("06-lotte-vermeulen.txt", "candidate_name"),
        ("02-mehmet-yilmaz.pdf", "motivation.points"),
        ("02-mehmet-yilmaz.pdf", "knockouts.diploma"),
        ("01-fleur-van-dijk.pdf", "motivation.points"),
    }
    skj = decisions["06-lotte-vermeulen.txt", "skj.expires"]
    assert (skj["old"], skj["new"], skj["reviewer"]) == (None, "2028-09-30", "A. de Boer")
    assert skj["reason"] == "afloopdatum op het uittreksel uit het register"
    assert skj["applied_by"] == "C. Controle"
    diploma = decisions["02-mehmet-yilmaz.pdf", "knockouts.diploma"]
    assert (diploma["old"], diploma["new"], diploma["reviewer"]) == ("review", "fail", "B. Visser")
    motivation = decisions["01-fleur-van-dijk.pdf", "motivation.points"]
    assert (motivation["old"], motivation["new"]) == (10.0, 16.0)
    name = decisions["06-lotte-vermeulen.txt", "candidate_name"]
    assert set(name["new"]) == {"hmac"} and set(name["old"]) == {"hmac"}  # a name is no log text


def test_audit_rerun_without_the_review_withdraws_its_decisions(reviewed_run, demo_batch, params,
                                                                 tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reviewed_run, out)
    before = (out / "audit.jsonl").read_bytes()
    screen(demo_batch, out, params, progress=False)
    after = (out / "audit.jsonl").read_bytes()
    assert after.startswith(before)  # appended, never rewritten
    new = [json.loads(line) for line in after[len(before):].decode("utf-8").splitlines()]
    assert [line["type"] for line in new] == ["run"] + ["decision"] * 5
    assert all(line["withdrawn"] and line["new"] is None for line in new[1:])
    assert verify(out / "audit.jsonl").intact


@pytest.mark.parametrize("where", ["reason", "hash", "prev", "newline", "last line"])
def test_audit_verify_names_the_line_one_changed_byte_broke(rerun, tmp_path, capsys, where):
    log = tmp_path / "audit.jsonl"
    shutil.copy(rerun / "audit.jsonl", log)
    raw = bytearray(log.read_bytes())
    lines = raw.split(b"\n")[:-1]
    target = 3 if where != "last line" else len(lines)  # 1-based
    start = sum(len(line) + 1 for line in lines[: target - 1])
    line = bytes(lines[target - 1])
    offset = {
        "reason": line.find(b'"reason":"') + len(b'"reason":"'),
        "hash": line.find(b'"hash":"') + len(b'"hash":"'),
        "prev": line.find(b'"prev":"') + len(b'"prev":"') + 5,
        "newline": len(line),
        "last line": line.find(b'"time":"') + len(b'"time":"2'),
    }[where]
    position = start + offset
    raw[position] = ord("x") if raw[position] != ord("x") else ord("y")
    log.write_bytes(bytes(raw))
    assert main(["audit", "verify", str(log)]) == 1
    assert f"keten gebroken op regel {target}:" in capsys.readouterr().out


def test_audit_log_holds_no_cv_text(rerun, demo_batch):
    log = (rerun / "audit.jsonl").read_text(encoding="utf-8")
    markers = [
        "Ilse",  # the name in the HTML-bearing CV the batch holds
        "Hoekstra",
        "Kindkracht",  # an employer in that CV
        "110076543",  # its SKJ number
        "Lotte",  # a corrected name, before and after
        "Vermeulen",
        "Mehmet",
        "html-in-cv",  # file names carry names too
    ]
    for marker in markers:
        assert marker not in log, marker
    for path in demo_batch.glob("[0-9]*"):  # every CV's file name
        assert path.stem not in log
