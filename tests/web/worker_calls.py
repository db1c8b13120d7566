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


def slow_rater(paths: list[str], company: dict[str, object], methodology: str
               ) -> dict[str, object]:
    """An upload rating that takes a minute (a long OCR): the server stops meanwhile."""
    time.sleep(60)
    raise RuntimeError("not reached")
