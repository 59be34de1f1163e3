"""Every pipeline module a stage imports is a DVC dependency of that stage, and every module
the ingest readers import (the vocabularies too) is in the ingest cache's code fingerprint."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


def _imported_files(module: str) -> set[str]:
    """Repo-relative source files of the pipeline modules that importing `module` loads."""
    code = (
        f"import json, sys, {module}\n"
        "print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items()"
        " if n.startswith('pipeline') and getattr(m, '__file__', None))))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, check=True)
    return {str(Path(path).resolve().relative_to(REPO)) for path in json.loads(done.stdout)}


def _covered(file: str, entries: list[str]) -> bool:
    return any(file == entry or file.startswith(entry.rstrip("/") + "/") for entry in entries)


# What each stage loads: its module, and for read the extraction modules it imports only when
# a file needs extracting (so that a fully cached rerun does not build the spaCy pipeline).
STAGE_MODULES = {
    "read": "pipeline.stages.read, pipeline.extract, pipeline.nlp",
    "score": "pipeline.stages.score",
    "report": "pipeline.stages.report",
}


@pytest.mark.parametrize("stage", sorted(STAGE_MODULES))
def test_stage_deps_hold_every_module_the_stage_imports(stage):
    deps = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"][stage]["deps"]
    missing = [
        file for file in sorted(_imported_files(STAGE_MODULES[stage]))
        if file != "pipeline/__init__.py" and not file.startswith("pipeline/stages/__init__")
        and not _covered(file, deps)
    ]
    assert not missing, f"dvc.yaml stage {stage} lacks deps: {missing}"


def test_ingest_fingerprint_covers_every_module_the_readers_import():
    from pipeline.stages.ingest import INGEST_CODE

    roots = [f"pipeline/{name}" for name in INGEST_CODE]
    roots += [f"pipeline/{name}.py" for name in INGEST_CODE]
    missing = [
        file for file in sorted(_imported_files("pipeline.ingest"))
        if file != "pipeline/__init__.py" and not _covered(file, roots)
    ]
    assert not missing, f"INGEST_CODE lacks: {missing}"


def test_every_code_dep_exists():
    """A code dep that a restructure removed makes `dvc repro` fail: none may be stale."""
    stages = yaml.safe_load((REPO / "dvc.yaml").read_text())["stages"]
    missing = [
        f"{stage}: {dep}" for stage, spec in stages.items() for dep in spec.get("deps", [])
        if dep.startswith("pipeline/") and not (REPO / dep).exists()
    ]
    assert not missing
