"""Own energy structure vs. products, research, industry and lending; general management
statements as mentions (session 14, issue #12; docs/judging.md §3.7, §3.10, §8 and §2.6;
docs/reader-history.md "Own energy structure and general statements (session 14)").

I08.2 is the company's own energy structure: renewables it builds or uses, coal it cuts, green
power it buys (a power company's own generation included). An energy word that names what the
company sells (a product, a business line, a platform), what it researches, an industry, or
what a bank lends to is that, not its energy supply. A general management statement
("加强…管理", "we attach importance to…") with no figure, date or named thing is a mention of a
non-quantitative point. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# (sentence, the point it earns instead of I08.2 or None)
NOT_OWN_ENERGY = [
    # a product or a platform the company sells
    ("公司推出新一代海上风电场智能设计平台，可将风电场开发商的设计周期缩短30%。", "I09.2"),
    ("报告期内，公司光伏组件出货量达到12.5GW，同比增长40%。", "I09.2"),
    ("公司储能事业部全年实现营业收入18.6亿元，较上年增长22%。", "I09.2"),
    ("截至目前公司已推出多款新能源产品，包括纯电动牵引车和电动清扫车。", "I09.2"),
    ("The Group's solar module shipments rose 30% to 18 GW.", "I09.2"),
    ("Our energy storage segment reported revenue of USD 1.2 billion for the year.", "I09.2"),
    # research: the company's own R&D (I09.1)
    ("公司成立氢能研究中心，开展电解水制氢关键技术攻关。", "I09.1"),
    ("We established a hydrogen research centre to develop electrolyser technology.", "I09.1"),
    # an industry as the subject: background
    ("近年来，光伏行业快速发展，装机规模持续扩大。", None),
    ("行业正在加快推动传统能源向新能源转型。", None),
    ("The photovoltaic industry continued to grow rapidly in 2023.", None),
    # a list of fields (of standards, of research directions) is no energy supply
    ("公司围绕风电、光伏、储能等20个方向提出首批企业技术标准编制计划。", None),
    # money lent to clean energy is the lender's green financing (I15.4)
    ("本行向风电项目发放贷款35亿元。", "I15.4"),
    ("The Bank extended loans of RMB 2.1 billion to wind farms and solar projects in 2023.", "I15.4"),
]


@pytest.mark.parametrize(("text", "instead"), NOT_OWN_ENERGY)
def test_energy_words_of_products_research_industry_and_loans_are_not_own_energy(
        text: str, instead: str | None) -> None:
    got = points(text)
    assert "I08.2" not in got, (text, got)
    if instead is not None:
        assert got.get(instead, 0) > 0, (text, got)


# the company's own energy supply keeps I08.2 with its figure, also beside its products
OWN_ENERGY = [
    "2023年公司厂区屋顶分布式光伏发电量达到860万千瓦时，占总用电量的12%。",
    "本年度公司新增风电装机容量80万千瓦，清洁能源装机占比提升至45%。",
    "公司研发中心屋顶建成光伏电站，年发电量50万千瓦时。",
    "公司在生产基地建成储能电站，实现削峰填谷，年节约电费120万元。",
    "公司光伏组件出货量达到12GW，同时在生产基地屋顶建成分布式光伏8兆瓦。",
    "Renewable electricity made up 42% of the electricity our sites used in 2023.",
    "We installed rooftop solar panels at three plants, generating 3.1 GWh in 2023.",
]


@pytest.mark.parametrize("text", OWN_ENERGY)
def test_own_energy_supply_keeps_its_point(text: str) -> None:
    assert points(text).get("I08.2") == 1.0, (text, points(text))


def test_a_product_beside_own_energy_is_both() -> None:
    got = points("公司光伏组件出货量达到12GW，同时在生产基地屋顶建成分布式光伏8兆瓦。")
    assert got.get("I09.2", 0) > 0 and got.get("I08.2") == 1.0, got


# (general statement, a point it mentions): a mention, 0.5
GENERAL = [
    ("公司持续完善环境风险防控体系，切实防范突发环境事件。", "I01.4"),
    ("各子公司高度重视生物多样性保护，不断加强生态保护工作。", "I05.2"),
    ("报告期内，公司持续加大环保工作力度，全面落实环境保护责任。", "I01.1"),
    ("We attach great importance to biodiversity protection around our operations.", "I05.2"),
    ("The Group continues to strengthen its management of climate-related risks and takes "
     "effective measures to respond to them.", "I13.5"),
]


@pytest.mark.parametrize(("text", "point"), GENERAL)
def test_a_general_statement_is_a_mention(text: str, point: str) -> None:
    assert points(text).get(point) == 0.5, (text, points(text))


# the same verbs with a figure, a date, a named document, body or facility: a disclosure
CONCRETE = [
    ("公司加强环境应急管理，修订《突发环境事件应急预案》并组织演练2次。", "I01.4"),
    ("公司加强生物多样性保护，2023年在矿区完成生态修复面积36公顷。", "I05.2"),
    ("公司强化环境管理，设立安全环保委员会统筹各子公司环保工作。", "I01.1"),
    ("We strengthened the response to climate risks by installing flood barriers at our two "
     "coastal plants.", "I13.5"),
]


@pytest.mark.parametrize(("text", "point"), CONCRETE)
def test_a_concrete_measure_keeps_its_rating(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0, (text, points(text))
