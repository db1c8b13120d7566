"""The whole process tree's CPU, orphans included (Linux).

`resource.getrusage(RUSAGE_CHILDREN)` counts a descendant only once it is reaped by its parent
(and that parent by its own). A process that `cnsr rate` ends without reaping (the segmenter
process, session 29: killed as the command ends, reaped by whoever reaps orphans) would be
counted by init, not by the benchmark. So the benchmark makes itself the subreaper of its
descendants (`PR_SET_CHILD_SUBREAPER`) and reaps whatever was re-parented to it after each run,
before it reads its children's CPU.
"""

from __future__ import annotations

import ctypes
import os
import time

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Whether orphaned descendants are re-parented to this process from now on."""
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap_orphans(grace: float = 2.0) -> int:
    """Reap every child left (waiting up to `grace` seconds for live ones); how many."""
    reaped, deadline = 0, time.monotonic() + grace
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return reaped
        if pid:
            reaped += 1
        elif time.monotonic() > deadline:
            return reaped
        else:
            time.sleep(0.005)
