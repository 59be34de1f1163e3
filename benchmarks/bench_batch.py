"""Screen a 1,000-entry batch with `--workers 2` and report time, peak memory per process and
the status counts: the figures behind "nothing breaks the batch" at a realistic size.

The batch is built fresh: --cvs varied CVs from the fixture builders (every candidate of the
fixture and first held-out set, each copy with another name, shifted dates, another SKJ number and
another layout, so no two files are alike) and --broken hostile entries of the kinds
tests/ingest/test_hostile_*.py cover (bombs, hidden text, odd names, links, pipes, folders).
Run from the project root:

    .venv/bin/python benchmarks/bench_batch.py --cvs 950 --broken 50 --workers 2
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests" / "fixtures"), str(REPO / "tests" / "ingest")]

import build_fixture_set  # noqa: E402
import build_holdout_set  # noqa: E402
import hostile_builders as hostile  # noqa: E402
from builders import BUILDERS, write_submissions  # noqa: E402

FIRST = ["Amira", "Bram", "Cato", "Daan", "Elif", "Fenna", "Gijs", "Hiba", "Ivo", "Jade",
         "Koen", "Lina", "Milan", "Nora", "Otis", "Puck", "Quinten", "Roos", "Sem", "Tess"]
LAST = ["Aydın", "Bakker", "Claes", "Dekker", "Eriksen", "Fransen", "Goossens", "Haddou",
        "Içli", "Jansen", "Kok", "Lambrecht", "Meijer", "Nowak", "Oosterhuis", "Peeters"]
FAST_LAYOUTS = ["two_column", "table", "paged", "plain_pdf", "docx_table", "docx_plain", "txt"]


def _candidates() -> list:
    entries = build_fixture_set.ENTRIES + build_holdout_set.ENTRIES
    return [candidate for _, _, candidate in entries]


def _shift(value: str, years: int) -> str:
    match = re.fullmatch(r"(\d{4})(.*)", value)
    return f"{int(match.group(1)) - years}{match.group(2)}" if match else value


def _variant(base, index: int):
    """Another person with the same kind of career: name, dates, SKJ number, skills differ."""
    years = index % 4
    jobs = [dataclasses.replace(job, start=_shift(job.start, years), end=_shift(job.end, years))
            for job in base.jobs]
    skj = [re.sub(r"\d{4}(?!.*\d{4})", f"{index:04d}", line) for line in base.skj]
    skills = base.skills[index % max(len(base.skills), 1):] + base.skills[:index % max(
        len(base.skills), 1)]
    name = f"{FIRST[index % len(FIRST)]} {LAST[(index // len(FIRST)) % len(LAST)]}"
    return dataclasses.replace(base, name=name, jobs=jobs, skj=skj, skills=skills)


def build_cvs(folder: Path, count: int) -> list[tuple[str, str, str, str]]:
    bases = _candidates()
    rows = []
    for index in range(count):
        layout = "scanned" if index % 100 == 99 else FAST_LAYOUTS[index % len(FAST_LAYOUTS)]
        builder, suffix = BUILDERS[layout]
        candidate = _variant(bases[index % len(bases)], index)
        path = builder(candidate, folder / f"cv-{index:04d}{suffix}")
        employment = ["loondienst", "detachering", "payroll", "zzp"][index % 4]
        rows.append((path.name, "Bureau", employment, f"{70 + index % 30},00"))
    return rows


class PeakMemory(threading.Thread):
    """Samples VmHWM (peak resident memory) of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peaks, self.names, self.running = pid, {}, {}, True

    def _tree(self) -> list[int]:
        found, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo += [int(child) for child in task.read_text().split()]
        return found

    def run(self) -> None:
        while self.running:
            for pid in self._tree():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
                except OSError:
                    continue
                match = re.search(r"VmHWM:\s+(\d+) kB", status)
                if match:
                    self.peaks[pid] = max(self.peaks.get(pid, 0), int(match.group(1)) // 1024)
                    self.names[pid] = Path(command[0].decode(errors="replace")).name + (
                        " (main)" if pid == self.pid else "")
            time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cvs", type=int, default=950)
    parser.add_argument("--broken", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="build the batch here and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="cvscreen-bench-"))
    batch, out = root / "batch", root / "out"
    batch.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    rows = build_cvs(batch, args.cvs)
    write_submissions(batch / "submissions.csv", rows)
    hostile.build_hostile_batch(batch, args.broken)
    entries = len(os.listdir(batch)) - 1  # submissions.csv is metadata, not an entry
    print(f"built {entries} entries in {time.monotonic() - started:.0f} s", flush=True)
    command = [sys.executable, "-m", "pipeline", "screen", str(batch), "--out", str(out),
               "--workers", str(args.workers), "--quiet"]
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = PeakMemory(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    sampler.running = False
    seconds = time.monotonic() - started
    records = [json.loads(line) for line in (out / "candidates.jsonl").open(encoding="utf-8")]
    statuses = Counter(record["status"] for record in records)
    python = sorted(((mb, pid) for pid, mb in sampler.peaks.items()
                     if "python" in sampler.names[pid]), reverse=True)
    others = Counter()
    for pid, mb in sampler.peaks.items():
        if "python" not in sampler.names[pid]:
            others[sampler.names[pid]] = max(others[sampler.names[pid]], mb)
    print(json.dumps({
        "command": " ".join(command[1:]),
        "exit_code": process.returncode,
        "entries": entries,
        "records": len(records),
        "seconds": round(seconds, 1),
        "files_per_second": round(len(records) / seconds, 2),
        "status": dict(statuses),
        "peak_mb_python_processes": [
            f"{sampler.names[pid]} {mb} MB" for mb, pid in python[:6]],
        "peak_mb_other_processes": dict(others.most_common(6)),
        "stderr_tail": stderr.decode(errors="replace").strip().splitlines()[-3:],
        "stdout_lines": len(stdout.decode(errors="replace").splitlines()),
    }, indent=1, ensure_ascii=False))
    if args.keep is None:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
