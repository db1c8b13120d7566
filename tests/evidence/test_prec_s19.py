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
    "我们大力发展风光储氢等多能互补的新装备新技术。",
    "在发挥核电、气电、煤电等传统能源装备优势的基础上，集团加快转型。",
    "公司持续加强光伏、风能、地热等新能源领域的供应资源培育。",
    "We expanded our business in pumped-hydro, molten-salt and flywheel storage and other fields.",
    "Our wind and solar equipment business grew by 18% in 2023.",
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
