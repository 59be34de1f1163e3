"""Build the benchmark folders: varied CV PDFs to time `cvscreen screen` against the PDF floor.

    .venv/bin/python benchmarks/build_corpus.py [--out benchmarks/corpus]

writes, into a git-ignored folder (CVs by other authors are never committed):

- `text/`: every PDF with a text layer on every page from the repo's own sets (demo batch
  `data/samples`, `tests/fixtures/cvs`, held-out sets 1 and 2, the dev set), the shared samples
  by other authors (`../shared/samples/cvs`, when present), and generated ones: variants of
  the fixture candidates in the four PDF layouts, two long CVs, and two CVs that draw their
  headings twice (the fake bold of word processors, so duplicate-glyph removal has work to do).
- `scans/`: the PDFs with a page that has no text layer (the committed scans, any such shared
  sample, and a generated four-page scan), for the OCR figures; kept apart because
  `extract_text` reads nothing from them.

`generated_cvs` is also the source of the distinct CVs for `bench_dvc.py` and `plot_performance.py`:
each is a fixture candidate under a new name, with its own contact details, dates shifted, bullets
reordered and a layout of its own, so no two files share their text.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = REPO.parent / "shared" / "samples" / "cvs"
for folder in (REPO / "tests" / "fixtures", REPO / "scripts"):
    sys.path.insert(0, str(folder))

import build_demo_batch  # noqa: E402
import build_fixture_set  # noqa: E402
import build_holdout_set  # noqa: E402  (importing it adds its date styles to builders)
import builders  # noqa: E402
import pdfplumber  # noqa: E402
from builders import Candidate, Job, Study  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402

# The committed sets whose PDFs join the corpus, by the name that prefixes their files there.
REPO_SETS = {
    "demo": REPO / "data" / "samples",
    "fixtures": REPO / "tests" / "fixtures" / "cvs",
    "holdout": REPO / "tests" / "fixtures" / "holdout" / "cvs",
    "holdout2": REPO / "tests" / "fixtures" / "holdout2" / "cvs",
    "devset": REPO / "tests" / "fixtures" / "devset" / "cvs",
}
TEXT_LAYOUTS = ("two_column", "table", "paged", "plain_pdf")
BATCH_LAYOUTS = (*TEXT_LAYOUTS, *TEXT_LAYOUTS, "docx_table", "docx_plain", "txt")

FIRST_NAMES = (
    "Anna", "Bram", "Chantal", "Dewi", "Emre", "Fatima", "Gerben", "Hanna", "Ivo", "Jasmijn",
    "Karim", "Lisa", "Maarten", "Naima", "Olaf", "Priya", "Quinten", "Roos", "Sem", "Tessa",
    "Umut", "Vera", "Wouter", "Xena", "Yusuf", "Zoë", "Aylin", "Bas", "Cor", "Dunya", "Elif",
    "Floor", "Gijs", "Hatice", "Ilias", "Joris", "Kiki", "Luuk", "Marit", "Nova",
)
LAST_NAMES = (
    "Aalbers", "Bosman", "Claassen", "Dekker", "Evers", "Fransen", "Geurts", "Hermans",
    "Jacobs", "Kuipers", "Lammers", "Martens", "Nijhuis", "Overbeek", "Peters", "Reinders",
    "Schipper", "Timmermans", "Uijlenbroek", "Veenstra", "Willems", "Zijlstra", "Akkaya",
    "Boukhari", "Çelik",
)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_PHONE = re.compile(r"\b06[- ]?\d{8}\b")


def fixture_candidates() -> list[Candidate]:
    """The candidates of the demo batch, the fixture set and held-out set 1 (each drawn once)."""
    entries = build_demo_batch.ENTRIES + build_fixture_set.ENTRIES + build_holdout_set.ENTRIES
    return [candidate for _, layout, candidate in entries if layout != "scanned"]


def _shift(value: str, years: int) -> str:
    return value if value == "present" else f"{int(value[:4]) - years}{value[4:]}"


def _shift_years(text: str, years: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group(0)) - years), text)


def variant(base: Candidate, index: int, rng: random.Random) -> Candidate:
    """`base` as another person: new name and contact, dates `0..4` years earlier, bullets and
    courses in another order. Gold answers are not kept: the benchmark times, it does not score."""
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index // len(FIRST_NAMES)) % len(LAST_NAMES)]
    years = rng.randint(0, 4)
    phone = f"06-{rng.randint(10_000_000, 99_999_999)}"
    contact = [
        f"{first.lower()}.{last.lower()}{index}@example.nl"
        if "@" in line
        else _PHONE.sub(phone, line)
        for line in base.contact
    ]

    def job(entry: Job) -> Job:
        bullets = list(entry.bullets)
        rng.shuffle(bullets)
        return replace(
            entry, start=_shift(entry.start, years), end=_shift(entry.end, years), bullets=bullets
        )

    def study(entry: Study) -> Study:
        end_year = entry.end_year - years if entry.end_year else None
        return replace(entry, period=_shift_years(entry.period, years), end_year=end_year)

    courses = list(base.courses)
    rng.shuffle(courses)
    return replace(
        base,
        name=f"{first} {last}",
        contact=contact,
        jobs=[job(j) for j in base.jobs],
        side_jobs=[job(j) for j in base.side_jobs],
        studies=[study(s) for s in base.studies],
        courses=courses,
    )


def generated_cvs(
    count: int, layouts: tuple[str, ...] = BATCH_LAYOUTS, seed: int = 13
) -> Iterator[tuple[str, str, Candidate]]:
    """(file stem, layout, candidate) for `count` distinct CVs, the same for the same seed."""
    bases = fixture_candidates()
    rng = random.Random(seed)
    for index in range(count):
        candidate = variant(bases[index % len(bases)], index, rng)
        layout = layouts[rng.randrange(len(layouts))]
        slug = candidate.name.lower().replace(" ", "-")
        yield f"gen-{index:04d}-{slug}", layout, candidate


def write_cv(stem: str, layout: str, candidate: Candidate, folder: Path) -> Path:
    builder, suffix = builders.BUILDERS[layout]
    folder.mkdir(parents=True, exist_ok=True)
    return builder(candidate, folder / f"{stem}{suffix}")


def long_candidate(bases: list[Candidate], index: int) -> Candidate:
    """One candidate with the work history and courses of eight: a CV of four pages or more."""
    rng = random.Random(index)
    first = variant(bases[index], 900 + index, rng)
    jobs = [
        replace(job, style=job.style or base.date_style, present=job.present or base.present)
        for base in bases[index : index + 8]
        for job in base.jobs
    ]
    courses = [course for base in bases[index : index + 8] for course in base.courses]
    return replace(first, jobs=jobs, courses=courses, page_breaks=())


def build_fake_bold(candidate: Candidate, path: Path) -> Path:
    """A PDF whose name and headings are drawn twice, 0.3 pt apart (a word processor's fake
    bold), so every heading glyph has a duplicate that de-duplication must remove."""
    page = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    top, left, step = A4[1] - 60, 60, 13
    y = top
    for line in builders.text_lines(candidate):
        if y < 60:
            page.showPage()
            y = top
        heading = line.isupper() or line == candidate.name
        page.setFont("Sans", 11 if heading else 9.5)
        for offset in (0.0, 0.3) if heading else (0.0,):
            page.drawString(left + offset, y, line)
        y -= step
    page.save()
    return path


def has_page_without_text(path: Path) -> bool:
    """A scan: some page has no character in its text layer (only OCR can read it)."""
    with pdfplumber.open(path) as pdf:
        return any(not page.chars for page in pdf.pages)


def copy_pdfs(folder: Path, prefix: str, text: Path, scans: Path) -> list[Path]:
    copied = []
    for source in sorted(folder.glob("*.pdf")):
        target = (scans if has_page_without_text(source) else text) / f"{prefix}-{source.name}"
        shutil.copy2(source, target)
        copied.append(target)
    return copied


def build(out: Path) -> dict[str, list[Path]]:
    """Write out/text and out/scans afresh; returns the files by where they came from."""
    text, scans = out / "text", out / "scans"
    for folder in (text, scans):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    sources = {name: copy_pdfs(folder, name, text, scans) for name, folder in REPO_SETS.items()}
    sources["shared"] = (
        copy_pdfs(SHARED_SAMPLES, "shared", text, scans) if SHARED_SAMPLES.is_dir() else []
    )
    bases = fixture_candidates()
    generated = [
        write_cv(stem, layout, candidate, text)
        for stem, layout, candidate in generated_cvs(8, TEXT_LAYOUTS, seed=47)
    ]
    generated += [
        write_cv(f"gen-long-{i}", "paged", long_candidate(bases, i), text) for i in (0, 5)
    ]
    rng = random.Random(3)
    generated += [
        build_fake_bold(variant(bases[i], 950 + i, rng), text / f"gen-fakebold-{i}.pdf")
        for i in (2, 9)
    ]
    generated.append(
        builders.build_pdf_scanned(long_candidate(bases, 11), scans / "gen-long-scan.pdf")
    )
    sources["generated"] = generated
    return sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "corpus")
    args = parser.parse_args()
    sources = build(args.out)
    for name, files in sources.items():
        print(f"{name:10} {len(files):3} PDFs")
    for kind in ("text", "scans"):
        print(f"{args.out / kind}: {len(list((args.out / kind).glob('*.pdf')))} PDFs")
    if not sources["shared"]:
        print(f"note: {SHARED_SAMPLES} not found; the corpus has no CVs by other authors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
