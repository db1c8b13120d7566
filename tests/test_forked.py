"""`cnsr/forked.py`: a value computed in a forked child, or here when the child cannot give it."""

from __future__ import annotations

import os

import pytest

from cnsr import forked
from cnsr.forked import Forked

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@needs_fork
def test_the_value_is_computed_in_the_child() -> None:
    parent = os.getpid()
    job = Forked(lambda: (os.getpid(), [round(i / 7, 4) for i in range(5000)]))
    pid, values = job.result()
    assert pid != parent
    assert values == [round(i / 7, 4) for i in range(5000)]  # more than a pipe's buffer


@needs_fork
def test_a_failing_child_leaves_the_value_to_this_process() -> None:
    parent = os.getpid()

    def compute() -> int:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return 42

    assert Forked(compute).result() == 42


@needs_fork
def test_a_killed_child_leaves_the_value_to_this_process() -> None:
    parent = os.getpid()

    def compute() -> str:
        if os.getpid() != parent:
            os.kill(os.getpid(), 9)
        return "here"

    assert Forked(compute).result() == "here"


def test_without_fork_the_value_is_computed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(forked.os, "fork", raising=False)
    parent = os.getpid()
    assert Forked(os.getpid).result() == parent
