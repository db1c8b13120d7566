"""Cues inside other words ("新能源" in "最新能源效益守则") are not cues."""

from __future__ import annotations

import pytest

from cnsr.evidence.boundaries import cues_are_words
from cnsr.evidence.tag import tag_passage


@pytest.mark.parametrize(("text", "cue", "kept"), [
    ("各办事处按照最新能源效益守则采购办公设备", "新能源", False),
    ("公司新能源装机容量达到320万千瓦", "新能源", True),
    ("我们持续提升温室气体排放数据质量", "升温", False),
    ("利用水电机组调峰能力", "用水", False),
    ("全面贯彻落实环境保护责任制", "落实", True),       # a compound's head is the cue
    ("碳排放量较上年下降4.1%", "碳排放", True),          # a cue that begins a longer word
])
def test_cue_straddling_a_word_is_not_a_cue(text: str, cue: str, kept: bool) -> None:
    assert cues_are_words(text, (0, len(text)), [cue]) is kept


def test_a_cue_inside_a_longer_cue_is_kept() -> None:
    text = "全年二氧化碳排放总量为312万吨"
    at = text.index("二氧化碳")
    assert cues_are_words(text, (0, len(text)), ["碳排放"], [(at, at + 4)])


def test_tagging_drops_the_false_friend() -> None:
    out = tag_passage("各办事处遵照最新能源效益守则，优先采购一级能效的办公电器。")
    assert "I08.2" not in {p["point"] for p in out["points"]}
    out = tag_passage("公司新建分布式光伏与新能源项目，全年绿电使用量2,180万千瓦时。")
    assert "I08.2" in {p["point"] for p in out["points"]}
