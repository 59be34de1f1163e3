"""A long scan's pages are OCR'd side by side on cores that idle workers lend, reading the same."""

from __future__ import annotations

import multiprocessing
import shutil

import pytest
from ingest_builders import SCAN_LINES, column, draw_pdf, scan_of

from pipeline import cores
from pipeline.ingest import read_document


@pytest.fixture
def batch_cores():
    """This process as one worker of a batch of three (the pool's initializer does this)."""
    shared = multiprocessing.get_context().Semaphore(3)
    cores.share(shared)
    yield shared
    cores.share(None)


def _all_free(shared, count: int) -> bool:
    taken = [shared.acquire(block=False) for _ in range(count + 1)]
    for _ in range(sum(taken)):
        shared.release()
    return taken == [True] * count + [False]


def test_cores_borrow_only_what_no_worker_holds(batch_cores):
    with cores.holding():  # this worker's file
        assert cores.borrow() and cores.borrow()  # the two idle workers' cores
        assert not cores.borrow()
        cores.give_back()
        cores.give_back()
    assert _all_free(batch_cores, 3)


def test_cores_nothing_to_borrow_outside_a_batch():
    cores.share(None)
    assert not cores.borrow()
    with cores.holding():
        assert not cores.borrow()


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract CLI not installed")
def test_ocr_scan_pages_side_by_side_read_as_one_by_one(tmp_path, ingest_params, monkeypatch):
    source = draw_pdf(tmp_path / "source.pdf", [column(60, 80, SCAN_LINES)] * 3)
    scan = scan_of(source, tmp_path / "scan.pdf")
    alone = read_document(scan, ingest_params)  # no batch: one page after another

    shared = multiprocessing.get_context().Semaphore(3)
    cores.share(shared)
    borrowed = []
    real_borrow = cores.borrow
    monkeypatch.setattr(cores, "borrow", lambda: borrowed.append(real_borrow()) or borrowed[-1])
    try:
        with cores.holding():
            side_by_side = read_document(scan, ingest_params)
    finally:
        cores.share(None)

    assert True in borrowed  # some page ran on a lent core
    assert _all_free(shared, 3)  # and every lent core came back
    assert alone.status == side_by_side.status == "ok"
    assert side_by_side.text == alone.text
    assert side_by_side.ocr == alone.ocr and alone.ocr["pages"] == [1, 2, 3]
