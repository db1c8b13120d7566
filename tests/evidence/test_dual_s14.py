"""Session 14 (issue #12, precision): a 零碳 / 碳中和 / 双碳 / 净零 / net-zero word that names a
*thing* — a park or community built or signed for others, the company's own zero-carbon site,
a carbon-neutral fund or bond, an honour, an event's theme, a technology — is no peak /
neutrality position of the company's (I06.1). The thing earns its own point (I09.2 for a site
built for others, I08.4 for an own site, I15.4 for a fund or bond) or none (an honour, a
theme). Serving or supporting the national dual-carbon goal in general words is a mention of
I06.1 (0.5, docs/judging.md §3.5); the company's own peak / neutrality / net-zero commitment
keeps its 1. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from .tagged import points


# ---- a zero-carbon park, community or building built or signed for others: I09.2, no I06.1
@pytest.mark.parametrize("text", [
    "公司与某县人民政府签约，为其建设零碳产业园区，配套屋顶光伏和储能设施。",
    "报告期内，集团中标西部某市近零碳社区改造工程，承建社区光伏车棚与地源热泵系统。",
    "我們為客戶打造零碳智慧園區，並提供能源管理服務。",
    "The Group signed an agreement with a provincial government to build a zero-carbon "
    "industrial park for local manufacturers.",
])
def test_a_park_for_others_is_a_service_not_a_position(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got
    assert got.get("I09.2", 0) > 0


# ---- the company's own zero-carbon site: the own-operations point, no I06.1
@pytest.mark.parametrize("text", [
    "公司在旗下120座加油站推广屋顶光伏，已建成碳中和加油站8座。",
    "集团总部“零碳”办公楼于2022年底投入使用，照明和空调全部采用智能控制。",
    "我們的數據中心於年內改造為零碳數據中心，全面使用綠色電力。",
    "In 2023 our plant in Suzhou became a carbon-neutral factory, powered by rooftop solar and "
    "green electricity.",
])
def test_an_own_zero_carbon_site_is_an_operations_point(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got
    assert any(got.get(p, 0) > 0 for p in ("I08.2", "I08.3", "I08.4"))


# ---- a fund, a bond, a loan named after carbon neutrality: green financing, no I06.1
@pytest.mark.parametrize("text", [
    "本年度公司主承销碳中和债券6只，金额合计42亿元。",
    "本行发放碳中和主题贷款15.3亿元，支持风电和光伏项目。",
    "The bank issued a RMB 2 billion carbon-neutral bond to refinance wind projects.",
])
def test_a_carbon_neutral_fund_or_bond_is_green_finance(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got
    assert got.get("I15.4", 0) > 0


# ---- an honour, an event's theme, a technology named: no I06.1
@pytest.mark.parametrize("text", [
    "公司荣获“2022年度碳中和先锋企业”称号。",
    "子公司入選某省雙碳優秀案例，並獲頒零碳領跑者獎。",
    "公司承办以“共建零碳未来”为主题的行业论坛，200余家企业参会。",
    "公司举办“零碳未来”主题开放日，邀请客户参观生产线。",
    "The company won the Net-Zero Pioneer Award at an industry summit.",
    "公司参与编写多项碳中和技术标准和团体标准。",
])
def test_an_honour_a_theme_or_a_technology_is_no_position(text: str) -> None:
    assert "I06.1" not in points(text)


# ---- serving the national goal in general words: a mention at most
@pytest.mark.parametrize("text", [
    "公司坚持绿色发展理念，积极服务国家双碳战略。",
    "我们以科技创新助力碳达峰碳中和目标。",
    "本集團積極響應國家「雙碳」目標，推進綠色轉型。",
    "The Group supports the national dual-carbon goals through its green business.",
])
def test_a_slogan_is_a_mention(text: str) -> None:
    assert points(text).get("I06.1", 0) == 0.5


# ---- the company's own position keeps its 1, also beside a thing or a slogan
@pytest.mark.parametrize("text", [
    "公司力争2030年前实现碳达峰，2060年前实现碳中和。",
    "集团承诺于2028年实现运营碳中和，并在旗下园区建设零碳工厂。",
    "公司响应国家“双碳”目标，力争2029年实现自身运营碳达峰。",
    "本公司已編制自身的碳達峰行動方案，明確減排路徑。",
    "We are committed to reaching net zero across our operations by 2050.",
    "The Group aims to achieve carbon neutrality in its own operations by 2035.",
])
def test_an_own_position_keeps_its_one(text: str) -> None:
    assert points(text).get("I06.1") == 1.0


# ---- the national goal named as the field of others' activity: background, no position
@pytest.mark.parametrize("text", [
    "本期债券募集资金投向符合国家双碳战略方向的清洁能源领域。",
    "相关贷款主要投放于國家「雙碳」目標聚焦的交通和建築行業。",
])
def test_the_national_goal_as_a_field_is_no_position(text: str) -> None:
    assert "I06.1" not in points(text)


# ---- what the thing-words would have hidden, given its right point (neighbours of the swallow)
@pytest.mark.parametrize("text", [
    "本行为工业园区企业提供不低于300亿元授信额度，支持园区绿色低碳转型。",
    "公司以专项信贷资金助力区域制造业低碳转型，全年投放86亿元。",
])
def test_credit_behind_a_low_carbon_transition_is_green_finance(text: str) -> None:
    assert points(text).get("I15.4", 0) > 0


@pytest.mark.parametrize("text", [
    "公司年内新增4艘LNG动力拖轮投入港区作业，替代柴油拖轮。",
    "集团物流车队引入液化天然气重卡20辆，并试点液化天然气双燃料船舶。",
])
def test_an_own_fleet_switched_to_lng_is_energy_structure(text: str) -> None:
    assert points(text).get("I08.2", 0) > 0


def test_responsible_investment_is_no_remit() -> None:
    got = points("资管业务坚持负责任投资原则并持续加大绿色债券与新能源基础设施投资。")
    assert got.get("I15.4", 0) > 0


def test_a_remit_list_still_earns_nothing() -> None:
    got = points("董事会ESG委员会负责审议绿色投资项目和碳减排目标。")
    assert "I15.4" not in got


@pytest.mark.parametrize("text", [
    "气温升高导致夏季制冷需求增加，本集团预计数据中心用电量将上升。",
    "全球变暖将增加公司冷链仓库的能源消耗，推高运营成本。",
])
def test_warming_that_raises_energy_use_is_a_physical_risk(text: str) -> None:
    assert points(text).get("I13.2") == 1.0


@pytest.mark.parametrize("text", [
    "我们认为，推进绿色低碳转型有利于公司在行业竞争中占据有利位置。",
    "公司推动绿色转型，这将有助于提升产品的市场竞争力。",
])
def test_a_transition_that_helps_competition_is_an_opportunity(text: str) -> None:
    assert points(text).get("I13.3", 0) > 0


# ---- a low-carbon transition names no peak / neutrality position (judging guide §3.5; these two
# wordings were session 8's, asserting a weak I06.1)
@pytest.mark.parametrize("text", [
    "我们将持续推动生产运营的低碳转型",
    "We are accelerating the low-carbon transition of our plants and fleet.",
])
def test_a_low_carbon_transition_is_no_position(text: str) -> None:
    assert "I06.1" not in points(text)
