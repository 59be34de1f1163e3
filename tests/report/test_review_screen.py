"""The review file through the real commands: init a template, correct, screen again."""

from __future__ import annotations

import csv
import json
import shutil

from pipeline.cli import main
from pipeline.screen import screen


def _set_entry(text: str, file: str, line_start: str, new: str) -> str:
    """Replace the first line starting with `line_start` inside `file`'s entry."""
    lines = text.splitlines()
    begin = lines.index(f"  {file}:")
    index = next(i for i in range(begin, len(lines)) if lines[i].startswith(line_start))
    lines[index] = new
    return "\n".join(lines) + "\n"


def test_review_init_correct_and_rescreen_moves_the_ranking(
    demo_batch, demo_run, params, tmp_path, capsys
):
    review = tmp_path / "review.yaml"
    assert main(["review", "init", str(demo_run), "--file", str(review)]) == 0
    assert "review.yaml" in capsys.readouterr().out
    before = {
        json.loads(line)["file"]: json.loads(line)
        for line in (demo_run / "candidates.jsonl").open(encoding="utf-8")
    }
    lotte = before["06-lotte-vermeulen.txt"]
    assert lotte["knockouts"]["skj"]["result"] == "fail" and lotte["rank"] is None

    text = review.read_text(encoding="utf-8")
    text = _set_entry(
        text,
        "06-lotte-vermeulen.txt",
        "    corrections:",
        "    corrections:\n"
        "      - field: skj.expires\n"
        "        value: 2028-09-30\n"
        "        reviewer: A. de Boer\n"
        "        reason: afloopdatum staat op het meegestuurde uittreksel SKJ-register",
    )
    text = _set_entry(
        text,
        "02-mehmet-yilmaz.pdf",
        "      diploma:",
        "      diploma: {result: fail, reviewer: B. Visser, reason: PABO niet gelijkwaardig}",
    )
    review.write_text(text, encoding="utf-8")

    out = tmp_path / "out"
    shutil.copytree(demo_run / "cache", out / "cache")  # reuse the extraction: fast
    result = screen(demo_batch, out, params, review=review, progress=False)
    after = {record["file"]: record for record in result.records}

    lotte = after["06-lotte-vermeulen.txt"]
    assert lotte["knockouts"]["skj"]["result"] == "pass"
    assert lotte["rank"] is not None
    (correction,) = lotte["corrections"]
    assert correction == {
        "field": "skj.expires",
        "original": None,
        "value": "2028-09-30",
        "reviewer": "A. de Boer",
        "reason": "afloopdatum staat op het meegestuurde uittreksel SKJ-register",
        "line": correction["line"],
    }
    mehmet = after["02-mehmet-yilmaz.pdf"]["knockouts"]["diploma"]
    assert (mehmet["result"], mehmet["proposal"]["result"], mehmet["reviewer"]) == (
        "fail",
        "review",
        "B. Visser",
    )
    assert after["02-mehmet-yilmaz.pdf"]["rank"] is None

    with open(out / "ranking.csv", encoding="utf-8") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle)}
    assert "06-lotte-vermeulen.txt" in rows and "02-mehmet-yilmaz.pdf" not in rows
    assert "skj.expires" in rows["06-lotte-vermeulen.txt"]["corrections"]
    assert "A. de Boer" in rows["06-lotte-vermeulen.txt"]["corrections"]
    page = (out / "report" / "candidates" / "06-lotte-vermeulen.txt.html").read_text("utf-8")
    assert "afloopdatum staat op het meegestuurde uittreksel SKJ-register" in page
    assert "A. de Boer" in page
    overview = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "1 correctie(s)" in overview
