"""Run a per-file function over many files: in this process or in N worker processes.

Workers are forked after `initializer` has run here too, so what it loads (the spaCy pipeline)
is loaded once and shared, not once per worker. The costliest files are handed out first (a
long scan started last keeps one worker busy while the others wait), and a worker may borrow
the cores of idle ones (pipeline.cores). Progress goes to stderr, never CV text.

Every call runs under a guard: an exception, the time limit, the memory limit or a worker
process that dies becomes that one file's failure (see `Failed`), never the batch's.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from pipeline import cores
from pipeline.cache import StageCache
from pipeline.limits import FileTimeout, memory_limit, time_limit
from pipeline.progress import Progress

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


@dataclass(frozen=True)
class _Batch:
    """What every pool pass of one `run_each` shares."""

    function: Callable[[Any], Any]
    items: Sequence[Any]
    names: Callable[[Any], str]
    progress: Progress
    pages: Callable[[Any, Any], int]
    limits: Limits
    initializer: Callable[..., Any] | None
    initargs: tuple
    tracker: Any

    def count(self, index: int, result: Any) -> None:
        """One more item done, for the progress line."""
        self.progress.step(self.names(self.items[index]), self.pages(self.items[index], result))


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


def _start_worker(
    tracker: Any, shared_cores: Any, initializer: Callable[..., Any] | None, initargs: tuple
) -> None:
    global _TRACKER
    _TRACKER = tracker
    cores.start_worker(shared_cores, initializer, initargs)


def _tracked_call(function: Callable[[T], R], index: int, item: T, limits: Limits) -> R | Failed:
    """The task a pool runs: one item on this worker's own core, marked in the tracker while
    it runs, so that a worker's death is put down to the item that caused it."""
    with cores.holding():
        _TRACKER[index] = _STARTED
        result = guarded_call(function, item, limits)
        _TRACKER[index] = _DONE
    return result


def run_each(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    names: Callable[[T], str] = str,
    progress: Progress | None = None,
    limits: Limits = Limits(),
    workers: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    cost: Callable[[T], float] | None = None,
    pages: Callable[[T, R], int] | None = None,
    while_waiting: Callable[[], Any] | None = None,
) -> Iterator[tuple[int, R | Failed]]:
    """Yield (index, result or Failed) for every item, in input order (an item retried after
    its worker died comes later); `function` must be a module-level callable.

    With workers, `while_waiting` runs here once every item is handed out: work for this
    process while the workers read (the next stage's model, say). One worker is a pool of one
    too: a file that kills its process (a crash in native code, the system's OOM killer) must
    not end the batch, nor end every rerun the same way."""
    meter = progress or Progress("", len(items), enabled=False)
    in_pool = len(items) > 1
    batch = _Batch(
        function, items, names, meter, _pages_counter(pages), limits, initializer, initargs,
        multiprocessing.Array("b", len(items), lock=False) if in_pool else None,
    )
    if initializer:
        initializer(*initargs)
    if not in_pool:
        for index, item in enumerate(items):
            result = guarded_call(function, item, limits)
            batch.count(index, result)
            yield index, result
    else:
        order = list(range(len(items)))
        if cost:
            order.sort(key=lambda i: -cost(items[i]))
        yield from _run_pool(batch, order, workers, while_waiting)
    meter.close()


def _pages_counter(pages: Callable[[T, R], int] | None) -> Callable[[T, R | Failed], int]:
    """Pages of an item's result for the progress line; a failed item counts none."""

    def count(item: T, result: R | Failed) -> int:
        return 0 if pages is None or isinstance(result, Failed) else pages(item, result)

    return count


def _run_pool(
    batch: _Batch, order: list[int], workers: int, while_waiting: Callable[[], Any] | None
) -> Iterator[tuple[int, Any]]:
    """A pool that survives its workers' deaths: the items a dead pool was running are
    retried one at a time in a pool of their own, and the one that kills that too fails."""
    pending = order
    while pending:
        finished, suspects = yield from _pool_pass(batch, pending, workers, while_waiting)
        while_waiting = None
        for index in suspects:
            finished.add(index)
            _, died = yield from _pool_pass(batch, [index], 1, None)
            if died:
                failure = Failed("worker process died while reading this file")
                batch.count(index, failure)
                yield index, failure
        pending = [index for index in pending if index not in finished]


def _pool_pass(
    batch: _Batch, indexes: list[int], workers: int, while_waiting: Callable[[], Any] | None
) -> Iterator[tuple[int, Any]]:
    """Run `indexes` (handed out in that order) in one pool, yielding in input order; returns
    (indexes yielded, indexes running when the pool broke)."""
    for index in indexes:
        batch.tracker[index] = _WAITING
    # Progress is counted as files finish, by the pool's result thread, so the line keeps
    # moving while this process is busy with `while_waiting`.
    counted = threading.Semaphore(0)

    def count(future: Future, index: int) -> None:
        if not future.cancelled() and future.exception() is None:
            batch.count(index, future.result())
        counted.release()

    finished: set[int] = set()
    suspects: list[int] = []
    context = multiprocessing.get_context()
    workers = min(workers, len(indexes))
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker,
        initargs=(batch.tracker, context.Semaphore(workers), batch.initializer, batch.initargs),
    ) as pool:
        futures: dict[int, Future] = {}
        try:
            for index in indexes:
                futures[index] = pool.submit(
                    _tracked_call, batch.function, index, batch.items[index], batch.limits
                )
                futures[index].add_done_callback(functools.partial(count, index=index))
            if while_waiting:
                while_waiting()
            for index in sorted(indexes):
                result = futures[index].result()
                finished.add(index)
                yield index, result
        except BrokenProcessPool:
            suspects = [i for i in indexes if i not in finished and batch.tracker[i] == _STARTED]
            if not suspects:
                raise  # the workers could not even start: not one file's fault
            for index in sorted(futures):  # finished before the break: keep those results
                future = futures[index]
                if index not in finished and not future.cancelled() and not future.exception():
                    finished.add(index)
                    yield index, future.result()
    for _ in futures:
        counted.acquire()
    return finished, suspects


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
    cost: Callable[[T], float] | None = None,
    pages: Callable[[T, dict[str, Any]], int] | None = None,
    while_waiting: Callable[[], Any] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """Results for `items` in order, computing only the cache's misses; returns how many.

    A failed call gives `failed(item, detail)` in its place, which is not cached: the next
    run tries that file again. An item whose key is None is never cached. Nothing is prepared
    (no `initializer`) when every item is cached.
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
    computed = run_each(
        function,
        [items[index] for index in todo],
        names=names,
        progress=Progress(stage, len(todo), progress),
        limits=limits,
        workers=workers,
        initializer=initializer if todo else None,
        initargs=initargs,
        cost=cost,
        pages=pages,
        while_waiting=while_waiting,
    )
    for position, result in computed:
        index = todo[position]
        if isinstance(result, Failed):
            results[index] = failed(items[index], result.detail)
            continue
        results[index] = result
        if keys[index] is not None:
            cache.put(keys[index], result)
    return [results[index] for index in range(len(items))], len(todo)
