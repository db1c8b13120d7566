"""One computation in a forked child process while this process does something else.

`cnsr rate` spends its last ~0.25 s (after the last page is read) on one core while the
other is idle; two parts of it need nothing from each other (`assess/rate.py`). So do the
passages the parent has still to analyse once the page workers are done (`evidence/early.py`).
A forked
child inherits everything it needs without pickling; only its result, plain data, comes back
through a pipe. Where it cannot run (no fork, or the child fails in any way: killed, an
exception, a short read), `result` computes the value in this process: the same value, never
an error of its own. Only for a single-threaded process that may fork (`cnsr rate`, which
checks `ingest.parallel.available_workers` first): never in a server's threads.
"""

from __future__ import annotations

import mmap
import os
import pickle
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

_T = TypeVar("_T")


class Forked(Generic[_T]):
    """`compute()` started in a forked child; `result()` is its value."""

    def __init__(self, compute: Callable[[], _T]) -> None:
        self._compute = compute
        self._pid = 0
        self._read = -1
        if not hasattr(os, "fork"):
            return
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: compute, send, and end without any of the parent's exit
            os.close(read)
            status = 1
            try:
                data = pickle.dumps(compute(), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> _T:
        """The child's value once it is done, else (no child, or it failed) computed here."""
        if not self._pid:
            return self._compute()
        chunks = []
        with os.fdopen(self._read, "rb") as pipe:
            while chunk := pipe.read(1 << 16):
                chunks.append(chunk)
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        if status == 0 and chunks:
            try:
                value: _T = pickle.loads(b"".join(chunks))
                return value
            except Exception:  # noqa: BLE001 - a damaged result is computed again here
                pass
        return self._compute()


class Shared:
    """The positions 0 … n-1 of a list shared between this process, which takes them from the
    front (`from_front`), and a forked child, which takes them from the back (`from_back`),
    until they meet: the work divides itself however fast each side turns out to be (a child
    pays for its copied memory pages and for sending its results back, a busy machine may slow
    either side), where a cut made in advance leaves one side waiting for the other.

    The two counters live in memory mapped before the fork and shared with the child. Each side
    writes its own counter before it does a position and reads the other's: a position can be
    done by both (the same value twice, when the two meet), never by neither. A position the
    child took and did not send back (it failed) is the caller's to do again."""

    def __init__(self, n: int) -> None:
        self._memory = mmap.mmap(-1, 16)
        self._ends = memoryview(self._memory).cast("q")
        self._ends[0], self._ends[1] = 0, n  # the next front position, the last back one taken

    def from_front(self) -> Iterator[int]:
        ends = self._ends
        while (i := ends[0]) < ends[1]:
            ends[0] = i + 1
            yield i

    def from_back(self) -> Iterator[int]:
        ends = self._ends
        while (j := ends[1] - 1) >= ends[0]:
            ends[1] = j
            yield j
