"""Time `cvscreen screen` on batches of 50 to 500 distinct CVs, workers 1 and 2, and plot it.

    .venv/bin/pip install -e '.[bench]'          # matplotlib, for the plot only
    .venv/bin/python benchmarks/plot_performance.py [--sizes 50 100 200 300 500]
    .venv/bin/python benchmarks/plot_performance.py --replot   # from the saved figures

The batches are the first N of build_corpus.generated_cvs (PDF, DOCX and text, as brokers send
them), each screened into a fresh output folder (no cache). Figures go to
benchmarks/results/scaling.json, the plot to docs/performance.png: wall and CPU time against
batch size per worker count, with the straight lines fitted to them (a fixed start-up plus a cost
per CV).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
from pathlib import Path

from bench_screen import BIN, load, measure
from build_corpus import generated_cvs, write_cv

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "scaling.json"
PLOT = REPO / "docs" / "performance.png"


def fit(sizes: list[int], seconds: list[float]) -> tuple[float, float]:
    """(seconds per CV, fixed seconds) of the least-squares line through the points."""
    slope, intercept = statistics.linear_regression(sizes, seconds)
    return slope, intercept


def run(sizes: list[int], workers: list[int], scratch: Path) -> dict:
    """Screen a batch of each size with each worker count; the figures."""
    cvs = list(generated_cvs(max(sizes)))
    pool = scratch / "all"
    files = [write_cv(stem, layout, candidate, pool) for stem, layout, candidate in cvs]
    rows = []
    for size in sizes:
        batch = scratch / f"batch-{size}"
        batch.mkdir()
        for path in files[:size]:
            (batch / path.name).symlink_to(path)
        for count in workers:
            out = scratch / f"out-{size}-{count}"
            args = [str(BIN / "cvscreen"), "screen", str(batch), "--out", str(out), "--quiet",
                    "--workers", str(count)]
            wall, cpu, rss, _ = measure(args, scratch)
            rows.append({"size": size, "workers": count, "wall_s": round(wall, 2),
                         "cpu_s": round(cpu, 2), "peak_rss_mb": round(rss)})
            print(f"{size:4d} CVs, workers {count}: wall {wall:6.1f} s  cpu {cpu:6.1f} s  "
                  f"rss {rss:4.0f} MB", flush=True)
            shutil.rmtree(out)
    return {"rows": rows, "fits": fits(rows, workers)}


def fits(rows: list[dict], workers: list[int]) -> dict[str, dict[str, dict[str, float]]]:
    """Per measure (wall_s, cpu_s) and worker count: the fitted fixed seconds and per CV."""
    lines: dict[str, dict[str, dict[str, float]]] = {}
    for measure_name in ("wall_s", "cpu_s"):
        for count in workers:
            mine = [row for row in rows if row["workers"] == count]
            per_cv, fixed = fit([r["size"] for r in mine], [r[measure_name] for r in mine])
            lines.setdefault(measure_name, {})[str(count)] = {
                "seconds_per_cv": round(per_cv, 4), "fixed_s": round(fixed, 2)
            }
    return lines


def plot(result: dict, target: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, panels = plt.subplots(1, 2, figsize=(11, 4.2), dpi=110, sharey=True)
    titles = {"wall_s": "wall time (what the analyst waits)",
              "cpu_s": "CPU time, process and workers (load-independent)"}
    for axes, (measure_name, lines) in zip(panels, result["fits"].items(), strict=True):
        for count, line in lines.items():
            rows = [row for row in result["rows"] if str(row["workers"]) == count]
            sizes = [row["size"] for row in rows]
            points = axes.plot(sizes, [row[measure_name] for row in rows], "o",
                               label=f"--workers {count}")[0]
            ends = [0, max(sizes)]
            axes.plot(ends, [line["fixed_s"] + line["seconds_per_cv"] * n for n in ends], "-",
                      color=points.get_color(), alpha=0.6,
                      label=f"{line['fixed_s']:.1f} s + {line['seconds_per_cv'] * 1000:.0f} ms/CV")
        axes.set_title(titles[measure_name], fontsize=10)
        axes.set_xlabel("CVs in the batch (distinct; PDF, DOCX, text)")
        axes.set_xlim(left=0)
        axes.set_ylim(bottom=0)
        axes.grid(alpha=0.3)
        axes.legend(fontsize=8)
    panels[0].set_ylabel("cvscreen screen (s)")
    figure.suptitle(f"Time against batch size: {result['nproc']} cores, load average "
                    f"{result['loadavg'][0]} before, {result['loadavg'][1]} after", fontsize=10)
    figure.tight_layout()
    figure.savefig(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 300, 500])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--replot", action="store_true", help="plot the saved figures again")
    args = parser.parse_args()
    if args.replot:
        result = json.loads(RESULTS.read_text(encoding="utf-8"))
    else:
        scratch = Path(tempfile.mkdtemp(prefix="cvscreen-scaling-"))
        loads = [load()]
        try:
            result = run(args.sizes, args.workers, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        loads.append(load())
        result = {"nproc": os.cpu_count(), "loadavg": loads, **result}
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for measure_name, lines in result["fits"].items():
        for count, line in lines.items():
            print(f"{measure_name} workers {count}: {line['fixed_s']} s + "
                  f"{line['seconds_per_cv']} s per CV")
    plot(result, PLOT)
    print(PLOT.relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
