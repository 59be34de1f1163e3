"""`cvscreen screen`: the stages in one process, into one output folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.atomic import real_folder
from pipeline.audit import record_run
from pipeline.stages import read, report, score
from pipeline.stages.common import is_metadata, list_inputs


@dataclass
class ScreenResult:
    records: list[dict[str, Any]]
    report: Path
    counters: dict[str, dict[str, int]] = field(default_factory=dict)
    submissions: Path | None = None  # the submissions CSV that was read, if any
    audit_log: Path | None = None


def screen(
    input_dir: Path,
    out_dir: Path,
    params: dict[str, Any],
    *,
    submissions: Path | None = None,
    review: Path | None = None,
    workers: int = 1,
    blind: bool = False,
    progress: bool = True,
    analyst: str | None = None,
) -> ScreenResult:
    """Screen every file in `input_dir`; outputs per the output contract in `out_dir`."""
    out_dir = Path(out_dir)
    found = Path(input_dir) / "submissions.csv"
    if submissions is None and is_metadata(found):
        submissions = found
    exclude = {p for p in (submissions, review) if p is not None}
    files = list_inputs(Path(input_dir), exclude)
    # Symlinks planted where our folders go are removed, so nothing is written through them.
    for folder in ("documents", "facts", "cache", "report"):
        real_folder(out_dir / folder)
    documents, facts, counters = read.run(
        files, out_dir / "documents", out_dir / "facts", params, out_dir / "cache",
        workers=workers, progress=progress,
    )
    records = score.run(facts, out_dir, params, submissions, review)
    index = report.run(records, documents, out_dir, params, blind=blind)
    log = record_run(
        records, out_dir, params, analyst=analyst, submissions=submissions, review=review
    )
    return ScreenResult(records, index, counters, submissions, log)
