"""Page counts of Word files by rendering them with LibreOffice, where it is installed.

A DOCX has no pages until something lays it out; the tender's page limit is about the pages
a reader sees, so a rendered count beats Word's saved count, which beats an estimate.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2

RENDER_TIMEOUT = 60.0  # seconds; LibreOffice's first start in a fresh profile is slow


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def rendered_page_count(path: Path, timeout: float = RENDER_TIMEOUT) -> int | None:
    """Pages of `path` as LibreOffice lays it out, or None when it cannot be rendered."""
    binary = soffice_path()
    if binary is None:
        return None
    with tempfile.TemporaryDirectory(prefix="cvscreen-render-") as folder:
        profile = Path(folder) / "profile"
        command = [
            binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", folder, str(path),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        pdf = Path(folder) / (path.stem + ".pdf")
        if not pdf.exists():
            return None
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            return len(document)
        finally:
            document.close()
