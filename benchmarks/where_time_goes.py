"""CPU seconds of each part of a `cvscreen screen --workers 1` run, in one process.

    .venv/bin/python benchmarks/where_time_goes.py benchmarks/corpus/text
    .venv/bin/python benchmarks/where_time_goes.py benchmarks/corpus/scans   # OCR per page too

Start-up, reading, loading the spaCy pipeline (spaCy, scikit-learn, the project's components,
building it), extraction per component, scoring and the report; the CPU of subprocesses
(Tesseract) is counted with the part that ran them.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path


def cpu() -> float:
    own, children = (resource.getrusage(who)
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_components(nlp, seconds: dict[str, float]) -> None:
    """Wrap each pipe so its CPU time adds up in `seconds`."""

    def wrap(name, component):
        def run(doc):
            start = time.process_time()
            result = component(doc)
            seconds[name] += time.process_time() - start
            return result

        return run

    nlp._components = [(name, wrap(name, component)) for name, component in nlp._components]


def main() -> int:
    start = cpu()
    from pipeline.params import load_params
    from pipeline.stages import extract, ingest, report, score
    from pipeline.stages.common import list_inputs

    parts = {"start-up imports": cpu() - start}
    params = load_params(None)
    files = list_inputs(Path(sys.argv[1]))
    out = Path(tempfile.mkdtemp(prefix="where-time-goes-"))

    mark = cpu()
    documents, _ = ingest.run(files, out / "documents", params, out / "cache", progress=False)
    parts["reading"] = cpu() - mark
    for label, module in (("import spaCy", "spacy"),
                          ("import scikit-learn", "sklearn.feature_extraction.text"),
                          ("import recognizers and models", "pipeline.nlp")):
        mark = cpu()
        __import__(module)
        parts[f"pipeline: {label}"] = cpu() - mark
    mark = cpu()
    extract.prepare(params)
    parts["pipeline: build it"] = cpu() - mark

    from pipeline.nlp import get_nlp

    components: dict[str, float] = defaultdict(float)
    timed_components(get_nlp(params), components)
    mark = cpu()
    facts, _ = extract.run(documents, out / "facts", params, out / "cache", progress=False)
    parts["extraction"] = cpu() - mark
    mark = cpu()
    records = score.run(facts, out, params, None, None)
    report.run(records, documents, out, params)
    parts["scoring and report"] = cpu() - mark
    parts["total"] = cpu() - start

    pages = sum(d.page_count or 0 for d in documents)
    ocr_pages = sum(len((d.ocr or {}).get("pages", [])) for d in documents)
    print(f"{len(files)} files, {pages} pages ({ocr_pages} OCR'd) in {sys.argv[1]}; CPU seconds:")
    for name, seconds in parts.items():
        print(f"  {name:38} {seconds:6.2f}")
    print("  extraction per component:")
    for name, seconds in sorted(components.items(), key=lambda item: -item[1]):
        print(f"    {name:32} {seconds:6.2f}")
    if ocr_pages and ocr_pages == pages:
        print(f"  reading per OCR'd page: {parts['reading'] / ocr_pages:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
