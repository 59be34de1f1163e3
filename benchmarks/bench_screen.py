"""Time `cvscreen screen` against the floor: pdfplumber's bare `extract_text` on the same PDFs.

    .venv/bin/python benchmarks/bench_screen.py benchmarks/corpus/text [--rounds 3]

Every measurement is a whole process, started from here: the floor (`python bench_screen.py
--floor FOLDER`: import pdfplumber, `extract_text` on every page of every PDF), `cvscreen screen
FOLDER --workers N` into a fresh output folder (no cache), and the start-up (`python -c "import
pipeline.screen"`). They run in turns, the order reversed every round, so a burst of load from
elsewhere lands on all of them alike. For each: median wall time, median CPU time (user + sys of
the process and its workers, from wait4, which the load of other processes hardly moves) and the
peak RSS of the largest process. Ratios are medians of per-round ratios.
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
from dataclasses import dataclass, field
from pathlib import Path

BIN = Path(sys.executable).parent
HERE = Path(__file__).resolve()


@dataclass
class Runs:
    """The measurements of one command over the rounds."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float, rss_mb: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.rss_mb.append(rss_mb)

    def summary(self) -> dict[str, float]:
        return {
            "wall_s": round(statistics.median(self.wall), 2),
            "cpu_s": round(statistics.median(self.cpu), 2),
            "peak_rss_mb": round(max(self.rss_mb)),
        }


def measure(args: list[str], cwd: Path) -> tuple[float, float, float, str]:
    """(wall s, CPU s of the process tree, peak RSS MB of its largest process, stdout).

    `cwd` is not the project: `python -c` puts the working folder first on sys.path, which would
    hide a PYTHONPATH pointing at another checkout (to time two versions with one venv)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(args, stdout=out, stderr=err, text=True, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, error = out.read(), err.read()
    if code != 0:
        sys.exit(f"{' '.join(args)} failed ({code}):\n{output}{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output


def floor(folder: Path) -> None:
    """The child that reads like pdfplumber's own example: extract_text, page by page."""
    import pdfplumber

    files = pages = chars = 0
    for path in sorted(folder.glob("*.pdf")):
        files += 1
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                chars += len(page.extract_text() or "")
                pages += 1
    print(json.dumps({"pdfs": files, "pages": pages, "chars": chars}))


def load() -> str:
    """The 1, 5 and 15 minute load averages: how busy the machine was around a measurement."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def median_ratio(top: list[float], bottom: list[float]) -> float:
    return round(statistics.median(a / b for a, b in zip(top, bottom, strict=True)), 2)


def bench(folder: Path, rounds: int, workers: list[int], startup: bool) -> dict:
    python, cvscreen = str(BIN / "python"), str(BIN / "cvscreen")
    commands: dict[str, list[str]] = {"floor": [python, str(HERE), "--floor", str(folder)]}
    for count in workers:
        commands[f"screen_w{count}"] = [
            cvscreen,
            "screen",
            str(folder),
            "--quiet",
            "--workers",
            str(count),
            "--out",
        ]
    if startup:
        commands["startup"] = [python, "-c", "import pipeline.screen"]
    runs = {name: Runs() for name in commands}
    loads = [load()]
    scratch = Path(tempfile.mkdtemp(prefix="bench-screen-"))
    try:
        counted = _rounds(commands, runs, rounds, folder, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    loads.append(load())
    result = {
        "folder": str(folder),
        "rounds": rounds,
        "nproc": os.cpu_count(),
        "loadavg": loads,
        **counted,
        "runs": {name: r.summary() for name, r in runs.items()},
    }
    first = f"screen_w{workers[0]}"
    result["ratio_wall"] = median_ratio(runs[first].wall, runs["floor"].wall)
    result["ratio_cpu"] = median_ratio(runs[first].cpu, runs["floor"].cpu)
    for count in workers[1:]:
        result[f"speedup_w{count}"] = median_ratio(runs[first].wall, runs[f"screen_w{count}"].wall)
    return result


def _rounds(
    commands: dict[str, list[str]], runs: dict[str, Runs], rounds: int, folder: Path, scratch: Path
) -> dict[str, int]:
    """Run every command once per round, in turns; returns the floor's counts."""
    counted: dict[str, int] = {}
    for round_ in range(rounds):
        order = list(commands) if round_ % 2 == 0 else list(reversed(commands))
        for name in order:
            args = list(commands[name])
            out = scratch / f"{name}-{round_}"
            if name.startswith("screen"):
                args.append(str(out))
            wall, cpu, rss, output = measure(args, scratch)
            runs[name].add(wall, cpu, rss)
            if name == "floor":
                counted = json.loads(output)
            elif name.startswith("screen"):
                _check(out, folder)
                shutil.rmtree(out)
            print(
                f"  round {round_ + 1} {name:10} wall {wall:6.2f} s  cpu {cpu:6.2f} s  "
                f"rss {rss:5.0f} MB",
                file=sys.stderr,
            )
    return counted


def _check(out: Path, folder: Path) -> None:
    """A run that lost files is no benchmark: one record per input file."""
    records = (out / "candidates.jsonl").read_text(encoding="utf-8").splitlines()
    inputs = [p for p in folder.iterdir() if p.is_file()]
    if len(records) != len(inputs):
        sys.exit(f"{out}: {len(records)} records for {len(inputs)} files")


def report(result: dict) -> str:
    pages = result["pages"]
    lines = [
        f"{result['pdfs']} PDFs, {pages} pages in {result['folder']}; "
        f"{result['rounds']} rounds; nproc {result['nproc']}; "
        f"loadavg before {result['loadavg'][0]} after {result['loadavg'][1]}"
    ]
    for name, run in result["runs"].items():
        rate = "" if name == "startup" else f"  {pages / run['wall_s']:6.1f} pages/s"
        lines.append(
            f"{name:10} wall {run['wall_s']:6.2f} s  cpu {run['cpu_s']:6.2f} s  "
            f"peak rss {run['peak_rss_mb']:4d} MB{rate}"
        )
    lines.append(f"screen/floor: {result['ratio_wall']:.2f}x wall, {result['ratio_cpu']:.2f}x cpu")
    lines += [
        f"--workers {key[len('speedup_w') :]} speed-up over the first: {value:.2f}x wall"
        for key, value in result.items()
        if key.startswith("speedup_w")
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of PDFs")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timing")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--floor", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor(args.folder)
        return 0
    result = bench(args.folder.resolve(), args.rounds, args.workers, not args.no_startup)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
