"""Session 26, lead: the borders of guide 1.6 §13.4 (an amount of clean energy at I03.5) where
the merged reader met the older plan rules: a plan's expected output is no amount, and a
cumulative amount is no amount for the period. Left: a third bare clause after the output
("…，年发电约2,200万千瓦时，全部自用") is read as done (docs/reader-history.md, "Session 26, lead")."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "2023年，厂区屋顶光伏发电1,380万千瓦时，全部自用。",
    "全年采购绿色电力2,600万千瓦时。",
    "九江基地屋顶光伏装机12兆瓦，年发电1,180万千瓦时。",
    "Rooftop solar supplied 31 GWh to our plants in 2023.",
    "We purchased 85 GWh of renewable electricity last year.",
])
def test_an_amount_for_the_period_is_a_figure(text: str) -> None:
    assert points(text).get("I03.5") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "公司屋顶光伏累计发电量达到860万千瓦时。",
    "自2019年投运以来，园区分布式光伏累计发电1.2亿千瓦时。",
    "Our rooftop solar arrays have cumulatively generated 48 GWh since commissioning.",
])
def test_a_cumulative_amount_is_a_mention(text: str) -> None:
    assert points(text).get("I03.5") == 0.5, points(text)


@pytest.mark.parametrize("text", [
    "拟在三个基地建设分布式光伏12兆瓦，年发电量1,300万千瓦时。",
    "公司计划新建屋顶光伏8兆瓦，预计年发电量900万千瓦时。",
    "集团拟于2025年前建成分布式光伏20兆瓦，年发电约2,200万千瓦时。",
])
def test_a_plans_expected_output_is_no_amount(text: str) -> None:
    assert points(text).get("I03.5", 0) == 0, points(text)


@pytest.mark.parametrize("text", [
    # a clause with its own date or done mark after a plan is disclosed
    "公司计划明年扩建光伏，2023年屋顶光伏发电1,380万千瓦时，全部自用。",
    "在建光伏项目拟于明年投运，已建成的屋顶光伏全年发电620万千瓦时，全部自发自用。",
])
def test_a_done_clause_after_a_plan_keeps_its_amount(text: str) -> None:
    assert points(text).get("I03.5") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "报告期内公司关停合并老旧模拟前端机房126个，对数据中心实施间接蒸发冷却改造，全年节约电量约1,860万千瓦时。",
    "公司利用虚拟仿真平台优化窑炉燃烧参数，实施余热回收改造，全年节约标准煤2.3万吨。",
])
def test_ni_inside_another_word_is_no_plan(text: str) -> None:
    # 拟 inside 模拟 / 虚拟 is no plan word: the retrofit's saving stays a disclosed figure
    assert points(text).get("I08.3") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "公司拟对数据中心实施间接蒸发冷却改造，预计年节约电量1,860万千瓦时。",
    "公司拟于明年实施余热回收改造，年节约标准煤2.3万吨。",
])
def test_ni_as_a_plan_word_still_plans(text: str) -> None:
    assert points(text).get("I08.3", 0) <= 0.5, points(text)
