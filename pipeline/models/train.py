"""Train the section-heading and role-domain classifiers from data/annotations/ (DVC `train`).

    python -m pipeline.models.train --params params.yaml

For each task a few candidates (word n-grams alone, word plus character n-grams; a few C
values) are cross-validated with a seeded StratifiedKFold and the best macro-F1 is kept:
character n-grams carry Dutch compounds and inflections ("gezinsbegeleiding", "gezinnen")
that whole words miss, but only the figures decide. The winner is fitted on all data and
written as JSON (see pipeline.models.linear) with its cross-validated precision, recall and F1
per label in models/metrics.json. The saved spaCy pipeline models/cvscreen-nl/ is blank Dutch
with the lookup lemmatizer and both model components, their weights inside it.
Same data and params give the same files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold
from threadpoolctl import threadpool_limits

from pipeline.models.linear import LinearTextModel, make_vectorizer, normalize
from pipeline.models.role_domain_component import ROLE_LABELS
from pipeline.models.section_model_component import NOT_HEADING
from pipeline.params import load_params

MAX_ITER = 5000


def role_text(example: dict[str, Any]) -> str:
    """The words a role block holds: title, employer, description, one per line."""
    return "\n".join(
        str(example[key]) for key in ("title", "employer", "description") if example.get(key)
    )


def load_headings(path: Path) -> tuple[list[str], list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row["heading"] for row in rows], [row["label"] for row in rows]


def load_roles(path: Path) -> tuple[list[str], np.ndarray]:
    examples = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    targets = np.array([[bool(e[label]) for label in ROLE_LABELS] for e in examples])
    return [role_text(e) for e in examples], targets


def fit(
    texts: list[str], targets: np.ndarray, labels: list[str], multi_label: bool,
    specs: list[dict[str, Any]], c: float, seed: int,
) -> LinearTextModel:
    """Vectorizers and logistic regression(s) on all `texts`; `targets` are label indices
    (one label) or a boolean matrix (multi-label, one binary regression per column)."""
    docs = [normalize(t) for t in texts]
    vectorizers = [make_vectorizer(spec) for spec in specs]
    features = sparse.hstack([v.fit_transform(docs) for v in vectorizers]).tocsr()

    def regression() -> LogisticRegression:
        return LogisticRegression(
            C=c, class_weight="balanced", max_iter=MAX_ITER, random_state=seed
        )

    if multi_label:
        rows, bias = [], []
        for column in range(len(labels)):
            model = regression().fit(features, targets[:, column])
            rows.append(model.coef_[0])
            bias.append(model.intercept_[0])
        coef, intercept = np.vstack(rows), np.array(bias)
    else:
        model = regression().fit(features, targets)
        order = [list(model.classes_).index(i) for i in range(len(labels))]
        coef, intercept = model.coef_[order], model.intercept_[order]
    return LinearTextModel(labels, multi_label, specs, vectorizers, coef, intercept)


def cross_validate(
    texts: list[str], targets: np.ndarray, labels: list[str], multi_label: bool,
    specs: list[dict[str, Any]], c: float, seed: int, folds: int,
) -> np.ndarray:
    """Out-of-fold probabilities (texts, labels): each text scored by a model that never saw it."""
    held_out = np.zeros((len(texts), len(labels)))
    columns = range(len(labels)) if multi_label else [None]
    for column in columns:
        y = targets if column is None else targets[:, column]
        splits = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
        for train, test in splits.split(texts, y):
            chosen = [texts[i] for i in train]
            if column is None:
                model = fit(chosen, y[train], labels, False, specs, c, seed)
                held_out[test] = model.predict_proba([texts[i] for i in test])
            else:
                model = fit(chosen, y[train, None], [labels[column]], True, specs, c, seed)
                held_out[test, column] = model.predict_proba([texts[i] for i in test])[:, 0]
    return held_out


def decide(probabilities: np.ndarray, multi_label: bool) -> np.ndarray:
    """Predicted labels: each label at 0.5 (multi-label) or the most probable one."""
    return probabilities >= 0.5 if multi_label else probabilities.argmax(axis=1)


def operating_point(
    targets: np.ndarray, probabilities: np.ndarray, labels: list[str], multi_label: bool,
    min_probability: float,
) -> dict[str, Any]:
    """How the model does where the pipeline lets it act alone (probability >= threshold):
    role labels: share of values decided and their accuracy; headings: section labels
    proposed, how many right, and non-headings taken for headings."""
    if multi_label:
        result: dict[str, Any] = {"min_probability": min_probability}
        for column, label in enumerate(labels):
            p = probabilities[:, column]
            sure = np.maximum(p, 1 - p) >= min_probability
            right = (p[sure] >= 0.5) == targets[sure, column]
            result[label] = {
                "decided_share": round(float(sure.mean()), 3),
                "accuracy_when_decided": round(float(right.mean()) if sure.any() else 0.0, 3),
            }
        return result
    none = labels.index(NOT_HEADING)
    top = probabilities.argmax(axis=1)
    proposed = (probabilities.max(axis=1) >= min_probability) & (top != none)
    correct = int((top[proposed] == targets[proposed]).sum())
    return {
        "min_probability": min_probability,
        "proposed": int(proposed.sum()),
        "correct": correct,
        "precision": round(correct / max(1, int(proposed.sum())), 3),
        "non_headings_taken": int((targets[proposed] == none).sum()),
        "coverage_of_headings": round(correct / max(1, int((targets != none).sum())), 3),
    }


def label_metrics(
    targets: np.ndarray, predicted: np.ndarray, labels: list[str], multi_label: bool
) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support per label (multi-label: of the label being true)."""
    result = {}
    for index, label in enumerate(labels):
        truth = targets[:, index] if multi_label else targets == index
        guess = predicted[:, index] if multi_label else predicted == index
        p, r, f, _ = precision_recall_fscore_support(
            truth, guess, average="binary", zero_division=0
        )
        result[label] = {
            "precision": round(float(p), 3), "recall": round(float(r), 3),
            "f1": round(float(f), 3), "support": int(truth.sum()),
        }
    return result


def macro_f1(targets: np.ndarray, predicted: np.ndarray, multi_label: bool) -> float:
    if multi_label:
        return float(np.mean([
            f1_score(targets[:, i], predicted[:, i], zero_division=0)
            for i in range(targets.shape[1])
        ]))
    return float(f1_score(targets, predicted, average="macro", zero_division=0))


def train_task(
    name: str, texts: list[str], targets: np.ndarray, labels: list[str], multi_label: bool,
    settings: dict[str, Any], data_sha256: str, min_probability: float,
) -> tuple[LinearTextModel, dict[str, Any]]:
    """Cross-validate every candidate, fit the best on all data; return it with its metrics."""
    seed, folds = int(settings["seed"]), int(settings["folds"])
    scores: dict[str, float] = {}
    best: tuple[float, str, list[dict[str, Any]], float, np.ndarray] | None = None
    for space, specs in settings["candidates"].items():
        for c in settings["c_values"]:
            held_out = cross_validate(texts, targets, labels, multi_label, specs, c, seed, folds)
            score = macro_f1(targets, decide(held_out, multi_label), multi_label)
            key = f"{space}/C={c}"
            scores[key] = round(score, 4)
            if best is None or score > best[0] + 1e-9:
                best = (score, key, specs, c, held_out)
    assert best is not None
    score, key, specs, c, held_out = best
    model = fit(texts, targets, labels, multi_label, specs, c, seed)
    model.meta.update({
        "name": name, "candidate": key, "data_sha256": data_sha256, "examples": len(texts),
        "seed": seed, "folds": folds,
    })
    metrics = {
        "chosen": key,
        "examples": len(texts),
        "macro_f1": round(score, 3),
        "labels": label_metrics(targets, decide(held_out, multi_label), labels, multi_label),
        "at_threshold": operating_point(targets, held_out, labels, multi_label, min_probability),
        "candidates": scores,
    }
    return model, metrics


def save_spacy_pipeline(
    out: Path, heading_model: Path, role_model: Path, params: dict[str, Any]
) -> None:
    """Blank Dutch + lookup lemmatizer + both model components, saved like any spaCy pipeline
    so `spacy.load(out)` (and params nlp.models) loads it as it would nl_core_news_lg."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    sections = nlp.add_pipe(
        "cvscreen_section_model_v1", name="section_model",
        config={"min_probability": params["train"]["section_min_probability"]},
    )
    roles = nlp.add_pipe(
        "cvscreen_role_model_v1", name="role_model",
        config={"min_probability": params["roles"]["model_min_probability"]},
    )
    sections.model = LinearTextModel.from_json(heading_model)  # saved inside the folder
    roles.model = LinearTextModel.from_json(role_model)
    nlp.meta.update({"name": "cvscreen", "version": "0.1.0",
                     "description": "Blank Dutch with cvscreen's trained heading and role models"})
    nlp.to_disk(out)


def _sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def run(params: dict[str, Any]) -> dict[str, Any]:
    """Train both tasks per params["train"]; write models, metrics and the spaCy pipeline."""
    settings = params["train"]
    headings_path, roles_path = Path(settings["headings"]), Path(settings["roles"])
    out = Path(settings["out"])
    out.mkdir(parents=True, exist_ok=True)

    heading_texts, heading_labels = load_headings(headings_path)
    labels = sorted(set(heading_labels))
    heading_targets = np.array([labels.index(label) for label in heading_labels])
    heading_model, heading_metrics = train_task(
        "section_heading", heading_texts, heading_targets, labels, False, settings,
        _sha256(headings_path), settings["section_min_probability"],
    )
    role_texts, role_targets = load_roles(roles_path)
    role_model, role_metrics = train_task(
        "role_domain", role_texts, role_targets, list(ROLE_LABELS), True, settings,
        _sha256(roles_path), params["roles"]["model_min_probability"],
    )
    heading_model.to_json(out / "section_heading.json")
    role_model.to_json(out / "role_domain.json")
    metrics = {"section_heading": heading_metrics, "role_domain": role_metrics}
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    save_spacy_pipeline(
        out / "cvscreen-nl", out / "section_heading.json", out / "role_domain.json", params
    )
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", default="params.yaml")
    args = parser.parse_args(argv)
    with threadpool_limits(limits=1):  # tiny problems: BLAS threads only contend (and vary)
        metrics = run(load_params(args.params))
    for task, figures in metrics.items():
        print(f"{task}: {figures['chosen']} macro-F1 {figures['macro_f1']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
