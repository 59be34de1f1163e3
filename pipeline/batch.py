"""Run a per-file function over many files: in this process or in N worker processes.

Workers start once and keep what they load (the spaCy pipeline), so `--workers N` pays the
model's load time N times, not once per file. Progress goes to stderr, never CV text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from pipeline.cache import StageCache

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


def run_cached(
    function: Callable[[T], dict[str, Any]],
    items: list[T],
    *,
    key: Callable[[T], str],
    cache: StageCache,
    stage: str,
    names: Callable[[T], str],
    progress: bool = True,
    workers: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
) -> tuple[list[dict[str, Any]], int]:
    """Results for `items` in order, computing only the cache's misses; returns how many."""
    results: dict[int, dict[str, Any]] = {}
    todo: list[int] = []
    for index, item in enumerate(items):
        cached = cache.get(key(item))
        if cached is None:
            todo.append(index)
        else:
            results[index] = cached
    meter = Progress(stage, len(todo), progress)
    computed = run_each(
        function,
        [items[index] for index in todo],
        names=names,
        progress=meter,
        workers=workers,
        initializer=initializer,
        initargs=initargs,
    )
    for index, (_, result) in zip(todo, computed, strict=True):
        results[index] = result
        cache.put(key(items[index]), result)
    return [results[index] for index in range(len(items))], len(todo)
