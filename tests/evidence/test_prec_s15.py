"""Session 15 (issue #12, precision on judged real pairs; docs/judging.md version 1.2): kinds of
wording the reader gave a point the guide says they do not carry, each read as a class of cues:

- a low-carbon strategy or a reduction action with no peak / neutrality / net-zero /
  dual-carbon word is an action, no position (I06.1, §3.5); the strategy named is a mention of a
  roadmap (I08.1); a climate response with its measures is also a mention of I13.5 (应对气候变化
  alone stays a mention of I06.1: dropping it cost carbon recall below the floor); own emissions
  brought to zero is net zero in other words (I06.1);
- a reputation risk from climate performance and a carbon policy that 会 raise costs are named
  transition risks (I13.2), a carbon cost assumed to test borrowers a scenario (I13.4);
- the national dual-carbon goal served ("为实现“双碳”目标") holds no target of the company's
  (I06.3), only a mention of I06.1 (§3.5);
- waste heat or pressure recovered is energy saving (I03.4, I08.3), not reuse (I04.3, §9);
- an environmental or HSE management system alone is I01.2, not the policy or body of I01.1 (§9);
- a recycler named as the one taking the waste is no recycled material used (I04.2);
- an honour title for saving water and publicity material for saving are no water use (I04.1,
  §3.10); 循环用水 is water recycled (I04.3), and so is wastewater treated and then reused (not
  a discharge, I02.2; §8);
- electronic office work replacing paper and an air-conditioning set point are office measures
  (I08.4; these keep the other-environment recall the rules above cost).

The company's own disclosures of the same points keep them. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from .tagged import points


# ---- I06.1: no peak / neutrality / net-zero / dual-carbon word, no position
@pytest.mark.parametrize("text", [
    "我们持续推进节能降碳，全方位降低温室气体排放。",
    "集团推进节能减排工作，主动降低二氧化碳排放。",
    "公司将减少生产过程中的碳排放视为减碳行动的重点。",
    "We continued to cut our greenhouse gas emissions across our plants.",
])
def test_climate_and_reduction_wording_is_no_position(text: str) -> None:
    assert "I06.1" not in points(text)


@pytest.mark.parametrize("text", [
    "公司承诺力争2028年实现碳达峰、2050年实现碳中和。",
    "集团已制定自身碳达峰碳中和行动方案。",
    "We have committed to reaching net zero across our operations by 2050.",
])
def test_an_own_peak_or_neutrality_commitment_keeps_i06_1(text: str) -> None:
    assert points(text).get("I06.1") == 1.0


@pytest.mark.parametrize("text", [
    "公司制定了减碳行动计划，逐年分解各工厂的减排任务。",
    "集团发布绿色低碳发展战略，明确未来五年的工作重点。",
    "公司将减少生产过程中的碳排放视为减碳行动的重点。",
])
def test_a_low_carbon_strategy_named_is_a_roadmap_mention(text: str) -> None:
    assert points(text).get("I08.1", 0) > 0


@pytest.mark.parametrize("text", [
    "为应对气候变化，公司积极采取减缓和适应气候变化的措施。",
    "集团针对应对气候变化开展了多项措施，提升厂区防洪排涝能力。",
])
def test_measures_answering_climate_change_are_a_response_mention(text: str) -> None:
    assert points(text).get("I13.5", 0) > 0


# ---- I06.3: the national goal served is no own target
@pytest.mark.parametrize("text", [
    "公司加大环保投入，减少污染物排放，为实现“双碳”目标贡献力量。",
    "我们推动产品降碳，助力“双碳”目标的实现。",
    "公司大力发展循环经济，减少资源消耗，为实现碳达峰碳中和目标持续贡献力量。",
    "We reduce energy use at our plants to help achieve the national dual-carbon goals.",
])
def test_the_national_goal_served_is_no_own_target(text: str) -> None:
    got = points(text)
    assert "I06.3" not in got
    assert got.get("I06.1") == 0.5


@pytest.mark.parametrize("text", [
    "公司设定目标：到2030年单位产品碳排放较2020年下降30%。",
    "By 2030 we aim to reduce our scope 1 and 2 emissions by 42% against a 2020 baseline.",
])
def test_an_own_quantified_target_keeps_i06_3(text: str) -> None:
    assert points(text).get("I06.3") == 1.0


# ---- waste heat: energy saving, not reuse
@pytest.mark.parametrize("text", [
    "丽华化工实施锅炉余热回收利用改造，年节约标准煤1200吨。",
    "炼油厂推进余热余压综合利用，提高能源利用效率。",
    "公司新建余热发电机组，对焦炉烟气余热进行回收利用。",
    "The plant recycles waste heat from its kilns to generate steam, saving 3,000 tonnes of coal a year.",
])
def test_waste_heat_recovered_is_energy_saving_not_reuse(text: str) -> None:
    got = points(text)
    assert "I04.3" not in got
    assert got.get("I03.4", 0) > 0 or got.get("I08.3", 0) > 0


@pytest.mark.parametrize("text", [
    "公司对炉渣进行综合利用，全年综合利用量8.6万吨。",
    "公司将生产废水处理后回用于冷却系统。",
    "各厂区推广循环用水，回收利用冷却水。",
    "公司在各园区推进循环用水技术，提高水资源重复利用率。",
])
def test_substances_reused_keep_i04_3(text: str) -> None:
    assert points(text).get("I04.3", 0) > 0


# ---- I01.1: a management system alone is I01.2
@pytest.mark.parametrize("text", [
    "报告期内公司环境管理体系运行良好，顺利通过年度监督审核。",
    "公司持续推行HSE管理体系，管理体系第三方评估位居行业前列。",
    "Our environmental management system operated well throughout the year.",
])
def test_a_management_system_alone_is_no_environmental_policy(text: str) -> None:
    got = points(text)
    assert "I01.1" not in got
    assert got.get("I01.2", 0) > 0


@pytest.mark.parametrize("text", [
    "公司建立环境管理体系，明确各部门的环境保护职责。",
    "公司发布环境方针，并依据环境管理体系设定年度环境目标。",
    "We operate an environmental management system under the environmental policy approved by the board.",
])
def test_a_system_with_its_policy_or_duties_keeps_i01_1(text: str) -> None:
    assert points(text).get("I01.1", 0) > 0


# ---- I04.2: the recycler taking the waste is no recycled input
@pytest.mark.parametrize("text", [
    "生产过程中产生的固体废弃物统一交由有资质的再生资源回收公司回收处置。",
    "办公区废纸箱定期交给废旧物资回收企业处理。",
    "Scrap from the workshops is sold to licensed scrap dealers.",
])
def test_a_recycler_named_is_no_recycled_material(text: str) -> None:
    assert "I04.2" not in points(text)


def test_recycled_metal_used_keeps_i04_2() -> None:
    assert points("公司在生产中使用再生铝锭替代原生铝，全年使用再生铝1.2万吨。").get("I04.2") == 1.0


# ---- I04.1: honours and publicity for saving water, water recycled
@pytest.mark.parametrize("text", [
    "报告期内公司3家工厂被评为省级节水型企业。",
    "子公司荣获“水效领跑者”称号。",
    "Two of our plants were named water-saving enterprises by the provincial government.",
    "公司通过制作节水展板、张贴节约用水标语等形式宣传节水知识。",
    "We put up water-saving posters in all canteens.",
])
def test_honours_and_publicity_are_no_water_use(text: str) -> None:
    assert "I04.1" not in points(text)


@pytest.mark.parametrize("text", [
    "2023年公司总用水量125万立方米，同比下降4%。",
    "公司在所有新建项目中优先选用节水器具。",
])
def test_own_water_use_keeps_i04_1(text: str) -> None:
    assert points(text).get("I04.1", 0) > 0


# ---- I08.4: electronic office work and the air-conditioning set point
@pytest.mark.parametrize("text", [
    "公司推行电子办公，以电子邮件代替纸质公文。",
    "集团全面推行电子化办公，减少纸张消耗。",
    "夏季办公区空调温度设置不低于26度。",
    "We replaced paper forms with e-mail and electronic documents across our offices.",
    "Office air-conditioning is set at 26°C in summer.",
])
def test_office_measures_earn_i08_4(text: str) -> None:
    assert points(text).get("I08.4", 0) > 0


# ---- I02.2: wastewater treated and then reused is recycled water (I04.3), no discharge
@pytest.mark.parametrize("text", [
    "我们将选矿废水收集后经水处理系统处理后回用于生产流程。",
    "公司将清洗污水净化后循环利用，不对外排放。",
    "Process wastewater is treated on site and reused for cooling.",
])
def test_wastewater_treated_and_reused_is_recycling_not_discharge(text: str) -> None:
    got = points(text)
    assert "I02.2" not in got
    assert got.get("I04.3", 0) > 0


@pytest.mark.parametrize("text", [
    "2023年公司废水排放量12.6万吨，经处理后回用率达45%。",
    "公司废水经污水处理站处理达标后排入市政管网。",
    "Wastewater discharged in 2023 totalled 126,000 tonnes.",
])
def test_wastewater_discharged_keeps_i02_2(text: str) -> None:
    assert points(text).get("I02.2", 0) > 0


# ---- I06.1: the company's own GHG emissions brought to zero is net zero in other words
@pytest.mark.parametrize("text", [
    "公司董事会通过气候行动路线图，力争2030年前将自有数据中心的范围一和范围二排放降为零。",
    "集团承诺到2035年将运营温室气体排放减少至零。",
    "We aim to reduce our scope 1 and 2 emissions to zero by 2030.",
])
def test_own_emissions_brought_to_zero_is_a_position(text: str) -> None:
    assert points(text).get("I06.1") == 1.0


def test_zero_wastewater_discharge_is_no_carbon_position() -> None:
    assert "I06.1" not in points("公司实现废水零排放，全部回用于生产。")


# ---- staff travelling low-carbon: an office measure (I08.4), no low-carbon service (I09.2)
@pytest.mark.parametrize("text", [
    "鼓励员工低碳出行，倡导员工使用公共交通或电动车辆减少交通碳排放。",
    "公司倡导全体职工绿色通勤，设置共享单车停放点。",
    "We encourage employees to choose low-carbon commuting such as cycling and public transport.",
])
def test_staff_low_carbon_travel_is_an_office_measure(text: str) -> None:
    got = points(text)
    assert "I09.2" not in got
    assert got.get("I08.4", 0) > 0


def test_a_low_carbon_mobility_service_keeps_i09_2() -> None:
    assert points("公司为城市提供低碳出行服务，全年共享电单车骑行1.2亿次。").get("I09.2", 0) > 0


# ---- named transition risks and a carbon cost assumed
@pytest.mark.parametrize("text", [
    "声誉风险：若公司在应对气候变化方面表现不佳，可能引发投资者和客户的负面评价。",
    "随着公众对低碳转型的关注提升，公司若未能达到减排预期，可能导致品牌形象受损。",
    "Reputational risk: weak progress on climate targets could damage trust among customers and investors.",
    "碳排放相关政策持续收紧会推高公司的能源采购成本。",
    "Tighter carbon regulations will raise our fuel costs.",
])
def test_reputation_and_policy_risks_are_named_climate_risks(text: str) -> None:
    assert points(text).get("I13.2", 0) > 0


def test_brand_reputation_alone_is_no_climate_risk() -> None:
    assert "I13.2" not in points("公司高度重视品牌声誉管理，建立舆情监测机制。")


@pytest.mark.parametrize("text", [
    "本行开展压力测试，假设借款企业需按每吨100元支付碳排放费用，测算其违约概率变化。",
    "We assumed a carbon price of USD 100 per tonne to test the effect on our borrowers' repayment capacity.",
])
def test_a_carbon_cost_assumed_is_a_scenario(text: str) -> None:
    got = points(text)
    assert got.get("I13.4", 0) > 0
    assert "I15.1" not in got


# ---- an HSE system over work safety is no environmental policy even beside a manual
def test_an_hse_system_for_staff_safety_is_no_environmental_policy() -> None:
    got = points("公司制定安全管理手册，不断完善EHS管理体系，保障员工健康与安全。")
    assert "I01.1" not in got
    assert "I01.2" not in got


# ---- an HSE / EHS department with an environmental remit is the body responsible (I01.1)
@pytest.mark.parametrize("text", [
    "公司设EHS管理部，统筹环境保护、职业健康和节能工作，各基地设EHS专员。",
    "公司HSE管理部负责废水、废气排放的日常监督。",
    "公司设EHS中心，负责环境保护与职业健康管理。",
    "Our EHS department oversees waste and emissions management at all plants.",
])
def test_an_ehs_department_for_the_environment_is_the_body(text: str) -> None:
    assert points(text).get("I01.1", 0) > 0


def test_an_ehs_department_on_work_safety_is_no_environmental_body() -> None:
    assert "I01.1" not in points("EHS管理部组织开展安全生产隐患排查。")


def test_an_ehs_audit_body_named_alone_is_no_environmental_body() -> None:
    assert "I01.1" not in points("集团EHS部协同审计小组于年初制定年度内审计划，每年对子公司开展两次EHS内部审计。")
