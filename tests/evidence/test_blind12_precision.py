"""Evidence precision on forms met in blind round 12 (session 16), each rated wrong before, with
text written fresh for these tests: metallurgical carbon words (a steel grade "低碳钢、中碳钢盘条",
heat treatment "渗碳", "脱碳层深度") read as carbon monitoring; clean-energy sectors named as what
drives demand for the company's goods ("新能源汽车和光伏电站建设带动…需求", "产品用于…光伏支架")
read as its own energy structure and operations; water amounts in tonnes ("用水量312万吨") left
as a mention; a bank's loan products named after clean energy ("光伏贷") read as its own
renewables; low-NOx combustion retrofits not read as treatment; fuel saved by volume left as a mention; staff trained on energy-saving practice or climate risk not read as training."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from cnsr.rating import Rating

from .tagged import points as _tag
from .tagged import rate_text
from .tagged import rated_points as _points


def _rate(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".md") -> Rating:
    return rate_text(tmp_path, m, text, suffix)


# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # metallurgy: a steel grade or a heat treatment is no carbon topic
    pytest.param("热处理车间对螺栓实施渗碳、碳氮共渗和调质处理，并按批次检测表面硬度和脱碳层深度。",
                 {"I12.4": 0, "I13.1": 0, "I11.4": 0}, id="carburising_and_a_decarburised_layer"),
    pytest.param("热处理工序对齿轮进行渗碳淬火，每班检测表面脱碳情况并记录数据。",
                 {"I12.4": 0, "I13.1": 0}, id="surface_decarburisation_checked"),
    pytest.param("公司按批次抽检盘条的含碳量和脱碳层深度，全年合格率99.9%。",
                 {"I12.4": 0, "I11.4": 0}, id="carbon_content_of_wire_rod"),
    pytest.param("Bolts are carburised and every batch is tested for decarburisation depth and "
                 "carbon content.",
                 {"I12.4": 0, "I13.1": 0}, id="carburised_and_decarburisation_en"),
    # clean-energy sectors as the company's market, not its energy
    pytest.param("在国家“双碳”目标推动下，新能源汽车和光伏电站建设带动高强度紧固件需求较快增长。",
                 {"I08.2": 0, "I08.4": 0}, id="nev_and_pv_drive_demand_for_bolts"),
    pytest.param("受益于光伏、储能装机增长，公司支架产品订单同比增长35%。",
                 {"I08.2": 0, "I03.5": 0}, id="orders_grow_with_pv_and_storage"),
    pytest.param("风电和储能项目建设拉动了公司轴承的销量。",
                 {"I08.2": 0}, id="wind_projects_lift_bearing_sales"),
    pytest.param("公司主要生产高强度螺栓，产品用于汽车、工程机械和光伏支架。",
                 {"I08.2": 0, "I08.4": 0}, id="products_used_in_pv_mounts"),
    pytest.param("Growth in electric vehicles and solar farms drove demand for our connectors.",
                 {"I08.2": 0, "I08.4": 0}, id="evs_drive_demand_en"),
    pytest.param("Our fasteners are used in cars, rail and solar mounting structures.",
                 {"I08.2": 0}, id="products_used_in_solar_en"),
    # a bank's loan products named after clean energy
    pytest.param("本行推出“光伏贷”“储能贷”等普惠金融产品。",
                 {"I08.2": 0}, id="pv_loan_product"),
    pytest.param("上线“绿电贷”产品，全年发放12亿元。",
                 {"I08.2": 0, "I14.3": 0}, id="green_power_loan_product"),
    pytest.param("分行为种植大户办理“新能源快贷”860笔。",
                 {"I08.2": 0}, id="new_energy_quick_loan"),
    # staff trained on energy-saving practice or climate risk (docs/judging.md §5 I10.1)
    pytest.param("全年开展培训2,146期，其中绿色金融与气候风险专题培训32期，参训员工2,700人次。",
                 {"I10.1": 1}, id="climate_risk_training"),
    pytest.param("组织碳排放管理员和能源计量人员参加省碳交易中心培训42人次。",
                 {"I10.1": 1}, id="carbon_staff_trained"),
    pytest.param("组织“绿色酒店节能操作”专项培训，覆盖工程和客房员工2,400人。",
                 {"I10.1": 1}, id="energy_saving_practice_training"),
    pytest.param("Some 1,300 employees completed energy-saving training in 2023.",
                 {"I10.1": 1}, id="energy_saving_training_en"),
    pytest.param("We ran climate risk workshops for 85 managers.", {"I10.1": 1},
                 id="climate_risk_workshops_en"),
    pytest.param("公司开展节能宣传周活动，向社区居民发放节能手册。", {"I10.1": 0},
                 id="a_public_campaign_is_no_staff_training"),
    pytest.param("公司向客户提供节能培训服务。", {"I10.1": 0}, id="training_sold_to_customers"),
    # low-NOx combustion retrofits are treatment (docs/judging.md §3.2), not carbon retrofits
    pytest.param("各酒店锅炉均已完成低氮燃烧改造。", {"I02.4": 1, "I08.3": 0}, id="low_nox_boilers"),
    pytest.param("2023年完成3台燃气锅炉低氮燃烧改造。", {"I02.4": 1, "I08.3": 0}, id="low_nox_retrofit_done"),
    pytest.param("热风炉更换低氮燃烧器后，氮氧化物浓度稳定低于50毫克/立方米。", {"I02.4": 1},
                 id="low_nox_burner_fitted"),
    pytest.param("Two boilers were fitted with low-NOx burners in 2023.", {"I02.4": 1},
                 id="low_nox_burners_en"),
    pytest.param("公司推广低氮燃烧技术产品，服务客户300余家。", {"I02.4": 0},
                 id="low_nox_products_sold_are_no_own_treatment"),
    # fuel saved by volume is an energy saving with its figure (docs/judging.md §3.3)
    pytest.param("完成8家酒店的空气源热泵改造，替代燃气锅炉供应生活热水，全年节约天然气约68万立方米。",
                 {"I03.4": 1, "I08.3": 1}, id="gas_saved_by_a_heat_pump_retrofit"),
    pytest.param("2023年完成锅炉改造，节约天然气120万立方米。", {"I03.4": 1, "I08.3": 1},
                 id="gas_saved_by_a_boiler_retrofit"),
    pytest.param("物流车队优化路线，全年节约柴油约310吨。", {"I03.4": 1}, id="diesel_saved"),
    pytest.param("The heat-pump retrofit saved 1.2 million m3 of natural gas in 2023.",
                 {"I03.4": 1, "I08.3": 1}, id="gas_saved_en"),
    pytest.param("实施中水回用改造，年节约用水12万立方米。", {"I03.4": 0, "I08.3": 0},
                 id="water_saved_is_no_energy_saving"),
    pytest.param("公司向客户提供节能改造服务，帮助客户节约天然气300万立方米。",
                 {"I03.4": 0, "I08.3": 0}, id="gas_saved_for_customers"),
    pytest.param("Our energy services helped customers save 3 million m3 of natural gas.",
                 {"I03.4": 0, "I08.3": 0}, id="gas_saved_for_customers_en"),
    # the GHG assurance standard named; a warming scenario named by degrees or pathway
    pytest.param("Figures were given limited assurance under ISAE 3410 by an independent provider.",
                 {"I12.5": 1}, id="isae_3410_assurance_en"),
    pytest.param("上述数据经独立第三方按ISAE 3410准则提供有限保证。", {"I12.5": 1}, id="isae_3410_assurance"),
    pytest.param("Our financial statements were audited under ISA 700.", {"I12.5": 0},
                 id="a_financial_audit_is_no_ghg_assurance"),
    pytest.param("Under a 2 °C scenario with rising green-power premiums, our electricity costs in "
                 "2030 would be RMB 310 million higher than today.", {"I13.4": 1},
                 id="a_two_degree_scenario_en"),
    pytest.param("在2°C情景下，公司2030年电力成本将增加约1.2亿元。", {"I13.4": 1}, id="a_two_degree_scenario"),
    pytest.param("在RCP8.5情景下，沿海仓库遭受洪涝的概率上升。", {"I13.4": 1}, id="an_rcp_pathway"),
    pytest.param("2023年当地最高气温达到42°C，公司为户外员工发放防暑用品。", {"I13.4": 0},
                 id="a_temperature_is_no_scenario"),
    # water in tonnes is an amount of water (docs/judging.md §3.3)
    pytest.param("2023年公司用水量312万吨，同比下降4%。", {"I04.1": 1}, id="water_in_10k_tonnes"),
    pytest.param("全年新鲜水取用量为6.5万吨。", {"I04.1": 1}, id="fresh_water_in_tonnes"),
    pytest.param("Total water withdrawal was 68,000 tonnes in 2023.", {"I04.1": 1},
                 id="water_in_tonnes_en"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_points_of_a_passage(text: str, expected: dict[str, float]) -> None:
    pts = _tag(text)
    assert {pid: pts.get(pid, 0) for pid in expected} == expected


# What must still count beside them.
KEEP = [
    pytest.param("我们每月统计各工序碳排放数据并建立台账。", "I12.4", id="carbon_data_monitored"),
    pytest.param("公司屋顶建成分布式光伏2兆瓦，年发电220万千瓦时全部自用。", "I08.2", id="own_rooftop_pv"),
    pytest.param("We installed 2 MW of rooftop solar panels at our plant, generating 2.1 GWh.",
                 "I08.2", id="own_rooftop_pv_en"),
    pytest.param("本行总部大楼屋顶光伏年发电26万千瓦时。", "I08.2", id="a_bank_s_own_pv"),
    pytest.param("上线“绿电贷”产品，全年发放12亿元。", "I15.4", id="green_loans_still_green_finance"),
    pytest.param("2023年废水排放量4.2万吨。", "I02.2", id="wastewater_in_tonnes_stays_discharge"),
    pytest.param("公司实施中水回用改造，2023年用水量为56万立方米。", "I04.1", id="water_in_m3"),
    # the same demand words stated as an opportunity keep it (energy_demand vetoes own energy only)
    pytest.param("机遇方面，新型储能和海上风电带来新增租赁需求。", "I13.3", id="demand_as_an_opportunity"),
    pytest.param("气候机遇方面，光伏和储能装机增长带动公司支架产品需求。", "I13.3",
                 id="demand_as_a_climate_opportunity"),
    pytest.param("Growth in solar and wind projects drove demand for our leasing, a climate-related "
                 "opportunity.", "I13.3", id="demand_as_an_opportunity_en"),
]


@pytest.mark.parametrize(("text", "point"), KEEP)
def test_what_still_counts(text: str, point: str) -> None:
    assert _tag(text).get(point, 0) > 0


def test_wastewater_in_tonnes_is_no_water_use() -> None:
    assert _tag("2023年废水排放量4.2万吨。").get("I04.1", 0) == 0


def test_a_small_manufacturer_without_carbon_words_stays_unaware(tmp_path: Path,
                                                                m: LoadedMethodology) -> None:
    """Steel grades, heat treatment and a market driven by new energy give no carbon awareness."""
    r = _rate(tmp_path, m, "公司以低碳钢、中碳钢盘条为主要原材料，产品用于汽车和光伏支架。\n"
                           "热处理车间实施渗碳和碳氮共渗，并按批次检测脱碳层深度。\n"
                           "新能源汽车和光伏电站建设带动公司紧固件需求较快增长。\n"
                           "公司持有排污许可证，2023年化学需氧量排放2.3吨。\n")
    assert r.stage == 1
    pts = _points(r)
    assert pts["I12.4"] == pts["I08.2"] == pts["I08.4"] == 0


@pytest.mark.parametrize("title", ["ESG指标索引", "报告索引", "附录"])
def test_an_issue_index_with_its_indicator_column_is_navigation(tmp_path: Path,
                                                                m: LoadedMethodology,
                                                                title: str) -> None:
    """"议题 | 对应指标 | 页码" lists where topics are, not what was done (docs/judging.md §2.1)."""
    r = _rate(tmp_path, m, f"{title}\n\n| 议题 | 对应指标 | 页码 |\n|---|---|---|\n"
                                     "| 生态保护 | 生物多样性保护、生态修复 | 5 |\n"
                                     "| 应对气候变化 | 温室气体排放总量及强度、减排目标 | 4 |\n"
                                     "| 能源管理 | 综合能源消费量、节能措施 | 4 |\n")
    pts = _points(r)
    assert pts["I05.2"] == pts["I11.4"] == pts["I06.3"] == pts["I03.1"] == 0


def test_a_kpi_table_still_counts(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 指标 | 单位 | 2023年 |\n|---|---|---|\n"
                           "| 温室气体排放总量 | 吨二氧化碳当量 | 32,400 |\n"
                           "| 综合能源消费量 | 吨标准煤 | 11,860 |\n")
    pts = _points(r)
    assert pts["I11.4"] == pts["I03.1"] == 1
