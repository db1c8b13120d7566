"""rjieba in a forked process (`cnsr rate`): the same cuts as this process's own segmenter,
in batches, and still cuts when the process is gone."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from cnsr.evidence import jieba_load
from cnsr.evidence.boundaries import cues_are_words
from cnsr.evidence.segment_process import SegmenterProcess

TEXTS = [
    "报告期内，公司范围一温室气体排放量为12.6万吨二氧化碳当量，较上年下降4.1%。",
    "本行发布最新能源效益守则，推动绿色信贷投放。",
    "In 2023 the group cut Scope 2 emissions by 8% through green power purchases.",
    "",
    "公司持续推进减污降碳协同增效，2030年前实现碳达峰。",
]


@pytest.fixture
def process() -> Iterator[SegmenterProcess]:
    started = SegmenterProcess()
    yield started
    started.close()


def test_the_process_cuts_as_rjieba_does(process: SegmenterProcess) -> None:
    own = jieba_load.new_segmenter()
    assert process.cut_many(TEXTS, False) == [own.cut(text, False) for text in TEXTS]
    assert process.cut(TEXTS[0], True) == own.cut(TEXTS[0], True)


def test_the_boundary_check_reads_the_same_through_the_process(
        process: SegmenterProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """新能源 straddles 最新 | 能源 in the second text whichever process segments it."""
    text = TEXTS[1]
    local = cues_are_words(text, (0, len(text)), ["新能源"])
    monkeypatch.setattr(jieba_load, "_process", process)
    assert local is False
    assert cues_are_words(text, (0, len(text)), ["新能源"]) is False
    assert cues_are_words(TEXTS[4], (0, len(TEXTS[4])), ["碳达峰"]) is True


def test_a_killed_process_leaves_the_cuts_to_the_parent(process: SegmenterProcess) -> None:
    assert process.cut("碳排放强度", False)  # served by the process
    pid = process._process.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    process._process.join()
    own = jieba_load.new_segmenter()
    assert process.cut_many(TEXTS, False) == [own.cut(text, False) for text in TEXTS]


def test_start_and_stop_leave_no_process_behind() -> None:
    jieba_load.start_segmenter_process()
    serving = jieba_load.plain_segmenter()
    assert isinstance(serving, SegmenterProcess)
    child = serving._process
    jieba_load.start_segmenter_process()  # idempotent
    assert jieba_load.plain_segmenter() is serving
    jieba_load.stop_segmenter_process()
    assert not child.is_alive()
    assert not isinstance(jieba_load.plain_segmenter(), SegmenterProcess)
