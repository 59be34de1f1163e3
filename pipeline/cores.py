"""Cores of a batch's workers that one of them may borrow while the others have no work.

Each worker holds one core while it runs a file. A long scan handed out last would keep one
worker busy for minutes while the others wait for the batch to end; with a core to spare, that
worker OCRs its pages side by side instead. Outside a batch with workers nothing is shared and
nothing can be borrowed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.synchronize import Semaphore
from typing import Any

_cores: Semaphore | None = None  # one permit per worker of the running batch


def share(cores: Semaphore | None) -> None:
    """Make `cores` this process's view of the batch's cores (a worker's initializer)."""
    global _cores
    _cores = cores


def borrow() -> bool:
    """Take a core no worker is using, if there is one; `give_back` it when done."""
    return _cores is not None and _cores.acquire(block=False)


def give_back() -> None:
    if _cores is not None:
        _cores.release()


@contextmanager
def holding() -> Iterator[None]:
    """This worker's own core, for the duration of one file."""
    if _cores is None:
        yield
        return
    _cores.acquire()
    try:
        yield
    finally:
        _cores.release()


def start_worker(
    cores: Semaphore, initializer: Callable[..., Any] | None, initargs: tuple
) -> None:
    """A batch worker's initializer: share the cores, then the stage's own initializer."""
    share(cores)
    if initializer:
        initializer(*initargs)
