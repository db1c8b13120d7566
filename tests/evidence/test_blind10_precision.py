"""Evidence precision on forms met in blind round 10 (session 14), each rated wrong before, with
text written fresh for these tests: 履约 in the e-commerce sense (an order's fulfilment, a
fulfilment centre's cost) read as ETS compliance and a carbon cost, a neutrality target said
not to be set yet ("尚未订立碳中和目标") read as the company's commitment (a mention at most, as
"尚未制定" is since session 7), and a city
government's neutrality target and its total emissions read as the company's target and total."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import rate_text as _rate
from .tagged import rated_points as _points

# Each case: a small report and the ratings it must earn; the id says why.
CASES = [
    pytest.param(
        "2023年公司新建两个区域履约中心，订单履约成本占营业收入的比例由8.6%降至8.1%。\n",
        {"I15.1": 0, "I14.1": 0}, id="order_fulfilment_cost_is_no_carbon_cost"),
    pytest.param(
        "即时零售业务的仓配履约费用为12.4亿元，同比下降5%。\n",
        {"I15.1": 0}, id="a_delivery_fulfilment_fee_is_no_carbon_cost"),
    pytest.param(
        "本集團規模較小，現階段尚未訂立碳中和目標，將於明年研究相關安排。\n",
        {"I06.1": 0.5}, id="a_neutrality_target_not_yet_set_traditional"),
    pytest.param(
        "集团目前尚未订立碳达峰、碳中和目标。\n",
        {"I06.1": 0.5, "I06.2": 0}, id="a_peak_target_not_yet_set"),
    pytest.param(
        "澳门特区政府提出于2050年前实现碳中和；根据官方统计，澳门2021年的温室气体排放总量约为"
        "152万吨二氧化碳当量。\n",
        {"I06.1": 0, "I06.2": 0, "I11.4": 0}, id="a_city_government_s_target_and_total"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_points_of_a_small_report(tmp_path: Path, m: LoadedMethodology, text: str,
                                  expected: dict[str, float]) -> None:
    pts = _points(_rate(tmp_path, m, text))
    assert {pid: pts[pid] for pid in expected} == expected


# What must still count beside them.
KEEP = [
    pytest.param("公司下属两家热电厂纳入全国碳排放权交易市场，2023年完成配额清缴，履约成本为860万元。\n",
                 "I15.1", id="an_ets_compliance_cost"),
    pytest.param("公司下属两家热电厂纳入全国碳排放权交易市场，2023年完成配额清缴，履约成本为860万元。\n",
                 "I14.1", id="ets_compliance"),
    pytest.param("公司承诺2030年前实现碳达峰、2058年前实现碳中和。\n", "I06.1", id="own_commitment"),
    pytest.param("集团2023年温室气体排放总量为8,460吨二氧化碳当量。\n", "I11.4", id="own_total"),
]


@pytest.mark.parametrize(("text", "point"), KEEP)
def test_what_still_counts(tmp_path: Path, m: LoadedMethodology, text: str, point: str) -> None:
    assert _points(_rate(tmp_path, m, text))[point] > 0
