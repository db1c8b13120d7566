"""Pause Python's cyclic garbage collector while one document is read or rated.

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
