"""Rules for real wording (session 11, issue #12 item 4): readings that quoted a passage for a
point it does not disclose, each fixed by its general cause (docs/reader.md "Rules for real
wording (session 11)"). Each case pairs the misleading wording (no point, or a lower one) with
the point's own sense. All sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.assess.rate import rate_documents
from cnsr.evidence.quantities import extract_quantities
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

from .tagged import points

# (misleading wording: the point is not earned, the point's own sense: it is, point)
CASES = [
    # how emissions are calculated is GHG accounting (I12), no carbon management system
    ("本公司温室气体排放核算按燃料消耗量乘以相应的排放因子计算，外购电力采用区域电网平均排放因子。",
     "公司建立碳排放管理体系，明确各单位碳排放数据的报送、审核和核查流程。", "I13.1"),
    ("温室气体排放核算参照行业核算指南，全球变暖潜能值采用IPCC第五次评估报告数值。",
     "公司建立碳排放管理体系，明确各单位碳排放数据的报送、审核和核查流程。", "I13.1"),
    ("Our carbon accounting multiplies the fuel used at each site by the relevant emission "
     "factors.",
     "We run a carbon management system with monthly data review and annual verification.",
     "I13.1"),
    # a target's row is the target, not the value reached
    ("2026年目标值：单位产品综合能耗不高于0.38吨标准煤/吨。",
     "2023年单位产品综合能耗为0.41吨标准煤/吨，较上年下降4%。", "I03.3"),
    ("2030 target: energy intensity of 0.38 tce per tonne of product.",
     "Energy intensity was 0.41 tce per tonne of product in 2023.", "I03.3"),
    ("2027年目标：可再生能源电力占比达到40%。",
     "2023年公司可再生能源电力占比为27%。", "I03.5"),
    # water a utility supplies to a power plant is its product, no recycled input of its own
    ("公司再生水厂为城东热电厂提供再生水作为循环冷却水，全年供水960万立方米。",
     "工厂使用再生水替代新鲜水用于循环冷却，年利用再生水60万立方米。", "I04.2"),
    ("Reclaimed water from our treatment works is used by a nearby power station as cooling "
     "water.",
     "Our plants use reclaimed water to replace fresh water in cooling towers.", "I04.2"),
    # an EHS heading or a safety sentence is no environmental policy
    ("EHS Department is responsible for work safety and occupational health.",
     "The EHS Committee oversees pollution prevention and hazardous waste management.",
     "I01.1"),
    # desulphurisation gypsum is a by-product, no desulphurisation facility
    ("全年产生脱硫石膏9.6万吨，全部外售给建材企业作为水泥缓凝剂。",
     "公司完成3台燃煤锅炉脱硫脱硝超低排放改造。", "I02.4"),
    # list numbering after 适用范围 is no scope
    ("一、目的 二、适用范围 3.职责分工 4.管理要求", "公司范围3排放主要来自外购商品和服务。", "I11.3"),
    ("第二条 适用范围 三、组织机构", "公司首次核算了范围三排放，涵盖上游运输。", "I11.3"),
    # classes of half a of the real sentences (seed 611)
    # what green loans' projects cut is the borrowers' reduction
    ("本行绿色贷款支持项目全年折合减排二氧化硫1.2万吨、氮氧化物0.8万吨。",
     "公司全年排放二氧化硫120吨、氮氧化物340吨。", "I02.1"),
    # a training or a forum on green finance is no product
    ("本行组织绿色金融政策专题培训，覆盖客户经理和风险经理。",
     "本行推出绿色金融产品，为小微企业光伏项目提供专属贷款。", "I09.2"),
    # what a risk may bring is no supply-chain measure
    ("极端天气可能导致供应链中断，低碳转型不及预期可能会影响公司声誉。",
     "公司要求主要供应商开展碳盘查，推进供应链低碳转型。", "I08.5"),
    # classes of a second draw of half a (seed 614)
    # where underwritten bonds' money goes is the issuers' work
    ("公司承销的绿色金融债券募集资金投向于流域生态系统保护和修复项目。",
     "公司在矿区开展生态修复，复绿边坡12公顷。", "I05.2"),
    # the co-benefits of projects green loans finance are the borrowers'
    ("本行绿色贷款支持项目折合减排二氧化碳当量120万吨、二氧化硫1.1万吨。",
     "公司通过锅炉改造协同减少二氧化碳和二氧化硫排放，全年减少二氧化硫86吨。", "I16.3"),
    # technical support offered to other companies is no waste of the company's
    ("公司为全国中小企业在办公场景下推行零废弃提供技术支持。",
     "公司全年产生危险废物326吨，全部交由有资质单位处置。", "I02.3"),
    # sour water stripped of sulphur is a water stream, no desulphurisation facility
    ("装置脱硫净化水回用于加氢注水，回用量提升至每小时50立方米。",
     "公司完成3台燃煤锅炉脱硫脱硝超低排放改造。", "I02.4"),
]


@pytest.mark.parametrize(("other", "own", "point"), CASES)
def test_real_wording(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


def test_a_risk_brought_by_climate_change_is_a_physical_risk() -> None:
    # the hazard caused by climate change is the risk (I13.2), not a supply-chain measure
    p = points("由于气候变化导致的台风、洪水等自然灾害可能对公司资产造成直接损失，供应链中断也会带来间接影响。")
    assert p.get("I13.2", 0) > 0
    assert "I08.5" not in p


def test_a_system_named_beside_the_method_keeps_its_point() -> None:
    # the accounting note vetoes only a mention: a system named in the same sentence counts
    assert points("公司建立碳排放管理体系，排放因子采用主管部门发布的缺省值。").get("I13.1") == 1.0


def test_a_target_met_is_the_value_reached() -> None:
    # "提前完成…目标" is no target label: the value before it is the year's
    assert points("2023年单位产品综合能耗0.41吨标准煤/吨，提前完成2025年目标。").get("I03.3") == 1.0


def test_office_lighting_is_an_office_measure() -> None:
    # an office's lighting retrofit is an office measure (I08.4); the corpus labels keep it an
    # equipment retrofit (I08.3) too
    p = points("总部办公大楼将走廊和会议室灯具全部更换为LED灯，年节电约2.6万千瓦时。")
    assert p.get("I08.4") == 1.0
    assert p.get("I08.3") == 1.0


@pytest.mark.parametrize(("event", "forest"), [
    ("公司团委组织青年志愿者开展义务植树活动，在社区公园栽下树苗300株。",
     "公司在关闭矿区新增造林85公顷，形成碳汇林。"),
    ("On Arbor Day, 150 employee volunteers planted 400 saplings in a city park.",
     "The Group reforested 85 hectares of its former quarry as a carbon sink."),
])
def test_a_tree_planting_day_is_a_mention(event: str, forest: str) -> None:
    # volunteers planting at an event mention trees planted; afforestation is the company's own
    # programme (the corpus labels give such a day 0.5)
    assert points(event).get("I05.3") == 0.5
    assert points(forest).get("I05.3") == 1.0


def test_the_tonne_nautical_mile_is_kept() -> None:
    # a fleet's AER ("gCO2/t-nm") is per tonne-nautical mile, not per tonne
    for text in ("The fleet's AER was 5.9 gCO2/t-nm in 2023.", "船队AER为5.9 gCO2/tnm。"):
        found = [q for q in extract_quantities(text) if q.dimension == "intensity"]
        assert found and found[0].unit == "tCO2/tkm", text


def _own(tmp_path: Path, m: LoadedMethodology, text: str) -> set[tuple[str, int | None, int]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    r = rate_documents([read_document(path)], Company(name="测试公司", year=2023), m)
    return {(e.scope, e.year, round(e.value_t or 0.0)) for e in r.emissions if e.kind == "own"}


def test_the_year_leading_a_list_dates_every_item(tmp_path: Path, m: LoadedMethodology) -> None:
    assert _own(tmp_path, m, "2023年，公司温室气体排放情况如下：范围一排放8.4万吨二氧化碳当量；"
                             "范围二排放21.7万吨二氧化碳当量。\n") == {
        ("scope1", 2023, 84_000), ("scope2", 2023, 217_000)}
    assert _own(tmp_path, m, "公司2023年直接温室气体排放8.4万吨二氧化碳当量；间接温室气体排放"
                             "21.7万吨二氧化碳当量。\n") == {
        ("scope1", 2023, 84_000), ("scope2", 2023, 217_000)}


def test_a_year_does_not_reach_an_unrelated_clause(tmp_path: Path, m: LoadedMethodology) -> None:
    # no list and no figure of the same kind before the "；": the later figure stays undated
    assert _own(tmp_path, m, "2019年公司首次开展碳盘查；目前温室气体排放总量为9.3万吨二氧化碳当量。\n"
                ) == {("total", None, 93_000)}
