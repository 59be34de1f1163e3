"""Run a per-file function over many files: in this process or in N worker processes.

Workers are forked after `initializer` has run here too, so what it loads (the spaCy pipeline)
is loaded once and shared, not once per worker. The costliest files are handed out first (a
long scan started last keeps one worker busy while the others wait), and a worker may borrow
the cores of idle ones (pipeline.cores); results come back in input order. Progress goes to
stderr, never CV text.
"""

from __future__ import annotations

import functools
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from pipeline import cores
from pipeline.cache import StageCache
from pipeline.progress import Progress

T = TypeVar("T")
R = TypeVar("R")


def run_each(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    names: Callable[[T], str],
    progress: Progress,
    workers: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    cost: Callable[[T], float] | None = None,
    pages: Callable[[T, R], int] | None = None,
    while_waiting: Callable[[], Any] | None = None,
) -> Iterator[tuple[T, R]]:
    """Yield (item, result) in input order; `function` must be a module-level callable.

    With workers, `while_waiting` runs here once every item is handed out: work for this
    process while the workers read (the next stage's model, say)."""
    items = list(items)
    pages_of = pages or (lambda item, result: 0)
    if initializer:
        initializer(*initargs)
    if workers <= 1 or len(items) <= 1:
        for item in items:
            result = function(item)
            progress.step(names(item), pages_of(item, result))
            yield item, result
        progress.close()
        return
    order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else range(len(items))
    # Progress is counted as files finish, by the pool's result thread, so the line keeps
    # moving while this process is busy with `while_waiting`.
    counted = threading.Semaphore(0)

    def count(future: Future, index: int) -> None:
        if not future.cancelled() and future.exception() is None:
            progress.step(names(items[index]), pages_of(items[index], future.result()))
        counted.release()

    context = multiprocessing.get_context()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=cores.start_worker,
        initargs=(context.Semaphore(workers), initializer, initargs),
    ) as pool:
        futures: dict[int, Future] = {}
        for index in order:
            futures[index] = pool.submit(cores.run_holding, function, items[index])
            futures[index].add_done_callback(functools.partial(count, index=index))
        if while_waiting:
            while_waiting()
        for index, item in enumerate(items):
            yield item, futures[index].result()
        for _ in futures:
            counted.acquire()
    progress.close()


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
    cost: Callable[[T], float] | None = None,
    pages: Callable[[T, dict[str, Any]], int] | None = None,
    while_waiting: Callable[[], Any] | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """Results for `items` in order, computing only the cache's misses; returns how many.

    Nothing is prepared (no `initializer`) when every item is cached."""
    results: dict[int, dict[str, Any]] = {}
    todo: list[int] = []
    for index, item in enumerate(items):
        cached = cache.get(key(item))
        if cached is None:
            todo.append(index)
        else:
            results[index] = cached
    computed = run_each(
        function,
        [items[index] for index in todo],
        names=names,
        progress=Progress(stage, len(todo), progress),
        workers=workers,
        initializer=initializer if todo else None,
        initargs=initargs,
        cost=cost,
        pages=pages,
        while_waiting=while_waiting,
    )
    for index, (_, result) in zip(todo, computed, strict=True):
        results[index] = result
        cache.put(key(items[index]), result)
    return [results[index] for index in range(len(items))], len(todo)
