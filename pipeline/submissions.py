"""Read the submission metadata CSV: file, supplier, employment, hourly_rate."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Submission:
    file: str
    supplier: str | None
    employment: str | None  # loondienst | detachering | payroll | zzp | None
    hourly_rate: float | None


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
    """Rows by file name; an absent file means no metadata (every K3 becomes review)."""
    if path is None or not Path(path).exists():
        return {}
    text = Path(path).read_text(encoding="utf-8-sig")
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in reader.fieldnames:
        raise SubmissionsError(f"{path}: expected a header with at least the column 'file'")
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
