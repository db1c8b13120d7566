"""Evidence precision on forms met in blind round 25 (session 23), each rated wrong before, with
text written fresh for these tests: readers or users substituting e-books or e-invoices for
paper read as the company's own materials and office practice (guide §3.7: others' act)."""

from __future__ import annotations

import pytest

from .tagged import points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    pytest.param("据平台测算，读者以电子书替代纸质书，全年相当于节约纸张约0.8万吨。",
                 {"I04.2": 0, "I08.4": 0}, id="readers_ebooks_zh"),
    pytest.param("用户通过电子发票替代纸质发票，全年节约纸张约300吨。",
                 {"I04.2": 0, "I08.4": 0}, id="users_einvoices_zh"),
    pytest.param("消费者选择电子会员卡取代塑料卡，全年少用PVC卡片约40万张。",
                 {"I08.4": 0}, id="consumers_cards_zh"),
    pytest.param("Readers who chose e-books instead of printed books saved about 8,000 tonnes of paper in 2023.",
                 {"I04.2": 0, "I08.4": 0}, id="readers_ebooks_en"),
    # the company's own substitution stays
    pytest.param("公司推行无纸化办公，以电子文件替代纸质文件，全年节约打印纸12吨。",
                 {"I08.4": 1}, id="own_paperless_office_stays"),
    pytest.param("集团推行无纸化办公和双面打印，审稿纸样减少约40%。",
                 {"I08.4": 1}, id="own_double_sided_stays"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind25_points(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert {p: got[p] for p in want} == want if all(v == 0 for v in want.values()) \
        else all((got[p] > 0) == (v > 0) for p, v in want.items()), got


# a figure the sentence puts outside the company's operational emissions or scopes (contract farmers' farms)
SCOPE_CASES = [
    pytest.param("据估算，合作养殖户猪场2023年温室气体排放约126万吨二氧化碳当量，该部分不属于公司运营排放，未纳入公司范围一、范围二核算。",
                 {"I11.4": 0, "I11.5": 0}, id="contract_farms_zh"),
    pytest.param("加盟门店温室气体排放约4.2万吨二氧化碳当量，未纳入公司范围一、范围二。",
                 {"I11.4": 0}, id="franchise_stores_zh"),
    pytest.param("Contract farms emitted about 1.26 million tCO2e in 2023, which is not part of our operational emissions.",
                 {"I11.4": 0}, id="contract_farms_en"),
    pytest.param("2023年公司温室气体排放总量为4.2万吨二氧化碳当量（不含合作农户猪场）。",
                 {"I11.4": 1}, id="own_total_with_exclusion_stays"),
]


@pytest.mark.parametrize(("text", "want"), SCOPE_CASES)
def test_blind25_outside_scopes(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


# fuels named in brackets as a scope's sources before its emission figure
FUEL_CASES = [
    pytest.param("2023年公司温室气体排放总量约2.6万吨二氧化碳当量，其中范围一（天然气、柴油燃烧）约0.5万吨，范围二（外购电力）约2.1万吨。",
                 {"I03.2": 0}, id="scope_fuels_zh"),
    pytest.param("范围一(天然气锅炉、柴油车辆)排放量约为1.2万吨。", {"I03.2": 0}, id="scope_fuels_plain_zh"),
    pytest.param("Scope 1 (natural gas, diesel) of about 9,200 tonnes and Scope 2 (purchased electricity) of 39,400 tonnes.",
                 {"I03.2": 0}, id="scope_fuels_en"),
    pytest.param("2023年印刷厂消耗天然气418万立方米、柴油268吨，外购电力5,912万千瓦时。", {"I03.2": 1}, id="fuels_used_stay"),
]


@pytest.mark.parametrize(("text", "want"), FUEL_CASES)
def test_blind25_scope_fuels(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


# a methodology or standard working group is standard-setting, no research partnership (guide §3.10)
GROUP_CASES = [
    pytest.param("In 2023 we joined the Hospitality Alliance's Net Zero Methodology for Hotels working group.",
                 {"I09.4": 0}, id="methodology_group_en"),
    pytest.param("We sit on the working group on the standard for low-carbon hotel operations.", {"I09.4": 0}, id="standard_group_en"),
    pytest.param("公司加入行业协会低碳酒店评价标准编制工作组，参与起草团体标准。", {"I09.4": 0}, id="standard_group_zh"),
    pytest.param("公司与清华大学共建低碳技术联合实验室，开展余热回收技术研究。", {"I09.4": 1}, id="joint_lab_stays"),
]


@pytest.mark.parametrize(("text", "want"), GROUP_CASES)
def test_blind25_standard_groups(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got
