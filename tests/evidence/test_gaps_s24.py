"""Known misses and misreads by kind (session 24, issue #12; docs/judging.md v1.5). Passages
written for these tests (invented companies and figures).

- The top of the company's own list ("our top 100 suppliers by spend") is no comparison with
  peers (guide §3.4): `cmp_leader`'s "top" no longer counts before a count of counterparties.
- A government subsidy received, listed as money, is income, no retrofit or saving measure
  (`subsidy_received`, I03.4 / I08.3 none; guide §3.10 neighbour).
- Raw or tap water a water company supplies, and the water it lifts for farms, is its
  customers' water use (`others_water`, I04.1 none; guide §3.7).
- A lessor's leased assets, in a table column or named in prose, are the lessees' equipment
  (`others_act_table`, carried by the header row; I02.2, I03.5, I08.2, I08.3 none; guide §3.7).
"""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage
from evidence.tagged import points


def _comparisons(text: str) -> list[str]:
    from cnsr.evidence.lexicon import load_lexicon
    from cnsr.evidence.match import analyse
    from cnsr.evidence.signals import comparisons

    result = analyse(text, load_lexicon())
    comparisons(result, load_lexicon())
    return sorted(result.comparisons)


# ---- 1. the top of one's own list ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In 2023 we asked our top 100 suppliers by spend to disclose their greenhouse gas emissions through a questionnaire.",
    "We engaged our top 50 suppliers, who account for 70% of procurement spend, on carbon reduction targets.",
    "Our top ten customers received a product carbon footprint for every shipment.",
    "Climate risk is reviewed by top management every quarter and energy efficiency is a top priority.",
])
def test_the_top_of_own_list_is_no_comparison(text: str) -> None:
    assert "leader" not in _comparisons(text)


@pytest.mark.parametrize("text", [
    "Our energy intensity ranks in the top quartile of the industry.",
    "The plant's water efficiency is among the top three in the sector.",
    "We were named an industry-leading company for energy efficiency.",
])
def test_a_rank_among_peers_stays_a_comparison(text: str) -> None:
    assert "leader" in _comparisons(text)


def test_own_supplier_engagement_keeps_its_point() -> None:
    got = points("In 2023 we asked our top 100 suppliers by spend to disclose their greenhouse gas "
                 "emissions through a questionnaire; 58 responded.")
    assert got.get("I10.2") == 1.0, got


# ---- 2. a subsidy received -----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "注：政府补助含应急广播体系建设补助、节能改造专项补助资金1,260万元等。",
    "2023年计入当期损益的节能减排补贴共计860万元。",
    "报告期内公司收到锅炉节能改造奖补资金320万元。",
    "政府补助主要为节能技术改造补贴、稳岗补贴和研发补助。",
    "Government grants include RMB 12.6 million of special subsidies for energy-saving retrofits.",
    "Subsidies received for energy-efficiency upgrades amounted to RMB 3.2 million.",
])
def test_a_subsidy_received_is_no_retrofit(text: str) -> None:
    got = points(text)
    assert "I08.3" not in got and "I03.4" not in got, got


@pytest.mark.parametrize("text", [
    "公司获得节能改造专项补助资金200万元，用于完成3台锅炉改造，年节约标准煤1,200吨。",
    "公司对数据中心实施间接蒸发冷却改造，全年节约电量约1,860万千瓦时。",
    "We used a government grant to retrofit three boilers, saving 1,200 tonnes of standard coal.",
])
def test_a_retrofit_done_keeps_its_point(text: str) -> None:
    assert points(text).get("I08.3") == 1.0


# ---- 3. water supplied to others -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "公司向沿线8个市、32个县区的城市水厂和工业企业供应原水，2023年供水24.06亿立方米，其中城市生活用水9.82亿立方米、工业用水6.14亿立方米。",
    "水务公司向城区供应自来水1.2亿吨，售水量同比增长3%。",
    "部分灌区出现旱情，公司提前开机提水，86座泵站累计提水18.4亿立方米，保障了秋种用水。",
    "The company supplied 240 million cubic metres of raw water to cities and industrial customers in 2023.",
    "Our pumping stations lifted 1.8 billion cubic metres, securing the irrigation water supply of the district.",
    # 利用|水库 is no 用水: hydropower from a reservoir's released water
    "公司6座小水电站利用水库下泄水量发电，2016年发电量2.86亿千瓦时。",
])
def test_water_supplied_to_others_is_no_own_use(text: str) -> None:
    got = points(text)
    assert "I04.1" not in got, got


@pytest.mark.parametrize("text", [
    "2023年公司总用水量38.6万立方米，单位产值用水量下降5%。",
    "公司办公用水约3.6万立方米，主要为自来水。",
    "Our water consumption was 3.6 million cubic metres in 2023.",
])
def test_own_water_use_stays(text: str) -> None:
    assert points(text).get("I04.1") == 1.0


# ---- 4. a lessor's leased assets -----------------------------------------------------------


@pytest.mark.parametrize("text, point", [
    ("领域 | 主要租赁物 | 余额（亿元）\n节能环保装备 | 余热锅炉、污水处理设备 | 38.6", "I02.2"),
    ("领域 | 主要租赁物 | 余额（亿元）\n节能环保装备 | 余热锅炉、污水处理设备 | 38.6", "I08.3"),
    ("租赁资产余额构成（单位：亿元） | | |\n业务板块 | 2022年末 | 2023年末 | 占比\n清洁能源 | 142.8 | 196.2 | 22.7%", "I03.5"),
    ("租赁资产余额构成（单位：亿元） | | |\n业务板块 | 2022年末 | 2023年末 | 占比\n清洁能源 | 142.8 | 196.2 | 22.7%", "I08.2"),
    ("公司要求清洁能源租赁物全部投保财产一切险。", "I08.2"),
    ("Sector | Main leased assets | Balance\nEnergy-saving equipment | waste-heat boilers, wastewater treatment units | 38.6", "I02.2"),
])
def test_leased_assets_are_the_lessees(text: str, point: str) -> None:
    got = points(text)
    assert point not in got, got


@pytest.mark.parametrize("text, point", [
    ("项目 | 单位 | 2023年\n废水排放量 | 万吨 | 12.6", "I02.2"),
    ("公司在厂区新建光伏电站，全年发电120万千瓦时，全部自用。", "I08.2"),
    ("业务板块 | 2022年末 | 2023年末 | 占比\n清洁能源 | 142.8 | 196.2 | 22.7%", "I08.2"),
])
def test_own_rows_stay(text: str, point: str) -> None:
    assert point in points(text)


def test_tag_passage_reads_the_table() -> None:
    # the header row is a sentence of its own and hands the concept to every row under it
    got = tag_passage("领域 | 主要租赁物 | 余额\n光伏与风电 | 分布式光伏组件、风电机组 | 112.4")
    assert not [p for p in got["points"] if p["point"] in ("I08.2", "I03.5")], got


# ---- 5. a planned monitoring system --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "公司制定碳达峰行动方案，分三个阶段推进：2024—2025年，完成首次温室气体盘查，建立碳排放统计和报告制度。",
    "本行目前尚未对自身运营开展温室气体排放核算。下一步，本行将适时开展碳盘查，建立覆盖总行和各支行的碳排放统计体系。",
    "公司计划于2025年上线能源与碳排放在线监测平台。",
    "We plan to install a greenhouse gas emissions monitoring system at all plants by 2025.",
])
def test_a_planned_monitoring_system_earns_nothing(text: str) -> None:
    got = points(text)
    assert "I12.4" not in got, got


@pytest.mark.parametrize("text", [
    "公司已建成能源与碳排放在线监测平台，对各基地温室气体排放数据实行月度统计。",
    "All plants have a greenhouse gas emissions monitoring system that reports monthly to the EHS committee.",
])
def test_a_monitoring_system_in_place_keeps_its_point(text: str) -> None:
    assert "I12.4" in points(text)


def test_a_planned_boundary_keeps_its_mention() -> None:
    # the labels split on a planned boundary (d144's label rests on the boundary done beside it)
    got = points("公司计划自2017年起将碳排放盘查范围逐步扩大至各分公司。")
    assert got.get("I12.1") == 0.5, got


# ---- 6. the review item: parameters for every point live in rules.yaml -----------------------


def test_every_point_parameters_are_data() -> None:
    from cnsr.evidence.lexicon import load_lexicon

    evidence = load_lexicon().rules.evidence
    assert evidence.every_point_parameters == ["energy_coefficient"]
    assert set(evidence.every_point_parameters) <= set(evidence.parameters)


def test_an_every_point_parameter_must_be_a_parameter() -> None:
    from pydantic import ValidationError

    from cnsr.evidence.rule_schema import EvidenceSettings

    with pytest.raises(ValidationError, match="every_point_parameters"):
        EvidenceSettings.model_validate({"parameters": {"factor": ["intensity"]},
                                         "every_point_parameters": ["energy_coefficient"]})
