"""Functions the worker-pool tests run in a worker: a light module, quick to import in a
freshly spawned interpreter."""

from __future__ import annotations

import time


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "slept"


def echo(text: str) -> str:
    return text


def allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))
