"""Time `dvc repro` on a big batch: a full run, then a rerun after one CV is added.

The batch is --size distinct CVs (build_corpus.generated_cvs: fixture candidates under other
names, dates and layouts; PDF, DOCX and text), in a throw-away git + DVC repo, so the numbers
include everything an analyst waits for (DVC's hashing, the stages' start-up, the per-file
caches). Each round then adds one more distinct CV (the median is reported). The learned models
are trained first and timed apart (`dvc repro train`), as a team trains them once, not per batch.
CPU time is that of dvc and the stages it runs (wait4), which other load hardly moves. Run from
the project root:

    .venv/bin/python benchmarks/bench_dvc.py --size 500 --workers 2 [--rounds 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml
from build_corpus import generated_cvs, write_cv

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def _build(root: Path, size: int, workers: int, late: int) -> list[Path]:
    """A project copy whose batch holds `size` distinct CVs; returns `late` more, to add later."""
    shutil.copytree(
        REPO / "pipeline", root / "pipeline", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("dvc.yaml", ".dvcignore", ".gitignore"):
        shutil.copy2(REPO / name, root / name)
    shutil.copytree(REPO / "data" / "annotations", root / "data" / "annotations")
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    params["data"].update(input="data/raw", workers=workers)
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), encoding="utf-8")
    cvs = list(generated_cvs(size + late))
    for stem, layout, candidate in cvs[:size]:
        write_cv(stem, layout, candidate, root / "data" / "raw")
    gold = root / "data" / "samples" / "gold"
    gold.mkdir(parents=True)
    for answer in (REPO / "data" / "samples" / "gold").glob("*.json"):
        shutil.copy2(answer, gold / answer.name)
    return [write_cv(*entry, root / "late") for entry in cvs[size:]]


@dataclass
class Repro:
    """One `dvc repro`: wall and CPU seconds (dvc and the stages it ran), seconds per stage."""

    wall: float
    cpu: float
    stages: dict[str, float]
    counters: dict[str, dict[str, int]] | None = None

    def line(self, what: str) -> str:
        counted = f"  {self.counters}" if self.counters else ""
        return (f"{what:26} wall {self.wall:6.1f} s  cpu {self.cpu:6.1f} s  "
                f"stages {self.stages}{counted}")


def _repro(root: Path, env: dict[str, str], *targets: str) -> Repro:
    """Run `dvc repro`, timing it whole and per stage (from its streamed output)."""
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
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit("dvc repro failed:\n" + "".join(lines))
    counters = root / "data/interim/read-counters.json"
    return Repro(time.perf_counter() - start, usage.ru_utime + usage.ru_stime, stages,
                 json.loads(counters.read_text()) if "read" in stages else None)


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _median(runs: list[Repro]) -> Repro:
    middle = sorted(runs, key=lambda run: run.wall)[len(runs) // 2]
    return Repro(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
                 middle.stages, middle.counters)


def bench(root: Path, env: dict[str, str], size: int, workers: int, rounds: int) -> dict:
    """Build the project, train, run in full, then add one CV per round; the figures."""
    late = _build(root, size, workers, rounds)
    _run(["git", "init", "-q"], root, env)
    _run([str(BIN / "dvc"), "init", "-q"], root, env)
    _run([str(BIN / "dvc"), "config", "core.analytics", "false"], root, env)
    shutil.copytree(REPO / ".dvc" / "plots", root / ".dvc" / "plots")
    _run([str(BIN / "dvc"), "add", "-q", "data/raw"], root, env)
    _run(["git", "add", "-A"], root, env)
    _run(["git", "commit", "-q", "-m", "bench batch"], root, env)

    runs = {"train": _repro(root, env, "train"), "full": _repro(root, env)}
    added = []
    for cv in late:  # a distinct CV each round: a CV added before would come from the cache
        shutil.move(cv, root / "data" / "raw" / cv.name)
        added.append(_repro(root, env))
    runs["add_one"] = _median(added)
    runs["nothing_changed"] = _repro(root, env)
    params = yaml.safe_load((root / "params.yaml").read_text(encoding="utf-8"))
    ambulant, onderwijs = params["points"]["criteria"][:2]  # S4 and S5: the total stays
    ambulant["max"], onderwijs["max"] = ambulant["max"] + 5, onderwijs["max"] - 5
    (root / "params.yaml").write_text(yaml.safe_dump(params, sort_keys=False), "utf-8")
    runs["weight_changed"] = _repro(root, env)
    return {name: asdict(run) for name, run in runs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=500, help="CVs in the batch")
    parser.add_argument("--workers", type=int, default=2, help="data.workers for the stages")
    parser.add_argument("--rounds", type=int, default=3, help="CVs added one at a time")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
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
    load_before = _load()
    try:
        runs = bench(root, env, args.size, args.workers, args.rounds)
    finally:
        if args.keep:
            print(f"kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    result = {"size": args.size, "workers": args.workers, "rounds": args.rounds,
              "nproc": os.cpu_count(), "loadavg": [load_before, _load()], "runs": runs}
    result["add_one_share_wall"] = round(runs["add_one"]["wall"] / runs["full"]["wall"], 3)
    result["add_one_share_cpu"] = round(runs["add_one"]["cpu"] / runs["full"]["cpu"], 3)
    print(f"batch: {args.size} distinct CVs, workers={args.workers}, nproc {os.cpu_count()}, "
          f"load average before {load_before}, after {_load()}")
    labels = {"train": "dvc repro train (once)", "full": "full dvc repro",
              "add_one": f"add one CV (median of {args.rounds})",
              "nothing_changed": "nothing changed", "weight_changed": "a weight changed"}
    for name, run in runs.items():
        print(Repro(**run).line(labels[name]))
    print(f"add one CV / full run: {result['add_one_share_wall']:.1%} wall, "
          f"{result['add_one_share_cpu']:.1%} cpu")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
