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


# Session 9 (issue #12, classes of half b's quantitative misses, checked on half a): zero
# statements worded as nothing received or suffered, shares whose % sign extraction lost after
# a hedge ("超", "近"), fractions, 100 before a coverage word, ranks and grades, lengths.
@pytest.mark.parametrize("text", [
    "报告期内，公司未接到任何关于产品安全的客户投诉。",
    "报告期内，公司未因信息披露违规受到监管部门处罚。",
    "本年度公司没有受到任何环保行政处罚",
    "报告期内公司无重大诉讼或仲裁案件",
    "全年无一般及以上网络安全事件发生",
    "2023年公司所售产品实现零召回",
    "新入职员工中女性员工占比超45",
    "客户回访满意率较上年提高近6",
    "独立董事占董事会成员的三分之一",
    "安全生产责任险已100覆盖一线作业人员",
    "公司连续第三年入选省级民营企业百强榜单",
    "在年度物流企业综合评价中公司排名行业前三",
    "公司跻身行业品牌价值榜TOP20",
    "本行获评地方金融机构服务评价五星级网点",
    "公司获得AA评级，信用状况良好",
    "公司是全省唯一一家获评该称号的建材企业",
    "公司出资修建通村公路12公里",
])
def test_gives_a_figure_s9(text: str) -> None:
    assert tag_passage(text)["quantitative"] is True


@pytest.mark.parametrize("text", [
    "公司开通7×24小时员工心理援助热线",       # round the clock: when, not how much
    "服务中心设立724小时客户服务专线",          # the same once extraction lost the ×
    "物业项目实行24小时安保值班制度",
    "客服团队坚持投诉30分钟内响应的服务承诺",   # 分钟 is minutes, not a score
])
def test_gives_no_figure_s9(text: str) -> None:
    assert tag_passage(text)["quantitative"] is False
