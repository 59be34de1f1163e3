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
from pipeline.report.marks import Mark, PageView
from pipeline.review import DIPLOMA_LEVELS, FIELDS, decisions_of, field_value

KNOCKOUT_LABELS = {
    "diploma": "Diploma (K1)",
    "skj": "SKJ-registratie (K2)",
    "execution_condition": "Uitvoeringsvoorwaarde (K3)",
}
REQUIREMENT_LABELS = {
    "max_pages": "Maximaal aantal pagina's",
    "dutch": "Nederlandstalig",
    "references": "Referenties",
}
CRITERIA = {
    "ambulant": "Ambulante ervaring (S4)",
    "onderwijs": "Onderwijservaring (S5)",
    "certificates": "Certificaten (S6)",
    "motivation": "Motivatie (S7)",
}
SHORT_LABELS = {
    "diploma": "K1 Diploma",
    "skj": "K2 SKJ",
    "execution_condition": "K3 Uitvoering",
    "ambulant": "S4 Ambulant",
    "onderwijs": "S5 Onderwijs",
    "certificates": "S6 Certif.",
    "motivation": "S7 Motivatie",
}
RESULT_LABELS = {"pass": "voldoet", "fail": "voldoet niet", "review": "beoordelen"}
FIELD_CLASS_LABELS = {
    "accepted": "pedagogisch",
    "review": "vergelijkbaar (beoordelen)",
    "unrelated": "andere richting",
}
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
FIELD_LABELS = {
    "candidate_name": "Naam",
    "language": "Taal",
    "pages": "Pagina's",
    "skj.number": "SKJ-nummer",
    "skj.expires": "SKJ geldig tot",
    "skj.applied_only": "SKJ alleen aangevraagd",
    "experience_months.ambulant": "Maanden ambulant",
    "experience_months.onderwijs": "Maanden onderwijs",
    "certificates": "Certificaten",
    "references": "Referenties",
    "motivation.present": "Motivatie aanwezig",
    "zzp_signal": "ZZP-signaal",
    "diplomas.add": "Diploma toegevoegd",
}


# The control the candidate page offers for each correctable field of the review file
# (pipeline.review.FIELDS): `count1` is a whole number from 1, `names` a list of certificates;
# any other field is text.
FIELD_CONTROLS = {
    "pages": "count1",
    "skj.expires": "date",
    "skj.applied_only": "bool",
    "experience_months.ambulant": "count",
    "experience_months.onderwijs": "count",
    "certificates": "names",
    "references": "count",
    "motivation.present": "bool",
    "zzp_signal": "bool",
}
DIPLOMA_FIELDS = {
    "level": ("niveau", "level"),
    "completed": ("afgerond", "completed"),
    "field_class": ("richting", "field_class"),
    "name": ("naam", "text"),
}


# Corrected fields a knock-out is recomputed from (pipeline.scoring.knockouts): a correction
# of one stands in for a decision until the next run has recomputed it. K3 reads the
# submission, which no correction changes.
KNOCKOUT_INPUTS = {"diploma": ["diplomas"], "skj": ["skj."], "execution_condition": []}


def page_name(file: str, number: int, blind: bool) -> str:
    """A candidate page's file name; blind mode does not put the (name-bearing) file in it."""
    return f"kandidaat-{number:03d}.html" if blind else output_name(file, ".html")


def display_name(record: dict[str, Any], number: int, blind: bool) -> str:
    if blind:
        return f"Kandidaat {number}"
    return record.get("candidate_name") or record["file"]


def unconfirmed(record: dict[str, Any]) -> list[str]:
    """Decisions of this record that are still proposals, in the analyst's words."""
    items = [
        f"{KNOCKOUT_LABELS[name]}: {RESULT_LABELS.get(ko['result'], ko['result'])}"
        for name, ko in (record.get("knockouts") or {}).items()
        if ko.get("result") != "pass" and not ko.get("confirmed")
    ]
    if (record.get("points") or {}).get("motivation_provisional"):
        items.append("Motivatie: voorlopige punten")
    return items


def _proposal(knockout: dict[str, Any]) -> str:
    """The pipeline's own result, also after an analyst decided otherwise."""
    return (knockout.get("proposal") or knockout)["result"]


def required_decisions(record: dict[str, Any]) -> list[str]:
    """The decisions only a person can make on this record: every knock-out the pipeline did
    not pass, and the motivation score of a scored CV. Made or not, they are counted."""
    keys = [
        f"knockouts.{name}"
        for name, knockout in (record.get("knockouts") or {}).items()
        if _proposal(knockout) != "pass"
    ]
    return [*keys, "motivation"] if record.get("points") else keys


def run_id(records: list[dict[str, Any]], params: dict[str, Any]) -> str:
    """Names the run in the pages, so decisions a browser keeps for one run never show up in
    another. Two renderings of the same outcomes (say blind and not) share it."""
    return fingerprint(params, sorted(records, key=lambda r: r["file"]))[:16]


def candidate_key(record: dict[str, Any]) -> str:
    """A browser's key for a candidate's decisions: from the file's content, not its name."""
    return str(record.get("sha256") or fingerprint(record["file"]))[:16]


def correctable_fields(record: dict[str, Any], blind: bool) -> list[dict[str, Any]]:
    """Every field the candidate page lets an analyst correct, with its current value."""
    fields = [
        {"field": name, "label": FIELD_LABELS.get(name, name),
         "type": FIELD_CONTROLS.get(name, "text"), "value": field_value(record, name)}
        for name in FIELDS
        if name != "diplomas.add" and not (blind and name == "candidate_name")
    ]
    for number, _ in enumerate(record.get("diplomas") or [], start=1):
        for key, (label, kind) in DIPLOMA_FIELDS.items():
            name = f"diplomas[{number}].{key}"
            fields.append({"field": name, "label": f"Diploma {number}: {label}", "type": kind,
                           "value": field_value(record, name)})
    return fields


def decision_labels() -> dict[str, str]:
    labels = {f"knockouts.{name}": label for name, label in KNOCKOUT_LABELS.items()}
    return {**labels, "motivation": CRITERIA["motivation"]}


def candidate_decisions(
    record: dict[str, Any], run: str, params: dict[str, Any], *, blind: bool
) -> dict[str, Any]:
    """What the candidate page's decision forms need, as JSON for its script."""
    fields = correctable_fields(record, blind)
    return {
        "page": "candidate",
        "run": run,
        "inputs": KNOCKOUT_INPUTS,
        "blind": blind,
        "cid": candidate_key(record),
        "required": required_decisions(record),
        "decided": decisions_of(record),
        "labels": decision_labels(),
        "results": RESULT_LABELS,
        "proposals": {
            name: _proposal(knockout) for name, knockout in (record.get("knockouts") or {}).items()
        },
        "motivation_max": params["points"]["motivation"]["max"],
        "fields": fields,
        "field_labels": FIELD_LABELS,
        "levels": list(DIPLOMA_LEVELS),
        "field_classes": FIELD_CLASS_LABELS,
        "counted": list(params["points"]["certificates"]["counted"]),
        "months": MONTHS,
    }


def overview_decisions(
    records: list[dict[str, Any]], numbers: dict[str, int], run: str, *, blind: bool
) -> dict[str, Any]:
    """What the overview's counts, export and import need, as JSON for its script."""
    return {
        "page": "overview",
        "run": run,
        "inputs": KNOCKOUT_INPUTS,
        "blind": blind,
        "provisional": any(r.get("shortlist_provisional") for r in records),
        "labels": decision_labels(),
        "candidates": [
            {
                "cid": candidate_key(record),
                "number": numbers[record["file"]],
                "file": None if blind else record["file"],
                "required": required_decisions(record),
                "decided": decisions_of(record),
                "behind": bool(record.get("behind_shortlist")),
            }
            for record in records
        ],
    }


def _row(record: dict[str, Any], number: int, blind: bool) -> dict[str, Any]:
    points = record.get("points") or {}
    knockouts = record.get("knockouts") or {}
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
        "knockouts": {name: knockouts.get(name) for name in KNOCKOUT_LABELS},
        "points": {c: points.get(c) for c in CRITERIA},
        "motivation_provisional": bool(points.get("motivation_provisional")),
        "total": points.get("total"),
        "rank": record.get("rank"),
        "shortlisted": bool(record.get("shortlisted")),
        "hourly_rate": record.get("hourly_rate"),
        "flags": record.get("flags") or [],
        "unconfirmed": unconfirmed(record),
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


def histogram(records: list[dict[str, Any]], width: int = 440, height: int = 170) -> dict:
    """Stacked bars of total points in bins of 10 (shortlist, ranked, not ranked) for an SVG."""
    bins = [{"low": low, **{key: 0 for key, _, _ in SERIES}} for low in range(0, 100, 10)]
    for record in records:
        total = (record.get("points") or {}).get("total")
        if total is None:
            continue
        bins[min(int(total // 10), 9)][_series(record)] += 1
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
                        "title": f"{b['low']}–{b['low'] + 10} punten, {label}: {b[key]}",
                    }
                )
        bars.append(
            {
                "x": round(x + 3, 1),
                "w": round(bar_w - 6, 1),
                "parts": parts,
                "top_y": round(y, 1),
                "count": sum(b[key] for key, _, _ in SERIES),
                "label": f"{b['low']}–{b['low'] + 10}",
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
        "cut_x": round(left + (cutoff / 10) * bar_w, 1) if cutoff is not None else None,
    }


def overview_context(
    records: list[dict[str, Any]],
    numbers: dict[str, int],
    params: dict[str, Any],
    *,
    blind: bool,
    run: str,
) -> dict[str, Any]:
    rows = [_row(r, numbers[r["file"]], blind) for r in records]
    rows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["number"]))
    knockout_counts = {
        name: Counter((r.get("knockouts") or {}).get(name, {}).get("result") for r in records)
        for name in KNOCKOUT_LABELS
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
        "criteria": CRITERIA,
        "short_labels": SHORT_LABELS,
        "shortlist": shortlist,
        "shortlist_size": params["ranking"]["shortlist_size"],
        "ranked": sum(1 for r in rows if r["rank"]),
        "provisional": any(r.get("shortlist_provisional") for r in records),
        "open_decisions": open_decisions,
        "chart": histogram(records),
        "max_points": {c: params["points"][c]["max"] for c in CRITERIA},
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "run": run,
        "data": overview_decisions(records, numbers, run, blind=blind),
    }


def _corrections_by_field(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    by_field: dict[str, list[dict[str, Any]]] = {}
    for correction in record.get("corrections") or []:
        by_field.setdefault(correction["field"], []).append(correction)
    return by_field


def _criterion_rows(record: dict[str, Any], links: dict[str, list[Mark]]) -> list[dict]:
    """Each points criterion with its value, computation and the marks behind it."""
    months = record.get("experience_months") or {}
    points = record.get("points") or {}
    detail = record.get("points_detail") or {}
    roles = record.get("roles") or []
    motivation = record.get("motivation") or {}
    rows = []
    for criterion, label in CRITERIA.items():
        if criterion in ("ambulant", "onderwijs"):
            value = "onbekend" if months.get(criterion) is None else f"{months[criterion]} maanden"
            keys = [
                f"role-{i}"
                for i, role in enumerate(roles)
                if role.get(criterion) and role.get("counts")
            ]
            fields = [f"experience_months.{criterion}"]
        elif criterion == "certificates":
            counted = (detail.get("certificates") or {}).get("counted")
            names = (
                counted
                if counted is not None
                else [c["name"] for c in record.get("certificates") or []]
            )
            value = ", ".join(names) or "geen"
            keys = [f"certificate-{i}" for i in range(len(record.get("certificates") or []))]
            fields = ["certificates"]
        else:
            value = (
                f"aanwezig, {motivation.get('words', 0)} woorden"
                if motivation.get("present")
                else "niet gevonden"
            )
            keys = ["motivation"]
            fields = ["motivation.present"]
        rows.append(
            {
                "key": criterion,
                "label": label,
                "value": value,
                "points": points.get(criterion),
                "reason": (detail.get(criterion) or {}).get("reason", ""),
                "provisional": criterion == "motivation" and points.get("motivation_provisional"),
                "marks": [m for key in keys for m in links.get(key, [])],
                "fields": fields,
            }
        )
    return rows


def _knockout_keys(name: str, record: dict[str, Any]) -> list[str]:
    if name == "diploma":
        return [f"diploma-{i}" for i in range(len(record.get("diplomas") or []))]
    if name == "skj":
        return ["skj"]
    return ["zzp"]


def _knockout_rows(record: dict[str, Any], links: dict[str, list[Mark]]) -> list[dict]:
    rows = []
    for name, label in KNOCKOUT_LABELS.items():
        ko = (record.get("knockouts") or {}).get(name)
        if not ko:
            continue
        rows.append(
            {
                "key": name,
                "label": label,
                "ko": ko,
                "marks": [m for key in _knockout_keys(name, record) for m in links.get(key, [])],
            }
        )
    return rows


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
    return {
        "title": display_name(record, number, blind),
        "record": record,
        "number": number,
        "blind": blind,
        "tender": params["tender"],
        "status_label": STATUS_LABELS.get(record.get("status"), record.get("status")),
        "knockouts": _knockout_rows(record, links),
        "requirements": [
            (REQUIREMENT_LABELS.get(name, name), requirement)
            for name, requirement in (record.get("requirements") or {}).items()
        ],
        "criteria": _criterion_rows(record, links),
        "points": record.get("points") or {},
        "max_points": {c: params["points"][c]["max"] for c in CRITERIA},
        "links": links,
        "marks": marks,
        "snippet": snippet,
        "pages": pages,
        "corrections": corrections,
        "corrected": _corrections_by_field(record),
        "field_labels": FIELD_LABELS,
        "explain": _explanation_items,
        "unconfirmed": unconfirmed(record),
        "review": record.get("review") or {},
        "has_text": bool(text),
        "proposals": {name: _proposal(ko) for name, ko in (record.get("knockouts") or {}).items()},
        "fields": data["fields"],
        "data": data,
    }
