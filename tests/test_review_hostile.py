"""Malformed review files stop with the file, line and what is wrong; nothing in them runs,
nothing grows without bound, and no key silently wins over its duplicate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.review import ReviewError, init_review, load_review

REPO = Path(__file__).resolve().parent.parent
RECORDS = [{"file": "a.pdf", "status": "ok"}]


def _alias_bomb(levels: int = 20) -> str:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_alias_bomb(), r"line \d+: more than 100 aliases"),
        ("candidates: " + "[" * 50_000 + "]" * 50_000 + "\n", "line 1: nested deeper than 20"),
        ("candidates:\n  a.pdf:\n    motivation: {points: 2, points: 20, reviewer: x}\n",
         "line 3: key 'points' appears twice"),
        ("candidates:\n  a.pdf: {}\n  a.pdf: {}\n", "line 3: key 'a.pdf' appears twice"),
        ("candidates: !!python/object/apply:os.system ['touch {marker}']\n",
         "line 1: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),
        ("candidates:\n  a.pdf: !!python/name:os.system\n", "line 2: tag .* is not allowed"),
        ("candidates:\n\ta.pdf: 1\n", "line 2: not valid YAML"),
        ("candidates:\n  a.pdf:\n    motivation: {points: [1\n", r"line \d+: not valid YAML"),
    ],
    ids=["alias-bomb", "deep-nesting", "duplicate-key", "duplicate-file", "python-apply",
         "python-name", "tab", "unclosed"],
)
def test_hostile_review_file_refused_with_line(tmp_path, params, text, message):
    marker = tmp_path / "uitgevoerd"
    path = tmp_path / "review.yaml"
    path.write_text(text.replace("{marker}", str(marker)), encoding="utf-8")
    with pytest.raises(ReviewError, match=message):
        load_review(path, RECORDS, params)
    assert not marker.exists()


def test_hostile_alias_bomb_is_refused_in_little_memory(tmp_path):
    """Measured in a child process: refusing the bomb takes megabytes, not gigabytes."""
    path = tmp_path / "review.yaml"
    path.write_text(_alias_bomb(), encoding="utf-8")
    code = (  # VmHWM: this process's own peak (ru_maxrss would carry pytest's over the exec)
        "import re; from pipeline.review import load_review, ReviewError\n"
        "from pipeline.params import load_params\n"
        f"try: load_review({str(path)!r}, [], load_params('params.yaml'))\n"
        "except ReviewError: pass\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, check=True)
    assert int(done.stdout) < 200  # MB


def test_hostile_review_file_in_windows_1252_is_read(tmp_path, params):
    path = tmp_path / "review.yaml"
    path.write_bytes("candidates:\n  a.pdf:\n    motivation: {points: 12, reviewer: José, "
                     "reason: prima}\n".encode("cp1252"))
    entry = load_review(path, RECORDS, params).entries["a.pdf"]
    assert (entry.points["motivation"]["points"], entry.points["motivation"]["reviewer"]) == (
        12.0, "José")


def test_hostile_review_file_too_large_or_a_folder(tmp_path, params):
    big = tmp_path / "review.yaml"
    big.write_text("# " + "x" * (6 * 1024 * 1024) + "\n", encoding="utf-8")
    with pytest.raises(ReviewError, match="larger than 5 MB"):
        load_review(big, RECORDS, params)
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    with pytest.raises(ReviewError, match="is a folder"):
        load_review(folder, RECORDS, params)


def test_hostile_template_loads_whatever_the_file_names(tmp_path, params):
    names = ["gewoon.pdf", "cv\nmet regel.pdf", 'aan"hal\\ing.pdf', "\x1b[2J.pdf", "e\u202egnp.pdf",
             "true", "null", "123", "- lijst.pdf", "#commentaar.pdf", "a: b.pdf", "😀.pdf",
             "\x85\x7f.pdf", " spatie .pdf"]
    records = [{"file": name, "status": "error", "status_detail": f"kapot\n{name}"}
               for name in names]
    path = init_review(records, tmp_path / "review.yaml", params)
    assert sorted(load_review(path, records, params).entries) == sorted(names)
