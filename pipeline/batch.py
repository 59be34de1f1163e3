"""Run a per-file function over many files: in this process or in N worker processes.

Workers start once and keep what they load (the spaCy pipeline), so `--workers N` pays the
model's load time N times, not once per file. Progress goes to stderr, never CV text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Progress:
    """'[n/N] stage: file' lines on stderr (one rewritten line on a terminal)."""

    def __init__(self, stage: str, total: int, enabled: bool = True) -> None:
        self.stage, self.total, self.done = stage, total, 0
        self.enabled = enabled and total > 0
        self.tty = sys.stderr.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        line = f"[{self.done}/{self.total}] {self.stage}: {name}"
        if self.tty:
            sys.stderr.write("\r\033[K" + line + ("\n" if self.done == self.total else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


def run_each(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    names: Callable[[T], str],
    progress: Progress,
    workers: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
) -> Iterator[tuple[T, R]]:
    """Yield (item, result) in input order; `function` must be a module-level callable."""
    items = list(items)
    if workers <= 1 or len(items) <= 1:
        if initializer:
            initializer(*initargs)
        for item in items:
            result = function(item)
            progress.step(names(item))
            yield item, result
        return
    with ProcessPoolExecutor(
        max_workers=workers, initializer=initializer, initargs=initargs
    ) as pool:
        for item, result in zip(items, pool.map(function, items), strict=True):
            progress.step(names(item))
            yield item, result
