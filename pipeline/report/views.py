"""What the templates show: records laid out as rows, summaries, a chart and fact tables.

The templates only lay out; every decision about what an analyst sees is made here.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from pipeline.cache import fingerprint
from pipeline.facts import Check, Explanation
from pipeline.filenames import output_name
from pipeline.lang.nl.months import MONTHS
from pipeline.lang.nl.roles import DOMAINS
from pipeline.report.marks import Mark, PageView
from pipeline.review import DIPLOMA_LEVELS, decisions_of, field_value, fields
from pipeline.scoring.candidate import provisional_criteria
from pipeline.scoring.criteria import (
    Criterion,
    analyst_scored,
    column,
    domains_named,
    experience_criteria,
    knockouts,
    of_kind,
    points_criteria,
    register_name,
    registration_keys,
    requirements,
    title,
)
from pipeline.scoring.experience import counts_towards

RESULT_LABELS = {"pass": "voldoet", "fail": "voldoet niet", "review": "beoordelen"}
STATUS_LABELS = {
    "ok": "ok",
    "needs_ocr": "OCR nodig",
    "unreadable": "onleesbaar",
    "unsupported": "niet ondersteund",
    "error": "fout",
}
# The role-label rules (pipeline.recognizers.role_labels) in the analyst's words.
RULE_LABELS = {
    "ambulant term": "ambulant-woord",
    "not-ambulant title": "niet-ambulante functietitel",
    "not-ambulant title, ambulant term in description":
        "niet-ambulante functietitel, ambulant-woord in de beschrijving",
    "home or neighbourhood context": "thuis, in de wijk of op school",
    "indication title": "indicatie- of toegangsfunctie",
    "indication title, ambulant term in description":
        "indicatiefunctie, ambulant-woord in de beschrijving",
    "domain term in title or employer": "woord in functie of werkgever",
    "domain work in description": "eigen werk volgens de beschrijving",
    "childcare title": "kinderopvang",
    "education title or employer": "onderwijsfunctie of -werkgever",
    "school-floor description": "werk op school volgens de beschrijving",
    "no term": "geen regelwoord",
    "one school cue only": "maar één schoolwoord",
    "paid work": "betaald werk, telt",
    "paid learning": "betaalde leerwerkplek, telt",
    "internship": "stage, telt niet",
    "volunteer": "vrijwilligerswerk, telt niet",
    "gap": "reis, verlof of tussenperiode, telt niet",
}
# What each check of an explanation (pipeline.facts.Check) looked at, for the analyst.
EXPLANATION_KEYS = {
    "counts": "telt", "period": "periode", "section": "sectie", "entry": "gelezen uit",
    "field": "richting", "level": "niveau", "completion": "afronding", "minors": "minor",
    "foreign": "buitenlands", "form": "formulier", "pattern": "patroon",
    "validation": "controle", "context": "context", "number": "nummer",
    "expiry": "afloopdatum", "rejected": "afgewezen", "renewal": "herregistratie",
    "renewal_applied": "herregistratie aangevraagd", "applied": "aangevraagd",
    "source": "bron", "first_person": "ik-vorm", "reason": "reden", "stopwords": "stopwoorden",
}
# What happened when a model met a rule (pipeline.models.combine).
MODEL_OUTCOMES = {
    "agrees": "eens met de regel",
    "disagrees": "oneens met de regel",
    "rule_stands": "regel blijft staan",
    "model_agrees": "model bevestigt",
    "filled": "model vult aan",
    "unsure": "model twijfelt",
}
_FIXED_FIELD_LABELS = {
    "candidate_name": "Naam",
    "language": "Taal",
    "pages": "Pagina's",
    "certificates": "Certificaten",
    "references": "Referenties",
    "motivation.present": "Motivatie aanwezig",
    "zzp_signal": "ZZP-signaal",
    "diplomas.add": "Diploma toegevoegd",
}


def field_labels(params: dict[str, Any]) -> dict[str, str]:
    """Every correctable field of the review file in the analyst's words, the registers and
    experience criteria named as params name them."""
    labels = dict(_FIXED_FIELD_LABELS)
    for key in registration_keys(params):
        name = register_name(key)
        labels.update({f"{key}.number": f"{name}-nummer", f"{key}.expires": f"{name} geldig tot",
                       f"{key}.applied_only": f"{name} alleen aangevraagd"})
    for criterion in experience_criteria(params):
        labels[f"experience_months.{criterion['id']}"] = \
            f"Maanden {domains_named(criterion['domains'])}"
    return labels


# The control the candidate page offers for each correctable field of the review file
# (pipeline.review.fields), by the field's name or its last part: `count1` is a whole number
# from 1, `names` a list of certificates; any other field is text.
FIELD_CONTROLS = {
    "pages": "count1",
    "expires": "date",
    "applied_only": "bool",
    "experience_months": "count",
    "certificates": "names",
    "references": "count",
    "motivation.present": "bool",
    "zzp_signal": "bool",
}


def _control(name: str) -> str:
    head, _, tail = name.partition(".")
    return FIELD_CONTROLS.get(name) or FIELD_CONTROLS.get(head) or FIELD_CONTROLS.get(tail) \
        or "text"


def field_class_labels(params: dict[str, Any]) -> dict[str, str]:
    """A diploma's field class in words: the accepted class as the diploma criterion names
    its fields."""
    diploma = of_kind(knockouts(params), "diploma")
    return {
        "accepted": diploma["fields_name"] if diploma else "richting voldoet",
        "review": "vergelijkbaar (beoordelen)",
        "unrelated": "andere richting",
    }
DIPLOMA_FIELDS = {
    "level": ("niveau", "level"),
    "completed": ("afgerond", "completed"),
    "field_class": ("richting", "field_class"),
    "name": ("naam", "text"),
}


def knockout_inputs(params: dict[str, Any]) -> dict[str, list[str]]:
    """Corrected fields each knock-out is recomputed from (pipeline.scoring.knockouts): a
    correction of one stands in for a decision until the next run has recomputed it. The
    execution condition reads the submission and an analyst knock-out nothing, which no
    correction changes."""
    inputs: dict[str, list[str]] = {}
    for criterion in knockouts(params):
        kind = criterion["kind"]
        inputs[criterion["id"]] = (
            ["diplomas"] if kind == "diploma"
            else [f"{key}." for key in criterion["registers"]] if kind == "registration"
            else [f"experience_months.{criterion['id']}"] if kind == "experience"
            else []
        )
    return inputs


def page_name(file: str, number: int, blind: bool) -> str:
    """A candidate page's file name; blind mode does not put the (name-bearing) file in it."""
    return f"kandidaat-{number:03d}.html" if blind else output_name(file, ".html")


def display_name(record: dict[str, Any], number: int, blind: bool) -> str:
    if blind:
        return f"Kandidaat {number}"
    return record.get("candidate_name") or record["file"]


def knockout_titles(params: dict[str, Any]) -> dict[str, str]:
    """Knock-out id -> "Diploma (K1)", in params order."""
    return {c["id"]: title(c) for c in knockouts(params)}


def unconfirmed(record: dict[str, Any], params: dict[str, Any]) -> list[str]:
    """Decisions of this record that are still proposals, in the analyst's words."""
    titles = knockout_titles(params)
    items = [
        f"{titles[name]}: {RESULT_LABELS.get(ko['result'], ko['result'])}"
        for name, ko in (record.get("knockouts") or {}).items()
        if ko.get("result") != "pass" and not ko.get("confirmed")
    ]
    items += [f"{c['label']}: voorlopige punten" for c in provisional_criteria(record, params)]
    return items


def _proposal(knockout: dict[str, Any]) -> str:
    """The pipeline's own result, also after an analyst decided otherwise."""
    return (knockout.get("proposal") or knockout)["result"]


def required_decisions(record: dict[str, Any], params: dict[str, Any]) -> list[str]:
    """The decisions only a person can make on this record: every knock-out the pipeline did
    not pass, and the analyst-scored points of a scored CV. Made or not, they are counted."""
    keys = [
        f"knockouts.{name}"
        for name, knockout in (record.get("knockouts") or {}).items()
        if _proposal(knockout) != "pass"
    ]
    if record.get("points"):
        keys += [f"points.{c['id']}" for c in analyst_scored(params)]
    return keys


def run_id(records: list[dict[str, Any]], params: dict[str, Any]) -> str:
    """Names the run in the pages, so decisions a browser keeps for one run never show up in
    another. Two renderings of the same outcomes (say blind and not) share it."""
    return fingerprint(params, sorted(records, key=lambda r: r["file"]))[:16]


def candidate_key(record: dict[str, Any]) -> str:
    """A browser's key for a candidate's decisions: from the file's content, not its name."""
    return str(record.get("sha256") or fingerprint(record["file"]))[:16]


def correctable_fields(record: dict[str, Any], params: dict[str, Any],
                       blind: bool) -> list[dict[str, Any]]:
    """Every field the candidate page lets an analyst correct, with its current value."""
    labels = field_labels(params)
    found = [
        {"field": name, "label": labels.get(name, name),
         "type": _control(name), "value": field_value(record, name)}
        for name in fields(params)
        if name != "diplomas.add" and not (blind and name == "candidate_name")
    ]
    for number, _ in enumerate(record.get("diplomas") or [], start=1):
        for key, (label, kind) in DIPLOMA_FIELDS.items():
            name = f"diplomas[{number}].{key}"
            found.append({"field": name, "label": f"Diploma {number}: {label}", "type": kind,
                          "value": field_value(record, name)})
    return found


def decision_labels(params: dict[str, Any]) -> dict[str, str]:
    labels = {f"knockouts.{name}": label for name, label in knockout_titles(params).items()}
    return {**labels, **{f"points.{c['id']}": title(c) for c in analyst_scored(params)}}


def candidate_decisions(
    record: dict[str, Any], run: str, params: dict[str, Any], *, blind: bool
) -> dict[str, Any]:
    """What the candidate page's decision forms need, as JSON for its script."""
    certificates = of_kind(points_criteria(params), "certificates")
    return {
        "page": "candidate",
        "run": run,
        "inputs": knockout_inputs(params),
        "blind": blind,
        "cid": candidate_key(record),
        "required": required_decisions(record, params),
        "decided": decisions_of(record),
        "labels": decision_labels(params),
        "results": RESULT_LABELS,
        "proposals": {
            name: _proposal(knockout) for name, knockout in (record.get("knockouts") or {}).items()
        },
        "points_max": {c["id"]: c["max"] for c in analyst_scored(params)},
        "fields": correctable_fields(record, params, blind),
        "field_labels": field_labels(params),
        "levels": list(DIPLOMA_LEVELS),
        "field_classes": field_class_labels(params),
        "counted": list(certificates["counted"]) if certificates else [],
        "months": MONTHS,
    }


def overview_decisions(
    records: list[dict[str, Any]], numbers: dict[str, int], run: str, params: dict[str, Any],
    *, blind: bool,
) -> dict[str, Any]:
    """What the overview's counts, export and import need, as JSON for its script."""
    return {
        "page": "overview",
        "run": run,
        "inputs": knockout_inputs(params),
        "blind": blind,
        "provisional": any(r.get("shortlist_provisional") for r in records),
        "labels": decision_labels(params),
        "scored": [c["id"] for c in analyst_scored(params)],
        "candidates": [
            {
                "cid": candidate_key(record),
                "number": numbers[record["file"]],
                "file": None if blind else record["file"],
                "required": required_decisions(record, params),
                "decided": decisions_of(record),
                "behind": bool(record.get("behind_shortlist")),
            }
            for record in records
        ],
    }


def _row(record: dict[str, Any], number: int, blind: bool,
         params: dict[str, Any]) -> dict[str, Any]:
    points = record.get("points") or {}
    results = record.get("knockouts") or {}
    name = display_name(record, number, blind)
    return {
        "number": number,
        "cid": candidate_key(record),
        "name": name,
        "file": None if blind else record["file"],
        "href": "candidates/" + quote(page_name(record["file"], number, blind)),
        "status": record.get("status"),
        "status_label": STATUS_LABELS.get(record.get("status"), record.get("status")),
        "status_detail": record.get("status_detail") or "",
        "knockouts": {c["id"]: results.get(c["id"]) for c in knockouts(params)},
        "points": {c["id"]: points.get(c["id"]) for c in points_criteria(params)},
        "provisional": {c["id"] for c in provisional_criteria(record, params)},
        "total": points.get("total"),
        "rank": record.get("rank"),
        "shortlisted": bool(record.get("shortlisted")),
        "hourly_rate": record.get("hourly_rate"),
        "flags": record.get("flags") or [],
        "unconfirmed": unconfirmed(record, params),
        "corrections": len(record.get("corrections") or []),
        "search": " ".join(
            str(x) for x in (name, None if blind else record["file"], record.get("status")) if x
        ).lower(),
    }


SERIES = (
    ("short", "shortlist", "#1f5fa8"),
    ("ranked", "gerangschikt", "#7fa7d6"),
    ("other", "niet gerangschikt", "#c4c9d0"),
)


def _series(record: dict[str, Any]) -> str:
    if record.get("shortlisted"):
        return "short"
    return "ranked" if record.get("rank") else "other"


def histogram(records: list[dict[str, Any]], maximum: float, width: int = 440,
              height: int = 170) -> dict:
    """Stacked bars of total points in ten bins from 0 to the tender's `maximum` (shortlist,
    ranked, not ranked) for an SVG."""
    step = maximum / 10
    bins = [{"low": i * step, **{key: 0 for key, _, _ in SERIES}} for i in range(10)]
    for record in records:
        total = (record.get("points") or {}).get("total")
        if total is None:
            continue
        bins[min(int(total // step), 9)][_series(record)] += 1
    top = max([sum(b[key] for key, _, _ in SERIES) for b in bins] + [1])
    left, bottom, plot_h = 34, 28, height - 40
    base = height - bottom
    bar_w = (width - left - 10) / len(bins)
    bars = []
    for i, b in enumerate(bins):
        x, y, parts = left + i * bar_w, base, []
        for key, label, color in reversed(SERIES):  # not ranked at the bottom
            h = plot_h * b[key] / top
            y -= h
            if b[key]:
                parts.append(
                    {
                        "y": round(y, 1),
                        "h": round(h, 1),
                        "color": color,
                        "title": f"{_span(b['low'], step)} punten, {label}: {b[key]}",
                    }
                )
        bars.append(
            {
                "x": round(x + 3, 1),
                "w": round(bar_w - 6, 1),
                "parts": parts,
                "top_y": round(y, 1),
                "count": sum(b[key] for key, _, _ in SERIES),
                "label": _span(b["low"], step),
                "label_x": round(x + bar_w / 2, 1),
            }
        )
    cut = [(r.get("points") or {}).get("total") for r in records if r.get("shortlisted")]
    cutoff = min(cut) if cut else None
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "series": SERIES,
        "top": top,
        "base": base,
        "plot_top": base - plot_h,
        "left": left,
        "cutoff": cutoff,
        "cut_x": round(left + (cutoff / step) * bar_w, 1) if cutoff is not None else None,
    }


def _span(low: float, step: float) -> str:
    return f"{low:g}–{low + step:g}"


def overview_context(
    records: list[dict[str, Any]],
    numbers: dict[str, int],
    params: dict[str, Any],
    *,
    blind: bool,
    run: str,
) -> dict[str, Any]:
    rows = [_row(r, numbers[r["file"]], blind, params) for r in records]
    rows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["number"]))
    knockout_counts = {
        c["id"]: Counter((r.get("knockouts") or {}).get(c["id"], {}).get("result")
                         for r in records)
        for c in knockouts(params)
    }
    shortlist = [r for r in rows if r["shortlisted"]]
    open_decisions = sum(len(r["unconfirmed"]) for r in rows)
    tender = params["tender"]
    return {
        "title": f"Screening {tender.get('id', '')} – {tender.get('title', '')}",
        "tender": params["tender"],
        "blind": blind,
        "rows": rows,
        "status_counts": Counter(r["status"] for r in rows),
        "status_labels": STATUS_LABELS,
        "knockout_counts": knockout_counts,
        "knockout_columns": [_column(c) for c in knockouts(params)],
        "criteria_columns": [_column(c) for c in points_criteria(params)],
        "shortlist": shortlist,
        "shortlist_size": params["ranking"]["shortlist_size"],
        "ranked": sum(1 for r in rows if r["rank"]),
        "provisional": any(r.get("shortlist_provisional") for r in records),
        "open_decisions": open_decisions,
        "chart": histogram(records, params["points"]["total"]),
        "total_points": params["points"]["total"],
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "run": run,
        "data": overview_decisions(records, numbers, run, params, blind=blind),
    }


def _column(criterion: Criterion) -> dict[str, Any]:
    return {"id": criterion["id"], "title": title(criterion), "column": column(criterion),
            "max": criterion.get("max")}


def _corrections_by_field(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    by_field: dict[str, list[dict[str, Any]]] = {}
    for correction in record.get("corrections") or []:
        by_field.setdefault(correction["field"], []).append(correction)
    return by_field


def role_keys(record: dict[str, Any], criterion: Criterion) -> list[str]:
    """Marks of the counting roles in an experience criterion's domains."""
    return [
        f"role-{i}"
        for i, role in enumerate(record.get("roles") or [])
        if counts_towards(role, criterion["domains"])
    ]


def _criterion_rows(record: dict[str, Any], links: dict[str, list[Mark]],
                    params: dict[str, Any]) -> list[dict]:
    """Each points criterion with its value, computation and the marks behind it."""
    months = record.get("experience_months") or {}
    points = record.get("points") or {}
    detail = record.get("points_detail") or {}
    motivation = record.get("motivation") or {}
    review_points = (record.get("review") or {}).get("points") or {}
    rows = []
    for item in points_criteria(params):
        criterion, kind = item["id"], item["kind"]
        if kind == "experience":
            value = "onbekend" if months.get(criterion) is None else f"{months[criterion]} maanden"
            keys = role_keys(record, item)
            fields = [f"experience_months.{criterion}"]
        elif kind == "certificates":
            counted = (detail.get("certificates") or {}).get("counted")
            names = (
                counted
                if counted is not None
                else [c["name"] for c in record.get("certificates") or []]
            )
            value = ", ".join(names) or "geen"
            keys = [f"certificate-{i}" for i in range(len(record.get("certificates") or []))]
            fields = ["certificates"]
        elif kind == "motivation":
            value = (
                f"aanwezig, {motivation.get('words', 0)} woorden"
                if motivation.get("present")
                else "niet gevonden"
            )
            keys = ["motivation"]
            fields = ["motivation.present"]
        else:
            value, keys, fields = "door een analist te beoordelen", [], []
        rows.append(
            {
                "key": criterion,
                "label": title(item),
                "value": value,
                "points": points.get(criterion),
                "max": item["max"],
                "reason": (detail.get(criterion) or {}).get("reason", ""),
                "provisional": bool(points.get(f"{criterion}_provisional")),
                "analyst": kind in ("motivation", "analyst"),
                "note": (review_points.get(criterion) or {}).get("reason"),
                "marks": [m for key in keys for m in links.get(key, [])],
                "fields": fields,
            }
        )
    return rows


def knockout_keys(criterion: Criterion, record: dict[str, Any]) -> list[str]:
    """The marks (fact keys) a knock-out was decided from."""
    kind = criterion["kind"]
    if kind == "diploma":
        return [f"diploma-{i}" for i in range(len(record.get("diplomas") or []))]
    if kind == "registration":
        return list(criterion["registers"])
    if kind == "execution_condition":
        return ["zzp"]
    if kind == "experience":
        return role_keys(record, criterion)
    return []


def _knockout_rows(record: dict[str, Any], links: dict[str, list[Mark]],
                   params: dict[str, Any]) -> list[dict]:
    rows = []
    for criterion in knockouts(params):
        ko = (record.get("knockouts") or {}).get(criterion["id"])
        if not ko:
            continue
        rows.append(
            {
                "key": criterion["id"],
                "label": title(criterion),
                "kind": criterion["kind"],
                "ko": ko,
                "marks": [m for key in knockout_keys(criterion, record)
                          for m in links.get(key, [])],
            }
        )
    return rows


def registration_rows(record: dict[str, Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    """The registers the tender names, each with what the CV says about it."""
    return [
        {"key": key, "name": register_name(key), "facts": record.get(key) or {}}
        for key in registration_keys(params)
    ]


def role_domains(params: dict[str, Any]) -> list[tuple[str, str]]:
    """(domain, its name) for each domain the tender's experience criteria count: the
    columns of the roles table."""
    seen: list[str] = []
    for criterion in experience_criteria(params):
        seen += [d for d in criterion["domains"] if d not in seen]
    return [(domain, DOMAINS[domain]["name"]) for domain in seen]


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == {} or value == ""


def explain_text(found: Check) -> str:
    """One check in words: the rule (in Dutch where known), the CV words that fired it, the
    pattern's score and a learned model's view of the same question."""
    rule = str(found.get("rule") or "")
    text = RULE_LABELS.get(rule, rule)
    terms = ", ".join(found.get("terms") or [])
    if terms:
        text = f"{text} ({terms})"
    if found.get("score") is not None:
        text += f", score {found['score']:.2f}"
    model = found.get("model")
    return f"{text} · {_model_text(model)}" if model else text


def _model_text(model: dict[str, Any]) -> str:
    """A model decision: its answer, probability, agreement with the rule and top features."""
    parts = [f"model {model.get('name') or ''}".strip()]
    if isinstance(model.get("value"), bool):
        parts[0] += f": {'ja' if model['value'] else 'nee'}"
    if isinstance(model.get("probability"), int | float):
        parts.append(f"p = {model['probability']:.2f}")
    if model.get("outcome"):
        parts.append(MODEL_OUTCOMES.get(model["outcome"], str(model["outcome"])))
    features = model.get("top_features") or model.get("features")
    if features:
        parts.append("kenmerken: " + ", ".join(
            f"{f[0]} ({f[1]:+.2f})" if isinstance(f, list | tuple) else str(f) for f in features))
    if model.get("trained_on"):
        parts.append(f"getraind op {str(model['trained_on'])[:8]}")
    return ", ".join(parts)


def _explanation_items(explanation: Explanation | None) -> list[tuple[str, str]]:
    """Each check of an explanation as (what was checked, in words)."""
    return [(EXPLANATION_KEYS.get(key, key), explain_text(found))
            for key, found in (explanation or {}).items() if found]


def candidate_context(
    record: dict[str, Any],
    number: int,
    params: dict[str, Any],
    *,
    blind: bool,
    text: str,
    marks: list[Mark],
    links: dict[str, list[Mark]],
    pages: list[PageView],
    run: str,
) -> dict[str, Any]:
    def snippet(mark: Mark) -> str:
        return " ".join(text[mark.start : mark.end].split())

    corrections = record.get("corrections") or []
    data = candidate_decisions(record, run, params, blind=blind)
    labels = {c["id"]: c["label"] for c in requirements(params)}
    return {
        "title": display_name(record, number, blind),
        "record": record,
        "number": number,
        "blind": blind,
        "tender": params["tender"],
        "status_label": STATUS_LABELS.get(record.get("status"), record.get("status")),
        "knockouts": _knockout_rows(record, links, params),
        "requirements": [
            (labels.get(name, name), requirement)
            for name, requirement in (record.get("requirements") or {}).items()
        ],
        "criteria": _criterion_rows(record, links, params),
        "registrations": registration_rows(record, params),
        "domains": role_domains(params),
        "field_classes": field_class_labels(params),
        "points": record.get("points") or {},
        "links": links,
        "marks": marks,
        "snippet": snippet,
        "pages": pages,
        "corrections": corrections,
        "corrected": _corrections_by_field(record),
        "field_labels": data["field_labels"],
        "explain": _explanation_items,
        "unconfirmed": unconfirmed(record, params),
        "review": record.get("review") or {},
        "has_text": bool(text),
        "proposals": {name: _proposal(ko) for name, ko in (record.get("knockouts") or {}).items()},
        "fields": data["fields"],
        "data": data,
    }
