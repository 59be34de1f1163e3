"""Stage score: facts + submissions + review + params -> candidates, ranking, metrics."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from pipeline.atomic import write_text_atomic
from pipeline.audit import record_run
from pipeline.batch import Failed, Limits, guarded_call
from pipeline.outputs import batch_metrics, write_candidates, write_plot_data, write_ranking
from pipeline.params import load_params
from pipeline.review import Review, apply_review, load_review
from pipeline.scoring import rank_candidates, score_candidate
from pipeline.scoring.tender_view import tender_view
from pipeline.stages.common import read_json_folder
from pipeline.submissions import Submission, read_submissions, submission_for, without_cv


def score_limits(params: dict[str, Any]) -> Limits:
    limits = params.get("limits", {})
    return Limits(
        seconds=float(limits.get("score_timeout_seconds", 0)),
        memory_mb=float(limits.get("memory_mb", 0)),
    )


def failed_record(record: dict[str, Any], detail: str) -> dict[str, Any]:
    """A record whose scoring failed: status error, no decision, no points."""
    return {
        **record,
        "status": "error",
        "status_detail": f"scoring failed: {detail}",
        "knockouts": {},
        "requirements": {},
        "points": None,
        "points_detail": {},
        "flags": [],
    }


def _scored(
    record: dict[str, Any],
    review: Review | None,
    submissions: dict[str, Submission],
    params: dict[str, Any],
) -> dict[str, Any]:
    record = tender_view(record, params)
    record = apply_review(record, review) if review else record
    return score_candidate(record, submission_for(submissions, record["file"]), params)


def run(
    facts: list[dict[str, Any]],
    out_dir: Path,
    params: dict[str, Any],
    submissions_path: Path | None = None,
    review_path: Path | None = None,
) -> list[dict[str, Any]]:
    """Score and rank every record; write the contract's files into `out_dir`."""
    submissions = read_submissions(submissions_path, params.get("limits"))
    review = load_review(review_path, facts, params) if review_path else None
    limits = score_limits(params)
    records = []
    for record in facts:
        result = guarded_call(lambda r: _scored(r, review, submissions, params), record, limits)
        records.append(failed_record(record, result.detail) if isinstance(result, Failed)
                       else result)
    rank_candidates(records, params)
    out_dir = Path(out_dir)
    write_candidates(out_dir / "candidates.jsonl", records)
    write_ranking(out_dir / "ranking.csv", records, params)
    metrics = batch_metrics(records, params)
    metrics["submissions_without_cv"] = len(without_cv(submissions, [r["file"] for r in facts]))
    write_text_atomic(out_dir / "metrics.json", json.dumps(metrics, indent=1) + "\n")
    write_plot_data(out_dir, records, params)
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--facts", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--params", type=Path, default=None)
    parser.add_argument("--submissions", type=Path, default=None)
    parser.add_argument("--review", type=Path, default=None)
    args = parser.parse_args(argv)
    review = args.review if args.review and args.review.exists() else None
    submissions = args.submissions if args.submissions and args.submissions.exists() else None
    params = load_params(args.params)
    records = run(read_json_folder(args.facts), args.out, params, submissions, review)
    record_run(records, args.out, params, submissions=submissions, review=review)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
