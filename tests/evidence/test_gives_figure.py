"""The passage-level "gives a figure" verdict (`tag_passage(...)["quantitative"]`).

Session 6, issue #12's sentence yardstick: a decimal right after a figure word or before a
measure word is a figure even when extraction lost its % sign, not a section number; a
duration alone ("连续8年") is not a figure; "不存在…案件" is a zero-incident statement. All
sentences written for these tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cnsr.errors import DataError
from cnsr.evidence.lexicon import data_dir, load_lexicon
from cnsr.evidence.tag import tag_passage


@pytest.mark.parametrize("text", [
    "信用卡业务投诉占比12.4较上年有所下降",     # a share whose % sign extraction lost
    "本年度客户满意度综合评分为92.35分",
    "报告期内公司不存在重大贪腐诉讼案件",
    "全年组织乡村教师培训12场",                # a count stays a figure
    "为期6个月的青年骨干培养计划覆盖全部分公司",  # months and hours are figures of a programme
])
def test_gives_a_figure(text: str) -> None:
    assert tag_passage(text)["quantitative"] is True


@pytest.mark.parametrize("text", [
    "3.2安全生产管理体系建设公司建立健全安全管理制度",  # a section number heads a title
    "4.6.1廉洁从业公司持续开展廉洁文化建设",
    "公司连续8年开展乡村教师支持计划",           # how long, not how much
    "公司深耕纺织行业30年，始终坚持质量第一",
])
def test_gives_no_figure(text: str) -> None:
    assert tag_passage(text)["quantitative"] is False


def test_ignored_dimensions_are_checked(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(data_dir(), folder)
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace(
        "ignore_dimensions: [duration]", "ignore_dimensions: [durations]"), encoding="utf-8")
    with pytest.raises(DataError, match="durations"):
        load_lexicon(folder)
