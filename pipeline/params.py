"""Read and check the params file that holds the whole tender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PARAMS = REPO / "params.yaml"
REQUIRED_SECTIONS = ("tender", "nlp", "ingest", "knockouts", "requirements", "points", "ranking")


class ParamsError(ValueError):
    """The params file cannot be used; the message says what to fix."""


def load_params(path: str | Path | None = None) -> dict[str, Any]:
    path = Path(path) if path else DEFAULT_PARAMS
    try:
        params = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ParamsError(f"cannot read params file {path}: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise ParamsError(f"params file {path} is not valid YAML: {error}") from error
    if not isinstance(params, dict):
        raise ParamsError(f"params file {path} must be a mapping of sections")
    missing = [name for name in REQUIRED_SECTIONS if name not in params]
    if missing:
        raise ParamsError(f"params file {path} lacks section(s): {', '.join(missing)}")
    _check_counted(path, params)
    return params


def _check_counted(path: Path, params: dict[str, Any]) -> None:
    """Only a training the vocabularies can recognise can score."""
    from pipeline.lang.nl.certificates import CERTIFICATE_ALIASES, KNOWN_TRAININGS

    known = {*CERTIFICATE_ALIASES, *KNOWN_TRAININGS}
    counted = (params.get("points", {}).get("certificates") or {}).get("counted") or []
    unknown = [name for name in counted if name not in known]
    if unknown:
        raise ParamsError(
            f"params file {path}: points.certificates.counted names unknown training(s) "
            f"{', '.join(unknown)}; known: {', '.join(sorted(known))}"
        )


def trained_models_folder(params: dict[str, Any]) -> Path:
    """Where `dvc repro train` writes the learned models: params train.out, a relative path
    being relative to the repository root."""
    folder = Path(params.get("train", {}).get("out", "models"))
    return folder if folder.is_absolute() else REPO / folder
