"""A per-file time limit, so one pathological file cannot hang a batch.

SIGALRM interrupts pure-Python parsing (pdfminer) wherever it is; it is only available in a
process's main thread, which is where both the serial batch and the pool workers call us.
Subprocesses (Tesseract, LibreOffice) carry their own timeouts besides.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class FileTimeout(BaseException):
    """Reading one file took longer than ingest.timeout_seconds.

    A BaseException, like KeyboardInterrupt, so the readers' `except Exception` guards around
    one bad page cannot swallow it and carry on with the rest of a pathological file.
    """


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise FileTimeout in the block after `seconds`; no limit off the main thread or if <= 0."""
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _expire(signum: int, frame: object) -> None:
        raise FileTimeout(f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Deadline:
    """Seconds left of a file's budget, for the timeouts of subprocesses it starts."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds if seconds > 0 else None

    def expired(self) -> FileTimeout:
        return FileTimeout(f"timed out after {self.seconds:g} s")

    def check(self) -> None:
        """Raise FileTimeout once the budget is spent (where no alarm can interrupt us)."""
        if self.end is not None and time.monotonic() >= self.end:
            raise self.expired()

    def left(self, cap: float | None = None) -> float | None:
        if self.end is None:
            return cap
        remaining = max(self.end - time.monotonic(), 0.1)
        return min(remaining, cap) if cap else remaining
