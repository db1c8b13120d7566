"""Wordings the reader missed or misread on the second round of unseen documents (session 6,
issue #12): HKEX 密度 intensities and 營運控制權, clean power "折合减排", annual-report risk
factors, fuel-combustion emissions as scope 1 in substance, packaging and by-product wording,
national statistics and hypothetical carbon costs. Passages written for these tests, in other
words than the demo corpus."""

from __future__ import annotations

import pytest

from .tagged import points

FOUND = [
    # HKEX wording: 密度 is intensity; 營運控制權 is the operational-control boundary
    ("本集團辦公室的電力消耗密度為52.4千瓦時／平方米。", "I03.3"),
    ("零售门店能耗密度降至每平方米96.0千瓦时。", "I03.3"),
    ("溫室氣體排放按本集團具營運控制權的酒店及商場計算。", "I12.1"),
    ("碳排放核算时，边界为集团全资及控股的14家工厂。", "I12.1"),
    # electricity per tonne of product
    ("报告期内吨钢电耗下降至412千瓦时。", "I03.3"),
    # clean power sold avoids emissions for others
    ("全年风电和光伏上网电量折合减排二氧化碳约86万吨。", "I09.3"),
    # risk factors of an annual report
    ("碳配额成本上升的风险：配额分配趋紧将推高燃煤机组的履约支出。", "I13.2"),
    ("碳边境调节机制将增加公司出口欧洲钢材的合规成本。", "I13.2"),
    ("Stricter CBAM reporting will raise the cost of our exports to Europe.", "I13.2"),
    # fuel burnt in own kilns and boilers is scope 1 in substance
    ("其中燃料燃烧产生的二氧化碳排放为52.7万吨。", "I11.1"),
    # lighter / returnable packaging, certified fibre, recycling, by-products
    ("Returnable crates replaced single-use cartons on 40% of our deliveries.", "I04.2"),
    ("包装纸箱全部采用FSC认证纸浆生产。", "I04.2"),
    ("废旧塑料托盘经回收再生后制成新托盘，全年860吨。", "I04.3"),
    ("Brewers' spent grains were supplied as fertiliser to nearby farms, 12,400 tonnes in all.", "I04.3"),
    ("The new chillers are saving around 3,200 MWh a year.", "I03.4"),
    ("酒糟全部用作动物饲料，全年12万吨。", "I04.3"),
]


@pytest.mark.parametrize(("text", "point"), FOUND)
def test_unseen_wordings_are_read(text: str, point: str) -> None:
    assert points(text).get(point, 0) > 0


def test_fuel_combustion_is_scope1_but_a_flight_activity_only_a_mention() -> None:
    assert points("锅炉和窑炉的化石燃料燃烧排放共计31.6万吨二氧化碳。").get("I11.1") == 1
    # the activity's name says neither the fuel nor the scope (d27 convention)
    assert points("其中：飞行活动排放二氧化碳1,020万吨。").get("I11.1") == 0.5


NOT_FOUND = [
    # the country's statistics in an annual report's industry section are not the company's
    ("2023年全国用电量同比增长6.7%，达到9.2万亿千瓦时。", "I03.2"),
    # complying with a request is not influencing the industry
    ("公司按照省生态环境厅要求，向行业主管部门报送了碳排放数据。", "I10.2"),
    ("As required by the regulator, we shared our carbon data with the industry association.",
     "I10.2"),
    # a cost under an assumption is a financial impact, not a carbon cost paid
    ("If carbon were priced at USD 100 a tonne, our carbon costs would rise by USD 30 million.",
     "I15.1"),
]


@pytest.mark.parametrize(("text", "point"), NOT_FOUND)
def test_not_the_company_or_not_real(text: str, point: str) -> None:
    assert point not in points(text)


def test_a_hypothetical_carbon_cost_is_not_one_paid() -> None:
    assert "I15.1" not in points("若碳价达到每吨300元，本公司每年的碳排放成本将增加约2.1亿元。")
    assert points("本年度公司购买碳排放配额支出合计6,800万元。").get("I15.1") == 1
