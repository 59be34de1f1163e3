"""Run a per-file function over many files: in this process or in N worker processes.

Workers start once and keep what they load (the spaCy pipeline), so `--workers N` pays the
model's load time N times, not once per file. Progress goes to stderr, never CV text.

Every call runs under a guard: an exception, the time limit, the memory limit or a worker
process that dies becomes that one file's failure (see `Failed`), never the batch's.
"""

from __future__ import annotations

import logging
import multiprocessing
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from pipeline.cache import StageCache
from pipeline.limits import FileTimeout, memory_limit, time_limit
from pipeline.safe_text import for_terminal

T = TypeVar("T")
R = TypeVar("R")
log = logging.getLogger(__name__)

# Worker-side state of each item, in memory shared with the pool's processes.
_WAITING, _STARTED, _DONE = 0, 1, 2
_TRACKER: Any = None


@dataclass(frozen=True)
class Limits:
    """What one call may take: seconds (0: no limit) and megabytes of memory (0: no limit)."""

    seconds: float = 0
    memory_mb: float = 0


@dataclass(frozen=True)
class Failed:
    """One item's call failed; `detail` says why in words fit for status_detail."""

    detail: str


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
        line = f"[{self.done}/{self.total}] {self.stage}: {for_terminal(name)}"
        if self.tty:
            sys.stderr.write("\r\033[K" + line + ("\n" if self.done == self.total else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


def guarded_call(function: Callable[[T], R], item: T, limits: Limits) -> R | Failed:
    """`function(item)`, or Failed when it raises, runs out of time or out of memory."""
    try:
        with time_limit(limits.seconds), memory_limit(limits.memory_mb):
            return function(item)
    except FileTimeout as error:
        return Failed(str(error))
    except MemoryError:
        return Failed(f"memory limit reached ({limits.memory_mb:g} MB per file)")
    except RecursionError:
        return Failed("too deeply nested to process")
    except Exception as error:
        log.warning("%s failed on one file: %s", getattr(function, "__name__", "stage"),
                    type(error).__name__)
        if "[E088]" in str(error):
            return Failed("text too long for the language model (spaCy E088)")
        return Failed(f"crashed: {type(error).__name__}")


def _worker_init(tracker: Any, initializer: Callable[..., Any] | None, initargs: tuple) -> None:
    global _TRACKER
    _TRACKER = tracker
    if initializer:
        initializer(*initargs)


def _tracked_call(function: Callable[[T], R], index: int, item: T, limits: Limits) -> R | Failed:
    _TRACKER[index] = _STARTED
    result = guarded_call(function, item, limits)
    _TRACKER[index] = _DONE
    return result


def run_each(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    limits: Limits = Limits(),
    workers: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
) -> Iterator[tuple[int, R | Failed]]:
    """Yield (index, result or Failed) for every item; `function` must be module-level."""
    if workers <= 1 or len(items) <= 1:
        if initializer:
            initializer(*initargs)
        for index, item in enumerate(items):
            yield index, guarded_call(function, item, limits)
        return
    yield from _run_pool(function, items, limits, workers, initializer, initargs)


def _run_pool(
    function: Callable[[T], R],
    items: Sequence[T],
    limits: Limits,
    workers: int,
    initializer: Callable[..., Any] | None,
    initargs: tuple,
) -> Iterator[tuple[int, R | Failed]]:
    """A pool that survives its workers' deaths: the items a dead pool was running are
    retried one at a time in a pool of their own, and the one that kills that too fails."""
    tracker = multiprocessing.Array("b", len(items), lock=False)
    pending = list(range(len(items)))
    while pending:
        finished, suspects = yield from _pool_pass(
            function, items, pending, limits, workers, (tracker, initializer, initargs)
        )
        for index in suspects:
            finished.add(index)
            outcome = yield from _pool_pass(
                function, items, [index], limits, 1, (tracker, initializer, initargs)
            )
            if outcome[1]:
                yield index, Failed("worker process died while reading this file")
        pending = [index for index in pending if index not in finished]


def _pool_pass(
    function: Callable[[T], R],
    items: Sequence[T],
    indexes: list[int],
    limits: Limits,
    workers: int,
    init: tuple,
) -> Iterator[tuple[int, R | Failed]]:
    """Run `indexes` in one pool; returns (indexes yielded, indexes running when it broke)."""
    tracker = init[0]
    for index in indexes:
        tracker[index] = _WAITING
    finished: set[int] = set()
    with ProcessPoolExecutor(
        max_workers=min(workers, len(indexes)), initializer=_worker_init, initargs=init
    ) as pool:
        futures = [
            (index, pool.submit(_tracked_call, function, index, items[index], limits))
            for index in indexes
        ]
        try:
            for index, future in futures:
                result = future.result()
                finished.add(index)
                yield index, result
        except BrokenProcessPool:
            suspects = [i for i in indexes if i not in finished and tracker[i] == _STARTED]
            if not suspects:
                raise  # the workers could not even start: not one file's fault
            for index, future in futures:  # finished before the break: keep those results
                if index not in finished and not future.exception():
                    finished.add(index)
                    yield index, future.result()
            return finished, suspects
    return finished, []


def run_cached(
    function: Callable[[T], dict[str, Any]],
    items: list[T],
    *,
    key: Callable[[T], str | None],
    cache: StageCache,
    stage: str,
    names: Callable[[T], str],
    failed: Callable[[T, str], dict[str, Any]],
    limits: Limits = Limits(),
    progress: bool = True,
    workers: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
) -> tuple[list[dict[str, Any]], int]:
    """Results for `items` in order, computing only the cache's misses; returns how many.

    A failed call gives `failed(item, detail)` in its place, which is not cached: the next
    run tries that file again. An item whose key is None is never cached.
    """
    results: dict[int, dict[str, Any]] = {}
    todo: list[int] = []
    keys = [key(item) for item in items]
    for index, item_key in enumerate(keys):
        cached = cache.get(item_key) if item_key is not None else None
        if cached is None:
            todo.append(index)
        else:
            results[index] = cached
    meter = Progress(stage, len(todo), progress)
    computed = run_each(
        function,
        [items[index] for index in todo],
        limits=limits,
        workers=workers,
        initializer=initializer,
        initargs=initargs,
    )
    for position, result in computed:
        index = todo[position]
        meter.step(names(items[index]))
        if isinstance(result, Failed):
            results[index] = failed(items[index], result.detail)
            continue
        results[index] = result
        if keys[index] is not None:
            cache.put(keys[index], result)
    return [results[index] for index in range(len(items))], len(todo)
