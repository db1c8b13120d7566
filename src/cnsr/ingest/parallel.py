"""A PDF's pages read by forked worker processes, handed back in page order.

pdfium's part of a page (loading it, its text page, the positioned lines, OCR) is most of the
cost of reading a report and needs nothing from the other pages, so worker processes do it for
ranges of pages while the parent goes on: `cnsr rate` starts them before it loads the reader
(lexicon, segmenters, the assessment modules), then finishes the pages in order, the steps that
look across pages (running heads, tables across page breaks, passages). pdfium is not
thread-safe: processes, never threads. The workers are forked, so they start in milliseconds
with the modules already imported, and nothing is passed to them but the path and options.

Serial where parallel cannot help or must not run (`available_workers`, `plan_workers`): no
fork (Windows, macOS defaults), one core, inside another worker process (`cnsr batch` and the
web app already read one document per process), or fewer pages than `min_pages` of
`data/limits/parallel.yaml`. A failure in a worker is the one-line `DocumentError` the serial
path gives; a worker that dies (killed, crashed) is one line too, never a traceback or a hang.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import pypdfium2 as pdfium

from cnsr.errors import DocumentError
from cnsr.ingest.pdf_extract import RawPage, extract_page
from cnsr.plain_data import STRICT, load_plain

if TYPE_CHECKING:
    from annotated_types import Ge, Le
    from pydantic import TypeAdapter

    from cnsr.ingest.options import ReadOptions

LIMITS_FILE = "parallel.yaml"


@dataclass(frozen=True, slots=True)
class ParallelLimits:
    """data/limits/parallel.yaml: a plain dataclass, as `reading_limits` says why."""

    __pydantic_config__ = STRICT
    source: str
    year: int
    min_pages: Annotated[int, Ge(2)]
    max_workers: Annotated[int, Ge(1), Le(64)]
    tasks_per_worker: Annotated[int, Ge(1), Le(100)]
    last_range_pages: Annotated[int, Ge(0), Le(100)]
    worker_nice: Annotated[int, Ge(0), Le(19)]
    fork_relevance_passages: Annotated[int, Ge(0)]
    fork_analysis_passages: Annotated[int, Ge(0)]
    segmenter_answer_seconds: Annotated[float, Ge(0.01), Le(5)]
    segmenter_seconds_per_mchar: Annotated[float, Ge(0), Le(100)]


@cache
def parallel_limits() -> ParallelLimits:
    return load_plain(limits_adapter, "cnsr.data.limits", LIMITS_FILE, __name__)


def limits_adapter() -> TypeAdapter[ParallelLimits]:
    """pydantic's validator of the file, built where the annotations' names are in scope."""
    from annotated_types import Ge, Le  # noqa: F401
    from pydantic import TypeAdapter

    return TypeAdapter(ParallelLimits)


def available_workers() -> int:
    """How many worker processes this process may read one PDF with: 1 (serial) without
    fork, on one core, or inside a worker process (no nesting)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if multiprocessing.parent_process() is not None:
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, parallel_limits().max_workers))


def plan_workers(total: int, allowed: int) -> int:
    """Workers for a PDF of `total` pages: 1 (serial) below `min_pages`, else two, and one
    more for every further `min_pages` pages, `allowed` at most."""
    if allowed <= 1:
        return 1
    least = parallel_limits().min_pages
    if total < least:
        return 1
    return min(allowed, max(2, total // least))


def page_ranges(total: int, parts: int, last: int = 0) -> list[range]:
    """`total` pages cut into `parts` consecutive ranges of near-equal size, in order, the
    last one then halved until it holds at most `last` pages (0: left whole). The parent
    finishes and analyses each range as it arrives, so whatever comes last is all it still
    has to do once the workers are done, with a core idle: a small last range keeps that
    short."""
    parts = max(1, min(parts, total))
    size, extra = divmod(total, parts)
    ranges, start = [], 0
    for i in range(parts):
        stop = start + size + (1 if i < extra else 0)
        ranges.append(range(start, stop))
        start = stop
    tail = ranges.pop()
    while last and len(tail) > last:
        middle = tail.start + len(tail) // 2
        ranges.append(range(tail.start, middle))
        tail = range(middle, tail.stop)
    ranges.append(tail)
    return ranges


class WorkerFailure(NamedTuple):
    """An exception in a worker, as the parts of its one-line message (exceptions with
    their own constructor arguments, such as DocumentError, do not survive pickling)."""

    name: str
    detail: str


def start_early(path: Path, options: ReadOptions) -> PageFetch | None:
    """Workers for the PDF at `path`, started before the reader that finishes its pages is
    imported (`cli/prefetch.py`): `PdfPages` adopts them. None when the file would be read
    serially or cannot be opened (its reader then says why); nothing here raises."""
    try:
        if path.stat().st_size > options.max_bytes:
            return None
        pdf = pdfium.PdfDocument(path)
        try:
            total = len(pdf)
        finally:
            pdf.close()
    except Exception:  # noqa: BLE001 - errors are the reader's to report, in its words
        return None
    workers = plan_workers(total, options.workers)
    if workers <= 1 or total > options.max_pages:
        return None
    return PageFetch(path, total, options, workers)


class PageFetch:
    """Worker processes reading the pages of one PDF; iterate for its `RawPage`s in order.

    Close it (PdfPages does): after a complete read the pool is shut down; otherwise (an
    error, an option rejected after the start) the workers are stopped at once."""

    def __init__(self, path: Path, total: int, options: ReadOptions, workers: int) -> None:
        self.path, self.total = path, total
        context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_open_pdf,
                                         initargs=(str(path), options,
                                                   parallel_limits().worker_nice))
        limits = parallel_limits()
        tasks = page_ranges(total, workers * limits.tasks_per_worker, limits.last_range_pages)
        self._futures: list[Future[list[RawPage] | WorkerFailure]] = [
            self._pool.submit(_read_range, task.start, task.stop) for task in tasks]
        self._done = False

    def __iter__(self) -> Iterator[RawPage]:
        for future in self._futures:
            try:
                result = future.result()
            except BrokenProcessPool:
                raise DocumentError(str(self.path), "cannot read this pdf file: a page-reading "
                                                    "worker process stopped unexpectedly "
                                                    "(killed or out of memory)") from None
            if isinstance(result, WorkerFailure):
                raise DocumentError(str(self.path), f"cannot read this pdf file ({result.name}:"
                                                    f" {result.detail})")
            yield from result
        self._done = True

    def all_extracted(self) -> bool:
        """Whether the workers have read every page (what is left is the parent's part)."""
        return all(future.done() for future in self._futures)

    def close(self) -> None:
        if not self._done:
            self._stop_workers()
            self._done = True
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _stop_workers(self) -> None:
        """Stop the workers at once: one busy on a long page (OCR) would otherwise keep the
        parent waiting at exit after an error. Python 3.14 has
        ProcessPoolExecutor.terminate_workers(); before it, the pool's own table."""
        terminate = getattr(self._pool, "terminate_workers", None)
        if terminate is not None:
            terminate()
            return
        for process in list((getattr(self._pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.terminate()


# The worker side: one opened PDF per worker process, kept for all its ranges.
_worker_pdf: pdfium.PdfDocument | None = None
_worker_options: ReadOptions | None = None


def _open_pdf(path: str, options: ReadOptions, nice: int) -> None:
    import gc

    import pypdfium2 as pdfium

    # The worker builds only short-lived acyclic lines (as cnsr/gc_pause.py says of reading);
    # a collection would also walk every object inherited from the parent, touching (and so
    # copying) its memory pages.
    gc.disable()
    # Behind the parent, which finishes and analyses the pages as they arrive: with as many
    # workers as cores, equal priority would leave it a share of a core (parallel.yaml).
    if nice:
        os.nice(nice)
    global _worker_pdf, _worker_options
    _worker_pdf, _worker_options = pdfium.PdfDocument(path), options


def _read_range(start: int, stop: int) -> list[RawPage] | WorkerFailure:
    assert _worker_pdf is not None and _worker_options is not None
    try:
        return [extract_page(_worker_pdf, index, _worker_options) for index in range(start, stop)]
    except Exception as err:  # parsers raise anything on malformed input; as PageStream does
        return WorkerFailure(type(err).__name__, " ".join(str(err).split())[:200])
