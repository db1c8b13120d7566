"""A sentence led by a future plan period ("2024—2026年，…") states a plan, not an amount the
company reached (session 21, found in the post-merge audit of blind rounds 18-19): a
quantity point without `plans_count` (I03.5, I08.2) is a mention, as it already was for a
lead of one future year ("到2026年，…"). A period that has passed stays a disclosure, and the
points that plans disclose (targets) are unchanged. Passages written for these tests."""

from __future__ import annotations

import pytest

from evidence.tagged import points, points_of


@pytest.mark.parametrize("text", [
    "2024—2026年，公司计划在各生产基地新增屋顶光伏12兆瓦，外购绿电比例提高至35%。",
    "2025-2027年，集团外购绿色电力占比提升至40%，新增分布式光伏8兆瓦。",
    "2024年至2026年，公司清洁能源使用比例达到45%，厂区光伏装机扩大到15兆瓦。",
    "2025～2028年，各园区新建储能与光伏一体化项目，可再生能源电力占比提高至50%。",
])
def test_a_future_period_lead_makes_the_share_a_plan(text: str) -> None:
    got = points(text)
    assert got.get("I03.5", 0) <= 0.5
    assert got.get("I08.2", 0) <= 0.5


@pytest.mark.parametrize("text", [
    "2021—2023年，公司外购绿电比例由12%提高至35%，新增屋顶光伏12兆瓦。",
    "2023年，集团外购绿色电力占比达到40%，新增分布式光伏8兆瓦并网发电。",
    "报告期内，公司清洁能源使用比例达到45%，厂区光伏装机扩大到15兆瓦。",
])
def test_a_past_period_or_the_report_year_stays_a_disclosure(text: str) -> None:
    got = points(text)
    assert got.get("I03.5", 0) == 1 or got.get("I08.2", 0) == 1


def test_a_target_over_a_plan_period_still_earns_the_target_points() -> None:
    text = "2024—2026年，公司单位产品二氧化碳排放量较2020年下降12%，2030年前实现碳达峰。"
    assert points_of(text, {"I06.2": 1, "I06.3": 1}) == {"I06.2": 1, "I06.3": 1}
