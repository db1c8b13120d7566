"""Missed points on the demo corpus by kind of wording (session 17), with text written fresh
for these tests.

1. A year's savings glued to their period ("年节能量", "年节水量", "年节电量"): rjieba cuts 年节
   (the festival) and the cue-boundary check took the cue as begun inside a word
   (data/text/boundaries.yaml `misread_words`).
"""

from __future__ import annotations

import pytest

from cnsr.evidence.boundaries import cues_are_words

from .tagged import points

# ---- 1. a year's savings: 年节能量 -------------------------------------------------------------

@pytest.mark.parametrize("text, point", [
    ("锅炉烟气余热利用等技改项目完成后，年节能量约0.93万吨标准煤。", "I03.4"),
    ("本年度实施电机变频改造21项，合计年节能量4,260吨标准煤。", "I03.4"),
    ("办公楼照明与空调改造后年节电量约52万千瓦时。", "I03.4"),
    ("冷却塔循环水改造投运后，年节水量达到3.8万立方米。", "I04.1"),
])
def test_a_years_savings_glued_to_the_year(text: str, point: str) -> None:
    assert point in points(text)


@pytest.mark.parametrize("text, cue", [
    ("最新能源效益守则已于年内发布。", "新能源"),  # 最新|能源: still no 新能源
])
def test_a_cue_inside_another_word_is_still_rejected(text: str, cue: str) -> None:
    at = text.index(cue)
    assert not cues_are_words(text, (0, len(text)), [cue])
    assert at > 0


def test_the_festival_is_no_saving() -> None:
    assert points("春节前夕公司组织年节慰问，走访困难职工家庭。") == {}
