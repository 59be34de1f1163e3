"""Per-file time and memory limits, so one pathological file cannot hang or sink a batch.

SIGALRM interrupts pure-Python parsing (pdfminer) wherever it is; it is only available in a
process's main thread, which is where both the serial batch and the pool workers call us.
Subprocesses (Tesseract, LibreOffice) carry their own timeouts besides.

The memory limit caps the address space (RLIMIT_AS) at what the process holds now plus a
budget, so an allocation past it raises MemoryError in this file's reader instead of letting
the machine swap; subprocesses started meanwhile inherit the same cap.
"""

from __future__ import annotations

import resource
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

    outer_left = signal.getitimer(signal.ITIMER_REAL)[0]
    if outer_left and outer_left <= seconds:
        yield  # an enclosing limit ends sooner and raises FileTimeout itself
        return
    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer_left:  # give the enclosing limit back what is left of it
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


def _address_space() -> int:
    """Bytes of virtual memory this process maps now (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


@contextmanager
def memory_limit(megabytes: float) -> Iterator[None]:
    """Let the block map at most `megabytes` more memory; beyond it allocations fail
    (MemoryError). No limit if <= 0 or where the current size cannot be read."""
    current = _address_space()
    if megabytes <= 0 or not current:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = current + int(megabytes * 1024 * 1024)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        yield  # an enclosing limit is tighter already
        return
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


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
