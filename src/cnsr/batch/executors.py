"""Where company-years are rated: local processes or a Dask cluster, behind one small interface.

Processes, not threads: pdfium (PDF text) is not thread-safe and reading is CPU-bound, so every
worker is a process with one thread. Workers only read files and return an `Outcome`; the
parent alone writes the store. Exceptions are caught inside the worker and sent back as text,
because pickling them across processes is fragile (an exception whose `__init__` takes other
arguments than its message cannot be rebuilt on the other side).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from cnsr.errors import CnsrError
from cnsr.frameworks.results import StoredCheck
from cnsr.rating import Company, Rating


class JobResult(BaseModel):
    """What a job that also checks returns: the rating (None when only checks were due),
    the checklist results, and one line per checklist that failed (the rating still counts)."""

    rating: Rating | None = None
    checks: list[StoredCheck] = []
    check_errors: dict[str, str] = {}


RateFn = Callable[[list[Path], Company], Rating | JobResult]
"""Rates (and checks) one company-year from its documents; a picklable top-level callable."""


class Outcome(BaseModel):
    """What a worker sends back: a rating and checks, or one line saying why not (and which
    file)."""

    rating: Rating | None = None
    checks: list[StoredCheck] = []
    check_errors: dict[str, str] = {}
    error: str | None = None
    path: str | None = None
    seconds: float = 0.0


class WorkerLost(Exception):  # noqa: N818 - an event, not a user error
    """A worker process died while rating (crash, out of memory, killed). `final` when the
    engine already retried elsewhere, so the runner should not try again."""

    def __init__(self, message: str, *, final: bool) -> None:
        super().__init__(message)
        self.final = final


def run_job(rate: RateFn, paths: list[str], company: Company) -> Outcome:
    """The task every engine runs: never raises, so one bad document cannot stop a batch."""
    start = time.perf_counter()
    try:
        done = rate([Path(p) for p in paths], company)
    except CnsrError as err:
        return Outcome(error=_line(str(err)), path=getattr(err, "path", None),
                       seconds=time.perf_counter() - start)
    except Exception as err:  # a bug in a stage must not cost the other 9,999 company-years
        return Outcome(error=_line(f"internal error: {type(err).__name__}: {err}"),
                       seconds=time.perf_counter() - start)
    seconds = time.perf_counter() - start
    if isinstance(done, JobResult):
        return Outcome(rating=done.rating, checks=done.checks, check_errors=done.check_errors,
                       seconds=seconds)
    return Outcome(rating=done, seconds=seconds)


def watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker soon after its parent dies. A killed batch must not leave orphans
    burning CPU: they hold their own end of the task queue, so they would never see it close."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="cnsr-watch-parent", daemon=True).start()


def _line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[0] if lines else "unknown error"


class Executor(Protocol):
    name: str
    workers: int

    def submit(self, rate: RateFn, paths: list[str], company: Company) -> Any: ...
    def wait_any(self, handles: set[Any]) -> set[Any]: ...
    def outcome(self, handle: Any) -> Outcome: ...
    def reset(self) -> None: ...
    def close(self) -> None: ...


class LocalExecutor:
    """A pool of spawned processes on this machine (spawn: no fork of the parent's threads)."""

    name = "local"

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=watch_parent, initargs=(os.getpid(),))

    def submit(self, rate: RateFn, paths: list[str], company: Company) -> Future[Outcome]:
        try:
            return self._pool.submit(run_job, rate, paths, company)
        except BrokenProcessPool:  # broke since the last wait; its jobs will report lost
            self.reset()
            return self._pool.submit(run_job, rate, paths, company)

    def wait_any(self, handles: set[Any]) -> set[Any]:
        return set(wait(handles, return_when=FIRST_COMPLETED).done)

    def outcome(self, handle: Any) -> Outcome:
        try:
            result: Outcome = handle.result()
        except BrokenProcessPool as err:
            raise WorkerLost("a worker process died (crash or out of memory)",
                             final=False) from err
        return result

    def reset(self) -> None:
        """Replace a broken pool; jobs still queued in it were already reported lost."""
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    """dask.distributed: a LocalCluster of single-threaded worker processes, or a scheduler
    at `address` (start its workers with `--nthreads 1`; they must see the same paths)."""

    name = "dask"

    def __init__(self, workers: int, address: str | None = None, *,
                 processes: bool = True) -> None:
        import dask
        from distributed import Client, LocalCluster

        self._cluster = None
        if address:
            self._client = Client(address)
        else:
            where = {"host": "127.0.0.1"} if processes else {}  # threads talk in-process
            # saturation 1.0: a worker holds only the task it runs, so a task that kills its
            # worker does not take queued innocent ones down with it (they would count as
            # suspects towards KilledWorker too)
            with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
                self._cluster = LocalCluster(
                    n_workers=max(1, workers), threads_per_worker=1, processes=processes,
                    dashboard_address=None, silence_logs=logging.ERROR, **where)
            self._client = Client(self._cluster)
        info = self._client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info["workers"].values()))

    def submit(self, rate: RateFn, paths: list[str], company: Company) -> Any:
        return self._client.submit(run_job, rate, paths, company, pure=False)

    def wait_any(self, handles: set[Any]) -> set[Any]:
        from distributed import wait as dask_wait

        return set(dask_wait(list(handles), return_when="FIRST_COMPLETED").done)

    def outcome(self, handle: Any) -> Outcome:
        from distributed import KilledWorker

        try:
            result: Outcome = handle.result()
        except KilledWorker as err:
            raise WorkerLost("workers died on every attempt (crash or out of memory)",
                             final=True) from err
        finally:
            handle.release()
        return result

    def reset(self) -> None:
        """Nothing to do: the scheduler replaces dead workers and retries by itself."""

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(engine: str, workers: int, scheduler: str | None = None) -> Executor:
    if engine == "local":
        if scheduler:
            raise CnsrError("--scheduler needs --engine dask")
        return LocalExecutor(workers)
    if engine == "dask":
        try:
            return DaskExecutor(workers, scheduler)
        except OSError as err:
            raise CnsrError(f"cannot reach Dask scheduler {scheduler}: {err}") from err
    raise CnsrError(f"unknown engine '{engine}' (local or dask)")
