"""Builders for the PDFs the ingest tests read, drawn with reportlab at exact positions.

Every CV text here is fictional and written for these tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas

rl_config.invariant = 1  # deterministic PDFs

# One placed string: (x, y from the top of the page, text[, font size]); or a picture:
# (x, top, PIL image, width, height) in points.
Placed = tuple


def draw_pdf(path: Path, pages: Sequence[Sequence[Placed]], **canvas_options) -> Path:
    """A PDF whose pages hold the given strings (Helvetica) and pictures at the given places."""
    from reportlab.lib.utils import ImageReader

    canvas = rl_canvas.Canvas(str(path), pagesize=A4, **canvas_options)
    height = A4[1]
    for page in pages:
        for item in page:
            x, y, text = item[:3]
            if not isinstance(text, str):
                width, tall = item[3:5]
                canvas.drawImage(ImageReader(text), x, height - y - tall, width=width,
                                 height=tall)
                continue
            size = item[3] if len(item) > 3 else 10
            canvas.setFont("Helvetica-Bold" if size > 11 else "Helvetica", size)
            canvas.drawString(x, height - y, text)
        canvas.showPage()
    canvas.save()
    return path


def column(x: float, top: float, lines: Sequence[str], leading: float = 14) -> list[Placed]:
    """Lines stacked downwards from `top` at `x`; a line 'H:Text' is drawn as a 13 pt heading."""
    placed: list[Placed] = []
    y = top
    for line in lines:
        if line.startswith("H:"):
            y += 6
            placed.append((x, y, line[2:], 13))
            y += leading + 4
        elif line == "":
            y += leading / 2
        else:
            placed.append((x, y, line))
            y += leading
    return placed




def contiguous(text: str, lines: Sequence[str]) -> bool:
    """Whether `lines` appear in `text` as consecutive lines, in this order."""
    body = text.splitlines()
    for start in range(len(body) - len(lines) + 1):
        if body[start:start + len(lines)] == list(lines):
            return True
    return False


# A fictional CV, split into sections as a designer would place them.
SIDEBAR_SECTIONS = {
    "Contact": ["Amersfoort", "06 12 34 56 78", "lotte.visser@example.nl"],
    "SKJ-registratie": ["Registratienummer 110012345", "Geldig tot 01-03-2029"],
    "Vaardigheden": ["Gespreksvoering", "Oplossingsgericht werken", "Rapporteren"],
    "Talen": ["Nederlands", "Engels"],
}
MAIN_SECTIONS = {
    "Profiel": [
        "Betrokken pedagoog met acht jaar ervaring in het",
        "basisonderwijs en de ambulante jeugdhulp.",
    ],
    "Werkervaring": [
        "Ambulant begeleider passend onderwijs",
        "Stichting De Brug, Amersfoort | mrt 2021 – heden",
        "- Begeleiding van leerlingen in de klas",
        "- Coaching van leerkrachten",
        "Gezinsbegeleider",
        "Jeugdzorg Eemland | jan 2017 – feb 2021",
        "- Ambulante hulp bij gezinnen thuis",
    ],
    "Opleiding": ["Bachelor Pedagogiek", "Hogeschool Utrecht | 2012 – 2016"],
}


def sections_column(x: float, top: float, sections: dict[str, list[str]], gap: float = 10):
    """Place sections under each other: a heading, its lines, a gap."""
    lines: list[str] = []
    for heading, body in sections.items():
        lines += [f"H:{heading}", *body, ""]
    return column(x, top, lines, leading=14 + gap / 10)


def scan_of(pdf_path: Path, out_path: Path, *, dpi: int = 150, skew_degrees: float = 0.6) -> Path:
    """A 'scan' of a PDF: every page rendered to a slightly rotated image, nothing else."""
    import pypdfium2
    from reportlab.lib.utils import ImageReader

    document = pypdfium2.PdfDocument(str(pdf_path))
    canvas = rl_canvas.Canvas(str(out_path), pagesize=A4)
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            image = image.rotate(skew_degrees, expand=False, fillcolor=255)
            canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
            canvas.showPage()
    finally:
        document.close()
    canvas.save()
    return out_path


def jpeg_of(pdf_path: Path, out_path: Path, *, dpi: int = 150) -> Path:
    """The first page of a PDF as a JPEG photo, saved under whatever name `out_path` has."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    image.save(out_path, format="JPEG", quality=90, dpi=(dpi, dpi))
    return out_path


SCAN_LINES = [
    "H:Curriculum vitae",
    "Naam: Lotte Visser",
    "Woonplaats: Amersfoort",
    "H:Werkervaring",
    "2019 - heden: Ambulant begeleider passend onderwijs",
    "2015 - 2019: Gezinscoach bij Jeugdzorg Eemland",
    "H:Opleiding",
    "Bachelor Pedagogiek, Hogeschool Utrecht, diploma behaald",
]
