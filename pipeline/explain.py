"""Explanation letters: for each screened candidate, in Dutch, the main elements of the decision
about them, as AI Act Art. 86 lets a person ask for and a rejected candidate needs to object.

A letter holds the candidate's own record only: each knock-out with the words in their CV that
decided it, the points per criterion with the computation, their rank and the shortlist's
cut-off score, what an analyst changed and why, and how to object within the tender's
suspensive period ("opschortende termijn"). Nothing about another candidate is in it but the
cut-off score. A letter is marked as a draft while a decision behind it is still open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.audit import log_path, read_entries
from pipeline.cache import fingerprint
from pipeline.report import environment
from pipeline.report.views import (
    RESULT_LABELS,
    STATUS_LABELS,
    field_labels,
    knockout_titles,
    unconfirmed,
)
from pipeline.scoring.criteria import (
    ANALYST_KINDS,
    Criterion,
    knockouts,
    points_criteria,
    registers_named,
    registration_keys,
    requirements,
    title,
)
from pipeline.scoring.experience import counts_towards

LETTERS = "letters"


def _words(evidence: Any) -> list[str]:
    """The CV words of one or more evidence spans, each on one line."""
    spans = evidence if isinstance(evidence, list) else [evidence]
    return [" ".join(str(s.get("text") or "").split()) for s in spans if isinstance(s, dict)
            and s.get("text")]


def _value(value: Any) -> str:
    if value is None:
        return "onbekend"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v.get("name") if isinstance(v, dict) else v) for v in value) or "geen"
    if isinstance(value, dict):
        return str(value.get("name") or value)
    return str(value)


def _knockout_words(criterion: Criterion, record: dict[str, Any]) -> list[str]:
    kind = criterion["kind"]
    if kind == "diploma":
        return [w for d in record.get("diplomas") or [] for w in _words(d.get("evidence"))]
    if kind == "registration":
        return [w for key in criterion["registers"]
                for w in _words((record.get(key) or {}).get("evidence"))]
    if kind == "execution_condition":
        return _words(record.get("zzp_evidence"))
    if kind == "experience":
        return _roles(record, criterion)
    return []


def _knockouts(record: dict[str, Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for criterion in knockouts(params):
        knockout = (record.get("knockouts") or {}).get(criterion["id"])
        if not knockout:
            continue
        proposal = knockout.get("proposal")
        rows.append(
            {
                "label": title(criterion),
                "result": RESULT_LABELS[knockout["result"]],
                "reason": knockout.get("reason") or "",
                "words": _knockout_words(criterion, record),
                "source": (
                    f"uw inschrijving: dienstverband {record.get('employment')}"
                    if criterion["kind"] == "execution_condition" and record.get("employment")
                    else None
                ),
                "decided": bool(knockout.get("reviewer")),
                "proposal": RESULT_LABELS[proposal["result"]] if proposal else None,
                "open": knockout["result"] != "pass" and not knockout.get("confirmed"),
                "warnings": knockout.get("warnings") or [],
            }
        )
    return rows


def _role(role: dict[str, Any]) -> str:
    """'Ambulant begeleider, Kenter Jeugdhulp (2019-09 – heden)'."""
    end = "heden" if role.get("end") == "present" else role.get("end") or "?"
    employer = f", {role['employer']}" if role.get("employer") else ""
    return f"{role.get('title') or 'functie'}{employer} ({role.get('start') or '?'} – {end})"


def _roles(record: dict[str, Any], criterion: Criterion) -> list[str]:
    """The roles that count towards an experience criterion: those in its domains."""
    return [
        _role(role)
        for role in record.get("roles") or []
        if counts_towards(role, criterion["domains"])
    ]


def _criteria(record: dict[str, Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    points = record.get("points") or {}
    detail = record.get("points_detail") or {}
    decisions = (record.get("review") or {}).get("points") or {}
    rows = []
    for criterion in points_criteria(params):
        key, kind = criterion["id"], criterion["kind"]
        if kind == "experience":
            basis = _roles(record, criterion)
        elif kind == "certificates":
            basis = [w for c in record.get("certificates") or [] for w in _words(c.get("evidence"))]
        else:
            basis = []
        computation = (detail.get(key) or {}).get("reason", "")
        note = None
        if key in decisions:
            # the scorer's reason names the analyst; the letter names the role
            computation = f"punten gegeven door een beoordelaar: {_number(points[key])}"
            if decisions[key].get("reason"):
                note = f"Toelichting van de beoordelaar: {decisions[key]['reason']}"
        elif points.get(f"{key}_provisional"):
            note = "Voorlopige punten: nog niet beoordeeld door een beoordelaar"
        rows.append(
            {
                "label": title(criterion),
                "points": points.get(key),
                "max": criterion["max"],
                "computation": computation,
                "basis": basis,
                "note": note,
            }
        )
    return rows


def _changes(record: dict[str, Any], params: dict[str, Any]) -> list[dict[str, str]]:
    """Every value and decision an analyst changed, with the reason given."""
    labels, titles = field_labels(params), knockout_titles(params)
    changes = [
        {
            "what": labels.get(c["field"], c["field"]),
            "old": _value(c.get("original")),
            "new": _value(c.get("value")),
            "reason": c.get("reason") or "",
        }
        for c in record.get("corrections") or []
    ]
    for name, knockout in (record.get("knockouts") or {}).items():
        if knockout.get("proposal"):
            changes.append(
                {
                    "what": titles[name],
                    "old": f"voorstel: {RESULT_LABELS[knockout['proposal']['result']]}",
                    "new": f"besluit: {RESULT_LABELS[knockout['result']]}",
                    "reason": knockout.get("reason") or "",
                }
            )
    return changes


def _outcome(record: dict[str, Any], cutoff: float | None, params: dict[str, Any]) -> str:
    size = params["ranking"]["shortlist_size"]
    if record.get("status") != "ok":
        return "Uw cv is niet beoordeeld en daarom niet gerangschikt."
    if record.get("rank") is None:
        titles = knockout_titles(params)
        labels = {c["id"]: c["label"] for c in requirements(params)}
        failed = [titles[n] for n, k in record["knockouts"].items() if k["result"] == "fail"]
        excluded = [
            labels.get(n, n)
            for n, r in (record.get("requirements") or {}).items()
            if r["result"] == "fail" and r.get("excludes")
        ]
        why = "; ".join(failed + excluded) or "een knock-outcriterium"
        return f"U bent niet gerangschikt, omdat uw cv niet voldoet aan: {why}."
    text = f"Uw plaats in de rangschikking: {record['rank']}."
    if cutoff is not None:
        text += (
            f" De {size} best scorende kandidaten gaan door naar de volgende stap; de laagste"
            f" score daarbij was {_number(cutoff)} punten."
        )
    on = "" if record.get("shortlisted") else " niet"
    return f"{text} U staat{on} op de shortlist."


def _intro(record: dict[str, Any], params: dict[str, Any], screened: str | None) -> str:
    tender = params["tender"]
    scored = [c["label"].lower() for c in points_criteria(params) if c["kind"] in ANALYST_KINDS]
    judged = f" en hoeveel punten uw {' en uw '.join(scored)} krijgt" if scored else ""
    via = f"via {record['supplier'].rstrip('.')} " if record.get("supplier") else ""
    when = f" in de screening van {screened}" if screened else ""
    return (
        f"U bent {via}voorgedragen voor de opdracht “{tender.get('title', '')}” (aanvraag"
        f" {tender.get('id', '')}). In deze brief leest u hoe uw cv is beoordeeld{when}. Uw cv is"
        " gelezen door cvscreen, een hulpmiddel dat de gegevens uit het cv haalt, de eisen toetst"
        " en de punten berekent. Het hulpmiddel doet voorstellen; of u niet voldoet aan een"
        f" eis{judged}, beslist een beoordelaar."
    )


def _objection(record: dict[str, Any], params: dict[str, Any]) -> str:
    """How to object: the tender's words, its period and address when params name them."""
    settings = params.get("explain") or {}
    registers = registration_keys(params)
    proof = ("een diploma of een uittreksel uit het "
             f"{registers_named(registers)}-register" if registers else "een diploma")
    days = settings.get("objection_days")
    when = (
        f"binnen {days} kalenderdagen na de datum van deze brief"
        if days
        else "binnen de opschortende termijn die in de gunningsbeslissing staat"
    )
    where = (
        f", bij {settings['contact']}"
        if settings.get("contact")
        else f", via {record['supplier'].rstrip('.')}"
        if record.get("supplier")
        else ""
    )
    return " ".join(
        part
        for part in (
            "Bent u het niet eens met deze beoordeling?",
            str(settings.get("objection") or "").strip(),
            f"U kunt {when} bezwaar maken{where}.",
            "Schrijf daarbij welk gegeven of welk besluit volgens u niet klopt en stuur zo nodig"
            f" een bewijsstuk mee, zoals {proof}. Een"
            " beoordelaar bekijkt uw bezwaar; het hulpmiddel beslist er niet over. U kunt ook"
            " vragen welke gegevens over u zijn vastgelegd en die laten verbeteren (artikelen 15"
            " en 16 AVG).",
        )
        if part
    )


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def letter_context(
    record: dict[str, Any], params: dict[str, Any], cutoff: float | None, screened: str | None
) -> dict[str, Any]:
    """Everything one letter says, decided here; the templates only lay it out."""
    tender = params["tender"]
    points = record.get("points") or {}
    open_items = unconfirmed(record, params)
    status = STATUS_LABELS.get(record.get("status"), record.get("status"))
    detail = f": {record['status_detail']}" if record.get("status_detail") else ""
    return {
        "title": f"Toelichting op de beoordeling van uw cv – {tender.get('title', '')}",
        "name": record.get("candidate_name") or "kandidaat",
        "intro": _intro(record, params, screened),
        "draft": (
            "CONCEPT – niet versturen: nog niet alle besluiten zijn genomen ("
            + ("; ".join(open_items) or "de shortlist is nog voorlopig")
            + ")."
            if open_items or record.get("shortlist_provisional")
            else None
        ),
        "unreadable": (
            None
            if record.get("status") == "ok"
            else f"Uw cv kon niet worden gelezen ({status}{detail}). Het is daarom niet op inhoud"
            " beoordeeld. Stuurt u een leesbare versie via uw bemiddelaar, dan wordt het alsnog"
            " beoordeeld."
        ),
        "knockouts": _knockouts(record, params),
        "criteria": _criteria(record, params) if points else [],
        "total": points.get("total"),
        "total_max": params["points"]["total"],
        "outcome": _outcome(record, cutoff, params),
        "changes": _changes(record, params),
        "objection": _objection(record, params),
        "footer": (
            f"Opgesteld op {datetime.now(UTC):%Y-%m-%d} uit de vastgelegde screening. Deze brief"
            " bevat geen gegevens over andere kandidaten, behalve de laagste score op de shortlist."
        ),
        "number": _number,
    }


def _last_run(out_dir: Path, params: dict[str, Any]) -> dict[str, Any] | None:
    runs = [e for e in read_entries(log_path(out_dir, params)) if e.get("type") == "run"]
    return runs[-1] if runs else None


def params_differ(out_dir: Path, params: dict[str, Any]) -> bool:
    """True when the run's audit log names other params than these: the letters would
    explain points with maxima the run did not use."""
    run = _last_run(out_dir, params)
    return run is not None and run.get("params_sha256") != fingerprint(params)


def write_letters(
    out_dir: Path, records: list[dict[str, Any]], params: dict[str, Any], only: str | None = None
) -> list[Path]:
    """OUT_DIR/letters/<file>.html and .txt for every record (or just `only`)."""
    shortlisted = [r["points"]["total"] for r in records if r.get("shortlisted")]
    cutoff = min(shortlisted) if shortlisted else None
    run = _last_run(out_dir, params)
    screened = run["time"][:10] if run else None
    env = environment()
    folder = Path(out_dir) / LETTERS
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for record in records:
        if only is not None and record["file"] != only:
            continue
        context = letter_context(record, params, cutoff, screened)
        for kind in ("html", "txt"):
            path = folder / f"{record['file']}.{kind}"
            path.write_text(env.get_template(f"letter.{kind}").render(**context), encoding="utf-8")
            written.append(path)
    return written
