"""Time `dvc repro` on a big batch: a full run, then a rerun after one CV is added.

The batch is the demo CVs copied under new names until it holds --size files, in a throw-away
git + DVC repo, so the numbers include everything an analyst waits for (DVC's hashing, the
stages' start-up, the per-file caches). Run from the project root:

    /work/venv/bin/python benchmarks/bench_dvc.py --size 200 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CV_SUFFIXES = {".pdf", ".docx", ".txt"}


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def _build(root: Path, size: int, workers: int) -> list[Path]:
    """A project copy whose batch holds `size` CVs: the demo CVs, then copies under new names."""
    shutil.copytree(
        REPO / "pipeline", root / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("dvc.yaml", ".dvcignore", ".gitignore"):
        shutil.copy2(REPO / name, root / name)
    if (REPO / "models").is_dir():
        shutil.copytree(REPO / "models", root / "models")
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    params["data"].update(input="data/raw", workers=workers)
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    demo = sorted(p for p in (REPO / "data" / "samples").iterdir() if p.suffix in CV_SUFFIXES)
    if not demo:
        sys.exit("data/samples holds no CVs to copy")
    batch = root / "data" / "raw"
    batch.mkdir(parents=True)
    for index in range(size):
        source = demo[index % len(demo)]
        shutil.copy2(source, batch / f"cv-{index:04d}-{source.name}")
    gold = root / "data" / "samples" / "gold"
    gold.mkdir(parents=True)
    for answer in (REPO / "data" / "samples" / "gold").glob("*.json"):
        shutil.copy2(answer, gold / answer.name)
    return demo


def _repro(root: Path, env: dict[str, str]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    output = _run([str(BIN / "dvc"), "repro"], root, env)
    seconds = time.perf_counter() - start
    ran = [line.split("'")[1] for line in output.splitlines() if line.startswith("Running stage")]
    return seconds, ran


def _counters(root: Path) -> dict[str, dict[str, int]]:
    names = ("ingest", "extract")
    return {n: json.loads((root / f"data/interim/{n}-counters.json").read_text()) for n in names}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200, help="CVs in the batch")
    parser.add_argument("--workers", type=int, default=2, help="data.workers for the stages")
    parser.add_argument("--keep", action="store_true", help="keep the temporary repo")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="cvscreen-bench-"))
    env = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DVC_NO_ANALYTICS": "1",
        "DVC_SITE_CACHE_DIR": str(root / ".dvc-site-cache"),
        "GIT_AUTHOR_NAME": "bench",
        "GIT_AUTHOR_EMAIL": "bench@cvscreen.invalid",
        "GIT_COMMITTER_NAME": "bench",
        "GIT_COMMITTER_EMAIL": "bench@cvscreen.invalid",
    }
    try:
        demo = _build(root, args.size, args.workers)
        _run(["git", "init", "-q"], root, env)
        _run([str(BIN / "dvc"), "init", "-q"], root, env)
        _run([str(BIN / "dvc"), "config", "core.analytics", "false"], root, env)
        _run([str(BIN / "dvc"), "add", "-q", "data/raw"], root, env)
        _run(["git", "add", "-A"], root, env)
        _run(["git", "commit", "-q", "-m", "bench batch"], root, env)

        full, ran_full = _repro(root, env)
        counters_full = _counters(root)
        shutil.copy2(demo[0], root / "data" / "raw" / f"late-{demo[0].name}")
        add_one, ran_add = _repro(root, env)
        counters_add = _counters(root)
        noop, ran_noop = _repro(root, env)

        print(f"batch: {args.size} CVs ({len(demo)} demo CVs copied), workers={args.workers}")
        print(f"full dvc repro:        {full:7.1f} s  stages {ran_full}  {counters_full}")
        print(f"add one CV, repro:     {add_one:7.1f} s  stages {ran_add}  {counters_add}")
        print(f"nothing changed, repro:{noop:7.1f} s  stages {ran_noop}")
    finally:
        if args.keep:
            print(f"kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
