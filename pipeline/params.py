"""Read the params file that holds the whole tender, and check it against its schema.

A misspelled or unknown key, a value of the wrong type, an unknown vocabulary name or points
that do not add up to the stated total stop the run with the key's path and what was
expected: a setting that is silently ignored would screen by rules nobody chose. The schema
is the list below, one line per key (see pipeline/schema.py for why it is hand-written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pipeline.lang.nl.certificates import CERTIFICATE_ALIASES, KNOWN_TRAININGS
from pipeline.lang.nl.diplomas import FIELDS
from pipeline.lang.nl.registers import REGISTERS
from pipeline.lang.nl.roles import DOMAINS
from pipeline.lang.nl.stopwords import LANGUAGE_STOP_WORDS
from pipeline.schema import (
    Boolean,
    Either,
    IsoDate,
    ListOf,
    MapOf,
    Mapping,
    Number,
    Optional,
    SchemaError,
    Tagged,
    Text,
    optional,
    required,
    unique,
)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PARAMS = REPO / "params.yaml"

LEVELS = ("vmbo", "havo", "vwo", "mbo", "hbo", "wo")
EMPLOYMENT = ("loondienst", "detachering", "payroll", "zzp")
TRAININGS = tuple(sorted({*CERTIFICATE_ALIASES, *KNOWN_TRAININGS}))
# When a registration must be valid: the closing date, the assignment's start, or a date.
VALID_ON = ("reference_date", "assignment_start")
TIE_BREAKS = ("hourly_rate", "analyst")

_TEXT, _NUMBER, _BOOL = Text(), Number(), Boolean()
_COUNT = Number(integer=True, minimum=0)
_POINTS = Number(minimum=0)
_SHARE = Number(minimum=0, maximum=1)
_NAMES = ListOf(Text(), unique=True)
_DOMAINS = ListOf(Text(tuple(DOMAINS)), min_items=1, unique=True)

_CRITERION = {  # every knock-out and points criterion has these
    "code": required(_TEXT),  # as the tender numbers it: K1, S4 ...
    "id": required(_TEXT),  # its key in every output and in the review file
    "label": required(_TEXT),  # Dutch, for reasons, reports and letters
    "short": optional(_TEXT),  # a column header's shorter label
}
KNOCKOUT = Tagged("kind", _CRITERION, {
    "diploma": {
        "min_levels": required(ListOf(Text(LEVELS), min_items=1, unique=True)),
        "fields_name": required(_TEXT),  # the accepted fields in words: "pedagogische richting"
        "accepted_fields": required(ListOf(Text(tuple(FIELDS)), min_items=1, unique=True)),
        "review_fields": required(ListOf(Text(tuple(FIELDS)), unique=True)),
        "foreign_is_review": required(_BOOL),
    },
    "registration": {
        "registers": required(ListOf(Text(tuple(REGISTERS)), min_items=1, unique=True)),
        "number_digits": required(Optional(Number(integer=True, minimum=1))),
        "require_number": required(_BOOL),
        "require_expiry": required(_BOOL),
        "valid_on": required(Either((Text(VALID_ON), IsoDate()))),
        "warn_if_expires_before": required(Optional(IsoDate())),
        "absence_needs_ocr_confidence": required(Number(minimum=0, maximum=100)),
    },
    "execution_condition": {
        "pass": required(ListOf(Text(EMPLOYMENT), unique=True)),
        "fail": required(ListOf(Text(EMPLOYMENT), unique=True)),
    },
    "experience": {  # a minimum of experience; below it a person looks (never a fail)
        "domains": required(_DOMAINS),
        "min_months": required(Number(integer=True, minimum=1)),
    },
    "analyst": {},  # a person decides; the pipeline proposes `review`
})
POINTS_CRITERION = Tagged("kind", {**_CRITERION, "max": required(_POINTS)}, {
    "experience": {
        "domains": required(_DOMAINS),
        "full_at_months": required(Number(integer=True, minimum=1)),
    },
    "certificates": {
        "counted": required(ListOf(Text(TRAININGS), min_items=1, unique=True)),
        "per_certificate": required(_POINTS),
    },
    "motivation": {
        "provisional_if_present": required(_POINTS),
        "provisional_if_absent": required(_POINTS),
    },
    "analyst": {  # scored by a person only; until then this provisional value
        "provisional": required(_POINTS),
    },
})
REQUIREMENT = Tagged("kind", {
    "id": required(_TEXT), "label": required(_TEXT), "excludes": required(_BOOL),
}, {
    "max_pages": {"limit": required(Number(integer=True, minimum=1))},
    "language": {"language": required(Text(tuple(LANGUAGE_STOP_WORDS))),
                 "min_share": required(_SHARE)},
    "references": {"min": required(_COUNT)},
})

# Heading banners read from images (pipeline/ingest/image_text.py): shape in points, trust.
_IMAGE_TEXT = Mapping({
    "enabled": optional(_BOOL), "psm": optional(_COUNT), "min_width": optional(_NUMBER),
    "min_height": optional(_NUMBER), "max_height": optional(_NUMBER),
    "min_aspect": optional(_NUMBER), "min_confidence": optional(Number(minimum=0, maximum=100)),
    "max_words": optional(_COUNT), "min_letters": optional(_COUNT),
    "max_images": optional(_COUNT), "rule_min_length": optional(_NUMBER),
})
_OCR = Mapping({
    "enabled": optional(_BOOL), "language": optional(_TEXT), "dpi": optional(_COUNT),
    "min_chars_per_page": optional(_COUNT), "min_confidence": optional(_NUMBER),
    "psm": optional(_COUNT), "bullet_max_height": optional(_SHARE), "rule_reach": optional(_NUMBER),
    "rule_contrast": optional(_NUMBER), "rule_dark_share": optional(_SHARE),
    "image_text": optional(_IMAGE_TEXT),
})
_CANDIDATE = Mapping({"analyzer": required(Text(("word", "char", "char_wb"))),
                      "ngram": required(ListOf(Number(integer=True, minimum=1), min_items=2))})


def _points_add_up(points: dict[str, Any], path: str) -> None:
    maxima = [criterion["max"] for criterion in points["criteria"]]
    if abs(sum(maxima) - points["total"]) > 1e-9:
        sums = " + ".join(f"{m:g}" for m in maxima)
        raise SchemaError(f"{path}.total", f"expected {sum(maxima):g}, the sum of every "
                                           f"points.criteria[*].max ({sums}); got "
                                           f"{points['total']:g}")


def _one_of_a_kind(kinds: tuple[str, ...]) -> Any:
    """At most one criterion of each of these kinds: their facts are one list per record."""
    def check(items: list[dict[str, Any]], path: str) -> None:
        for kind in kinds:
            where = [i for i, item in enumerate(items) if item.get("kind") == kind]
            if len(where) > 1:
                raise SchemaError(f"{path}[{where[1]}].kind",
                                  f"only one criterion of kind {kind!r} (also at [{where[0]}])")
    return check


PARAMS = Mapping({
    "tender": required(Mapping({
        "id": required(_TEXT), "title": required(_TEXT), "reference_date": required(IsoDate()),
        "assignment_start": optional(IsoDate()), "assignment_end": optional(IsoDate()),
    })),
    "nlp": required(Mapping({"models": optional(_NAMES), "fallback": optional(_TEXT)})),
    "ingest": required(Mapping({
        "max_pages_read": optional(_COUNT), "max_file_mb": optional(_NUMBER),
        "max_unzipped_mb": optional(_NUMBER), "timeout_seconds": optional(_NUMBER),
        "txt_lines_per_page": optional(Number(integer=True, minimum=1)), "ocr": optional(_OCR),
        "max_text_chars": optional(_COUNT), "pdf_max_inflated_mb": optional(_NUMBER),
        "max_render_pixels": optional(_COUNT), "max_chars_per_page": optional(_COUNT),
    })),
    "limits": optional(Mapping({
        "memory_mb": optional(_NUMBER), "extract_timeout_seconds": optional(_NUMBER),
        "score_timeout_seconds": optional(_NUMBER), "csv_max_mb": optional(_NUMBER),
        "csv_max_field_chars": optional(_COUNT), "max_hourly_rate": optional(_NUMBER),
        "yaml_max_mb": optional(_NUMBER), "yaml_max_aliases": optional(_COUNT),
        "yaml_max_depth": optional(_COUNT), "terminal_list_max": optional(_COUNT),
    })),
    "knockouts": required(ListOf(KNOCKOUT)),
    "requirements": required(ListOf(REQUIREMENT)),
    "points": required(Mapping(
        {"total": required(_POINTS), "criteria": required(ListOf(POINTS_CRITERION, 1))},
        checks=(_points_add_up,),
    )),
    "ranking": required(Mapping({
        "shortlist_size": required(Number(integer=True, minimum=1)),
        "tie_break": required(Text(TIE_BREAKS)),
        "rank_review_knockouts": required(_BOOL),
    })),
    "roles": optional(Mapping({
        "count_internships": optional(_BOOL), "count_volunteer_work": optional(_BOOL),
        "count_paid_learning_work": optional(_BOOL),
        "model_min_probability": optional(Optional(_SHARE)),
    })),
    "explain": optional(Mapping({
        "objection": optional(_TEXT), "objection_days": optional(Optional(_COUNT)),
        "contact": optional(Optional(_TEXT)),
    })),
    "audit": optional(Mapping({"log": optional(_TEXT)})),
    "report": optional(Mapping({"blind": optional(_BOOL)})),
    "data": optional(Mapping({
        "input": optional(_TEXT), "gold": optional(_TEXT),
        "workers": optional(Number(integer=True, minimum=1)),
    })),
    "train": optional(Mapping({
        "headings": optional(_TEXT), "roles": optional(_TEXT), "out": optional(_TEXT),
        "seed": optional(_COUNT), "folds": optional(Number(integer=True, minimum=2)),
        "c_values": optional(ListOf(Number(minimum=0), min_items=1)),
        "candidates": optional(MapOf(ListOf(_CANDIDATE, min_items=1))),
        "section_min_probability": optional(Optional(_SHARE)),
    })),
})


class ParamsError(ValueError):
    """The params file cannot be used; the message says what to fix."""


def check_params(params: Any) -> None:
    """Raise SchemaError at the first key that does not fit the schema."""
    PARAMS.check(params, "")
    knockouts, criteria = params["knockouts"], params["points"]["criteria"]
    _one_of_a_kind(("diploma",))(knockouts, "knockouts")
    _one_of_a_kind(("certificates", "motivation"))(criteria, "points.criteria")
    paths = [f"knockouts[{i}]" for i in range(len(knockouts))]
    paths += [f"points.criteria[{i}]" for i in range(len(criteria))]
    for key in ("id", "code"):
        unique([*knockouts, *criteria], key, paths)
    unique(params["requirements"], "id",
           [f"requirements[{i}]" for i in range(len(params["requirements"]))])


def load_params(path: str | Path | None = None) -> dict[str, Any]:
    path = Path(path) if path else DEFAULT_PARAMS
    try:
        params = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ParamsError(f"cannot read params file {path}: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise ParamsError(f"params file {path} is not valid YAML: {error}") from error
    try:
        check_params(params)
    except SchemaError as error:
        raise ParamsError(f"params file {path}: {error}") from error
    return params


def trained_models_folder(params: dict[str, Any]) -> Path:
    """Where `dvc repro train` writes the learned models: params train.out, a relative path
    being relative to the repository root."""
    folder = Path(params.get("train", {}).get("out", "models"))
    return folder if folder.is_absolute() else REPO / folder
