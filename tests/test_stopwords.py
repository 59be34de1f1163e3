"""Stop words: the committed lists are spaCy's, and loading them imports no tokenizer modules."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "build_stopwords.py"


def test_stopwords_module_is_what_the_script_writes_from_installed_spacy():
    """A spaCy upgrade that changes a list, or a hand edit, shows here: rerun the script."""
    spec = importlib.util.spec_from_file_location(SCRIPT.stem, SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.TARGET.read_text(encoding="utf-8") == script.render()


def test_stopwords_start_up_imports_no_other_language_module():
    """The screen's start-up loads the French, German and English lists without spaCy's
    tokenizer exceptions for those languages (seconds of import each)."""
    code = (
        "import json, sys\n"
        "import pipeline.screen\n"
        "from pipeline.lang.nl.stopwords import LANGUAGE_STOP_WORDS\n"
        "modules = sorted(m for m in sys.modules if m.startswith('spacy.lang.'))\n"
        "sizes = {k: len(v) for k, v in LANGUAGE_STOP_WORDS.items()}\n"
        "print(json.dumps({'modules': modules, 'sizes': sizes}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=REPO)
    loaded = json.loads(done.stdout)
    assert not [m for m in loaded["modules"] if m.split(".")[2] in ("fr", "de", "en")]
    assert all(size > 300 for size in loaded["sizes"].values())
