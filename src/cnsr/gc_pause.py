"""Pause Python's cyclic garbage collector while one document is read or rated, or for a
whole one-shot command (`collector_off_for_command`).

Both steps allocate ~10^5 small, short-lived container objects (lines, passages, cue hits,
numbers) that reference counting frees; none forms a cycle. Left on, the collector runs
hundreds of times per report and its full passes walk every object in the process, for
nothing: ~5 % of a rating with the compiled reader (benchmarks/bench_rate.py). Paused, what
survives the step is examined once, by the first collection after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the collector for the block (nesting and an already paused collector are fine)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def collector_off_for_command() -> Iterator[None]:
    """The collector off for a whole one-shot command (`cnsr rate`), and what the command
    leaves alive frozen (`gc.freeze`) at its end.

    Loading the reader (the data cache unpickled, the modules imported) and the steps around
    reading and rating allocate long-lived objects, for which the collector ran ~170 times
    per `cnsr rate` of a report, among them a full pass while the lexicon was read back, one
    over everything the reading built when its own pause ended, and the interpreter's last
    one at exit: ~0.14 s of CPU for ~50 objects found in cycles. Frozen objects are still
    freed by reference counting; only a cycle among them would be kept, which a process about
    to exit does not miss, and a process that goes on (a test calling the command) keeps
    the few such objects. The collector is restored as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
