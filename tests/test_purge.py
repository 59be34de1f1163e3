"""`cvscreen purge`: a dry run lists, `--yes` removes every trace of the covered candidates from
the output folder (a grep for their names finds nothing) and keeps an anonymised summary and a
verifiable audit log; `dvc gc` removes raw CVs from a DVC cache, as the README says."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.audit import verify
from pipeline.cli import main

BIN = Path(sys.executable).parent


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _traces(folder: Path, words: list[str]) -> dict[str, list[str]]:
    """word -> the files under `folder` that hold it as a word, like `grep -rlw`."""
    patterns = {word: re.compile(rf"(?<!\w){re.escape(word)}(?!\w)") for word in words}
    found: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            for word, pattern in patterns.items():
                if pattern.search(text):
                    found.setdefault(word, []).append(str(path.relative_to(folder)))
    return found


def _identities(record: dict) -> list[str]:
    """What names a candidate: each part of their name, their file's stem, their SKJ number."""
    words = [part for part in (record.get("candidate_name") or "").split() if len(part) > 3]
    words.append(Path(record["file"]).stem)
    if (record.get("skj") or {}).get("number"):
        words.append(record["skj"]["number"])
    return words


@pytest.fixture()
def run(tmp_path, demo_run) -> Path:
    """A copy of the demo run with letters and a review file in it, as an analyst leaves it."""
    out = tmp_path / "out"
    shutil.copytree(demo_run, out)
    assert main(["explain", str(out)]) == 0
    assert main(["review", "init", str(out)]) == 0
    return out


def _records(out: Path) -> dict[str, dict]:
    return {r["file"]: r for r in map(json.loads, (out / "candidates.jsonl").open())}


def test_purge_within_the_retention_time_removes_nothing(run, capsys):
    before = _tree(run)
    assert main(["purge", str(run), "--older-than", "4w", "--yes"]) == 0
    assert "Nog binnen de bewaartermijn" in capsys.readouterr().out
    assert _tree(run) == before


def test_purge_dry_run_lists_and_deletes_nothing(run, capsys):
    before = _tree(run)
    assert main(["purge", str(run), "--older-than", "0d"]) == 0
    out = capsys.readouterr().out
    assert "Proefrun: er is niets verwijderd" in out
    for file in _records(run):
        assert f"  - {file}: " in out
    assert _tree(run) == before


def test_purge_removes_every_trace_of_the_purged_and_keeps_the_shortlist(run, capsys):
    records = _records(run)
    purged = [r for r in records.values() if not r.get("shortlisted")]
    kept = [r for r in records.values() if r.get("shortlisted")]
    assert purged and kept
    names = [word for r in purged for word in _identities(r)]
    assert _traces(run, names)  # they are there before
    assert main(["purge", str(run), "--older-than", "0d", "--keep", "shortlisted", "--yes",
                 "--analyst", "P. Privacy"]) == 0
    assert _traces(run, names) == {}
    # the shortlist stays whole: records, pages, letters
    assert sorted(_records(run)) == sorted(r["file"] for r in kept)
    for record in kept:
        assert (run / "report" / "candidates" / f"{record['file']}.html").is_file()
        assert (run / "letters" / f"{record['file']}.txt").is_file()
        assert (run / "documents" / f"{record['file']}.json").is_file()
    assert record["candidate_name"] in (run / "report" / "index.html").read_text("utf-8")
    # what stays says what happened without saying who
    (summary,) = json.loads((run / "purged.json").read_text("utf-8"))
    assert summary["candidates"] == len(purged) and summary["kept_shortlisted"] is True
    assert sorted(s["total"] for s in summary["scores"]) == sorted(
        r["points"]["total"] for r in purged
    )
    assert verify(run / "audit.jsonl").intact
    last = json.loads((run / "audit.jsonl").read_text("utf-8").splitlines()[-1])
    assert last["type"] == "purge" and last["analyst"] == "P. Privacy"
    assert sorted(last["candidates"]) == sorted(r["sha256"] for r in purged)
    assert main(["audit", "verify", str(run)]) == 0
    assert "keten intact" in capsys.readouterr().out


def test_purge_of_everyone_leaves_only_the_summary_metrics_and_log(run):
    records = _records(run)
    assert main(["purge", str(run), "--older-than", "0d", "--yes"]) == 0
    assert _traces(run, [w for r in records.values() for w in _identities(r)]) == {}
    assert _traces(run, ["Hoekstra", "Kindkracht"]) == {}  # the HTML-bearing CV's words, too
    assert _records(run) == {}
    assert not list((run / "documents").iterdir()) and not list((run / "facts").iterdir())
    assert not [p for p in (run / "cache").rglob("*") if p.is_file()]
    assert verify(run / "audit.jsonl").intact


def test_purge_rejects_an_age_it_cannot_read(run, capsys):
    assert main(["purge", str(run), "--older-than", "vier weken"]) == 2
    assert "use days or weeks" in capsys.readouterr().err


def _dvc(root: Path, *args: str) -> str:
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DVC_NO_ANALYTICS": "1",
        "DVC_SITE_CACHE_DIR": str(root.parent / "dvc-site-cache"),
        "GIT_AUTHOR_NAME": "cvscreen test",
        "GIT_AUTHOR_EMAIL": "test@cvscreen.invalid",
        "GIT_COMMITTER_NAME": "cvscreen test",
        "GIT_COMMITTER_EMAIL": "test@cvscreen.invalid",
    }
    done = subprocess.run(args, cwd=root, env=env, capture_output=True, text=True, check=False,
                          timeout=300)
    assert done.returncode == 0, f"{' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done.stdout


def test_purge_readme_dvc_gc_removes_raw_cvs_from_the_dvc_cache(tmp_path):
    """The README's steps: remove the CVs, `dvc add` and commit, `dvc gc --workspace`."""
    root = tmp_path / "project"
    raw = root / "data" / "raw"
    raw.mkdir(parents=True)
    (raw / "cv-purged.txt").write_text("Wilma Zandbergen-Oudshoorn\nAmbulant begeleider\n")
    (raw / "cv-kept.txt").write_text("Bram Kapteijn\nAmbulant begeleider\n")
    _dvc(root, "git", "init", "-q")
    _dvc(root, "dvc", "init", "-q")
    _dvc(root, "dvc", "add", "-q", "data/raw")
    _dvc(root, "git", "add", "-A")
    _dvc(root, "git", "commit", "-qm", "batch")
    assert _traces(root / ".dvc" / "cache", ["Zandbergen"])
    (raw / "cv-purged.txt").unlink()
    _dvc(root, "dvc", "add", "-q", "data/raw")
    _dvc(root, "git", "commit", "-qm", "purge: retention time over", "data/raw.dvc")
    assert _traces(root / ".dvc" / "cache", ["Zandbergen"])  # the cache still holds the CV
    _dvc(root, "dvc", "gc", "--workspace", "--force", "-q")
    assert _traces(root, ["Zandbergen"]) == {}  # cache, workspace and git: gone
    assert _traces(root / ".dvc" / "cache", ["Kapteijn"])  # the kept CV is still there


def test_purge_never_writes_through_a_link_planted_in_the_output_folder(run, tmp_path):
    """The files a purge rewrites are replaced in one step, never written through a symlink
    someone planted beside them (a fixed temp name would be such a path)."""
    victim = tmp_path / "elders.txt"
    victim.write_text("onaangetast", encoding="utf-8")
    for name in ("purged.json", "scores.csv", "review.yaml"):
        (run / f"{name}.tmp").symlink_to(victim)
    (run / "scores.csv").unlink()
    (run / "scores.csv").symlink_to(victim)
    assert main(["purge", str(run), "--older-than", "0d", "--yes"]) == 0
    assert victim.read_text(encoding="utf-8") == "onaangetast"
    assert not (run / "scores.csv").is_symlink()
