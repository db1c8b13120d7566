"""Session 29, lead: two kinds from the post-merge audit of blind rounds 44-46 (seed 2901).

- A region's share of clean power in a clause after the company's own act (a grid company that
  connects wind farms, then "全省新能源装机占比达到38.6%") is the region's energy structure, not the
  company's clean-energy share (I03.5).
- Treatment chemicals count as materials used (I04.2) with a figure only; dosing told as the process
  ("投加甲醇作为外加碳源") is how the wastewater is treated.
"""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "公司为风电、光伏项目开辟并网“绿色通道”，全年新增并网新能源装机820万千瓦，全省新能源装机占比达到38.6%。",
    "本年度公司完成12座新能源汇集站建设，助力全市清洁能源发电量占比提升至41.2%。",
    "公司加快特高压配套工程建设，全網新能源裝機容量占比達到36.5%。",
    "We connected 8.2 GW of new wind and solar capacity to our network in 2023, lifting the province's renewable capacity share to 38.6%.",
])
def test_a_regions_share_after_the_companys_act_is_not_its_own(text: str) -> None:
    assert "I03.5" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "2023年公司清洁能源装机占比达到47.3%，较上年提高3.1个百分点。",
    "集团生产用电中可再生能源占比达到30.7%。",
    "Renewable electricity made up 46% of our data centres' power use in 2023.",
])
def test_the_companys_own_share_keeps_its_reading(text: str) -> None:
    assert points(text).get("I03.5") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "由于制药废水可生化性差、总氮高，公司在反硝化段投加甲醇作为外加碳源，并根据进水情况自动调节投加量。",
    "污水处理站采用混凝沉淀工艺，投加聚合氯化铝和聚丙烯酰胺去除悬浮物。",
])
def test_dosing_told_as_a_process_is_no_material_used(text: str) -> None:
    assert "I04.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "2023年污水处理厂全年投加乙酸钠1.26万吨，用于强化脱氮。",
    "通过精确曝气和智能加药，药剂投加量同比下降14%。",
])
def test_chemicals_with_a_figure_stay_materials(text: str) -> None:
    assert points(text).get("I04.2") == 1.0, points(text)
