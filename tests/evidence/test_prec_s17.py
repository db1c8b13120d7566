"""Evidence precision on real wording (session 17, issue #12): wording shapes of the judged real
pairs still given wrong or partly, each read by docs/judging.md (version 1.3). Every case pairs
the misleading wording with the point's own sense, which must still be read. All sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- I02.4: pollution prevention in general names no facility (guide §5 I02.4) -------------
# a mention (0.5), not a disclosure; a treatment facility named, by its equipment too, is one

PREVENTION_IN_GENERAL = [
    "公司把污染防治列为年度环境工作的首要任务。",
    "各基地围绕大气、水、土壤三个方面抓好污染防治。",
    "各子公司持续加强污染防治，确保各项污染物稳定达标排放。",
    "We embed pollution prevention and control in the daily work of every plant.",
]

FACILITY_NAMED = [
    "公司对涂装废气采用沸石转轮加RTO焚烧处理，年内完成两条产线改造。",
    "喷漆车间新增活性炭吸附装置，处理后的废气达标排放。",
    "公司新建一座污水处理站，日处理能力800吨。",
    "Paint-shop exhaust at both plants is treated by a regenerative thermal oxidiser.",
    "A zeolite rotor concentrator was installed on the coating line in 2023.",
]


@pytest.mark.parametrize("text", PREVENTION_IN_GENERAL)
def test_pollution_prevention_in_general_is_a_mention(text: str) -> None:
    assert points(text).get("I02.4") == 0.5, text


@pytest.mark.parametrize("text", FACILITY_NAMED)
def test_a_treatment_facility_named_is_disclosed(text: str) -> None:
    assert points(text).get("I02.4") == 1.0, text


def test_a_pollution_control_facility_is_still_a_facility() -> None:
    assert points("公司投入1200万元新建污染防治设施，全年稳定运行。").get("I02.4") == 1.0


# ---- (misleading wording, the point's own sense, point): the wording does not earn the point -

NOT_EARNED = [
    # a regulator's green-finance guideline named, or a training on it, is a rule or a training,
    # no green financing of the bank's (guide §2.3, §3.10)
    ("本行邀请监管专家为董事讲授银行业保险业绿色金融指引。",
     "年末本行绿色贷款余额达到386亿元，同比增长25%。", "I15.4"),
    ("分行组织员工学习监管机构绿色金融指引，逐条对照梳理。",
     "年末本行绿色贷款余额达到386亿元，同比增长25%。", "I15.4"),
    ("公司组织学习绿色信贷指引，并开展合规自查。",
     "年末本行绿色贷款余额达到386亿元，同比增长25%。", "I15.4"),
    ("Directors attended a briefing on the regulator's green finance guidelines.",
     "Our green loan balance reached RMB 38.6 billion at year end.", "I15.4"),
    # circulating water is water reused (I04.3), not water taken (I04.1; guide §5 I04.3)
    ("2023年公司冷却系统循环用水2,600万吨，折合每天约7万吨。",
     "2023年公司用水总量12.6万吨，同比下降4%。", "I04.1"),
    ("公司推广循环用水工艺，提高水的重复利用率。",
     "2023年公司用水总量12.6万吨，同比下降4%。", "I04.1"),
    # energy technologies listed as the company's research are R&D (I09.1), no energy it uses
    # (guide §3.10: own energy structure vs products and R&D)
    ("研究院围绕氢能、储能、地热等技术开展攻关，已完成中试。",
     "公司厂区屋顶光伏、储能等设施全年发电120万千瓦时。", "I08.2"),
    ("公司在光伏、风电、氢能等前沿技术方面持续攻关。",
     "公司厂区屋顶光伏、储能等设施全年发电120万千瓦时。", "I08.2"),
    ("Our hydrogen, geothermal and other technologies made steady progress in the pilot stage.",
     "公司持续扩大光伏、风电等可再生能源的使用比例。", "I08.2"),
]


@pytest.mark.parametrize(("other", "own", "point"), NOT_EARNED)
def test_the_wording_does_not_earn_the_point(other: str, own: str, point: str) -> None:
    assert point not in points(other), other
    assert points(own).get(point, 0) > 0, own


def test_the_neighbouring_point_is_read_instead() -> None:
    # circulating water is reuse; a list of energy technologies is research
    assert points("2023年公司冷却系统循环用水2,600万吨，折合每天约7万吨。").get("I04.3") == 1.0
    assert points("公司推广循环用水工艺，提高水的重复利用率。").get("I04.3") == 0.5
    assert points("研究院围绕氢能、储能、地热等技术开展攻关，已完成中试。").get("I09.1", 0) > 0
    # the water taken beside the water circulated still counts
    assert points("公司循环用水量达到每年300万吨，新鲜水用量下降8%。").get("I04.1") == 1.0
    # a green loan made under the guideline is the bank's green financing
    assert points("本行按照绿色金融指引要求，全年发放绿色贷款120亿元。").get("I15.4") == 1.0


# ---- I05.2: a statement of absence is a mention (guide §2.6, §5 I05.2) -----------------------

ABSENCE = [
    "本集团各工厂均未设在自然保护区或生态保护红线内。",
    "我们的物流园区没有一处坐落于自然保护区，运营对周边生物多样性没有产生明显影响。",
    "集团各矿区没有任何一处位于生态保护红线范围内。",
    "None of our plants are located in or near nature reserves.",
    "Our operations had no significant impact on biodiversity in 2023.",
]

PROTECTION_DONE = [
    "公司在矿区周边设置白鹭栖息保护区，开展增殖放流。",
    "公司制定生物多样性保护手册，对矿区周边珍稀物种开展就地保护。",
    "We restored 120 hectares of wetland habitat around the mine in 2023.",
]


@pytest.mark.parametrize("text", ABSENCE)
def test_no_site_in_a_reserve_is_a_mention_of_biodiversity(text: str) -> None:
    assert points(text).get("I05.2") == 0.5, text


@pytest.mark.parametrize("text", PROTECTION_DONE)
def test_protection_done_is_disclosed(text: str) -> None:
    assert points(text).get("I05.2") == 1.0, text


def test_nothing_protected_nearby_is_a_mention_too() -> None:
    assert points("项目周边范围二十公里内无自然保护区。").get("I05.2") == 0.5
    assert points("厂区周边五公里内没有生态敏感区。").get("I05.2") == 0.5


# ---- a scope numeral running on into a larger number or a name is no scope (guide §2.4) ----

NO_SCOPE = [
    ("厂界周边范围一百米内无居民区。", "I11.1"),
    ("项目周边范围二十公里内无自然保护区。", "I11.2"),
    ("本报告覆盖范围三九九物流集团全部在营网点。", "I11.3"),
]

SCOPES = [
    ("2023年范围一排放为3.2万吨二氧化碳当量，范围二排放为5.1万吨二氧化碳当量。", "I11.1"),
    ("2023年范围一排放为3.2万吨二氧化碳当量，范围二排放为5.1万吨二氧化碳当量。", "I11.2"),
    ("2023年范围三排放为12.5万吨二氧化碳当量。", "I11.3"),
]


@pytest.mark.parametrize(("text", "point"), NO_SCOPE)
def test_a_numeral_in_a_larger_number_is_no_scope(text: str, point: str) -> None:
    assert point not in points(text), text


@pytest.mark.parametrize(("text", "point"), SCOPES)
def test_scopes_with_their_figures_are_read(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0, text
