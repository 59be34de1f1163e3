"""Learned models where the rules run out: a section-heading and a role-domain classifier.

Importing this package registers both spaCy factories. `trained_model` finds a model file
built by `dvc repro train` (python -m pipeline.models.train), so the pipeline adds a model
component only when its file exists.
"""

from __future__ import annotations

from typing import Any

from pipeline.models import role_domain_component, section_model_component  # noqa: F401
from pipeline.params import trained_models_folder


def trained_model(params: dict[str, Any], file_name: str) -> str | None:
    """Path of `file_name` in params train.out, or None when it has not been built."""
    path = trained_models_folder(params) / file_name
    return str(path) if path.is_file() else None
