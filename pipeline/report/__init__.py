"""The analyst's HTML report: a batch overview and one page per candidate.

Self-contained pages (inline CSS/JS, no network, work from file://). Every CV-derived string
goes through Jinja2 autoescaping, so a CV holding HTML or <script> shows as text.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from pipeline.atomic import real_folder, write_text_atomic
from pipeline.document import Document
from pipeline.report.blind import blind_names, mask_html, mask_text
from pipeline.report.marks import build_marks, links_by_key, page_views
from pipeline.report.views import (
    RESULT_LABELS,
    candidate_context,
    overview_context,
    page_name,
    run_id,
)
from pipeline.scoring.criteria import registration_keys

__all__ = ["environment", "write_report"]


def environment() -> Environment:
    """The report's templates (pages and letters), with the Dutch number filter."""
    env = Environment(
        loader=PackageLoader("pipeline.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    templates = files("pipeline.report") / "templates"
    script = "\n".join(
        (templates / name).read_text(encoding="utf-8") for name in ("report.js", "decide.js")
    )
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    # Only this script may run (Content-Security-Policy hash): even a CV text that slipped
    # past escaping could not execute.
    env.globals.update(
        RESULT_LABELS=RESULT_LABELS,
        script=Markup(script),
        script_hash=f"sha256-{digest}",
    )
    env.filters["nl"] = _number_nl
    return env


def _number_nl(value: Any, digits: int = 1) -> str:
    """87.5 -> '87,5': Dutch decimal comma for the analyst's eyes."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, int | float):
        return f"{value:.{digits}f}".replace(".", ",")
    return str(value)


def write_report(
    out_dir: Path,
    records: list[dict[str, Any]],
    documents: dict[str, Document],
    params: dict[str, Any],
    *,
    blind: bool = False,
) -> Path:
    """Write OUT_DIR/report/index.html and report/candidates/*.html; return the index path."""
    report = real_folder(Path(out_dir) / "report")
    pages = report / "candidates"
    if pages.exists() and not pages.is_symlink():
        shutil.rmtree(pages)  # a file that left the batch must not keep a stale page
    real_folder(pages)
    env = environment()
    ordered = sorted(records, key=lambda r: r["file"])
    numbers = {record["file"]: n for n, record in enumerate(ordered, start=1)}
    run = run_id(ordered, params)
    everyone: list[str] = []  # every name hidden on a candidate page, hidden on the overview too
    for record in ordered:
        document = documents.get(record["file"])
        text = document.text if document else ""
        names = blind_names(record, text) if blind else []
        if blind:
            text = mask_text(text, names)
        marks = build_marks(record, text, blind, document.text if document else "",
                            registration_keys(params))
        context = candidate_context(
            record,
            numbers[record["file"]],
            params,
            blind=blind,
            text=text,
            marks=marks,
            links=links_by_key(marks),
            pages=page_views(document, text, marks),
            run=run,
        )
        html = env.get_template("candidate.html").render(**context)
        if blind:  # whatever field a name landed in (a page break, a reference), it is hidden
            html = mask_html(html, names)
        everyone += names
        write_text_atomic(pages / page_name(record["file"], numbers[record["file"]], blind), html)
    index = report / "index.html"
    context = overview_context(ordered, numbers, params, blind=blind, run=run)
    html = env.get_template("overview.html").render(**context)
    if blind:
        html = mask_html(html, everyone)
    write_text_atomic(index, html)
    return index
