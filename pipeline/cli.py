"""Command line: parse arguments, call the pipeline, print. No screening logic here."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from pipeline.outputs import batch_metrics, read_candidates
from pipeline.params import ParamsError, load_params
from pipeline.review import ReviewError
from pipeline.safe_text import for_terminal
from pipeline.submissions import SubmissionsError, read_submissions, without_cv


class UsageError(Exception):
    """The run cannot be done as asked; the message says what to fix."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cvscreen", description="Screen Dutch CVs for a tender.")
    commands = parser.add_subparsers(dest="command", required=True)

    screen = commands.add_parser("screen", help="screen a folder of CVs")
    screen.add_argument("input_dir", type=Path)
    screen.add_argument("--out", type=Path, required=True)
    screen.add_argument("--submissions", type=Path, default=None)
    screen.add_argument("--params", type=Path, default=None)
    screen.add_argument("--review", type=Path, default=None)
    screen.add_argument("--workers", type=int, default=1)
    screen.add_argument("--blind", action="store_true", help="hide names and contact details")
    screen.add_argument("--quiet", action="store_true", help="no progress lines")
    screen.add_argument("--analyst", default=None, help="who runs it (default: the login name)")

    evaluate = commands.add_parser("evaluate", help="compare a run with gold answers")
    evaluate.add_argument("gold_dir", type=Path)
    evaluate.add_argument("out_dir", type=Path)
    evaluate.add_argument("--json", type=Path, default=None, help="also write the figures here")

    review = commands.add_parser("review", help="analyst review file")
    review_commands = review.add_subparsers(dest="review_command", required=True)
    init = review_commands.add_parser("init", help="write a review template for a run")
    init.add_argument("out_dir", type=Path, help="a screening run's output folder")
    init.add_argument("--file", type=Path, default=None, help="default: OUT_DIR/review.yaml")
    init.add_argument("--params", type=Path, default=None)

    explain = commands.add_parser("explain", help="write a letter per candidate explaining it")
    explain.add_argument("out_dir", type=Path, help="a screening run's output folder")
    explain.add_argument("--candidate", default=None, help="only this file of the batch")
    explain.add_argument("--params", type=Path, default=None)

    purge = commands.add_parser("purge", help="remove candidates' data after the retention time")
    purge.add_argument("out_dir", type=Path, help="a screening run's output folder")
    purge.add_argument("--older-than", required=True, help="e.g. 4w or 28d since the last run")
    purge.add_argument("--keep", choices=["shortlisted"], default=None)
    purge.add_argument("--yes", action="store_true", help="delete; without it a dry run lists")
    purge.add_argument("--analyst", default=None, help="who purges (default: the login name)")
    purge.add_argument("--params", type=Path, default=None)

    tender = commands.add_parser("tender", help="a tender's params file")
    tender_commands = tender.add_subparsers(dest="tender_command", required=True)
    draft = tender_commands.add_parser("draft", help="draft params from a tender text")
    draft.add_argument("tender_text", type=Path, help="the tender as text (Flextender shape)")
    draft.add_argument("--out", type=Path, default=None, help="default: print the draft")
    draft.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    draft.add_argument("--template", type=Path, default=None,
                       help="params whose CV-reading sections the draft copies (default: "
                            "params.yaml)")

    audit = commands.add_parser("audit", help="the run's audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser("verify", help="check the log's hash chain")
    verify.add_argument("out_dir", type=Path, help="a run's output folder, or the log itself")
    verify.add_argument("--params", type=Path, default=None)
    return parser


def _summary(records: list[dict[str, Any]], out_dir: Path, params: dict[str, Any]) -> str:
    limit = int(params.get("limits", {}).get("terminal_list_max", 10))
    metrics = batch_metrics(records, params)
    lines = [
        f"{metrics['files']} bestanden: "
        + ", ".join(f"{status} {count}" for status, count in sorted(metrics["status"].items()))
    ]
    for name, counts in metrics["knockouts"].items():
        lines.append(
            f"  knock-out {name:<20} pass {counts['pass']:>3}  fail {counts['fail']:>3}"
            f"  review {counts['review']:>3}"
        )
    shortlist = sorted((r for r in records if r.get("shortlisted")), key=lambda r: r["rank"])
    provisional = (
        " (voorlopig)" if any(r.get("shortlist_provisional") for r in records) else " (definitief)"
    )
    lines.append(f"Shortlist{provisional}: {len(shortlist)} van {metrics['ranked']} gerangschikt")
    lines += [
        f"  {r['rank']:>2}. {for_terminal(r['file']):<28} {r['points']['total']:6.1f} punten"
        for r in shortlist
    ]
    not_ok = [
        f"{for_terminal(r['file'])}: {r['status']} - {for_terminal(r['status_detail'])}"
        for r in records
        if r["status"] != "ok"
    ]
    lines += _first_few(not_ok, "bestanden niet gelezen", limit)
    shown = for_terminal(out_dir)
    lines.append(f"Uitvoer: {shown}/candidates.jsonl, ranking.csv, report/index.html")
    return "\n".join(lines)


def _first_few(items: list[str], what: str, limit: int) -> list[str]:
    """'  ! item' lines for the first `limit` items, then one line counting the rest."""
    lines = [f"  ! {item}" for item in items[:limit]]
    if len(items) > limit:
        lines.append(f"  ! ... en nog {len(items) - limit} {what} (zie candidates.jsonl)")
    return lines


def _screen(args: argparse.Namespace) -> int:
    from pipeline.screen import screen

    if not args.input_dir.is_dir():
        raise UsageError(f"input folder {args.input_dir} does not exist or is not a folder")
    for label, path in (("submissions", args.submissions), ("review", args.review)):
        if path is not None and path.is_dir():
            raise UsageError(f"{label} file {for_terminal(path)} is a folder, not a file")
        if path is not None and not path.is_file():
            raise UsageError(f"{label} file {for_terminal(path)} does not exist")
    if args.workers < 1:
        raise UsageError("--workers must be 1 or more")
    params = load_params(args.params)
    result = screen(
        args.input_dir,
        args.out,
        params,
        submissions=args.submissions,
        review=args.review,
        workers=args.workers,
        blind=args.blind,
        progress=not args.quiet,
        analyst=args.analyst,
    )
    limit = int(params.get("limits", {}).get("terminal_list_max", 10))
    print(_summary(result.records, args.out, params))
    print(f"Auditlog: {for_terminal(result.audit_log)}")
    submitted = read_submissions(result.submissions, params.get("limits"))
    missing = without_cv(submitted, [r["file"] for r in result.records])
    lines = [
        f"{for_terminal(name)}: staat in submissions.csv, maar het bestand is niet aangeleverd"
        for name in missing
    ]
    for line in _first_few(lines, "regels in submissions.csv zonder aangeleverd cv", limit):
        print(line)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import evaluate, format_report

    if not (args.out_dir / "candidates.jsonl").is_file():
        raise UsageError(f"{args.out_dir} holds no candidates.jsonl; run `cvscreen screen` first")
    result = evaluate(args.gold_dir, args.out_dir)
    print(format_report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def _review_init(args: argparse.Namespace) -> int:
    from pipeline.review import init_review

    records = _run_records(args.out_dir)
    path = args.file or args.out_dir / "review.yaml"
    init_review(records, path, load_params(args.params))
    print(f"Review-bestand geschreven: {for_terminal(path)}")
    return 0


def _run_records(out_dir: Path) -> list[dict[str, Any]]:
    candidates = out_dir / "candidates.jsonl"
    if not candidates.is_file():
        raise UsageError(f"{out_dir} holds no candidates.jsonl; run `cvscreen screen` first")
    return read_candidates(candidates)


def _explain(args: argparse.Namespace) -> int:
    from pipeline.explain import LETTERS, params_differ, write_letters

    records = _run_records(args.out_dir)
    if args.candidate is not None and args.candidate not in {r["file"] for r in records}:
        raise UsageError(f"{args.candidate} is not a file of this run")
    params = load_params(args.params)
    if params_differ(args.out_dir, params):
        print("Let op: deze params zijn niet die van de laatste run (zie audit.jsonl); "
              "de brieven noemen de maxima uit deze params.")
    written = write_letters(args.out_dir, records, params, only=args.candidate)
    print(f"Brieven geschreven: {len(written) // 2} (html en tekst) in {args.out_dir / LETTERS}")
    return 0


def _purge(args: argparse.Namespace) -> int:
    from pipeline.purge import PurgeError, carry_out, describe, plan

    params = load_params(args.params)
    try:
        purge_plan = plan(args.out_dir, params, args.older_than, keep_shortlisted=bool(args.keep))
    except PurgeError as error:
        raise UsageError(str(error)) from error
    print(describe(purge_plan))
    if not purge_plan.due:
        return 0
    if not args.yes:
        print("Proefrun: er is niets verwijderd. Herhaal met --yes om te verwijderen.")
        return 0
    summary = carry_out(purge_plan, params, analyst=args.analyst)
    print(f"Verwijderd. Anonieme samenvatting: {summary}; vastgelegd in het auditlog.")
    return 0


def _tender_draft(args: argparse.Namespace) -> int:
    from pipeline.params import DEFAULT_PARAMS
    from pipeline.tender import draft_tender

    if not args.tender_text.is_file():
        raise UsageError(f"tender text {args.tender_text} does not exist")
    if args.out is not None and args.out.exists() and not args.force:
        raise UsageError(f"{args.out} already exists; add --force to overwrite it")
    template = args.template or DEFAULT_PARAMS
    load_params(template)  # a draft copies only from a valid params file
    text, draft = draft_tender(args.tender_text, template)
    if args.out is None:
        print(text, end="")
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"Params-draft geschreven: {args.out} ({len(draft.checks)} CHECK-regels)")
    for check in draft.checks:
        print(f"  CHECK: {check}")
    try:
        load_params(args.out)
    except ParamsError as error:
        print(f"Let op: de draft laadt nog niet als params: {error}")
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from pipeline.audit import log_path, verify

    path = args.out_dir
    if path.is_dir():
        path = log_path(path, load_params(args.params))
    if not path.is_file():
        raise UsageError(f"no audit log at {path}; run `cvscreen screen` first")
    result = verify(path)
    if result.intact:
        print(f"{path}: {result.lines} regels, keten intact (laatste hash {result.last_hash})")
        return 0
    print(f"{path}: keten gebroken op regel {result.broken_line}: {result.problem}")
    return 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="cvscreen: %(levelname)s: %(message)s")
    handlers = {
        "screen": _screen,
        "evaluate": _evaluate,
        "review": _review_init,
        "explain": _explain,
        "purge": _purge,
        "tender": _tender_draft,
        "audit": _audit_verify,
    }
    try:
        return handlers[args.command](args)
    except (UsageError, ParamsError, ReviewError, SubmissionsError) as error:
        print(f"cvscreen: error: {for_terminal(error)}", file=sys.stderr)
        return 2
