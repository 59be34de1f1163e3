"""Progress of a stage on stderr: file names and counts only, never CV text.

On a terminal, one line per stage that updates in place (tqdm): files done, files and pages per
second, time left. In a log or CI (stderr not a terminal), a plain line per file and a closing
line with the rates, since a rewritten line is unreadable there.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

from pipeline.safe_text import for_terminal

BAR_FORMAT = "{desc}: {n_fmt}/{total_fmt} bestanden {bar:20} [{elapsed}, nog {remaining}{postfix}]"


class Progress:
    """Counts the files (and their pages) a stage has done; `close` ends the stage's line."""

    def __init__(
        self, stage: str, total: int, enabled: bool = True, stream: TextIO | None = None
    ) -> None:
        self.stage, self.total, self.done, self.pages = stage, total, 0, 0
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.started = time.perf_counter()
        self.bar: tqdm | None = None
        if self.enabled and self.stream.isatty():
            self.bar = tqdm(total=total, desc=stage, file=self.stream, bar_format=BAR_FORMAT,
                            dynamic_ncols=True, leave=True)

    def step(self, name: str, pages: int = 0) -> None:
        """One more file done (`pages` pages of it)."""
        self.done += 1
        self.pages += pages
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.set_postfix_str(self._rates(), refresh=False)
            self.bar.update(1)
        else:
            self.stream.write(f"[{self.done}/{self.total}] {self.stage}: {for_terminal(name)}\n")
            self.stream.flush()

    def close(self) -> None:
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.close()
            return
        self.stream.write(
            f"{self.stage}: {self.done} bestanden, {self.pages} pagina's in "
            f"{self._seconds():.1f} s ({self._rates()})\n"
        )
        self.stream.flush()

    def _seconds(self) -> float:
        return max(time.perf_counter() - self.started, 1e-6)

    def _rates(self) -> str:
        seconds = self._seconds()
        return f"{self.done / seconds:.1f} bestanden/s, {self.pages / seconds:.1f} pagina's/s"
