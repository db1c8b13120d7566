"""Evidence precision on forms met in blind round 36 (session 26), each rated wrong before, with
text written fresh for these tests: an index table (GRI / SASB codes, descriptions, page numbers)
printed under a KPI table and read into the same table, whose index lines were then read under the
KPI table's header as disclosures (guide §2 step 1, navigation); extreme weather named inside the
year's situation a chairman's letter says the company faced ("面对…极端天气频发的严峻形势，"), read
as a climate risk the company names (guide §2 step 3, background); and "renewable procurement" as
a working group's remit, read as a measure towards suppliers (guide §3.10: green power bought is
the company's own energy, not its supply chain); passengers' carbon credits bought through an
airline's app, the purchase after a comma, read as the airline's own offsets (guide §3.7, others);
and the generation of projects an insurer's debt investment plans support, by the project owners'
estimate, read as its own clean energy (guide §3.7, others); a data centre's racks of "installed
capacity" read as generating capacity of its own energy structure (guide §2 step 4, word-sense);
members' points exchanged for tree planting read as the company's afforestation (guide §3.7,
others); and the national carbon market that may widen its coverage, named in a risk, read as the
company's ETS coverage (guide §3.3 / §5 I14.1: a development of the market, no coverage). Near misses that must keep their points are
listed with each kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.navigation_tables import rows_before_index
from cnsr.methodology import LoadedMethodology

from .tagged import points_of, rate_text, rated_points

KPI_ROWS = [
    ["", "指标", "2021年", "2022年", "2023年"],
    ["货邮运输量（万吨）", "", "52.6", "48.3", "61.7"],
    ["客座率（%）", "", "79.4", "70.2", "83.1"],
    ["航班正常率（%）", "", "87.5", "89.9", "85.6"],
]
INDEX_ROWS = [
    ["GRI / SASB 内容索引", "", "", "", ""],
    ["编号", "", "披露内容", "", "页码"],
    ["GRI 302-1", "", "组织内部的能源消耗", "", "12"],
    ["GRI 305-1", "", "直接温室气体排放", "", "13"],
    ["SASB TR-AL-110a.3", "", "燃料消耗量、替代燃料比例", "", "12-13"],
]


def test_an_index_table_read_into_a_kpi_table_is_cut_off() -> None:
    assert rows_before_index(KPI_ROWS + INDEX_ROWS) == KPI_ROWS


def test_an_english_index_under_a_kpi_table_is_cut_off() -> None:
    kpi = [["Indicator", "Unit", "2022", "2023"], ["Employees", "persons", "3,104", "3,388"],
           ["Training hours", "hours", "36", "41"], ["Injury rate", "per 200,000 h", "0.11", "0.09"]]
    index = [["GRI content index", "", "", ""], ["Disclosure", "", "Page", ""],
             ["GRI 302-1 Energy consumption", "", "14", ""], ["GRI 305-2 Scope 2 emissions", "", "15", ""]]
    assert rows_before_index(kpi + index) == kpi


def test_a_kpi_table_with_a_gri_column_stays_whole() -> None:
    # near miss: index codes beside the figures are a KPI table's own column
    rows = [["GRI", "指标", "2022年", "2023年"], ["302-1", "综合能源消费量（吨标准煤）", "18,420", "17,960"],
            ["305-1", "范围一排放（吨二氧化碳当量）", "21,300", "20,640"],
            ["305-2", "范围二排放（吨二氧化碳当量）", "9,870", "9,410"]]
    assert rows_before_index(rows) == rows


def test_a_kpi_table_alone_stays_whole() -> None:
    assert rows_before_index(KPI_ROWS) == KPI_ROWS


def _one_table(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><p>关键绩效</p><table>{body}</table></body></html>"


def test_index_lines_under_a_kpi_table_earn_no_point(tmp_path: Path, m: LoadedMethodology) -> None:
    got = rated_points(rate_text(tmp_path, m, _one_table(KPI_ROWS + INDEX_ROWS), ".html"))
    assert got.get("I03.1", 0) == 0 and got.get("I04.2", 0) == 0 and got.get("I11.1", 0) == 0


SITUATION = [
    pytest.param("面对电煤价格高位波动、极端天气频发的严峻形势，公司坚持稳中求进，全力保供电、保供热。", {"I13.2": 0},
                 id="situation_faced_zh"),
    pytest.param("面对原材料价格上涨、极端天气多发的复杂局面，集团全力保障生产经营稳定。", {"I13.2": 0},
                 id="complex_situation_zh"),
    pytest.param("面對燃料價格高企、極端天氣頻發的嚴峻形勢，本集團全力保障電力供應。", {"I13.2": 0}, id="situation_hant"),
    pytest.param("Faced with volatile fuel prices and frequent extreme weather, the Group kept its power supply stable.",
                 {"I13.2": 0}, id="faced_with_en"),
    # near misses: a risk the company names stays
    pytest.param("极端天气可能导致航班延误和取消，增加运营成本。", {"I13.2": 1}, id="risk_named_stays"),
    pytest.param("面对极端天气频发的挑战，公司识别出台风、洪涝等实体风险。", {"I13.2": 1}, id="challenge_stays"),
    pytest.param("面对复杂形势，公司识别出台风、洪涝等极端天气带来的实体风险。", {"I13.2": 1}, id="risk_in_other_clause_stays"),
    pytest.param("Extreme weather may disrupt our operations and raise cooling loads at our sites.", {"I13.2": 1},
                 id="risk_named_en_stays"),
]

PROCUREMENT = [
    pytest.param("A working group coordinates energy efficiency, renewable procurement and carbon accounting across all sites.",
                 {"I08.5": 0}, id="renewable_procurement_en"),
    pytest.param("We expanded renewable energy sourcing for our data centres and offices in 2023.", {"I08.5": 0},
                 id="renewable_sourcing_en"),
    pytest.param("工作小组统筹节能改造、可再生能源采购和碳排放核算工作。", {"I08.5": 0}, id="renewable_procurement_zh"),
    # near misses: measures towards suppliers stay
    pytest.param("公司推行绿色采购，优先采购低碳产品，并要求供应商披露碳排放数据。", {"I08.5": 1}, id="green_procurement_stays"),
    pytest.param("We require our key suppliers to report their carbon emissions and set reduction targets.", {"I08.5": 1},
                 id="suppliers_asked_stays"),
]


OFFSETS = [
    pytest.param("公司在App上线碳抵消功能，乘客可根据航程测算本次出行的碳排放，自愿购买林业碳汇进行抵消。",
                 {"I08.6": 0, "I05.3": 0}, id="passengers_buy_after_comma_zh"),
    pytest.param("會員可於小程序計算行程碳排放，自願購買碳信用抵消。", {"I08.6": 0}, id="members_buy_hant"),
    pytest.param("Through our app, passengers can calculate the emissions of their flight and voluntarily buy forestry "
                 "carbon credits.", {"I08.6": 0}, id="passengers_buy_en"),
    # near misses: the company's own offsets stay
    pytest.param("公司自愿购买林业碳汇，抵消总部办公碳排放1,200吨。", {"I08.6": 1}, id="own_offsets_stay"),
    pytest.param("We voluntarily bought 3,000 tonnes of verified carbon credits to offset our office emissions.",
                 {"I08.6": 1}, id="own_offsets_en_stay"),
]

FINANCED_PLANTS = [
    pytest.param("据项目方测算，本公司以债权投资计划支持的海上风电项目全面投产后，年发电量约42亿千瓦时。", {"I03.5": 0, "I08.2": 0},
                 id="debt_plan_projects_zh"),
    pytest.param("本公司通过股权投资计划支持的光伏电站年发电量约6.5亿千瓦时，可再生能源发电占比100%。", {"I03.5": 0},
                 id="equity_plan_projects_zh"),
    pytest.param("The offshore wind projects our debt investment plans support will generate about 4.2 billion kWh a year.",
                 {"I08.2": 0}, id="debt_plan_projects_en"),
    # near miss: the company's own clean power stays
    pytest.param("公司自建屋顶光伏年发电量580万千瓦时，清洁能源使用占比12%。", {"I03.5": 1}, id="own_solar_stays"),
]


RACKS = [
    pytest.param("At the end of 2023 we operated about 52,000 racks of installed capacity with a designed IT load of 240 MW.",
                 {"I08.2": 0}, id="racks_of_installed_capacity_en"),
    pytest.param("Our three campuses have an installed capacity of approximately 30,000 racks.", {"I08.2": 0},
                 id="installed_capacity_of_racks_en"),
    # near misses: generating capacity stays
    pytest.param("Our installed capacity of wind and solar reached 1,260 MW in 2023.", {"I08.2": 1}, id="wind_solar_capacity_stays"),
    pytest.param("We added 85 MW of installed capacity of rooftop solar at our plants in 2023.", {"I08.2": 1},
                 id="rooftop_solar_capacity_stays"),
]

TREE_POINTS = [
    pytest.param("会员可将“低碳里程”兑换为植树公益积分。", {"I05.3": 0}, id="members_points_for_trees_zh"),
    pytest.param("用户可将步数兑换成种树能量，参与沙漠植树。", {"I05.3": 0}, id="users_steps_for_trees_zh"),
    pytest.param("Members can redeem their miles for tree planting in Inner Mongolia.", {"I05.3": 0}, id="members_redeem_en"),
    # near miss: the company's own planting stays a mention (guide §12.1)
    pytest.param("公司组织员工志愿者义务植树6,800株。", {"I05.3": 0.5}, id="staff_planting_stays"),
]


ETS_WIDENING = [
    pytest.param("随着全国碳排放权交易市场可能扩大覆盖行业，公司焙烧工序能耗较高，未来可能面临碳排放成本上升的风险。", {"I14.1": 0},
                 id="market_may_widen_zh"),
    pytest.param("全国碳市场将逐步扩大行业覆盖，公司正开展碳排放摸底。", {"I14.1": 0}, id="market_will_widen_zh"),
    pytest.param("The national ETS may expand its coverage to more industries, which could raise our costs.", {"I14.1": 0},
                 id="ets_may_expand_en"),
    # near misses: the company's own coverage and compliance stay
    pytest.param("公司所属两家电厂纳入全国碳排放权交易市场，按期完成2021—2022年度配额清缴履约。", {"I14.1": 0.5}, id="covered_stays"),
    pytest.param("Our two cement plants are covered by the national ETS and surrendered their 2022 allowances on time.",
                 {"I14.1": 0.5}, id="covered_en_stays"),
]


@pytest.mark.parametrize(("text", "want"), [*SITUATION, *PROCUREMENT, *OFFSETS, *FINANCED_PLANTS, *RACKS, *TREE_POINTS,
                                            *ETS_WIDENING])
def test_blind36_points(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
