"""Blind round 41 (session 28): the reader's wrong and partly evidence on d265-d270, fixed by
kind in the lexicon (docs/reader-history.md, "Blind round 41"). Every sentence here was written
for these tests; none is copied from the round's documents or from a real report.

Kinds: a sector's or the nation's plan named by its title as the subject of a requirement; a
materiality result whose topics stand before the verb; hauliers' and carriers' vehicles; the
renewable-energy equipment a developer buys; a scope defined by where its emissions come from
(English); a price swing said to affect revenue; a forestry cooperative insured or financed;
ships' waste a port receives; the grid's CO2 and SO2 avoided by generation with the factor's
basis between figure and verb; customers' demand for low-carbon goods; a carbon risk named as
such; revenue from environmental attributes."""

from __future__ import annotations

import pytest

from .tagged import points


# -- a sector's or the nation's plan as the subject (background, guide §3.10 / §2) ---------------
@pytest.mark.parametrize("text", [
    "《钢铁行业碳达峰实施方案》提出，到2025年电炉钢产量占粗钢总产量比例提升至15%以上。",
    "《工业领域碳达峰实施方案》明确要求重点行业能效达到标杆水平，推动行业碳排放尽早达峰。",
    "《建材行业碳达峰实施方案》进一步提出，到2030年前建材行业实现碳达峰。",
    "《有色金属行业碳达峰实施方案》要求到2025年再生铝产量达到1,150万吨。",
    "The Implementation Plan for Carbon Peaking in the Industrial Sector requires key industries "
    "to reach benchmark energy efficiency by 2025.",
    "The steel industry's carbon peaking plan calls for electric-arc steel to exceed 15% of output by 2025.",
])
def test_a_sector_plan_as_the_subject_is_background(text: str) -> None:
    got = points(text)
    assert not {"I06.1", "I06.2", "I08.1", "I10.2"} & got.keys(), got


@pytest.mark.parametrize("text", [
    "公司制定《碳达峰实施方案》，要求各子公司于2028年前实现碳达峰。",
    "公司按照《钢铁行业碳达峰实施方案》要求，制定《本公司碳达峰行动方案》，力争2028年前实现碳达峰。",
    "We adopted our Carbon Peaking Action Plan in 2023, which requires all subsidiaries to peak emissions by 2028.",
])
def test_the_companys_own_plan_still_counts(text: str) -> None:
    got = points(text)
    assert got.get("I06.1") == 1.0 and got.get("I08.1") == 1.0, got


# -- a materiality result with the topics before the verb (navigation, guide §2.1) -------------
@pytest.mark.parametrize("text", [
    "经问卷调查和管理层访谈，公司识别出“安全生产”“客户服务”“绿色物流与应对气候变化”“员工健康”为高度重要议题。",
    "經評估，「職業安全」「電網消納」「生態保護」「應對氣候變化」被列為高度重要議題。",
    "通过问卷调查，公司将能源管理、应对气候变化、生物多样性确定为实质性议题。",
    "We identified customer protection, green finance and climate change as highly material topics.",
])
def test_material_topics_before_the_verb_are_navigation(text: str) -> None:
    got = points(text)
    assert not {"I05.2", "I06.1", "I07.1", "I09.2", "I15.4"} & got.keys(), got


# -- hauliers' and carriers' vehicles (others', guide §3.7) -------------------------------------
@pytest.mark.parametrize("text", [
    "公司联合主要车队开展绿色运输行动，社会车队新增新能源重卡210辆。",
    "公司鼓励合作车队购置纯电动重卡，并在港区建设充电站。",
    "进港集卡多数由外协车队承运，外协车队年内更换LNG重卡86辆。",
    "We encouraged our hauliers to buy electric trucks and built two charging stations for them at the terminal.",
])
def test_hauliers_vehicles_are_no_operations_measure(text: str) -> None:
    assert "I08.4" not in points(text), points(text)


def test_own_electric_tractors_stay_an_energy_structure_measure() -> None:
    got = points("公司将港内自有集卡全部更换为纯电动集卡，全年新增电动集卡60辆，年节约柴油约1,200吨。")
    assert got.get("I03.4") == 1.0, got


# -- equipment the company buys (no product it offers, guide §3.7) -----------------------------
@pytest.mark.parametrize("text", [
    "公司主要采购风机、光伏组件及逆变器，合作供应商386家。",
    "本集團採購的主要設備為風電機組和儲能電池，年內合作供應商212家。",
    "We mainly purchase wind turbines, PV modules and inverters from 386 suppliers.",
])
def test_purchased_renewable_equipment_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text), points(text)


def test_a_module_maker_keeps_its_product() -> None:
    assert points("公司生产的高效光伏组件出货量达到12吉瓦。").get("I09.2") == 1.0


# -- a scope defined by where its emissions come from (partly, guide §5 I11.6) -----------------
@pytest.mark.parametrize("text", [
    "Scope 1 comes from natural gas in staff canteens and the company's vehicles.",
    "Scope 1 emissions arise mainly from diesel used by generators and vehicles; Scope 2 from purchased electricity.",
    "Scope 1 stems from boilers and refrigerant leakage at our branches.",
])
def test_a_scope_defined_by_its_sources_is_a_mention(text: str) -> None:
    assert points(text).get("I11.6") == 0.5, points(text)


def test_a_scope_split_with_figures_is_a_breakdown() -> None:
    got = points("Scope 1 emissions of 4,106 tCO2e came mainly from natural gas (62%) and vehicle fuel (38%).")
    assert got.get("I11.6") == 1.0, got


# -- a price swing said to affect revenue (a risk, no carbon revenue) --------------------------
@pytest.mark.parametrize("text", [
    "转型风险 | 电力市场化交易及绿证价格波动影响收入 | 中长期购电协议、参与绿电交易",
    "若出售配额的价格下跌，将减少公司配额交易收益。",
])
def test_a_price_risk_is_no_carbon_revenue(text: str) -> None:
    assert "I15.3" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司全年出售CCER 12万吨，获得收入560万元。",
    "We sold 120,000 tonnes of surplus allowances, with revenue from the sale of allowances of RMB 6.8 million.",
    "年内出售绿证162万张，并通过绿电交易售出绿电18.4亿千瓦时，相关环境权益收入约1.12亿元。",
    "公司获得绿电环境权益收益3,600万元。",
    "Revenue from environmental attributes (green certificates) was RMB 112 million in 2023.",
])
def test_carbon_and_environmental_attribute_revenue_counts(text: str) -> None:
    assert points(text).get("I15.3") == 1.0, points(text)


# -- a forestry cooperative insured or financed (others', guide §3.7) --------------------------
@pytest.mark.parametrize("text", [
    "年内为14家国有林场和林业合作社提供风险保障1.36亿元。",
    "公司向林业专业合作社和林业企业提供林木火灾保险，保障金额3.2亿元。",
])
def test_a_forestry_client_is_no_afforestation(text: str) -> None:
    assert "I05.3" not in points(text), points(text)


def test_planting_by_the_company_stays_afforestation() -> None:
    assert points("公司在矿区复垦区植树造林1,200亩。").get("I05.3") == 1.0


# -- ships' waste a port receives (others', guide §3.7) ----------------------------------------
@pytest.mark.parametrize("text", [
    "港区全年接收靠港船舶生活垃圾426吨、含油污水1,860吨。",
    "公司全年处理到港船舶含油污水2,300吨，转运过往船舶垃圾510吨。",
    "The terminal received 1,860 tonnes of ship-generated oily water from visiting vessels.",
])
def test_ships_waste_received_is_not_the_companys(text: str) -> None:
    got = points(text)
    assert "I02.2" not in got and got.get("I02.3", 0) <= 0.5, got


def test_own_waste_still_counts() -> None:
    assert points("公司全年产生一般固体废物3,260吨，危险废物128吨。").get("I02.3") == 1.0


def test_a_shipping_companys_own_waste_handed_ashore_stays_its_own() -> None:
    got = points("2023年船队交岸处理船舶垃圾1.2万立方米、含油污水3.1万立方米。")
    assert got.get("I02.2") == 1.0, got


# -- the grid's CO2 and SO2 avoided by generation (others', guide §3.7) ------------------------
@pytest.mark.parametrize("text", [
    "全年风电、光伏上网电量52.3亿千瓦时，按区域电网排放因子测算，相当于减少二氧化碳排放约410万吨、减少二氧化硫排放约900吨。",
    "本年度售電量98.6億千瓦時，根據全國電網平均排放因子估算，相當於減少二氧化碳排放約812萬噸，減少二氧化硫排放約1,780噸。",
])
def test_generation_avoided_with_its_basis_is_no_co_reduction(text: str) -> None:
    got = points(text)
    assert "I16.2" not in got and "I16.3" not in got, got
    assert got.get("I09.3") == 1.0, got


def test_own_co_reduction_stays() -> None:
    got = points("公司实施锅炉烟气脱硫脱硝改造，同步降低燃煤消耗，全年减少二氧化硫排放120吨、二氧化碳排放1.2万吨。")
    assert got.get("I16.3") == 1.0, got


# -- customers' demand for low-carbon goods (a trend or a risk, no product) --------------------
@pytest.mark.parametrize("text", [
    "碳排放相关风险：下游客户对低碳钢材的需求也可能改变市场格局。",
    "Customers' demand for low-carbon steel may reshape the market.",
])
def test_customers_demand_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司满足客户对低碳钢材的需求，全年供应低碳螺纹钢12万吨。",
    "We launched a low-carbon rebar to meet customer demand for low-carbon steel, selling 120,000 tonnes.",
])
def test_a_product_meeting_demand_still_counts(text: str) -> None:
    assert points(text).get("I09.2") == 1.0, points(text)


# -- a carbon risk named as such ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "碳排放相关风险：若碳价上涨，公司履约成本将增加。",
    "碳排放风险。钢铁行业预计将纳入全国碳市场，若免费配额不足，公司需购买配额履约。",
    "Carbon-related risks: a rising carbon price would increase our compliance costs.",
])
def test_a_carbon_risk_named_is_a_climate_risk(text: str) -> None:
    assert points(text).get("I13.2", 0) >= 0.5, points(text)


# -- a city's or province's bureau as the source of a figure (background) ----------------------
@pytest.mark.parametrize("text", [
    "根据省生态环境厅数据，2023年全省重点排污单位排放二氧化硫3.2万吨。",
    "据市生态环境局统计，2023年重点排污单位排放氮氧化物1.6万吨。",
    "According to the provincial ecology and environment department, key dischargers emitted 32,000 tonnes of SO2 in 2023.",
])
def test_a_bureaus_figure_is_background(text: str) -> None:
    assert "I02.1" not in points(text), points(text)


# -- the company's own retired equipment handed on (its waste, no product) ---------------------
@pytest.mark.parametrize("text", [
    "退役光伏组件12,400块由供应商回收拆解。",
    "報廢風機葉片320片交由有資質單位綜合利用。",
    "Retired PV modules were returned to the manufacturer for recycling, 12,400 panels in 2023.",
])
def test_own_retired_equipment_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text), points(text)


def test_a_recycling_service_offered_stays_a_service() -> None:
    assert points("公司提供退役光伏组件回收服务，全年回收组件12万块。").get("I09.2") == 1.0


# -- the company's own equipment damaged in a risk (its assets, no product) --------------------
@pytest.mark.parametrize("text", [
    "實體風險（急性） | 颱風、覆冰、沙塵暴可能損壞風機葉片及光伏組件，導致停機 | 抗颱型風機選型、覆冰預警系統",
    "台风和冰冻天气可能损坏风机叶片和光伏组件，导致场站停机。",
])
def test_own_equipment_damaged_in_a_risk_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text), points(text)
