"""`cnsr/forked.py`: a value computed in a forked child, or here when the child cannot give it."""

from __future__ import annotations

import os
import time

import pytest

from cnsr import forked
from cnsr.forked import Forked, Shared

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


@needs_fork
def test_shared_positions_are_each_taken_by_one_side_at_least() -> None:
    """Parent and child each take positions from their own end until they meet: every
    position is done, the child's come back, each side's in its own order."""
    shared = Shared(120)

    def slowly(positions: list[int]) -> list[int]:  # both sides busy long enough to meet
        time.sleep(0.002)
        return positions

    child = Forked(lambda: [slowly([j])[0] for j in shared.from_back()])
    mine = [slowly([i])[0] for i in shared.from_front()]
    theirs = child.result()
    assert set(mine) | set(theirs) == set(range(120))
    assert mine == list(range(len(mine)))
    assert theirs == list(range(119, 119 - len(theirs), -1))
    assert mine and theirs  # both did a share


def test_without_a_child_this_process_takes_every_position() -> None:
    shared = Shared(7)
    assert list(shared.from_front()) == list(range(7))
    assert list(shared.from_back()) == []
