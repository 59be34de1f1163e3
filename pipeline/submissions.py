"""Read the submission metadata CSV: file, supplier, employment, hourly_rate.

The file comes from suppliers' spreadsheets, so every row is checked: a file named on two rows,
a rate that cannot be (negative, NaN, Infinity, 1e308) or an oversized field is flagged on that
row (`Submission.problems`) and never decides a knock-out or the tie-break.
"""

from __future__ import annotations

import csv
import math
import os
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.decoding import decode_text


@dataclass
class Submission:
    file: str
    supplier: str | None
    employment: str | None  # loondienst | detachering | payroll | zzp | None
    hourly_rate: float | None
    problems: list[str] = field(default_factory=list)  # Dutch, for the analyst
    conflict: str | None = None  # rows for this file disagree on the employment form


DELIMITERS = (",", ";", "\t")
# Defaults of params.yaml `limits:`; see there.
DEFAULT_LIMITS = {"csv_max_mb": 20, "csv_max_field_chars": 1000, "max_hourly_rate": 1000}


class SubmissionsError(ValueError):
    """The submissions CSV cannot be used; the message says what to fix."""


def parse_rate(value: str | None) -> float | None:
    """'87,50', '87.50', '€ 87,50' -> 87.5; empty or unreadable -> None."""
    if not value:
        return None
    cleaned = value.replace("€", "").replace("EUR", "").strip().replace(" ", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return None


def name_key(name: str) -> str:
    """How file names are compared: NFC (macOS writes NFD), case-folded, outer spaces off."""
    return unicodedata.normalize("NFC", name).strip().casefold()


def _read_text(path: Path, max_mb: float) -> str:
    if path.is_dir():
        raise SubmissionsError(f"{path}: is a folder, not a CSV file")
    try:
        size = os.stat(path).st_size
        if size > max_mb * 1024 * 1024:
            raise SubmissionsError(f"{path}: larger than {max_mb:g} MB (limits.csv_max_mb)")
        data = path.read_bytes()
    except OSError as error:
        raise SubmissionsError(f"{path}: cannot read ({error.strerror or error})") from error
    return decode_text(data)[0]


def read_submissions(
    path: Path | None, limits: dict[str, Any] | None = None
) -> dict[str, Submission]:
    """Rows by file name; an absent file means no metadata (every K3 becomes review).

    Spreadsheets export this file in more than one way, and each is read: comma, semicolon
    (Dutch Excel) or tab separated, in any encoding a plain-text CV may have (UTF-8 with or
    without BOM, UTF-16, Windows-1252), header names in any case.
    """
    if path is None or not Path(path).exists():
        return {}
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    text = _read_text(Path(path), float(limits["csv_max_mb"]))
    lines = text.splitlines()
    header = lines[0] if lines else ""
    delimiter = max(DELIMITERS, key=header.count)
    previous_limit = csv.field_size_limit(sys.maxsize)  # fields are checked per row below
    try:
        reader = csv.DictReader(lines, delimiter=delimiter)
        fields = [(name or "").strip().lower() for name in reader.fieldnames or []]
        if "file" not in fields:
            raise SubmissionsError(f"{path}: expected a header with at least the column 'file'")
        reader.fieldnames = fields
        grouped: dict[str, list[Submission]] = {}
        for row in reader:
            submission = _row(row, reader.line_num, limits)
            if submission is not None:
                grouped.setdefault(name_key(submission.file), []).append(submission)
    except csv.Error as error:
        raise SubmissionsError(f"{path}: not a readable CSV ({error})") from error
    finally:
        csv.field_size_limit(previous_limit)
    merged = (_merge(rows) for rows in grouped.values())
    return {row.file: row for row in merged}


def _row(row: dict[str, Any], line: int, limits: dict[str, Any]) -> Submission | None:
    name = (row.get("file") or "").strip() if isinstance(row.get("file"), str) else ""
    if not name:
        return None
    problems = []
    max_chars = int(limits["csv_max_field_chars"])
    values = {key: value for key, value in row.items() if isinstance(key, str)}
    for key, value in values.items():
        if isinstance(value, str) and len(value) > max_chars:
            problems.append(f"regel {line}: veld '{key}' langer dan {max_chars} tekens, genegeerd")
            values[key] = ""
    if len(name) > max_chars:
        return None  # no file in a folder has such a name
    rate = parse_rate(values.get("hourly_rate"))
    if rate is not None and not (0 < rate <= float(limits["max_hourly_rate"])):
        shown = values.get("hourly_rate", "")[:20]
        problems.append(f"regel {line}: onmogelijk uurtarief '{shown}', genegeerd")
        rate = None
    return Submission(
        file=name,
        supplier=(values.get("supplier") or "").strip() or None,
        employment=(values.get("employment") or "").strip().lower() or None,
        hourly_rate=rate if rate is None or math.isfinite(rate) else None,
        problems=problems,
    )


def _merge(rows: list[Submission]) -> Submission:
    """One submission per file; rows that disagree leave the disputed value unknown."""
    first = rows[0]
    if len(rows) == 1:
        return first
    problems = [problem for row in rows for problem in row.problems]
    problems.append(f"{len(rows)} regels in submissions.csv voor dit bestand")
    employments = sorted({row.employment for row in rows if row.employment})
    rates = sorted({row.hourly_rate for row in rows if row.hourly_rate is not None})
    suppliers = sorted({row.supplier for row in rows if row.supplier})
    conflict = None
    if len(employments) > 1:
        conflict = f"tegenstrijdige regels in submissions.csv: {', '.join(employments)}"
    if len(rates) > 1:
        problems.append("tegenstrijdige uurtarieven: " + ", ".join(f"{r:g}" for r in rates))
    return Submission(
        file=first.file,
        supplier=suppliers[0] if len(suppliers) == 1 else None,
        employment=employments[0] if len(employments) == 1 else None,
        hourly_rate=rates[0] if len(rates) == 1 else None,
        problems=problems,
        conflict=conflict,
    )


def submission_for(rows: dict[str, Submission], file: str) -> Submission | None:
    """The row of `file`; a name that differs only in case, Unicode normal form (macOS NFD)
    or surrounding spaces still matches (a supplier typed "CV Jansen.PDF" for "cv jansen.pdf")."""
    if file in rows:
        return rows[file]
    wanted = name_key(file)
    return next((row for name, row in rows.items() if name_key(name) == wanted), None)


def without_cv(rows: dict[str, Submission], files: list[str]) -> list[str]:
    """Submitted file names that match no file in the batch: a CV that never arrived."""
    present = {name_key(file) for file in files}
    return sorted(name for name in rows if name_key(name) not in present)
