"""Known misses and misreads by kind (session 23, issue #12; docs/judging.md v1.5). Passages
written for these tests (invented companies and figures).

- A plan on a point that asks for a result or a state the company has (its energy use,
  intensity and renewable share, its own emissions, its MRV, offsets bought) gives nothing:
  the labels rate every such plan-only point 0 (`plan_silent`, guide §3.8). Action points
  keep the mention a plan earns (partly, plan). A plan word inside a 《…》 title is no plan.
"""

from __future__ import annotations

import pytest

from evidence.tagged import points

# ---- 1. plans on result points ---------------------------------------------------------------


@pytest.mark.parametrize("text, point", [
    ("2026年起，公司总部及各分公司将逐步采购绿色电力。", "I03.5"),
    ("公司计划于2025年将可再生能源电力占比提高至40%。", "I03.5"),
    ("From 2026 we will gradually source renewable electricity for all our offices.", "I03.5"),
    ("我们计划于2024年委托第三方机构开展首次温室气体盘查。", "I13.1"),
    ("公司拟于明年建立碳排放监测、报告与核查体系。", "I13.1"),
    ("We plan to carry out our first greenhouse gas inventory in 2024 with an external verifier.", "I13.1"),
    ("公司拟于2028年通过购买核证自愿减排量抵消剩余排放。", "I14.2"),
    ("We will offset our residual emissions with verified carbon credits from 2028.", "I14.2"),
    ("2024年完成自身温室气体排放首次盘查，2025年后逐年披露排放总量。", "I11.4"),
])
def test_a_plan_earns_no_result_point(text: str, point: str) -> None:
    got = points(text)
    assert point not in got, got


@pytest.mark.parametrize("text, point, rating", [
    ("2023年公司采购绿色电力1,200万千瓦时，占总用电量的35%。", "I03.5", 1.0),
    ("In 2023 renewable electricity made up 35% of the electricity we used.", "I03.5", 1.0),
    ("公司已完成2023年度温室气体盘查，盘查结果经第三方机构核查。", "I13.1", 1.0),
    ("2023年，公司购买核证自愿减排量5,000吨二氧化碳当量，抵消差旅排放。", "I14.2", 1.0),
    ("In 2023 we retired 5,000 tonnes of verified carbon credits to offset business travel.", "I14.2", 1.0),
])
def test_a_result_done_keeps_its_point(text: str, point: str, rating: float) -> None:
    assert points(text).get(point) == rating


@pytest.mark.parametrize("text, point", [
    ("公司计划2025年在厂区屋顶建设3兆瓦分布式光伏。", "I08.2"),
    ("We plan to install 3 MW of rooftop solar at the plant in 2025.", "I08.2"),
])
def test_an_action_point_keeps_the_mention_of_a_plan(text: str, point: str) -> None:
    assert points(text).get(point) == 0.5


@pytest.mark.parametrize("text", [
    "溫室氣體排放按《溫室氣體核算體系》及香港交易所《如何準備環境、社會及管治報告—附錄二》計算，範圍二採用電力公司公布的排放係數。",
    "温室气体排放依据《温室气体核算体系》及联交所《如何准备环境、社会及管治报告—附录二》核算，范围二采用电网排放因子。",
    "本集團溫室氣體排放按ISO 14064-1及《如何準備ESG報告》指引計算。",
])
def test_a_plan_word_inside_a_title_is_no_plan(text: str) -> None:
    got = points(text)
    assert got.get("I12.2") == 1.0, got


def test_a_plan_word_outside_a_title_still_plans() -> None:
    got = points("公司准备按照《温室气体核算体系》开展首次盘查。")
    assert got.get("I12.2", 0) < 1.0, got
    assert "I13.1" not in got, got


@pytest.mark.parametrize("text, point", [
    # run together without punctuation, as extraction gives some pages
    ("集团加强对排放数据的研究分析并完成各基地温室气体排放核算", "I13.1"),
    ("公司依托研发优势加强对产品碳足迹核算的研究分析并核算产品生命周期温室气体排放", "I11.4"),
    ("集团开展能耗数据的研究分析并统计各基地综合能耗", "I03.1"),
])
def test_analysis_under_way_is_no_plan(text: str, point: str) -> None:
    assert point in points(text), "analysis under way (研究分析) is no plan"


def test_research_still_plans() -> None:
    got = points("公司计划于明年研究建立碳排放核算体系。")
    assert "I13.1" not in got, got


# ---- 2. neighbouring acts ----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "We responded to CDP's climate change questionnaire again and co-authored an industry association's guideline on carbon accounting for online retailers.",
    "We co-authored the association's carbon accounting guideline for payment services.",
    "公司参与编制中国物流与采购联合会《物流企业温室气体排放核算指南》团体标准。",
    "公司参与编制某行业协会发布的《数据中心碳排放核算指南》。",
    "集团牵头编制省节能协会《公共机构碳排放核算指引》。",
])
def test_a_guideline_co_written_is_influence_not_own_mrv(text: str) -> None:
    got = points(text)
    assert "I13.1" not in got, got
    assert "I12.2" not in got, got
    assert got.get("I10.2") == 1.0, got


@pytest.mark.parametrize("text", [
    "We co-authored an industry guideline on data privacy for payment services.",
    "公司参与编制行业协会《客户信息保护指引》。",
])
def test_a_guideline_on_another_topic_is_no_influence_on_carbon(text: str) -> None:
    assert "I10.2" not in points(text)


@pytest.mark.parametrize("text, point", [
    ("公司参与编制行业协会碳核算指南，并已建立覆盖各基地的温室气体排放监测与核查体系。", "I13.1"),
    ("We co-authored the association's guideline on customer data protection, and our carbon accounting covers all offices.", "I13.1"),
    ("公司每年开展温室气体排放核算，并委托第三方核查。", "I13.1"),
])
def test_own_mrv_beside_it_stays(text: str, point: str) -> None:
    assert point in points(text)


@pytest.mark.parametrize("text", [
    "並在汽車維修廠准入中優先選擇使用水性漆及具備廢舊零件回收能力的維修廠。",
    "公司优先选择具备废旧电池回收能力的供应商。",
    "In admitting repair shops we prefer those using waterborne paint and repair shops with used-parts recycling capability.",
    "We favour suppliers that have battery take-back schemes.",
])
def test_a_partner_chosen_for_its_recycling_is_no_own_reuse(text: str) -> None:
    assert "I04.3" not in points(text)


@pytest.mark.parametrize("text", [
    "公司回收利用废旧零件12.6吨，综合利用率达到85%。",
    "We recycled 12.6 tonnes of used parts at our own repair centres.",
])
def test_own_recycling_stays(text: str) -> None:
    assert points(text).get("I04.3") == 1.0


# ---- 5. levels ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "本集團總務部負責統籌各校的能源、用水及廢棄物管理，並制定《校園環境與節能管理辦法》。",
    "公司行政部负责办公场所能源与环境管理，并制定了《集团环境与节能管理制度》。",
    "医院后勤中心统筹院区用能与废弃物管理，印发《院区环保和能源管理规定》。",
])
def test_a_rule_of_environment_and_energy_is_an_environmental_policy(text: str) -> None:
    assert points(text).get("I01.1") == 1.0


@pytest.mark.parametrize("text", [
    "学校制定《校园环境卫生管理办法》，每周开展卫生检查。",
    "公司制定《绿色金融管理办法》。",
])
def test_sanitation_and_finance_rules_are_no_environmental_policy(text: str) -> None:
    assert points(text).get("I01.1", 0) < 1.0


@pytest.mark.parametrize("text, point", [
    ("按照《绿色物业三年行动方案》，公司将分三步推进自有办公场所运营碳中和：2024年完成自身温室气体排放首次盘查；2025年办公场所绿电使用比例达到50%。", "I13.1"),
    ("公司运营碳中和分三个阶段推进：2024年完成首次温室气体盘查，2026年实现绿电全覆盖。", "I13.1"),
    ("We will reach operational net zero in three steps: complete our first greenhouse gas inventory in 2024 and offset the rest in 2028.", "I13.1"),
])
def test_the_steps_of_a_phased_plan_are_a_plan(text: str, point: str) -> None:
    assert point not in points(text)


def test_phases_done_are_no_plan() -> None:
    got = points("公司分两个阶段完成了节能改造，2023年完成首次温室气体盘查并经第三方核查。")
    assert got.get("I13.1") == 1.0, got
