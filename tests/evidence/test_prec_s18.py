"""Evidence precision on real wording (session 18, issue #12): wording shapes of the judged real
pairs still given wrong or partly, each read by docs/judging.md (version 1.4). Every case pairs
the misleading wording with the point's own sense, which must still be read. All sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- I02.3 / I04.3: a waste taken in as a raw material is reuse (guide §3.10, §5) ----------
# waste produced or disposed is I02.3; a waste used as a raw material or fuel is I04.3

WASTE_AS_INPUT = [
    "公司水泥窑全年利用各类工业废渣126万吨替代天然原料。",
    "本厂利用粉煤灰和脱硫石膏生产新型墙体材料。",
    "再生建材基地实现了建筑垃圾的规模化消纳，年处理能力50万吨。",
    "The kilns used 0.8 million tonnes of slag and fly ash as raw materials in 2023.",
    "Our plants consumed 120,000 tonnes of construction waste as a substitute for natural aggregate.",
]

WASTE_OF_OWN = [
    "公司全年产生一般工业固体废物3.2万吨，全部交由有资质单位处置。",
    "危险废物委托有资质的单位进行利用处置。",
    "We generated 1,250 tonnes of hazardous waste in 2023, all disposed of by licensed contractors.",
    "The group generated 42,000 tonnes of slag, which was sold to cement makers.",
]


@pytest.mark.parametrize("text", WASTE_AS_INPUT)
def test_a_waste_used_as_raw_material_is_reuse_not_disposal(text: str) -> None:
    got = points(text)
    assert "I02.3" not in got, text
    assert "I04.3" in got, text


@pytest.mark.parametrize("text", WASTE_OF_OWN)
def test_own_waste_produced_or_disposed_keeps_i02_3(text: str) -> None:
    assert "I02.3" in points(text), text


# ---- I09.2: green finance named as a field of work is no product (guide §11, §3.7) -----------
# "深化绿色金融创新", a bank's green-finance body and its work: a mention of I09.2 at most; the
# products or services named are disclosed

FINANCE_FIELD = [
    "分行成立绿色金融服务中心，统筹推动全行绿色金融工作。",
    "本行设立绿色金融事业部，持续深化绿色金融创新。",
    "公司积极推动并参与绿色金融创新，引导资金流向清洁能源产业。",
    "本行加快推动绿色金融与普惠金融协同发展。",
]

PRODUCTS_NAMED = [
    "本行推出绿色信用卡、绿色理财等绿色金融产品，全年发放绿色贷款120亿元。",
    "本行持续创新绿色金融产品和服务，满足客户低碳转型需求。",
    "公司为客户提供节能改造、分布式光伏等低碳解决方案。",
    "We offer low-carbon solutions such as rooftop solar and energy audits to our customers.",
]


@pytest.mark.parametrize("text", FINANCE_FIELD)
def test_green_finance_as_a_field_of_work_is_at_most_a_mention_of_i09_2(text: str) -> None:
    got = points(text)
    assert got.get("I09.2", 0.5) == 0.5, text
    assert "I15.4" in got, text


def test_green_finance_innovation_in_english_is_a_mention() -> None:
    assert points("The bank continued to promote green finance innovation across its branches."
                  ).get("I09.2") == 0.5


@pytest.mark.parametrize("text", PRODUCTS_NAMED)
def test_low_carbon_products_named_are_disclosed(text: str) -> None:
    assert points(text).get("I09.2") == 1.0, text


# ---- I06.1: the dual-carbon goals pushed as a field of work are no own position (guide §3.5) --
# "推进碳达峰工作", "推动双碳发展", upholding the national goals: supported in general words, a
# mention; the company's own peak or neutrality target stays a disclosure

DUAL_CARBON_AS_WORK = [
    "集团各单位在推进碳达峰工作中加快淘汰高耗能设备。",
    "公司以绿色信贷为抓手，推动双碳发展。",
    "报告期内，公司扎实推进碳达峰碳中和各项工作。",
    "公司坚决拥护国家“3060”双碳目标，积极行动。",
    "The company continued to advance the national dual-carbon work across its subsidiaries.",
]

OWN_POSITION = [
    "公司力争2028年前实现运营碳达峰，2055年前实现碳中和。",
    "集团制定“30·55”碳中和目标，并发布自身碳达峰行动方案。",
    "We have committed to reach net zero across our operations by 2050.",
]


@pytest.mark.parametrize("text", DUAL_CARBON_AS_WORK)
def test_dual_carbon_pushed_as_work_is_a_mention_of_i06_1(text: str) -> None:
    assert points(text).get("I06.1") == 0.5, text


@pytest.mark.parametrize("text", OWN_POSITION)
def test_an_own_peak_or_neutrality_position_is_disclosed(text: str) -> None:
    assert points(text).get("I06.1") == 1.0, text
