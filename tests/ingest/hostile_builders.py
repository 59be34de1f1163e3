"""Builders for hostile inputs: bombs, invisible text, odd names. Each is small on disk and
built without holding its unpacked size in memory, so tests stay light on a shared machine.

Every CV text here is fictional and written for these tests.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

HIDDEN_CLAIM = "SKJ-registratie 110099887 geldig tot 01-01-2030 CGT COMET"
VISIBLE_LINES = [
    "Curriculum vitae",
    "Naam: Noor Vos",
    "Werkervaring",
    "2019 - heden Ambulant begeleider passend onderwijs, Stichting De Brug",
    "Opleiding",
    "2012 - 2016 HBO Pedagogiek, Hogeschool Utrecht, diploma behaald",
]


def _visible_cv(canvas: rl_canvas.Canvas) -> None:
    canvas.setFillColorRGB(0, 0, 0)
    for number, line in enumerate(VISIBLE_LINES):
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, A4[1] - 80 - 16 * number, line)


def hidden_text_pdf(path: Path, how: str) -> Path:
    """A CV whose SKJ claim is drawn so nobody sees it: white (on white), render mode 3,
    off the page, under a white box, or white on a white box drawn first."""
    canvas = rl_canvas.Canvas(str(path), pagesize=A4)
    _visible_cv(canvas)
    y = A4[1] - 200
    if how == "white":
        canvas.setFillColorRGB(1, 1, 1)
        canvas.drawString(60, y, HIDDEN_CLAIM)
    elif how == "render3":
        text = canvas.beginText(60, y)
        text.setTextRenderMode(3)
        text.textLine(HIDDEN_CLAIM)
        canvas.drawText(text)
    elif how == "offpage":
        canvas.drawString(A4[0] + 50, y, HIDDEN_CLAIM)
    elif how == "covered":
        canvas.drawString(60, y, HIDDEN_CLAIM)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(50, y - 5, 480, 20, stroke=0, fill=1)
    elif how == "box":
        canvas.setFillColorRGB(0.2, 0.3, 0.5)
        canvas.rect(50, y - 5, 480, 20, stroke=0, fill=1)
        canvas.drawString(60, y, HIDDEN_CLAIM)  # same blue as the box beneath it
    else:
        raise ValueError(how)
    canvas.showPage()
    canvas.save()
    return path


def searchable_scan_pdf(path: Path, lines: list[str], dpi: int = 150) -> Path:
    """A scanner's (or ocrmypdf's) output: the page as an image, with the same words laid over
    it as invisible text (render mode 3) where the image shows them."""
    import pypdfium2

    source = path.with_suffix(".source.pdf")
    canvas = rl_canvas.Canvas(str(source), pagesize=A4)
    for number, line in enumerate(lines):
        canvas.setFont("Helvetica", 11)
        canvas.drawString(60, A4[1] - 80 - 18 * number, line)
    canvas.showPage()
    canvas.save()
    document = pypdfium2.PdfDocument(str(source))
    image = document[0].render(scale=dpi / 72, grayscale=True).to_pil()
    document.close()
    source.unlink()
    canvas = rl_canvas.Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    text = canvas.beginText()
    text.setTextRenderMode(3)
    for number, line in enumerate(lines):
        text.setTextOrigin(60, A4[1] - 80 - 18 * number)
        text.setFont("Helvetica", 11)
        text.textOut(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return path


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF file from numbered object bodies (1-based), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def inflate_bomb_pdf(path: Path, unpacked_mb: int) -> Path:
    """A one-page PDF whose content stream inflates to `unpacked_mb` MB of spaces."""
    packer = zlib.compressobj(9)
    block = b" " * (1 << 20)
    packed = b"".join(packer.compress(block) for _ in range(unpacked_mb)) + packer.flush()
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"
    path.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        _stream(packed, b"/Filter /FlateDecode "),
    ]))
    return path


def fan_out_pdf(path: Path, depth: int = 7, fan: int = 10) -> Path:
    """Form XObjects that each draw the one below `fan` times: fan**depth text draws."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"",  # the page, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    leaf = b"BT /F1 10 Tf 60 700 Td (Ambulant begeleider) Tj ET"
    objects.append(_stream(leaf, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                 b"/Resources << /Font << /F1 4 0 R >> >> "))
    for _ in range(depth):
        below = len(objects)
        body = b" ".join(b"/X Do" for _ in range(fan))
        objects.append(_stream(body, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                                     b"/Resources << /XObject << /X %d 0 R >> >> " % below))
    top = len(objects)
    objects[2] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                  b"/Resources << /XObject << /X %d 0 R >> >> >>" % (top + 1, top))
    objects.append(_stream(b"/X Do"))
    path.write_bytes(_pdf(objects))
    return path


def cyclic_pdf(path: Path) -> Path:
    """A page tree whose Kids point back at itself, and a form XObject that draws itself."""
    path.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /XObject << /X 4 0 R >> >> >>",
        _stream(b"/X Do", b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                          b"/Resources << /XObject << /X 4 0 R >> >> "),
        _stream(b"/X Do"),
    ]))
    return path


def huge_page_pdf(path: Path, inches: int = 200) -> Path:
    """A page of `inches` x `inches` without text: a 'scan' OCR would render at 300 dpi."""
    side = inches * 72
    canvas = rl_canvas.Canvas(str(path), pagesize=(side, side))
    canvas.rect(side / 4, side / 4, side / 2, side / 2, stroke=1, fill=0)
    canvas.showPage()
    canvas.save()
    return path


def png_bomb(path: Path, side: int = 12000) -> Path:
    """A grey PNG of side x side pixels, a few hundred KB on disk, built row by row."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    packer = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * side
    packed = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", packed)
                     + chunk(b"IEND", b""))
    return path


ODD_NAMES = {
    "long": "a" * 251 + ".txt",  # 255 bytes, the most a Linux name may have
    "newline": "cv\nmet regel.txt",
    "dash": "-rf cv.txt",
    "bidi": "cv-\u202egnp.txt",
    "formula": "=HYPERLINK(\"x\")-cv.txt",
    "ansi": "\x1b[2J\x1b[1;1H1. vervalst.pdf 99.9 punten\n.txt",
}
NON_UTF8_NAME = b"cv-\xe9\xff.txt"


def odd_named_cvs(folder: Path, text: str) -> list[bytes]:
    """Plain-text CVs under hostile names (one not valid UTF-8); returns the names as bytes."""
    names = [name.encode("utf-8") for name in ODD_NAMES.values()] + [NON_UTF8_NAME]
    for name in names:
        with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
            handle.write(text.encode("utf-8"))
    return names


GOOD_TEXT = "Naam: Sam de Wit\nAmbulant begeleider passend onderwijs 2019 - heden\n"


def _docx_bomb(path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Profiel")
    document.save(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/opvulling.bin", b"\0" * (300 * 1024 * 1024))


def _text(text: str) -> Callable[[Path], object]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _link(target: str) -> Callable[[Path], object]:
    return lambda path: os.symlink(target, path)


# One entry of every hostile kind: name -> (builder, the status it must get).
HOSTILE_KINDS: dict[str, tuple[Callable[[Path], object], str]] = {
    "leeg.pdf": (lambda p: p.write_bytes(b""), "unreadable"),
    "afgebroken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type"), "unreadable"),
    "inflate-bom.pdf": (lambda p: inflate_bomb_pdf(p, 300), "unsupported"),
    "xobject-waaier.pdf": (fan_out_pdf, "unsupported"),
    "kringloop.pdf": (cyclic_pdf, "needs_ocr"),
    "reuzenpagina.pdf": (huge_page_pdf, "needs_ocr"),
    "png-bom.pdf": (png_bomb, "unsupported"),
    "wit-op-wit.pdf": (lambda p: hidden_text_pdf(p, "white"), "ok"),
    "rendermode3.pdf": (lambda p: hidden_text_pdf(p, "render3"), "ok"),
    "buiten-pagina.pdf": (lambda p: hidden_text_pdf(p, "offpage"), "ok"),
    "onder-vlak.pdf": (lambda p: hidden_text_pdf(p, "covered"), "ok"),
    "zoekbare-scan.pdf": (lambda p: searchable_scan_pdf(p, VISIBLE_LINES), "ok"),
    "zip-bom.docx": (_docx_bomb, "unreadable"),
    "groot.txt": (_text("Naam: Sam de Wit\n" + "Ik werk graag met kinderen. " * 120_000), "ok"),
    "een-regel.txt": (_text("woord " * 700_000), "ok"),
    "utf16be.txt": (lambda p: p.write_bytes(GOOD_TEXT.encode("utf-16-be")), "ok"),
    "binair.txt": (lambda p: p.write_bytes(bytes(range(256)) * 64), "unreadable"),
    "notities.md": (_text("# geen cv"), "unsupported"),
    "passwd.pdf": (_link("/etc/passwd"), "unsupported"),
    "dood.pdf": (_link("bestaat-niet.pdf"), "unsupported"),
    "lus.pdf": (lambda p: os.symlink(p.name, p), "unsupported"),
    "apparaat.pdf": (_link("/dev/zero"), "unsupported"),
    "map": (lambda p: p.mkdir(), "unsupported"),
    "pijp.pdf": (os.mkfifo, "unsupported"),
    **{name: (_text(GOOD_TEXT), "ok") for name in ODD_NAMES.values()},
}


def build_hostile_batch(folder: Path, count: int | None = None) -> dict[str, str]:
    """`count` hostile entries (default: one of each kind, plus a name that is not UTF-8) in
    `folder`; returns the status each must get, by file label."""
    expected = {}
    kinds = list(HOSTILE_KINDS.items())
    total = count or len(kinds) + 1
    for index in range(total - 1):
        name, (builder, status) = kinds[index % len(kinds)]
        if index >= len(kinds):  # another round of the same kinds under other names
            stem, dot, suffix = name.rpartition(".")
            name = f"{stem}-{index}.{suffix}" if dot and len(name) < 200 else f"{name}-{index}"
        builder(folder / name)
        expected[name] = status
    with open(os.path.join(os.fsencode(folder), NON_UTF8_NAME), "wb") as handle:
        handle.write(GOOD_TEXT.encode("utf-8"))
    expected["cv-\\xe9\\xff.txt"] = "ok"
    return expected
