"""Time `dvc repro` on a big batch: a full run, then a rerun after one CV is added.

The batch is the demo CVs copied under new names until it holds --size files, in a throw-away
git + DVC repo, so the numbers include everything an analyst waits for (DVC's hashing, the
stages' start-up, the per-file caches). The learned models are trained first and timed apart
(`dvc repro train`), as a team trains them once, not per batch. Run from the project root:

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
    shutil.copytree(REPO / "data" / "annotations", root / "data" / "annotations")
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


def _repro(root: Path, env: dict[str, str], *targets: str) -> tuple[float, dict[str, float]]:
    """Seconds for `dvc repro`, and seconds per stage it ran (from its streamed output)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN / "dvc"), "repro", *targets],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    stages: dict[str, float] = {}
    current, began, lines = None, 0.0, []
    for line in process.stdout or []:
        lines.append(line)
        now = time.perf_counter()
        if line.startswith("Running stage"):
            current, began = line.split("'")[1], now
        elif line.startswith("Updating lock file") and current:
            stages[current], current = round(now - began, 1), None
    if process.wait() != 0:
        sys.exit("dvc repro failed:\n" + "".join(lines))
    return time.perf_counter() - start, stages


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
        shutil.copytree(REPO / ".dvc" / "plots", root / ".dvc" / "plots")
        _run([str(BIN / "dvc"), "add", "-q", "data/raw"], root, env)
        _run(["git", "add", "-A"], root, env)
        _run(["git", "commit", "-q", "-m", "bench batch"], root, env)

        train, _ = _repro(root, env, "train")
        full, ran_full = _repro(root, env)
        counters_full = _counters(root)
        shutil.copy2(demo[0], root / "data" / "raw" / f"late-{demo[0].name}")
        add_one, ran_add = _repro(root, env)
        counters_add = _counters(root)
        noop, ran_noop = _repro(root, env)
        params = yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))
        params["points"]["ambulant"]["max"] += 5
        (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), "utf-8")
        weight, ran_weight = _repro(root, env)

        print(f"batch: {args.size} CVs ({len(demo)} demo CVs copied), workers={args.workers}")
        print(f"dvc repro train:       {train:7.1f} s  (once per annotation/training change)")
        print(f"full dvc repro:        {full:7.1f} s  stages {ran_full}  {counters_full}")
        print(f"add one CV, repro:     {add_one:7.1f} s  stages {ran_add}  {counters_add}")
        print(f"nothing changed, repro:{noop:7.1f} s  stages {ran_noop}")
        print(f"a weight changed, repro:{weight:6.1f} s  stages {ran_weight}")
    finally:
        if args.keep:
            print(f"kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
