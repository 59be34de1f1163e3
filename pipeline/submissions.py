"""Read the submission metadata CSV: file, supplier, employment, hourly_rate."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from pipeline.decoding import decode_text


@dataclass
class Submission:
    file: str
    supplier: str | None
    employment: str | None  # loondienst | detachering | payroll | zzp | None
    hourly_rate: float | None


DELIMITERS = (",", ";", "\t")


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


def read_submissions(path: Path | None) -> dict[str, Submission]:
    """Rows by file name; an absent file means no metadata (every K3 becomes review).

    Spreadsheets export this file in more than one way, and each is read: comma, semicolon
    (Dutch Excel) or tab separated, in any encoding a plain-text CV may have (UTF-8 with or
    without BOM, Windows-1252), header names in any case.
    """
    if path is None or not Path(path).exists():
        return {}
    text, _ = decode_text(Path(path).read_bytes())
    lines = text.splitlines()
    header = lines[0] if lines else ""
    delimiter = max(DELIMITERS, key=header.count)
    reader = csv.DictReader(lines, delimiter=delimiter)
    fields = [(name or "").strip().lower() for name in reader.fieldnames or []]
    if "file" not in fields:
        raise SubmissionsError(f"{path}: expected a header with at least the column 'file'")
    reader.fieldnames = fields
    rows: dict[str, Submission] = {}
    for row in reader:
        name = (row.get("file") or "").strip()
        if not name:
            continue
        employment = (row.get("employment") or "").strip().lower() or None
        rows[name] = Submission(
            file=name,
            supplier=(row.get("supplier") or "").strip() or None,
            employment=employment,
            hourly_rate=parse_rate(row.get("hourly_rate")),
        )
    return rows


def submission_for(rows: dict[str, Submission], file: str) -> Submission | None:
    """The row of `file`; a name that differs only in case or surrounding spaces still
    matches (a supplier typed "CV Jansen.PDF" for "cv jansen.pdf")."""
    if file in rows:
        return rows[file]
    wanted = file.strip().casefold()
    return next((row for name, row in rows.items() if name.casefold() == wanted), None)


def without_cv(rows: dict[str, Submission], files: list[str]) -> list[str]:
    """Submitted file names that match no file in the batch: a CV that never arrived."""
    present = {file.strip().casefold() for file in files}
    return sorted(name for name in rows if name.casefold() not in present)
