"""Killable worker processes for work the web process must not do itself (page renders,
upload ratings): pdfium is not thread-safe, a hostile page can take seconds and gigabytes,
and a rating can run for minutes.

Workers are *spawned* (a fresh interpreter), never forked: a forked child would inherit the
server's listening socket and its signal handlers, so it would keep the port and ignore
SIGTERM after the server stopped. Each call runs in one idle worker with a timeout; a worker
that overruns is killed and replaced, so one slow call holds one worker, never the others.
`close()` kills them all (the app calls it on shutdown). A memory limit (RLIMIT_AS) makes an
allocation bomb fail inside the worker with MemoryError instead of taking the machine.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger("cnsr.web.workers")


class WorkerBusy(Exception):
    """Every worker stayed busy for the whole wait."""


class WorkerTimeout(Exception):
    """The call overran its time; its worker was killed."""


class WorkerFailed(Exception):
    """The call raised in the worker (message: the error's first line) or the worker died."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        """The exception's class name in the worker ('MemoryError', 'PageError', …)."""


def _limit_memory(max_bytes: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
    except (ImportError, ValueError, OSError):  # not on this platform: the timeout still holds
        pass


def _serve(conn: Connection, max_bytes: int, preload: tuple[str, ...]) -> None:
    """A worker's loop: import `preload`, say 'ready', then receive (function, args) and send
    back (True, result) or (False, (class name, first line of the error))."""
    import importlib

    for name in preload:
        importlib.import_module(name)
    if max_bytes:
        _limit_memory(max_bytes)
    try:
        conn.send("ready")
    except OSError:  # the pool closed while this worker started
        return
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        try:
            result: tuple[bool, Any] = (True, fn(*args))
        except BaseException as err:  # reported to the caller, the worker stays up
            text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            result = (False, (type(err).__name__, text))
        try:
            conn.send(result)
        except (OSError, ValueError):
            return


START_SECONDS = 120.0
"""How long a new worker may take to start (import its modules) on a busy machine; not
counted in a call's timeout."""


class _Worker:
    def __init__(self, ctx: Any, max_bytes: int, name: str, preload: tuple[str, ...]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, max_bytes, preload), name=name,
                                   daemon=True)
        self.process.start()
        child.close()

    def ready(self) -> bool:
        try:
            return bool(self.conn.poll(START_SECONDS) and self.conn.recv() == "ready")
        except (EOFError, OSError):
            return False

    def kill(self, close: bool = True) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=2)
        if close:  # else the thread waiting on it sees EOF and closes nothing twice
            self.conn.close()


class WorkerPool:
    """Up to `size` spawned worker processes, started on first use."""

    def __init__(self, size: int, *, max_bytes: int = 0, name: str = "cnsr-worker",
                 preload: tuple[str, ...] = ()) -> None:
        self.size = size
        self.preload = preload
        self.max_bytes = max_bytes
        self.name = name
        self._ctx = mp.get_context("spawn")
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._free = threading.Semaphore(size)
        self._lock = threading.Lock()
        self._closed = False

    def run(self, fn: Callable[..., Any], args: tuple[Any, ...], *, timeout: float,
            wait: float | None = None) -> Any:
        """`fn(*args)` in a worker (`fn` must be importable: a module-level function).
        Waits up to `wait` seconds (default: `timeout`) for a free worker (WorkerBusy), kills
        the worker after `timeout` seconds (WorkerTimeout); an error raised by `fn`, or the
        worker's death, is WorkerFailed."""
        if not self._free.acquire(timeout=timeout if wait is None else wait):
            raise WorkerBusy(self.name)
        worker: _Worker | None = None
        try:
            worker = self._take()
            worker.conn.send((fn, args))
            if not worker.conn.poll(timeout):
                raise WorkerTimeout(f"{self.name}: over {timeout:g} s")
            ok, value = worker.conn.recv()
        except WorkerTimeout:
            self._drop(worker)
            raise
        except (EOFError, OSError, BrokenPipeError) as err:
            self._drop(worker)
            raise WorkerFailed(f"{self.name} stopped", "WorkerDied") from err
        else:
            self._give_back(worker)
        finally:
            self._free.release()
        if not ok:
            kind, text = value
            raise WorkerFailed(text, kind)
        return value

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise WorkerFailed(f"{self.name} closed", "Closed")
            while self._idle:
                worker = self._idle.pop()
                if worker.process.is_alive():
                    return worker
                self._all.discard(worker)
                worker.kill()
            worker = _Worker(self._ctx, self.max_bytes, self.name, self.preload)
            self._all.add(worker)
        if not worker.ready():  # outside the lock: others keep their idle workers meanwhile
            self._drop(worker)
            raise WorkerFailed(f"{self.name} did not start", "WorkerDied")
        return worker

    def warm(self) -> None:
        """Start every worker now (in the background at server start), not on first use."""
        taken = []
        try:
            for _ in range(self.size):
                if not self._free.acquire(blocking=False):
                    break
                try:
                    taken.append(self._take())
                except WorkerFailed:
                    self._free.release()
                    break
        finally:
            for worker in taken:
                self._give_back(worker)
                self._free.release()

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                worker.kill()
            else:
                self._idle.append(worker)

    def _drop(self, worker: _Worker | None) -> None:
        if worker is None:
            return
        with self._lock:
            self._all.discard(worker)
        worker.kill()

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def close(self) -> None:
        """Kill every worker now (running calls fail with WorkerFailed)."""
        started = time.monotonic()
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            worker.kill(close=False)
        if workers:
            log.info("%s: stopped %d worker(s) in %.2f s", self.name, len(workers),
                     time.monotonic() - started)
