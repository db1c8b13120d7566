"""Evidence errors met in blind round 44 (session 29), by kind, with text written fresh for
these tests (docs/judging.md 1.7):

- a table's or chart's caption alone, its number before the heading's words ("Table 3
  Climate-related risks and responses", "表3 气候相关风险及应对措施"): navigation (§2.1), rated
  I13.5 at 1 while a bare heading was not;
- a treatment word inside the name of a waste ("废脱硝催化剂", "脱硝废催化剂"): word-sense (§2.4),
  rated I02.4 at 1;
- the company's own new workshops or warehouses built to a green-building standard: its own
  buildings (§12.4), rated I09.2 (a product for others) at 1;
- an English stakeholder table headed "Stakeholder | Main concerns | How we engage": navigation,
  rated I10.2 at 1.
"""

from __future__ import annotations

import pytest

from evidence.tagged import points


@pytest.mark.parametrize("text", [
    "Table 3 Climate-related risks and responses",
    "Table 4: Climate risks and responses",
    "Figure 2 Energy-saving measures",
    "表3 气候相关风险及应对措施",
    "表 5：气候相关风险应对措施",
    "图2 节能降碳措施",
])
def test_a_numbered_caption_alone_is_no_disclosure(text: str) -> None:
    got = points(text)
    assert got.get("I13.5", 0) < 1
    assert got.get("I03.4", 0) < 1 and got.get("I08.3", 0) < 1


@pytest.mark.parametrize(("text", "point"), [
    ("Table 3 shows that we identified six climate risks and put responses in place for each.", "I13.5"),
    ("表3列示了公司识别的气候风险及应对措施，已全部落实。", "I13.5"),
])
def test_a_sentence_about_a_table_stays(text: str, point: str) -> None:
    assert points(text).get(point, 0) > 0


@pytest.mark.parametrize("text", [
    "危险废物主要为废脱硝催化剂和废矿物油，全年产生508吨，全部委托持证单位处置。",
    "脱硝废催化剂326吨交有资质单位再生处理。",
    "废脱硫剂等危险废物84吨，由具备资质的单位处置。",
])
def test_a_waste_named_by_a_treatment_is_no_treatment_facility(text: str) -> None:
    got = points(text)
    assert got.get("I02.4", 0) == 0
    assert got.get("I02.3", 0) == 1


@pytest.mark.parametrize("text", [
    "全年更换脱硝催化剂3层，脱硝效率保持在85%以上。",
    "公司完成2台锅炉脱硫脱硝改造，排放浓度稳定达到超低排放限值。",
])
def test_treatment_facilities_stay(text: str) -> None:
    assert points(text).get("I02.4", 0) == 1


@pytest.mark.parametrize("text", [
    "集团要求新建车间按绿色建筑二星级以上标准设计。",
    "公司新建的成品仓库取得绿色建筑二星级设计标识。",
    "All new plants of our own are designed to LEED Gold standard.",
    "Our new warehouses in Wuhan were built to a two-star green-building standard.",
])
def test_own_new_buildings_are_no_product(text: str) -> None:
    assert points(text).get("I09.2", 0) == 0


@pytest.mark.parametrize("text", [
    "公司为客户设计建造的厂房获得绿色建筑三星级标识。",
    "We design and build green buildings with three-star certification for our clients.",
])
def test_buildings_for_others_stay_products(text: str) -> None:
    assert points(text).get("I09.2", 0) == 1


@pytest.mark.parametrize("text", [
    "Stakeholder Main concerns How we engage Passengers Safety, punctuality, fares Surveys, app feedback Regulators Safety compliance, emissions reporting Inspections, regular reporting Airports and partners Operating efficiency, ground safety Joint committees",
    "利益相关方 关注议题 沟通途径 政府 合规经营、节能减排 汇报、信息报送 社区 环境友好、就业 开放日、公益活动 伙伴 合作共赢、行业发展 行业论坛、联合倡议",
])
def test_a_stakeholder_table_is_navigation(text: str) -> None:
    assert points(text).get("I10.2", 0) == 0


@pytest.mark.parametrize("text", [
    "2023年核算结果经第三方机构核查，数据如下表。",
    "公司完成年度温室气体核算，核算结果已由第三方机构核证。",
    "The inventory results were independently verified by a third party.",
])
def test_accounting_results_verified_are_ghg_verification(text: str) -> None:
    # the caption under such a sentence had earned I12.5 (d99); a caption alone no longer does
    assert points(text).get("I12.5", 0) == 1


def test_financial_results_audited_are_no_ghg_verification() -> None:
    assert points("财务核算结果经会计师事务所审计。").get("I12.5", 0) == 0


@pytest.mark.parametrize("text", [
    "Our app offers passengers a carbon calculator that estimates the CO2 of their trip and lets them buy verified offsets from forestry projects in Yunnan. In 2023, 18,400 passengers used it and together offset 6,320 tonnes of CO2.",
    "The booking site allows travellers to purchase carbon credits from a mangrove restoration project.",
    "2023年，12,600名旅客通过小程序累计抵消碳排放4,180吨，所购碳汇来自云南林业项目。",
])
def test_offsets_passengers_buy_through_a_calculator_are_theirs(text: str) -> None:
    got = points(text)
    assert got.get("I05.3", 0) == 0 and got.get("I08.6", 0) == 0


@pytest.mark.parametrize("text", [
    "We bought 12,000 tonnes of forestry carbon credits to offset our office emissions.",
    "公司购买林业碳汇1.2万吨，抵消办公运营排放。",
])
def test_offsets_the_company_buys_stay(text: str) -> None:
    assert points(text).get("I08.6", 0) == 1
