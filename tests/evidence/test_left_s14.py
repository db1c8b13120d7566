"""Leftovers of session 13's blind round and audits (session 14), with text written fresh for
these tests: a highlights page's KPI tiles glued together with no space (Chinese) or set
figure first (English) lending figures and words to their neighbours; headings alone read as a
disclosure; a company's own green building read as a low-carbon product; a carmaker's electric
cars read as an office measure; a market for low-carbon goods read as the carbon market and a
national plan in English as the company's position; a peak year beside an industry figure
read as a quantified target; a city's sludge in the company's kilns read as its own waste."""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage

from .tagged import points


def _quantities(text: str) -> dict[str, list[str]]:
    return {p["point"]: p["quantities"] for p in tag_passage(text)["points"]}


# ---- 1. highlight pages without spaces ------------------------------------------------------

def test_glued_chinese_tiles_keep_their_own_figures() -> None:
    q = _quantities("2023年度亮点屋顶光伏装机8.4兆瓦减少二氧化碳排放6,200吨可再生电力占比27%"
                    "环保投入3,150万元研发投入1.8亿元")
    assert set(q["I08.2"]) == {"8.4兆瓦"}
    assert q["I05.1"] == ["3,150万元"]
    assert "I09.1" not in q  # 研发投入 meets no green word of another tile
    assert "I09.3" not in q  # 光伏装机… and 减少二氧化碳 are two tiles


def test_glued_chinese_tiles_second_wording() -> None:
    q = _quantities("绩效亮点单位产品综合能耗0.42吨标准煤新能源车辆占比58%节约用水12万立方米"
                    "员工低碳培训2,600人次")
    assert q["I03.3"] == ["0.42吨标准煤"]
    assert q["I04.1"] == ["12万立方米"]
    assert q.get("I03.4") is None  # 能耗 of one tile, 下降 / 节约 of another


def test_spaced_tiles_last_label_keeps_its_figure() -> None:
    q = _quantities("光伏装机 12.6 兆瓦 绿电占比 31% 环保投入 8,600 万元")
    assert q["I05.1"] == ["8,600 万元"]
    assert q["I03.5"] == ["31%"]


def test_english_highlights_figure_first() -> None:
    q = _quantities("Highlights 8.4 MW rooftop solar 27% renewable electricity 6.2 kt CO2e "
                    "avoided RMB 31.5 million environmental investment")
    assert set(q["I08.2"]) == {"8.4 MW"}
    assert q["I03.5"] == ["27%"]
    assert q["I05.1"] == ["31.5 million"]


def test_english_key_figures_second_wording() -> None:
    q = _quantities("Key figures 2,600 employees trained on low-carbon operations 58% electric "
                    "company cars 0.42 tce energy per unit of product")
    assert "I08.4" not in q or q["I08.4"] == []
    assert "I10.1" in q


@pytest.mark.parametrize("text", [
    pytest.param("Scope 1 emissions fell 12% to 8,400 tCO2e from 9,550 tCO2e in 2022.",
                 id="english_prose_with_figures"),
    pytest.param("2023年公司屋顶光伏装机8.4兆瓦，年发电920万千瓦时，减少二氧化碳排放6,200吨。",
                 id="chinese_prose_with_commas"),
])
def test_prose_with_figures_is_no_tile_run(text: str) -> None:
    from cnsr.evidence.kpi_tiles import tile_cuts
    assert tile_cuts(text) == []


def test_a_kpi_tile_alone_is_no_heading() -> None:
    assert points("绿电占比31%") .get("I03.5") == 1


# ---- 4, 10. headings alone --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("气候变化风险", id="zh_climate_risk"),
    pytest.param("气候相关风险与机遇", id="zh_risks_and_opportunities"),
    pytest.param("3.2 应对气候变化风险", id="zh_numbered"),
    pytest.param("Climate risks and opportunities", id="en_risks_and_opportunities"),
    pytest.param("Climate-related risks", id="en_climate_risks"),
    pytest.param("Pollution and waste", id="en_pollution_and_waste"),
    pytest.param("固体废物管理", id="zh_waste_heading"),
])
def test_a_heading_alone_earns_nothing(text: str) -> None:
    assert points(text) == {}


def test_the_body_under_the_heading_still_counts() -> None:
    pts = points("气候相关风险与机遇 集团识别的主要实体风险是台风和暴雨造成的港口停工，"
                 "2023年因此停工5天。")
    assert pts.get("I13.2") == 1
    pts = points("Pollution and waste Our plants generated 12,400 tonnes of hazardous waste "
                 "in 2023, all treated by licensed contractors.")
    assert pts.get("I02.3") == 1


@pytest.mark.parametrize(("text", "point"), [
    pytest.param("客户对产品碳足迹的要求不断提高，若公司无法按期披露产品碳排放数据，可能影响出口订单。",
                 "I13.2", id="zh_customers_carbon_requirements"),
    pytest.param("Tighter carbon standards set by our car-maker customers could reduce our "
                 "market share if we cannot cut the footprint of our parts.", "I13.2",
                 id="en_customers_carbon_standards"),
    pytest.param("储能和风电市场的持续扩大，为公司的电缆业务带来新的发展机遇。", "I13.3",
                 id="zh_growing_green_market"),
    pytest.param("The expansion of the domestic solar market opens an opportunity for our "
                 "glass business.", "I13.3", id="en_growing_green_market"),
])
def test_a_market_risk_or_opportunity_in_one_sentence_is_a_mention(text: str,
                                                                    point: str) -> None:
    assert points(text).get(point) == 0.5


# ---- 7. a market for low-carbon goods; the national goals named as such -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("公司积极开拓低碳市场，低碳产品销售额同比增长18%。", {"I14.1": None},
                 id="zh_lowcarbon_goods_market"),
    pytest.param("集团加快布局零碳产品市场，节能门窗销量增长24%。", {"I14.1": None},
                 id="zh_zero_carbon_product_market"),
    pytest.param("We are entering low-carbon markets in Europe with our recycled aluminium "
                 "sheet.", {"I14.1": None}, id="en_lowcarbon_markets"),
    pytest.param("我们支持国家双碳目标，助力经济社会绿色转型。", {"I06.1": 0.5},
                 id="zh_supporting_the_national_goals"),
    pytest.param("We support China's 14th Five-Year Plan and the national dual carbon goals.",
                 {"I06.1": 0.5, "I06.5": 1}, id="en_a_named_plan_and_the_national_goals"),
    pytest.param("Our company supports the national carbon neutrality strategy.",
                 {"I06.1": 0.5, "I08.1": None}, id="en_the_national_strategy"),
])
def test_the_nation_s_goals_and_low_carbon_markets(text: str,
                                                   expected: dict[str, float | None]) -> None:
    pts = points(text)
    assert {p: pts.get(p) for p in expected} == expected


@pytest.mark.parametrize(("text", "point", "rating"), [
    pytest.param("公司锚定国家双碳目标，制定了自身碳达峰行动方案，力争2028年前实现运营碳达峰。",
                 "I06.1", 1, id="zh_own_commitment_beside_the_national_goals"),
    pytest.param("We support the national dual carbon goals and have committed to net zero "
                 "operations by 2045.", "I06.1", 1, id="en_own_commitment_beside_them"),
    pytest.param("公司下属两家热电厂参与全国碳市场交易，2023年完成配额清缴，履约率100%。", "I14.1", 1,
                 id="zh_the_carbon_market_itself"),
])
def test_what_keeps_its_point(text: str, point: str, rating: float) -> None:
    assert points(text).get(point) == rating


# ---- 5, 6, 8, 9. own buildings, carmakers' cars, industry figures, a city's sludge ------------

@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("新建的康宁东院按绿色建筑二星级标准设计，屋顶安装光伏。", {"I09.2": None},
                 id="zh_own_new_hospital_building"),
    pytest.param("公司总部办公楼于2023年获得绿色建筑三星级运行标识。", {"I09.2": None},
                 id="zh_own_headquarters"),
    pytest.param("Our new headquarters building is designed to LEED Gold standard.",
                 {"I09.2": None, "I14.2": None}, id="en_own_headquarters_leed_gold"),
    pytest.param("2023年公司纯电动汽车销量18.2万辆，新能源车型续航提升至600公里，百公里电耗下降8%。",
                 {"I08.4": None}, id="zh_carmaker_s_electric_cars"),
    pytest.param("Our electric cars use 15% less energy per km than the previous models.",
                 {"I08.4": None}, id="en_carmaker_s_electric_cars"),
    pytest.param("We delivered 182,000 electric vehicles to customers in 2023, cutting their "
                 "fuel use.", {"I08.4": None}, id="en_delivered_electric_vehicles"),
    pytest.param("公司力争2028年前实现碳达峰，行业平均碳排放强度为每吨产品1.8吨二氧化碳。",
                 {"I06.3": None, "I11.4": None}, id="zh_peak_year_and_an_industry_figure"),
    pytest.param("集团计划2030年前实现碳排放达峰；同行业平均单位产品碳排放约为2.1吨二氧化碳/吨。",
                 {"I11.4": None}, id="zh_peers_average"),
    pytest.param("We aim to peak emissions by 2028, while the industry average intensity is "
                 "1.8 tCO2 per tonne of product.", {"I06.3": None, "I11.4": None},
                 id="en_peak_year_and_an_industry_figure"),
    pytest.param("水泥窑协同处置城市污泥8.6万吨，实现污泥减量化和无害化。", {"I02.3": None},
                 id="zh_city_sludge_in_own_kilns"),
    pytest.param("Our kilns co-processed 86,000 tonnes of municipal sludge from the city in "
                 "2023.", {"I02.3": None}, id="en_city_sludge_in_own_kilns"),
])
def test_others_things_and_the_industry_s_figures(text: str,
                                                  expected: dict[str, float | None]) -> None:
    pts = points(text)
    assert {p: pts.get(p) for p in expected} == expected


@pytest.mark.parametrize(("text", "point"), [
    pytest.param("公司承建的12个项目获得绿色建筑三星级标识。", "I09.2", id="a_builder_s_projects"),
    pytest.param("公司公务用车全部更换为新能源汽车，年减少汽油消耗86吨。", "I08.4",
                 id="zh_own_fleet"),
    pytest.param("We replaced 60% of our company cars with electric vehicles, cutting fuel use "
                 "by 40 tonnes.", "I08.4", id="en_own_fleet"),
    pytest.param("公司力争到2030年单位产品碳排放较2020年下降20%，达到行业先进水平。", "I06.3",
                 id="own_target_beside_the_industry_level"),
    pytest.param("2023年公司单位产品碳排放强度为1.42吨二氧化碳/吨，低于行业平均水平1.8吨二氧化碳/吨。",
                 "I11.4", id="own_intensity_beside_the_industry_average"),
    pytest.param("公司污水处理厂产生污泥3.2万吨，全部送水泥厂协同处置。", "I02.3",
                 id="own_sludge_sent_to_a_kiln"),
])
def test_own_things_keep_their_point(text: str, point: str) -> None:
    assert points(text).get(point) == 1


@pytest.mark.parametrize("text", [
    pytest.param("风电和储能项目对耐候钢的需求持续增长，为公司带来新的市场空间。",
                 id="zh_demand_growing_market_space"),
    pytest.param("Opportunities: demand for our inverters used in solar farms and energy storage "
                 "grew 42% in 2023.", id="en_demand_for_green_uses_grew"),
])
def test_growing_green_demand_is_an_opportunity(text: str) -> None:
    assert points(text).get("I13.3") == 0.5
