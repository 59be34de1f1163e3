"""The CV sets with hand-checked answers, shared by every test that measures against gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO.parent / "shared" / "samples"

# name -> (folder of CVs, folder of <stem>.gold.json)
ANSWERED_SETS = {
    "shared-samples": (SAMPLES / "cvs", SAMPLES / "gold"),  # other authors; beside the repo
    "demo-batch": (REPO / "data" / "samples", REPO / "data" / "samples" / "gold"),
    "fixtures": (REPO / "tests" / "fixtures" / "cvs", REPO / "tests" / "fixtures" / "gold"),
    # Written to measure generalisation; session 2 fixed its misses, so it is tuned on now.
    "holdout": (REPO / "tests" / "fixtures" / "holdout" / "cvs",
                REPO / "tests" / "fixtures" / "holdout" / "gold"),
    # Own layouts by a writer who never read the pipeline; screened once, never tuned on.
    "holdout2": (REPO / "tests" / "fixtures" / "holdout2" / "cvs",
                 REPO / "tests" / "fixtures" / "holdout2" / "gold"),
    # One CV per failure class seen on unseen CVs (issue 10), written from the spec: tuned on.
    "devset": (REPO / "tests" / "fixtures" / "devset" / "cvs",
               REPO / "tests" / "fixtures" / "devset" / "gold"),
    # Twenty more, for the wording of the knock-outs (SKJ and diploma statements): tuned on.
    "devset2": (REPO / "tests" / "fixtures" / "devset2" / "cvs",
                REPO / "tests" / "fixtures" / "devset2" / "gold"),
    # Held-out set 3, by writers who never read the pipeline, in styles not covered before
    # (ATS and agency exports, forms, designed PDFs, Word templates). Screened once at the end of
    # session 4 (figures in the issue note), then tuned on.
    "heldout3-pdf": (REPO / "tests" / "fixtures" / "heldout3" / "pdf" / "cvs",
                     REPO / "tests" / "fixtures" / "heldout3" / "pdf" / "gold"),
    "heldout3-word": (REPO / "tests" / "fixtures" / "heldout3" / "word" / "cvs",
                      REPO / "tests" / "fixtures" / "heldout3" / "word" / "gold"),
}
OWN_SETS = ("demo-batch", "fixtures")

# Sets of other tenders, each screened with its own params file (tests/test_other_tenders.py):
# name -> (folder of CVs, folder of gold, params file). Built by
# tests/fixtures/build_tender_sets.py.
TENDERS = REPO / "tests" / "fixtures" / "tenders"
TENDER_SETS = {
    "32107": (TENDERS / "32107" / "cvs", TENDERS / "32107" / "gold",
              REPO / "params" / "tender-32107-gedragswetenschapper-jeugd-en-gezinsteam.yaml"),
    "32251": (TENDERS / "32251" / "cvs", TENDERS / "32251" / "gold",
              REPO / "params" / "tender-32251-schoolmaatschappelijk-werker-vo.yaml"),
}


def gold_cases(names: tuple[str, ...] = OWN_SETS) -> list[tuple[Path, dict[str, Any]]]:
    """(CV folder, gold answer) for every answered file in the named sets."""
    return [
        (folder, json.loads(path.read_text(encoding="utf-8")))
        for folder, gold_dir in (ANSWERED_SETS[name] for name in names)
        for path in sorted(gold_dir.glob("*.gold.json"))
    ]
