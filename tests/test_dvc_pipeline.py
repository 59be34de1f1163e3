"""Real DVC on a small demo batch in a throw-away git repo: each rerun redoes only what changed.

This runs the project's own dvc.yaml with the `dvc` next to this Python, without network
(analytics and update checks off), so it checks what an analyst's `dvc repro` really does.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DVC = BIN / "dvc"
CV_SUFFIXES = {".pdf", ".docx", ".txt"}
BATCH_SIZE = 3  # small, so the five reproductions stay well under a minute
ENTRIES = BATCH_SIZE + 1  # the gold answers' folder is an input entry too (status unsupported)
PROJECT_FILES = ("dvc.yaml", "params.yaml", ".dvcignore", ".gitignore")


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DVC_NO_ANALYTICS": "1",
        "DVC_SITE_CACHE_DIR": str(home / "dvc-site-cache"),
        "GIT_AUTHOR_NAME": "cvscreen test",
        "GIT_AUTHOR_EMAIL": "test@cvscreen.invalid",
        "GIT_COMMITTER_NAME": "cvscreen test",
        "GIT_COMMITTER_EMAIL": "test@cvscreen.invalid",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


class Project:
    """A copy of the project in its own git + DVC repo, with helpers to run commands in it."""

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root, self.env = root, env

    def run(self, *args: str | Path, stdout_only: bool = False) -> str:
        """Run a command in the project; fails the test with its output when it fails."""
        done = subprocess.run(
            [str(a) for a in args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        output = done.stdout + done.stderr
        assert done.returncode == 0, f"{' '.join(map(str, args))} failed:\n{output}"
        return done.stdout if stdout_only else output

    def dvc(self, *args: str, stdout_only: bool = False) -> str:
        return self.run(DVC, *args, stdout_only=stdout_only)

    def repro(self) -> set[str]:
        """`dvc repro`; returns the names of the stages DVC says it ran."""
        return set(re.findall(r"Running stage '([\w-]+)'", self.dvc("repro")))

    def json(self, relative: str) -> dict:
        return json.loads((self.root / relative).read_text(encoding="utf-8"))

    def commit(self, message: str) -> None:
        self.run("git", "add", "-A")
        self.run("git", "commit", "-q", "-m", message)


def _small_batch(source: Path, target: Path, size: int) -> list[Path]:
    """The first `size` CVs of the demo batch, with their submission rows and gold answers."""
    cvs = sorted(p for p in source.iterdir() if p.suffix.lower() in CV_SUFFIXES)[:size]
    target.mkdir(parents=True)
    for cv in cvs:
        shutil.copy2(cv, target / cv.name)
    names = {cv.name for cv in cvs}
    submissions = source / "submissions.csv"
    if submissions.exists():
        lines = submissions.read_text(encoding="utf-8").splitlines()
        kept = [lines[0]] + [line for line in lines[1:] if line.split(",")[0] in names]
        (target / "submissions.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    gold = source / "gold"
    if gold.is_dir():
        (target / "gold").mkdir()
        for cv in cvs:
            for answer in gold.glob(f"{cv.stem}.*"):
                shutil.copy2(answer, target / "gold" / answer.name)
    return [target / cv.name for cv in cvs]


@pytest.fixture
def project(tmp_path: Path) -> Project:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(
        REPO / "pipeline", root / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in PROJECT_FILES:
        shutil.copy2(REPO / name, root / name)
    shutil.copytree(REPO / "data" / "annotations", root / "data" / "annotations")
    _quick_training(root / "params.yaml")
    _small_batch(REPO / "data" / "samples", root / "data" / "samples", BATCH_SIZE)
    project = Project(root, _env(tmp_path))
    project.run("git", "init", "-q")
    project.dvc("init", "-q")
    project.dvc("config", "core.analytics", "false")
    project.dvc("config", "core.check_update", "false")
    shutil.copytree(REPO / ".dvc" / "plots", root / ".dvc" / "plots")
    project.commit("project and demo batch")
    return project


def _quick_training(params_file: Path) -> None:
    """One model candidate and two folds: the train stage runs for real, in seconds."""
    params = yaml.safe_load(params_file.read_text(encoding="utf-8"))
    first = next(iter(params["train"]["candidates"].items()))
    params["train"].update(
        folds=2, c_values=params["train"]["c_values"][:1], candidates=dict([first])
    )
    params_file.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")


def _set_weights(params_file: Path, maxima: dict[str, int]) -> None:
    """New maxima for points criteria by id (they must still add up to points.total)."""
    params = yaml.safe_load(params_file.read_text(encoding="utf-8"))
    for criterion in params["points"]["criteria"]:
        criterion["max"] = maxima.get(criterion["id"], criterion["max"])
    params_file.write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")


def test_dvc_pipeline_reruns_only_what_changed(project: Project) -> None:
    stages = set(yaml.safe_load((project.root / "dvc.yaml").read_text())["stages"])

    # 1. A fresh repro runs every stage and writes the analyst's outputs.
    assert project.repro() == stages
    candidates = (project.root / "data/processed/candidates.jsonl").read_text().splitlines()
    assert len(candidates) == ENTRIES
    assert (project.root / "report" / "index.html").is_file()
    metrics = project.json("data/processed/metrics.json")
    assert metrics["files"] == ENTRIES
    assert project.json("data/interim/read-counters.json") == {
        "ingest": {"read": BATCH_SIZE, "cached": 0},
        "extract": {"extracted": ENTRIES, "cached": 0},
    }
    project.commit("first screening")

    # 2. Nothing changed: DVC runs nothing.
    output = project.dvc("repro")
    assert "Running stage" not in output
    assert "up to date" in output

    # 3. A weight changes: DVC sees only score and report as changed, and reruns no reading or
    # extraction (evaluate, when present, follows because it reads the new candidates.jsonl).
    _set_weights(project.root / "params.yaml", {"ambulant": 55, "onderwijs": 15})
    status = json.loads(project.dvc("status", "--json", stdout_only=True))
    assert set(status) == {"score", "report"}
    ran = project.repro()
    assert {"score", "report"} <= ran
    assert ran <= {"score", "report", "evaluate"}
    assert "points.criteria" in project.dvc("params", "diff")

    # 4. A reviewer scores a motivation: no CV is read or extracted again, score and report rerun.
    first = next(
        p for p in sorted((project.root / "data/samples").iterdir()) if p.suffix in CV_SUFFIXES
    )
    review = {
        "candidates": {
            first.name: {"motivation": {"points": 17, "reviewer": "A. Analist", "reason": "test"}}
        }
    }
    (project.root / "data/samples/review.yaml").write_text(yaml.safe_dump(review), "utf-8")
    ran = project.repro()
    assert {"score", "report"} <= ran
    assert project.json("data/interim/read-counters.json") == {
        "ingest": {"read": 0, "cached": BATCH_SIZE},
        "extract": {"extracted": 0, "cached": ENTRIES},
    }
    records = [
        json.loads(line)
        for line in (project.root / "data/processed/candidates.jsonl").read_text().splitlines()
    ]
    reviewed = next(r for r in records if r["file"] == first.name)
    assert reviewed["points"]["motivation"] == 17

    # 5. One more CV (a copy under a new name): read and extracted alone, the rest from the cache;
    # the documents and facts of the others are not written again.
    written = {p: p.stat().st_mtime_ns for p in (project.root / "data/interim/documents").iterdir()}
    shutil.copy2(first, first.with_name(f"nieuw-{first.name}"))
    assert {"read", "score", "report"} <= project.repro()
    assert project.json("data/interim/read-counters.json") == {
        "ingest": {"read": 1, "cached": BATCH_SIZE},
        "extract": {"extracted": 1, "cached": ENTRIES},
    }
    assert {p: p.stat().st_mtime_ns for p in written} == written
    assert len(list((project.root / "data/processed/facts").iterdir())) == ENTRIES + 1

    # 6. `dvc metrics diff` against the first screening's commit shows the new file count.
    diff = json.loads(project.dvc("metrics", "diff", "--json", stdout_only=True))
    files = diff["data/processed/metrics.json"]["files"]
    assert (files["old"], files["new"]) == (ENTRIES, ENTRIES + 1)

    # 7. Both plots render: the score distribution (own template) and the points per criterion.
    plots = json.loads(project.dvc("plots", "show", "--json", stdout_only=True))
    assert not plots.get("errors")
    rendered = plots["data"]
    assert {"data/processed/scores.csv", "data/processed/points_per_criterion.csv"} <= set(rendered)
    histogram = rendered["data/processed/scores.csv"][0]["content"]
    assert histogram["encoding"]["x"]["bin"]


def test_dvc_pipeline_ingest_cache_keeps_one_cv_sent_under_two_names(tmp_path: Path) -> None:
    """Two suppliers may send the same CV: both copies stay cached, neither evicts the other."""
    from pipeline.params import load_params
    from pipeline.stages import ingest

    batch = tmp_path / "batch"
    batch.mkdir()
    text = "Curriculum vitae\nFenna Dijkstra\nAmbulant begeleider bij Wijkteam Oost, 2018 - heden\n"
    for name in ("leverancier-a.txt", "leverancier-b.txt"):
        (batch / name).write_text(text, encoding="utf-8")
    params = load_params(REPO / "params.yaml")
    files = sorted(batch.iterdir())
    out, cache = tmp_path / "documents", tmp_path / "cache"

    _, first = ingest.run(files, out, params, cache, progress=False)
    documents, second = ingest.run(files, out, params, cache, progress=False)

    assert (first, second) == ({"read": 2, "cached": 0}, {"read": 0, "cached": 2})
    assert [d.file for d in documents] == ["leverancier-a.txt", "leverancier-b.txt"]


def test_dvc_pipeline_read_deps_hold_the_code_its_caches_are_keyed_by() -> None:
    """A code change that empties a per-file cache must also make DVC rerun the read stage."""
    from pipeline.stages import extract, ingest

    deps = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]["read"]["deps"]
    for name in ingest.INGEST_CODE + extract.EXTRACTION_CODE:
        paths = (f"pipeline/{name}", f"pipeline/{name}.py")
        assert any(path == dep or path.startswith(f"{dep}/") for path in paths for dep in deps), (
            f"read: pipeline/{name}"
        )


def test_dvc_pipeline_extract_deps_hold_the_trained_models() -> None:
    """A retrained model re-extracts: DVC sees it as a dep, the cache salt hashes the file."""
    deps = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]["read"]["deps"]
    assert {"models/section_heading.json", "models/role_domain.json"} <= set(deps)


def test_dvc_pipeline_extract_cache_salt_follows_the_trained_model(tmp_path: Path) -> None:
    from pipeline.params import load_params
    from pipeline.stages import extract

    model = REPO / "models" / "role_domain.json"
    if not model.is_file():
        pytest.skip("models are not built (dvc repro train)")
    params = load_params(REPO / "params.yaml")
    params["train"] = {**params["train"], "out": str(tmp_path)}
    without = extract.extract_salt(params)
    trained = json.loads(model.read_text(encoding="utf-8"))
    (tmp_path / model.name).write_text(json.dumps(trained), encoding="utf-8")
    first = extract.extract_salt(params)
    trained["intercept"][0] += 0.5
    (tmp_path / model.name).write_text(json.dumps(trained), encoding="utf-8")
    assert len({without, first, extract.extract_salt(params)}) == 3


def test_dvc_pipeline_read_with_every_file_cached_loads_no_spacy(tmp_path: Path) -> None:
    """A rerun that finds every CV cached (a changed review or submissions file) costs no
    spaCy pipeline: neither spaCy nor the trained models are loaded."""
    batch = tmp_path / "batch"
    _small_batch(REPO / "data" / "samples", batch, 2)
    out = tmp_path / "out"
    code = (
        "import sys\nfrom pipeline.stages import read\nread.main(sys.argv[1:])\n"
        "print('spacy' in sys.modules, 'sklearn' in sys.modules)\n"
    )
    args = ["--input", batch, "--documents", out / "documents", "--facts", out / "facts",
            "--cache", out / "cache", "--counters", out / "counters.json"]

    def run() -> tuple[str, dict]:
        done = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=REPO,
                              capture_output=True, text=True, check=True)
        return done.stdout.strip(), json.loads((out / "counters.json").read_text())

    entries = 2 + 1  # the gold answers' folder is an input entry too (status unsupported)
    loaded, counters = run()
    assert (loaded, counters["extract"]) == ("True True", {"extracted": entries, "cached": 0})
    loaded, counters = run()
    assert (loaded, counters["extract"]) == ("False False", {"extracted": 0, "cached": entries})
