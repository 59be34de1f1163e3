"""Batches: results in input order whatever order workers finish in, and the progress line."""

from __future__ import annotations

import io
import os
import time

import pytest

from pipeline.batch import run_each
from pipeline.progress import Progress


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as stderr does in an analyst's shell."""

    def isatty(self) -> bool:
        return True


def slow_square(number: int) -> tuple[int, int]:
    """Later items finish first: the pool must still yield them in input order."""
    time.sleep(0.02 * (5 - number))
    return number * number, os.getpid()


def test_batch_workers_yield_input_order_and_count_every_file_and_page():
    stream = io.StringIO()
    progress = Progress("lezen", 5, stream=stream)
    waited = []
    results = list(run_each(
        slow_square, range(5), names=str, progress=progress, workers=2,
        cost=lambda number: number, pages=lambda number, result: number,
        while_waiting=lambda: waited.append(os.getpid()),
    ))
    assert [index for index, _ in results] == [0, 1, 2, 3, 4]
    assert [result[0] for _, result in results] == [0, 1, 4, 9, 16]
    assert os.getpid() not in {pid for _, (_, pid) in results}  # done in worker processes
    assert waited == [os.getpid()]  # in this process, once, while the workers ran
    assert (progress.done, progress.pages) == (5, 10)
    assert sorted(line.split()[0] for line in stream.getvalue().splitlines()[:5]) == [
        f"[{n}/5]" for n in range(1, 6)
    ]


def test_batch_one_worker_is_one_other_process_and_a_single_file_stays_here():
    """One worker is a pool of one, so a file that kills its process ends only itself."""
    progress = Progress("lezen", 3, stream=io.StringIO())
    results = list(run_each(slow_square, [1, 2, 3], names=str, progress=progress))
    pids = {pid for _, (_, pid) in results}
    assert len(pids) == 1 and os.getpid() not in pids
    [(_, (_, pid))] = run_each(slow_square, [4], names=str)
    assert pid == os.getpid()


def test_progress_plain_lines_and_rates_when_not_a_terminal():
    stream = io.StringIO()
    progress = Progress("lezen", 2, stream=stream)
    progress.step("a.pdf", 2)
    progress.step("b.docx", 1)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines[:2] == ["[1/2] lezen: a.pdf", "[2/2] lezen: b.docx"]
    assert lines[2].startswith("lezen: 2 bestanden, 3 pagina's in ")
    assert "bestanden/s" in lines[2] and "pagina's/s" in lines[2]
    assert "\r" not in stream.getvalue()


def test_progress_one_updating_line_with_rates_and_time_left_on_a_terminal():
    stream = Terminal()
    progress = Progress("extraheren", 3, stream=stream)
    for name in ("a.pdf", "b.pdf", "c.pdf"):
        progress.step(name, 2)
    progress.close()
    frames = [frame for frame in stream.getvalue().split("\r") if frame.strip()]
    assert stream.getvalue().count("\n") == 1  # rewritten in place: one line in all
    assert frames[-1].startswith("extraheren: 3/3 bestanden")
    assert "nog 00:00" in frames[-1] and "pagina's/s" in frames[-1]
    assert not any(name in stream.getvalue() for name in ("a.pdf", "b.pdf", "c.pdf"))


@pytest.mark.parametrize("stream", [io.StringIO(), Terminal()], ids=["log", "terminal"])
def test_progress_disabled_writes_nothing(stream):
    progress = Progress("lezen", 2, enabled=False, stream=stream)
    progress.step("a.pdf", 1)
    progress.close()
    assert stream.getvalue() == ""
