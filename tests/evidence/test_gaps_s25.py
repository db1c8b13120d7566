"""Known misses and misreads by kind (session 25, issue #12; docs/judging.md v1.5). Passages
written for these tests (invented companies and figures).

- A plan's scope is its sentence (guide §3.8): a bare clause between the plan word and a clause
  going on from it ("计划…开展首次盘查，确定基准年后制定减排路径，并通过购买CCER抵消剩余排放") goes
  on with the plan; a clause with its own subject, date or done mark stops it.
- Brokerage of a list of carbon assets ("碳排放权、CCER经纪") is the clients' trading, no offset
  of the company's own (`carbon_market_business`, I14.2 none; guide §3.7).
- "践行“双碳”战略" with nothing saying whose goals are meant is no alignment with the national
  goals or plans (guide 1.5 §12.7; `dual_practice`, I06.5 weak_none); with the nation named it
  stays a mention.
- 核查 inside the title of a rule or guide is no verification of the company's (I12.5).
- A fund investing in firms of a field ("投资于…碳捕集领域企业") holds the investees' capture, not
  the company's (`invest_firms`, I08.6 none; guide §3.7).
"""

from __future__ import annotations

import pytest

from evidence.tagged import points

# ---- 1. a plan's scope is its sentence -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "公司计划2024年聘请第三方机构开展首次温室气体盘查，确定基准年后制定分阶段减排路径，并通过购买CCER抵消剩余排放。",
    "本行拟于明年启动运营碳排放核算，明确减排路线图，并通过采购国家核证自愿减排量抵消无法避免的排放。",
    "集团计划在2025年前完成全部园区的能源审计，逐步提高绿电比例，同时购买CCER中和剩余排放。",
])
def test_a_plan_reaches_its_sentence_through_bare_clauses(text: str) -> None:
    assert "I14.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    # a done act after the plan, with its own date or done mark, keeps its point
    "公司计划2024年开展首次温室气体盘查，2023年已购买CCER 3,000吨，抵消了年度会议及差旅排放。",
    "集团计划明年完善碳排放统计制度，本年度通过购买CCER 1.2万吨抵消了数据中心的排放。",
    "公司2023年购买CCER 5,000吨，抵消了总部办公楼的全部排放。",
])
def test_a_done_offset_beside_a_plan_keeps_its_point(text: str) -> None:
    assert points(text).get("I14.2", 0) > 0, points(text)


# ---- 2. carbon-asset brokerage for clients ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "子公司期货公司开展碳排放权、CCER经纪与咨询服务，全年服务控排企业42家。",
    "公司取得碳配额及核证自愿减排量经纪业务资格后，为客户提供交易通道。",
    "Our futures subsidiary provides brokerage of emission allowances and CCERs to industrial clients.",
    "The group offers allowances and CCER brokerage services through its trading desk.",
])
def test_carbon_asset_brokerage_is_no_own_offset(text: str) -> None:
    assert "I14.2" not in points(text), points(text)


def test_own_ccer_purchase_is_still_an_offset() -> None:
    got = points("报告期内，公司购买CCER 8,000吨，用于抵消员工通勤和差旅产生的排放。")
    assert got.get("I14.2", 0) > 0, got


# ---- 3. practising "the dual-carbon strategy" -----------------------------------------------


@pytest.mark.parametrize("text", [
    "公司积极践行“双碳”战略，持续推进生产基地节能降碳。",
    "我们践行双碳目标，推动绿色工厂建设。",
    "集团始终坚持绿色发展理念，积极践行“碳达峰、碳中和”战略，优化能源结构。",
    "We actively practise the dual carbon strategy and keep cutting energy use at our plants.",
])
def test_practising_dual_carbon_with_no_nation_named_is_no_alignment(text: str) -> None:
    got = points(text)
    assert "I06.5" not in got, got
    assert got.get("I06.1") == 0.5, got  # guide §12.7: left to the I06.1 reading (§3.5)


@pytest.mark.parametrize("text", [
    "公司积极践行国家“双碳”战略，持续推进生产基地节能降碳。",
    "公司积极响应国家“双碳”目标，推动绿色工厂建设。",
    "We actively support China's dual carbon goals and keep cutting energy use.",
])
def test_the_national_goals_named_stay_a_mention(text: str) -> None:
    assert points(text).get("I06.5") == 0.5, points(text)


def test_a_named_plan_after_the_slogan_still_counts() -> None:
    got = points("公司积极践行“双碳”战略，对标《工业领域碳达峰实施方案》制定自身碳达峰行动方案。")
    assert got.get("I06.5") == 1.0, got


# ---- 4. 核查 inside a rule's title -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "公司按照民航局《民用航空飞行活动二氧化碳排放监测、报告和核查管理暂行办法》核算飞行活动的二氧化碳排放。",
    "公司参照《企业温室气体排放核算与核查指南》统计各厂区的温室气体排放。",
    "集团依据《碳排放核查技术规范》建立了排放数据台账，按月统计二氧化碳排放。",
])
def test_verification_in_a_rules_title_is_no_verification(text: str) -> None:
    assert "I12.5" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "依据《企业温室气体排放核查技术指南》，公司2023年度温室气体排放数据经第三方机构核查。",
    "公司委托第三方机构对2023年温室气体排放进行核查，并出具《温室气体核查报告》。",
    "公司参照《碳排放权交易管理办法》完成年度碳排放核查。",
])
def test_verification_done_beside_a_title_keeps_its_point(text: str) -> None:
    assert points(text).get("I12.5") == 1.0, points(text)


# ---- 5. investing in firms of a field ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "鼎盛资本发起设立规模5亿元的碳中和产业基金，投资于储能、氢能和碳捕集领域企业。",
    "集团基金投向CCUS领域的初创公司3家。",
    "The fund invests in start-ups working on carbon capture and storage.",
    "Our venture arm invests in companies in the carbon capture and hydrogen fields.",
])
def test_investees_in_a_field_are_no_own_capture(text: str) -> None:
    assert "I08.6" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司投资2.3亿元建设10万吨级二氧化碳捕集示范项目，2023年捕集二氧化碳6.2万吨。",
    "We invested in our own carbon capture unit, which captured 52,000 tonnes of CO2 in 2023.",
])
def test_own_capture_invested_in_keeps_its_point(text: str) -> None:
    assert points(text).get("I08.6") == 1.0, points(text)
