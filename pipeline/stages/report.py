"""Stage report: candidates + documents -> the analyst's HTML report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.outputs import read_candidates
from pipeline.params import load_params
from pipeline.report import write_report
from pipeline.stages.common import read_json_folder


def run(
    records: list[dict[str, Any]],
    documents: list[Document],
    report_parent: Path,
    params: dict[str, Any],
    *,
    blind: bool = False,
) -> Path:
    """Write `report_parent`/report/; returns the overview page."""
    by_file = {document.file: document for document in documents}
    return write_report(Path(report_parent), records, by_file, params, blind=blind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--processed", type=Path, required=True, help="holds candidates.jsonl")
    parser.add_argument("--documents", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True, help="folder that gets report/")
    parser.add_argument("--params", type=Path, default=None)
    parser.add_argument("--blind", action="store_true")
    args = parser.parse_args(argv)
    params = load_params(args.params)
    blind = args.blind or bool(params.get("report", {}).get("blind", False))
    documents = [Document.from_dict(d) for d in read_json_folder(args.documents)]
    run(
        read_candidates(args.processed / "candidates.jsonl"),
        documents,
        args.out,
        params,
        blind=blind,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
