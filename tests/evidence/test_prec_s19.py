"""Evidence precision on real wording (session 19, issue #12): wording shapes of the judged real
pairs still given wrong or partly (sets 1201-1801), each read by docs/judging.md (version 1.4).
Every case pairs the misleading wording with the point's own sense, which must still be read.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- I08.2 / I09.2: energy kinds listed as a field of business or equipment (guide §3.7, §8) -
# the company's own generation and energy use are I08.2; energy equipment it makes and energy
# fields it trades in or expands into are what it offers others (an I09.2 mention)

ENERGY_FIELD = [
    "在抽水蓄能、熔盐储能、飞轮储能等领域，公司依托锅炉和汽轮机的制造基础拓展储能业务。",
    "我们大力发展风电、光伏、储能等多能互补的新装备新技术。",
    "在发挥核电、气电、煤电等传统能源装备优势的基础上，集团加快转型。",
    "公司持续加强光伏、风能、地热等新能源领域的供应资源培育。",
    "We expanded our business in pumped-hydro storage, molten-salt storage, hydrogen and other fields.",
    "Our solar and wind equipment business grew by 18% in 2023.",
]

OWN_ENERGY = [
    "公司在厂区屋顶建成分布式光伏电站，全年发电120万千瓦时。",
    "集团加快拓展地热、风光发电等新能源业务，当年新增风光装机50万千瓦。",
    "本年度公司采购绿色电力3,200万千瓦时，占用电总量的21%。",
    "公司建设了光伏、风电等清洁能源项目，装机容量合计80兆瓦。",
    "We installed rooftop solar and wind turbines at three plants, generating 4.2 GWh in 2023.",
]


@pytest.mark.parametrize("text", ENERGY_FIELD)
def test_energy_kinds_listed_as_a_business_field_are_no_own_energy(text: str) -> None:
    got = points(text)
    assert "I08.2" not in got, text
    assert got.get("I09.2") == 0.5, text


@pytest.mark.parametrize("text", OWN_ENERGY)
def test_own_renewables_keep_i08_2(text: str) -> None:
    assert "I08.2" in points(text), text


def test_fields_the_company_invests_in_are_no_product() -> None:
    # a list of industries invested in is no product of the company's (field_list vetoes the
    # mention; the new clause must not bring it back)
    text = "新增投资主要投向新能源、半导体、新材料、信息技术等领域。"
    assert "I09.2" not in points(text)


# ---- navigation: a cross-reference to another chapter (guide §2.1) -------------------------
# the topics a pointer names ("有关环境目标在报告应对气候变化章节进行披露") are not disclosed by it;
# a sentence that says what the company did keeps its points

CROSS_REF = [
    "有关环境目标在报告应对气候变化章节进行披露。",
    "关于温室气体排放的核算边界，请参阅“环境绩效”章节。",
    "有关温室气体排放核查的详细内容详见本报告附录。",
    "关于报告边界设定，请参阅“重大性议题分析”章节",
    "Details of our Scope 1 and Scope 2 greenhouse gas emissions are disclosed in the Environmental Performance chapter.",
    "For the boundary of our greenhouse gas inventory, please refer to the section Environmental Performance.",
]

NOT_A_POINTER = [
    ("公司制定了《环境保护管理办法》，明确环境保护工作职责。", "I01.1"),
    ("公司温室气体核算边界涵盖全部生产基地，范围一排放12,345吨二氧化碳当量。", "I12.1"),
    ("公司已制定碳达峰行动方案，力争2028年实现运营碳达峰。", "I06.1"),
    ("We set up an environmental committee that oversees our environmental policy.", "I01.1"),
]


@pytest.mark.parametrize("text", CROSS_REF)
def test_a_cross_reference_discloses_nothing(text: str) -> None:
    assert points(text) == {}, text


@pytest.mark.parametrize(("text", "point"), NOT_A_POINTER)
def test_a_disclosure_is_no_cross_reference(text: str, point: str) -> None:
    assert point in points(text), text


# ---- honours: energy- and water-efficiency leader titles (guide §3.10) ---------------------
# a list of honours or awards is no point; the company's own figures and measures stay

LEADER_TITLE = [
    "公司下属3家炼厂被评为2023年度重点用能行业能效领跑者标杆企业。",
    "公司积极参加行业协会举办的能效领跑者和水效领跑者评选活动。",
    "Two of our plants were named energy efficiency leaders by the industry association in 2023.",
]

OWN_EFFICIENCY = [
    ("公司全年实施节能改造项目12项，实现节能量3,500吨标准煤。", "I03.4"),
    ("公司单位产品能耗达到行业能效标杆水平，同比下降3.2%。", "I03.3"),
    ("本年度公司新鲜水用量为120万立方米，同比下降5%。", "I04.1"),
    ("Our plants cut energy use by 4% through efficiency upgrades in 2023.", "I08.3"),
]


@pytest.mark.parametrize("text", LEADER_TITLE)
def test_an_efficiency_leader_title_is_an_honour(text: str) -> None:
    assert points(text) == {}, text


@pytest.mark.parametrize(("text", "point"), OWN_EFFICIENCY)
def test_own_efficiency_figures_and_measures_stay(text: str, point: str) -> None:
    assert point in points(text), text


# ---- a general statement is a mention (guide §2.6): "持续推动…工作", "贯穿于…各个环节", 应 ------
# the non-quantitative points the general rule covers (I05.2 here) stay at 1 when the passage says
# what was done

GENERAL_STATEMENT = [
    "集团持续推动各运营地的生物多样性保护工作。",
    "公司将生态保护理念贯穿于项目选址、建设和运营各个环节。",
    "矿区开采应采取合理的技术手段，减少植被破坏，保护周边生态环境。",
    "We integrate biodiversity protection into every stage of our projects.",
    "Each site should take measures to protect the surrounding ecosystem.",
    "We continue to promote biodiversity conservation around our operations.",
]

DONE_NAMED = [
    "2023年公司在矿区完成生态修复面积120公顷，种植乡土树种3万株。",
    # 应当 inside 响应当地 / 供应当地 is no duty
    "公司响应当地政府号召，在矿区开展了湿地生态修复。",
    "公司为周边社区供应当地所需的再生水，并在厂区建成了鸟类栖息地。",
    "公司在项目周边建设鸟类栖息地，并开展候鸟监测。",
    "In 2023 we restored 85 hectares of wetland next to our plant.",
]


@pytest.mark.parametrize("text", GENERAL_STATEMENT)
def test_a_general_statement_is_a_mention(text: str) -> None:
    assert points(text).get("I05.2") == 0.5, text


@pytest.mark.parametrize("text", DONE_NAMED)
def test_a_restoration_done_stays_disclosed(text: str) -> None:
    assert points(text).get("I05.2") == 1.0, text


def test_a_figure_pushed_on_keeps_its_rating() -> None:
    # 持续推动 opens a general statement only for the non-quantitative points the rule names
    assert points("集团持续推动厂区光伏建设，全年新增装机20兆瓦。").get("I08.2") == 1.0


# ---- I11.6: methane as a field of work is no breakdown by gas (guide §3.10, §5) -------------
# an industry methane alliance, its detection tasks, a methane control drive: no split of the
# company's emissions (the alliance is an industry initiative, an I10.2 mention); a split given stays

METHANE_WORK = [
    "公司牵头推进油气企业甲烷控排联盟工作，组织召开联盟年度技术交流会。",
    "作为甲烷控排联盟成员，公司承担联盟甲烷检测工作组任务。",
    "政府持续深化甲烷控排行动，公司需不断加强甲烷排放监测体系建设。",
]

METHANE_SPLIT = [
    "2023年公司甲烷排放量为12.6万吨二氧化碳当量，占温室气体排放总量的8%。",
    "公司温室气体排放中二氧化碳占92%，甲烷占7%，氧化亚氮占1%。",
    "Methane accounted for 6% of our Scope 1 emissions in 2023.",
]


@pytest.mark.parametrize("text", METHANE_WORK)
def test_methane_work_is_no_breakdown_by_gas(text: str) -> None:
    assert "I11.6" not in points(text), text


def test_a_methane_alliance_is_an_industry_initiative() -> None:
    assert points("公司牵头推进油气企业甲烷控排联盟工作，组织召开联盟年度技术交流会。").get("I10.2") == 0.5
    # session 22: an international methane initiative (OGMP 2.0) is international voice, I10.3 (guide §5 I10.3;
    # the labels of d109, d121, d128), no longer an I10.2 mention; the domestic alliance above stays one
    got = points("We joined the Oil and Gas Methane Partnership (OGMP 2.0) in 2023.")
    assert got.get("I10.3") == 1.0 and "I10.2" not in got


@pytest.mark.parametrize("text", METHANE_SPLIT)
def test_a_split_by_gas_stays(text: str) -> None:
    assert points(text).get("I11.6") == 1.0, text


# ---- I06.3: a work-safety target is no carbon or energy target (guide §3.5, §3.10) ----------

SAFETY_TARGET = [
    "我们的目标：2024年事故死亡率控制在0.3人/百万工时以下，天然气业务安全平稳运行。",
    "公司目标：2024年工伤事故率控制在0.5以下，能源业务平稳运行。",
]

CARBON_TARGET = [
    "公司目标到2025年单位产品综合能耗较2020年下降13.5%。",
    "以2020年为基准年，力争2030年单位产值碳排放下降30%，同时实现安全事故为零。",
    "目标2025年碳排放强度控制在0.8吨/万元以下，较2020年下降18%。",
]


@pytest.mark.parametrize("text", SAFETY_TARGET)
def test_a_safety_target_is_no_carbon_target(text: str) -> None:
    assert "I06.3" not in points(text), text


@pytest.mark.parametrize("text", CARBON_TARGET)
def test_a_carbon_or_energy_target_stays(text: str) -> None:
    assert points(text).get("I06.3") == 1.0, text
