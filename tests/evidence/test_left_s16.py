"""Recall on the demo corpus (session 16), with text written fresh for these tests.

1. Headings of GHG emissions and energy data ("温室气体排放", "能源消耗", "GHG emissions",
   "Energy use") give their topic to a body of figures under them that does not repeat it
   (rules.yaml `heading_match`): only with a figure of the point's dimension, never across a
   heading, and on over a page break when the section goes on there.
2. A dated figure of plain tonnes in a comparison ("与2021年的5.1万吨相比", "down from
   12,300 t in 2021") or a bracket of prior years is that year's figure of the same
   quantity (data/units/aliases.yaml `tonnes_comparison`; emissions.yaml
   `elliptical.compared_before`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.emission_figures import find_emissions
from cnsr.evidence.find import find_evidence
from cnsr.evidence.quantities import extract_quantities
from cnsr.evidence.tag import tag_passage
from cnsr.methodology import LoadedMethodology

from .tagged import best_ratings as _best
from .tagged import pages_document as _doc
from .tagged import points, rate_text, rated_points

# ---- 1. GHG and energy headings over a body of figures ------------------------------------

@pytest.mark.parametrize("heading, body", [
    ("温室气体排放", "2023年，本公司合计排放38,200吨二氧化碳当量，较上年下降4%。"),
    ("3.1 温室气体排放", "报告期内合计排放1.92万吨二氧化碳当量。"),
    ("（二）碳排放", "全年合计排放二氧化碳当量2,760吨，其中外购电力占八成。"),
    ("GHG emissions", "The total for 2023 was 52,400 tCO2e, 6% below 2022."),
])
def test_a_total_under_a_ghg_heading(heading: str, body: str) -> None:
    assert "I11.4" not in points(body)  # alone, "合计" of a CO2e figure is no GHG total named
    assert _best(_doc([heading, body])).get("I11.4") == 1.0


@pytest.mark.parametrize("heading, body", [
    ("能源消耗", "2023年，外购电力6,480兆瓦时，天然气折合920兆瓦时，合计7,400兆瓦时。"),
    ("二、能源使用", "本年度消耗柴油和外购电力合计折合标准煤3,150吨。"),
    ("Energy use", "We used 18,300 MWh of grid electricity and 2,100 MWh of diesel, "
                   "20,400 MWh in total."),
])
def test_a_total_under_an_energy_heading(heading: str, body: str) -> None:
    assert "I03.1" not in points(body)
    assert _best(_doc([heading, body])).get("I03.1") == 1.0


@pytest.mark.parametrize("heading, body", [
    ("温室气体排放", "公司合计组织碳管理培训3次。"),  # no figure of emissions
    ("温室气体排放", "全年合计发放宣传手册5,000份。"),
    ("能源消耗", "我们合计开展了12次节能宣传活动。"),
    ("Energy use", "In total 340 employees joined our energy-saving week."),
])
def test_a_heading_gives_nothing_without_a_figure_of_its_dimension(heading: str,
                                                                    body: str) -> None:
    best = _best(_doc([heading, body]))
    assert "I11.4" not in best and "I03.1" not in best


def test_the_topic_stops_at_the_next_heading() -> None:
    body = "2023年合计排放12,800吨二氧化碳当量。"
    assert "I11.4" not in _best(_doc(["温室气体排放", "公司持续完善数据管理。", "社区公益", body]))
    filler = ["公司开展合规培训46场。"] * 4
    assert "I11.4" not in _best(_doc(["温室气体排放", *filler, body]))


def test_a_section_goes_on_over_a_page_break() -> None:
    body = "2023年合计排放12,800吨二氧化碳当量。"
    assert _best(_doc(["温室气体排放"], [body])).get("I11.4") == 1.0
    assert _best(_doc(["能源消耗", "公司持续完善能源计量。"],
                      ["外购电力6,480兆瓦时，合计7,400兆瓦时。"])).get("I03.1") == 1.0
    # a heading at the top of the next page opens its own section
    assert "I11.4" not in _best(_doc(["温室气体排放"], ["员工关爱", body]))
    # but not two pages on
    assert "I11.4" not in _best(_doc(["温室气体排放"], ["公司持续完善数据管理。"], [body]))


def test_sentence_tagging_is_unchanged_by_headings() -> None:
    assert "I11.4" not in {p["point"] for p in tag_passage(
        "2023年，本公司合计排放38,200吨二氧化碳当量。")["points"]}


# ---- 2. a dated figure in a comparison -------------------------------------------------------

@pytest.mark.parametrize("text, raw, dimension", [
    ("2023年温室气体排放总量为3.2万吨二氧化碳当量；与2021年的3.9万吨相比下降18%。",
     "3.9万吨", "emissions"),
    ("公司碳排放总量8,450吨二氧化碳当量；较2022年的9,100吨减少7.1%。", "9,100吨", "emissions"),
    ("与2021年的12,300吨相比，2023年公司温室气体排放总量降至11,000吨二氧化碳当量。",
     "12,300吨", "emissions"),
    ("Our greenhouse gas emissions fell to 11,000 tCO2e; compared with 12,300 t in 2021, "
     "that is a drop of 10.6%.", "12,300 t", "emissions"),
    ("Scope 1 emissions were 4,200 tCO2e in 2023 (2022: 4,500 t; 2021: 4,900 t).",
     "4,900 t", "emissions"),
    ("2023年，公司温室气体排放总量为5.1万吨二氧化碳当量（2022年：5.4万吨；2021年：5.8万吨）。",
     "5.8万吨", "emissions"),
    ("2023年综合能源消耗量为5.6万吨标准煤；与2021年的6.1万吨相比下降8.2%。", "6.1万吨", "energy"),
    # negatives: the comparison names a quantity of its own
    ("2023年二氧化碳排放量1.2万吨；与2022年的固体废物产生量500吨相比有所增加。", "500吨", "mass"),
    ("2023年温室气体排放总量3,100吨；钢材采购量较2021年的800吨增加。", "800吨", "mass"),
    # an undated figure after a "；" stays as it was
    ("2023年温室气体排放总量3,100吨；相比之下，危废处置600吨。", "600吨", "mass"),
])
def test_a_compared_figure_is_of_the_same_quantity(text: str, raw: str,
                                                    dimension: str) -> None:
    found = {q.raw: q.dimension for q in extract_quantities(text)}
    assert found[raw] == dimension


def test_co2_equivalent_tonnes_are_co2e() -> None:
    q = {x.raw: x.unit for x in extract_quantities(
        "温室气体排放总量为46,200吨二氧化碳当量（2022年：48,100吨）。")}
    assert q["48,100吨"] == "tCO2e"


@pytest.mark.parametrize("text", [
    "2023年温室气体排放总量为27,400吨二氧化碳当量（2022年：28,900吨）。\n"
    "排放强度为每平方米1.6千克二氧化碳当量；与2021年的30,100吨相比，排放总量下降9%。\n",
    "2023年，公司碳排放总量为6.3万吨二氧化碳当量，2022年为6.6万吨。\n"
    "与2021年的7.2万吨相比，温室气体排放总量下降12.5%。\n",
    "Total GHG emissions were 27,400 tCO2e in 2023, down from 28,900 t in 2022.\n"
    "Compared with 30,100 t in 2021, total emissions fell by 9%.\n",
])
def test_three_years_with_one_in_a_comparison_are_the_history(
        tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert rated_points(rate_text(tmp_path, m, text)).get("I11.5") == 1.0


def test_a_compared_figure_opens_no_series_without_its_quantity() -> None:
    doc = _doc(["2023年员工通勤车辆油耗下降；与2021年的300吨相比，柴油采购减少40吨。"])
    assert not [f for f in find_emissions(find_evidence([doc])) if f.year == 2021]


# ---- 3. an emission's sources named in words (I11.6 partly) ----------------------------------

@pytest.mark.parametrize("text", [
    "本公司的温室气体排放主要来自门店的外购电力，其次为配送车辆的燃油。",
    "2023年，范围一排放约2.6万吨二氧化碳当量，主要来自燃煤锅炉和柴油叉车。",
    "范围一主要为应急发电机柴油和员工食堂燃气，范围二为外购电力。",
    "范围二排放均来自外购电力和外购热力。",
    "Our greenhouse gas emissions are generated mainly by purchased electricity and natural "
    "gas for heating.",
    "The main sources of our Scope 1 emissions are natural gas boilers and diesel forklifts.",
])
def test_sources_named_in_words_are_a_partial_breakdown(text: str) -> None:
    assert points(text).get("I11.6") == 0.5


@pytest.mark.parametrize("text", [
    "温室气体排放数据来自能源管理系统。",  # where the data come from
    "碳排放减少主要来自节能改造。",  # what a reduction came from
    "公司收入主要来自电力销售，其次为天然气。",  # no GHG word
    "范围一排放为1.2万吨，范围二为3.4万吨外购电力排放。",  # figures, not sources
    "Our revenue comes mainly from electricity sales.",
])
def test_other_things_coming_from_somewhere_are_no_breakdown(text: str) -> None:
    assert "I11.6" not in points(text)


# ---- 4. a peak / neutrality target with its boundary named (I06.4 partly) ---------------------

@pytest.mark.parametrize("text", [
    "公司力争2029年前实现运营碳排放达峰、2055年前实现运营碳中和。",
    "我们承诺自身运营在2030年前实现碳达峰，2060年前实现碳中和。",
    "集团力争生产运营碳排放2028年前达峰。",
    "We aim to reach net zero in our own operations by 2045.",
    "Our target is operational carbon neutrality by 2035.",
])
def test_a_target_with_its_boundary_named_is_a_partial_scope(text: str) -> None:
    assert points(text).get("I06.4") == 0.5


@pytest.mark.parametrize("text", [
    "公司力争2030年前实现碳达峰。",  # no boundary named
    "我们为客户提供运营碳中和咨询服务。",  # a service to others
    "2023年，公司数据中心已实现运营碳中和。",  # achieved, not a target
    "We aim to reach net zero by 2050.",
])
def test_a_target_without_its_boundary_has_no_scope(text: str) -> None:
    assert "I06.4" not in points(text)


# ---- 5. a named department given the environmental or energy work (I01.1) ---------------------

@pytest.mark.parametrize("text, rating", [
    ("设备工程部负责全厂环境保护和能源管理。", 1.0),
    ("环保工作由安全生产部归口管理。", 1.0),
    ("资源环境小组负责各工厂环境数据的归口管理。", 1.0),
    ("Our Sustainability Committee is responsible for environmental matters across the group.",
     1.0),
    ("综合管理部负责办公楼的能源和资源管理。", 0.5),
    ("ESG办公室统筹公司能源管理工作。", 0.5),
    ("公司节能降耗工作由分管生产的副总经理负责。", 0.5),
    ("The Facilities Department is responsible for energy management at all sites.", 0.5),
])
def test_a_department_given_the_work_is_a_body_responsible(text: str, rating: float) -> None:
    assert points(text).get("I01.1") == rating


@pytest.mark.parametrize("text", [
    "财务部负责资金管理。",  # not environmental work
    "公司全部负责人参加环境培训。",  # no department
    "销售中心负责客户能源解决方案的推广。",  # customers' energy
    "工程部负责为业主提供节能改造服务。",  # a service to owners
])
def test_other_duties_are_no_environmental_body(text: str) -> None:
    assert "I01.1" not in points(text)


# ---- 6. clean energy the company uses, without a share (I03.5) ----------------------------------
# since guide 1.6 §13.4 (session 26) an amount for the period is a figure of the point (1):
# tests/evidence/test_lead_s26.py; clean energy used with no amount stays a mention


@pytest.mark.parametrize("text", [
    "2023年，厂区屋顶光伏发电1,380万千瓦时，全部自用。",
    "全年采购绿色电力2,600万千瓦时。",
    "Rooftop solar supplied 31 GWh to our plants in 2023.",
    "We purchased 85 GWh of renewable electricity last year.",
])
def test_clean_energy_used_by_its_amount_is_a_figure(text: str) -> None:
    assert points(text).get("I03.5") == 1.0


def test_clean_energy_used_without_an_amount_is_a_mention() -> None:
    assert points("园区分布式光伏所发电量供生产车间使用。").get("I03.5") == 0.5


@pytest.mark.parametrize("text", [
    "我们为客户提供光伏电站建设服务，供其自用。",  # a service to others
    "倡导居民使用太阳能热水器。",  # residents' use
    "公司向电网销售风电12亿千瓦时。",  # sold, not used
])
def test_others_clean_energy_is_no_share_of_ours(text: str) -> None:
    assert "I03.5" not in points(text)


def test_a_share_is_still_a_full_disclosure() -> None:
    assert points("2023年可再生能源占公司能源消费总量的12.6%。").get("I03.5") == 1.0


# ---- 7. research with a university or institute named as the partner (I09.4) ------------------

@pytest.mark.parametrize("text", [
    "公司与本地高校合作开展商业建筑能耗基准课题研究。",
    "我们与交通科研院所合作研究新能源重卡的线路应用。",
    "集团与省建筑科学研究院共同开展近零能耗建筑技术研究。",
    "We partnered with a technical university on low-carbon cement research.",
])
def test_research_with_a_university_is_a_partnership(text: str) -> None:
    assert points(text).get("I09.4", 0.0) > 0


@pytest.mark.parametrize("text", [
    "公司与某大学合作举办校园招聘会。",  # no low-carbon topic
    "公司与当地大学合作开展员工学历教育。",
    "We partnered with a local university on a graduate hiring programme.",
])
def test_other_work_with_a_university_is_no_research_partnership(text: str) -> None:
    assert "I09.4" not in points(text)
