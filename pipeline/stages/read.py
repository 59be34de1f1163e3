"""Stage read: CV files -> documents (text and layout) -> facts with evidence, cached per file.

Reading and extracting run in one process, as `cvscreen screen` runs them: a rerun that adds
one CV to hundreds starts Python once and does not write the documents out to read them back.
With workers, this process loads the spaCy pipeline while they read, and the extraction's
workers share it; when every file is cached, the pipeline is not loaded at all.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pipeline.document import Document
from pipeline.params import load_params
from pipeline.stages import extract, ingest
from pipeline.stages.common import list_inputs, write_json


def run(
    files: list[Path],
    documents_dir: Path,
    facts_dir: Path,
    params: dict[str, Any],
    cache_dir: Path,
    *,
    workers: int = 1,
    progress: bool = True,
) -> tuple[list[Document], list[dict[str, Any]], dict[str, dict[str, int]]]:
    """(documents, facts, counters) of every file; writes both folders."""
    documents, read = ingest.run(
        files, documents_dir, params, cache_dir, workers=workers, progress=progress,
        while_waiting=lambda: extract.prepare(params),
    )
    facts, extracted = extract.run(
        documents, facts_dir, params, cache_dir, workers=workers, progress=progress
    )
    return documents, facts, {"ingest": read, "extract": extracted}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, required=True, help="folder with the CVs")
    parser.add_argument("--documents", type=Path, required=True, help="for <file>.json texts")
    parser.add_argument("--facts", type=Path, required=True, help="for <file>.json facts")
    parser.add_argument("--params", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=Path("data/interim/cache"))
    parser.add_argument("--counters", type=Path, required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    params = load_params(args.params)
    _, _, counters = run(list_inputs(args.input), args.documents, args.facts, params,
                         args.cache, workers=args.workers)
    write_json(args.counters, counters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
