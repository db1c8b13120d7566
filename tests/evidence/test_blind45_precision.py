"""Evidence precision on forms met in blind round 45 (session 29), judged wrong or partly in
its audit (seed 2945, guide 1.7), with text written fresh for these tests:

- a retrofit of the company's own office building's lighting or air conditioning not read as an
  office measure (I08.4; guide §12.4: its offices; the corpus labels keep it for I08.3 too);
- titles in an honours box ("…示范企业 | …试点单位") read as a demonstration project (I09.4;
  §3.10, a designation);
- metal recovered from the company's own smelting waste ("铝灰…经回收金属铝后综合利用") read as a
  material used (I04.2; it is waste reused, I04.3);
- "not a key pollutant-discharge unit" alone rated 1 (I01.4; the status stated, a mention);
- the company's own fuel-saving measures restated as CO2 ("…等措施…相当于减少二氧化碳排放")
  read as savings enabled for others (I09.3; §3.7, its own cut).

Near misses that must keep their points are listed with each kind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import points_of

OFFICE_RETROFIT = [
    pytest.param("本行持续推进绿色运营，总行大楼完成照明和空调系统节能改造。", {"I08.4": 1}, id="head_office"),
    pytest.param("公司对总部办公楼中央空调实施节能改造，年节电约36万千瓦时。", {"I08.4": 1}, id="hq_hvac"),
    pytest.param("2023年，各分行营业大楼的照明系统全部完成LED节能改造。", {"I08.4": 1}, id="branch_lighting"),
    pytest.param("We retrofitted the lighting and air-conditioning of our head office building in 2023.",
                 {"I08.4": 1}, id="en_head_office"),
    # a plant's equipment retrofit stays an equipment retrofit
    pytest.param("公司对熟料线篦冷机和高温风机实施节能改造，年节约标准煤1.2万吨。", {"I08.3": 1}, id="plant_stays"),
    pytest.param("Chiller plant optimisation and heat recovery at our fabs saved 46.2 GWh in 2023.",
                 {"I08.3": 1}, id="en_plant_stays"),
]


@pytest.mark.parametrize(("text", "want"), OFFICE_RETROFIT)
def test_office_building_retrofit_is_an_office_measure(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


HONOUR_BOX = [
    pytest.param("荣誉　全国建材行业先进集体　|　湖北省“两型”示范企业　|　国家级绿色矿山试点单位2家",
                 {"I09.4": 0}, id="honours_box"),
    pytest.param("年度荣誉：省级节能减排示范企业 | 绿色工厂 | 安全生产标准化一级企业", {"I09.4": 0}, id="honours_colon"),
    pytest.param("Awards | Provincial low-carbon demonstration enterprise | Green Factory | Quality Award",
                 {"I09.4": 0}, id="en_honours_row"),
    # a demonstration project the company runs stays
    pytest.param("公司与清华大学合作建设水泥窑碳捕集示范项目，2023年建成万吨级中试装置。", {"I09.4": 1}, id="project_stays"),
]


@pytest.mark.parametrize(("text", "want"), HONOUR_BOX)
def test_titles_in_an_honours_box_are_no_demonstration_project(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


METAL_FROM_WASTE = [
    pytest.param("铝灰3.2万吨，经回收金属铝后综合利用。", {"I04.2": 0, "I04.3": 1}, id="aluminium_dross"),
    pytest.param("全年产生钢渣186万吨，经磁选回收废钢12万吨后，尾渣全部用于建材。", {"I04.2": 0}, id="steel_slag"),
    pytest.param("锌冶炼渣经回收其中的锌、铅后交建材企业利用，全年处理冶炼渣8.6万吨。", {"I04.2": 0}, id="zinc_residue"),
    # scrap bought as an input stays a material
    pytest.param("公司全年使用废钢426万吨，废钢比达到21%。", {"I04.2": 1}, id="scrap_input_stays"),
]


@pytest.mark.parametrize(("text", "want"), METAL_FROM_WASTE)
def test_metal_recovered_from_own_waste_is_waste_reused(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


NOT_KEY_UNIT = [
    pytest.param("本行不属于环境保护部门公布的重点排污单位，报告期内未因环境问题受到行政处罚。", {"I01.4": 0.5}, id="bank"),
    pytest.param("公司及子公司均不属于当地生态环境部门公布的重点排污单位。", {"I01.4": 0.5}, id="subsidiaries"),
    pytest.param("公司未被列入所在地重点排污单位名录。", {"I01.4": 0.5}, id="not_listed"),
    # an emergency plan beside it stays a disclosure
    pytest.param("公司不属于重点排污单位，已编制突发环境事件应急预案并报当地环保部门备案。", {"I01.4": 1}, id="plan_stays"),
    pytest.param("公司下属3家工厂为重点排污单位，均已编制突发环境事件应急预案。", {"I01.4": 1}, id="key_unit_stays"),
]


@pytest.mark.parametrize(("text", "want"), NOT_KEY_UNIT)
def test_not_a_key_unit_alone_is_a_mention(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


OWN_MEASURES = [
    pytest.param("我們透過單引擎滑行、優化航路及減輕機上重量等措施提升燃油效益，年內共節省航空燃油約3.8萬噸，"
                 "相當於減少二氧化碳排放約12萬噸。", {"I09.3": 0}, id="hant_airline"),
    pytest.param("通过电机变频、空压机群控和余压利用等措施，全年节电1,860万千瓦时，折合减排二氧化碳约1.1万吨。",
                 {"I09.3": 0}, id="zh_plant"),
    pytest.param("Through single-engine taxiing, route optimisation and weight reduction, these measures saved "
                 "38,000 tonnes of fuel, equivalent to reducing 120,000 tonnes of CO2.", {"I09.3": 0}, id="en_airline"),
    # savings enabled for customers stay
    pytest.param("公司供应的高效变压器帮助客户全年节约用电约2.4亿千瓦时，相当于减少二氧化碳排放约14万吨。",
                 {"I09.3": 1}, id="customers_stay"),
]


@pytest.mark.parametrize(("text", "want"), OWN_MEASURES)
def test_own_measures_restated_as_co2_are_no_saving_for_others(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


OWN_SCRAP = [
    pytest.param("本集團機務工程附屬公司回收廢舊航材及零件，年內回收金屬廢料312噸；機上回收的鋁罐及塑膠瓶共94噸。",
                 {"I04.2": 0, "I04.3": 1}, id="hant_airline_scrap"),
    pytest.param("公司各车间回收金属边角料860吨，全部交由合作企业再生利用。", {"I04.2": 0}, id="offcuts"),
    # recycled metal bought as an input stays a material
    pytest.param("生产车间全年使用再生铝锭12万吨。", {"I04.2": 1}, id="recycled_ingot_stays"),
]


@pytest.mark.parametrize(("text", "want"), OWN_SCRAP)
def test_own_scrap_recovered_is_waste_reused(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


SOURCES_LISTED = [
    pytest.param("公司按照行业核算指南核算温室气体排放，排放源包括阳极消耗、阳极效应全氟化碳、燃料燃烧和外购电力。", {"I11.6": 0.5},
                 id="aluminium_sources"),
    pytest.param("本公司温室气体排放源主要包括燃煤锅炉、厂内车辆和外购电力，数据经第三方核查。", {"I11.6": 0.5}, id="plant_sources"),
    # a split by source stays a disclosure
    pytest.param("2023年温室气体排放中，燃料燃烧排放16.4万吨，外购电力排放356.8万吨。", {"I11.6": 1}, id="split_stays"),
]


@pytest.mark.parametrize(("text", "want"), SOURCES_LISTED)
def test_sources_listed_without_a_split_are_a_mention(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


def test_a_materiality_table_without_de_is_navigation(tmp_path: Path, m: LoadedMethodology) -> None:
    """"议题 | 对公司重要性 | 对利益相关方重要性" heads a materiality table: its topic rows are no
    disclosure, however environmental the topic sounds."""
    from .tagged import rate_text, rated_points

    html = ("<html><body><p>公司2023年持续完善环境管理。</p><table><caption>实质性议题排序</caption>"
            "<tr><th>议题</th><th>对公司重要性</th><th>对利益相关方重要性</th></tr>"
            "<tr><td>赤泥与固体废物</td><td>高</td><td>高</td></tr>"
            "<tr><td>能源与气候变化</td><td>极高</td><td>高</td></tr>"
            "<tr><td>员工培训与发展</td><td>高</td><td>中</td></tr></table></body></html>")
    got = rated_points(rate_text(tmp_path, m, html, suffix=".html"))
    assert got.get("I02.3", 0) == 0
