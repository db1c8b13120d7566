"""Leftover misreads of the demo corpus (session 15), with text written fresh for these tests.

1. A section heading names the topic and the body under it does not repeat it: the heading's
   topic completes a clause of the body's own concepts (rules.yaml `evidence.heading`), only
   within its section (up to the next heading, on its page) and never by itself.
2. English label-first KPI tiles and index rows: "Energy consumed" before its figure.
3. SASB one-code rows: data when the row carries the company's value, navigation when it only
   points to a page (as a line of text, and in an index table whose other rows point to pages).
5. A waste's reuse rate or amount read as waste disposed (I02.3): it is reuse (I04.3).
6. A zero-carbon technology of the company's own R&D or products earned nothing (its carbon
   word swallowed as a thing's name): researched it is I09.1, offered or sold I09.2.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.headings import is_heading
from cnsr.evidence.tag import tag_passage
from cnsr.ingest.document import Document, Page, Passage, Table

from .tagged import best_ratings as _best
from .tagged import pages_document as _doc
from .tagged import points

# ---- 1. a heading's topic carried to its body --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("气候风险", True), ("3.2 节约能源", True), ("（二）气候变化风险与应对", True),
    ("Climate risks", True), ("Energy efficiency", True),
    ("应对措施：", False),  # a lead-in
    ("光伏装机35兆瓦", False),  # a KPI tile
    ("暴雨内涝会使进水量骤增。", False),
    ("绿色出行、双面打印、节水器具", False),  # a list of captions
])
def test_what_reads_as_a_heading(text: str, expected: bool) -> None:
    assert is_heading(text, 24) is expected


@pytest.mark.parametrize("heading, body", [
    ("气候风险", "台风和强降雨可能造成港区停工、设备受损；持续高温会推高制冷用电负荷。"),
    ("气候变化风险", "极端降雨可能使厂区发生内涝，原料运输中断。"),
    ("二、气候相关风险", "干旱年份来水偏少，水电站发电量下降，影响公司收入。"),
    ("Climate-related risks", "Extreme heat may raise cooling loads at our data centres."),
])
def test_risk_kinds_under_a_climate_risk_heading(heading: str, body: str) -> None:
    assert "I13.2" not in points(body)  # alone, a hazard is no climate risk named
    best = _best(_doc([heading, body]))
    assert best.get("I13.2") == 1.0


@pytest.mark.parametrize("heading, body", [
    ("气候风险", "针对暴雨内涝，公司在低洼厂区新建调蓄池2座，汛期前完成排涝泵检修。"),
    ("气候变化风险", "为应对持续干旱，公司与水库管理单位建立枯水期联合调度机制。"),
    ("Climate risks", "We added backup generators and stormwater retention tanks at two "
                      "terminals."),
])
def test_responses_under_a_climate_risk_heading(heading: str, body: str) -> None:
    assert "I13.5" not in points(body)
    assert _best(_doc([heading, body])).get("I13.5", 0.0) > 0


@pytest.mark.parametrize("heading, body", [
    ("节约能源", "公司总部办公楼完成照明灯具LED替换，会议室安装人体感应开关。"),
    ("节能降耗", "2023年公司完成空压机系统改造和车间照明LED替换。"),
    ("Energy efficiency", "We replaced the lighting of both plants with LED fittings and "
                          "installed heat pumps in the canteen."),
])
def test_retrofits_under_an_energy_saving_heading(heading: str, body: str) -> None:
    assert "I03.4" not in points(body)
    assert _best(_doc([heading, body])).get("I03.4") == 0.5  # no savings figure


def test_heading_alone_and_body_without_the_rest_earn_nothing() -> None:
    best = _best(_doc(["气候风险", "公司全年组织员工培训46场，覆盖员工3,200人次。"]))
    assert "I13.2" not in best and "I13.5" not in best
    assert "I03.4" not in _best(_doc(["节约能源", "公司推行OA审批和电子合同，倡导双面打印。"]))


def test_topic_stops_at_the_next_heading_and_the_next_page() -> None:
    body = "台风和强降雨可能造成港区停工、设备受损。"
    # another heading between: the body is that section's
    assert "I13.2" not in _best(_doc(["气候风险", "公司持续完善风险管理体系。", "安全生产", body]))
    # the heading ends its page: its section goes on over one page break (session 16), not two
    assert "I13.2" not in _best(_doc(["气候风险"], ["公司持续完善风险管理体系。"], [body]))
    # a heading's reach is a few passages
    filler = ["公司开展合规培训46场。"] * 4
    assert "I13.2" not in _best(_doc(["气候风险", *filler, body]))


def test_sentence_tagging_is_unchanged_by_headings() -> None:
    # a passage tagged alone has no heading above it
    assert "I13.2" not in {p["point"] for p in tag_passage(
        "台风和强降雨可能造成港区停工、设备受损。")["points"]}


@pytest.mark.parametrize("text", [
    "2023年，公司供水单位电耗为0.318千瓦时/立方米。",
    "污水处理单位电耗由0.36千瓦时/立方米下降至0.34千瓦时/立方米。",
    "公司单位处理量电耗为0.29千瓦时/吨。",
    "Electricity use per cubic metre of water supplied was 0.31 kWh/m3 in 2023.",
])
def test_electricity_per_unit_of_output_is_an_energy_intensity(text: str) -> None:
    assert points(text).get("I03.3") == 1.0


@pytest.mark.parametrize("text", [
    "针对台风等极端天气带来的实体风险，公司在沿海仓库完成防汛物资储备和排涝泵检修。",
    "针对极端天气风险，公司完成厂区排涝泵站改造。",
    "For flood risk at our riverside plant we built flood defences along the site boundary.",
])
def test_flood_defences_answer_a_named_physical_risk(text: str) -> None:
    assert points(text).get("I13.5", 0.0) > 0


@pytest.mark.parametrize("text", [
    "公司防汛办公室组织开展防汛演练。",  # no climate risk named, no heading above
    "公司水厂单位电耗统计口径与上年一致。",  # no figure: a mention at most
])
def test_flood_and_unit_electricity_words_alone(text: str) -> None:
    found = points(text)
    assert "I13.5" not in found
    assert found.get("I03.3", 0.0) < 1.0


# ---- 5. reuse is not disposal ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2023年，公司一般工业固体废物综合利用率达到98.6%。",
    "固废资源化利用率为93.2%。",
    "污泥资源化利用率为91.5%，较上年提高1.4个百分点。",
    "煤矸石综合利用量186万吨。",
    "The recycling rate of non-hazardous waste was 91%.",
    "Packaging recycling rate reached 76% in 2023.",
])
def test_a_waste_reuse_rate_is_reuse_not_disposal(text: str) -> None:
    found = points(text)
    assert found.get("I04.3") == 1.0
    assert "I02.3" not in found


@pytest.mark.parametrize("text", [
    "2023年一般固废产生量12.3万吨，综合利用率98%。",
    "危险废物处置量0.8万吨，一般固废综合利用率95%。",
    "Hazardous waste disposed: 820 tonnes; the recycling rate of general waste was 88%.",
])
def test_waste_generated_or_disposed_beside_a_reuse_rate_keeps_i02_3(text: str) -> None:
    found = points(text)
    assert found.get("I02.3") == 1.0 and found.get("I04.3") == 1.0


# ---- 6. zero-carbon technology ----------------------------------------------------------------

@pytest.mark.parametrize("text, rating", [
    ("公司持续开展零碳技术研发，2023年获得相关专利12项。", 1.0),
    ("公司碳中和关键技术研发投入2.3亿元。", 1.0),
    ("公司自主研发负碳工艺。", 0.5),
    ("We invested RMB 120 million in zero-carbon technology R&D.", 1.0),
    ("We filed 14 patents on net-zero process technologies.", 1.0),
])
def test_zero_carbon_technology_researched_is_low_carbon_rnd(text: str, rating: float) -> None:
    found = points(text)
    assert found.get("I09.1") == rating
    assert "I06.1" not in found  # a technology's name is no neutrality position


@pytest.mark.parametrize("text", [
    "公司的零碳技术已应用于客户的工厂。",
    "公司向钢铁客户推广零碳冶炼技术。",
    "公司零碳技术解决方案全年签约项目18个。",
    "Our zero-carbon technology products are sold to 30 countries.",
])
def test_zero_carbon_technology_offered_is_a_low_carbon_product(text: str) -> None:
    found = points(text)
    assert found.get("I09.2") == 1.0
    assert "I06.1" not in found


@pytest.mark.parametrize("text", [
    "国家支持零碳技术发展。",  # the nation's, not the company's
    "公司力争2050年实现碳中和。",  # a position stays a position
])
def test_zero_carbon_technology_negatives(text: str) -> None:
    found = points(text)
    assert "I09.1" not in found and "I09.2" not in found


# ---- 2. English label-first tiles ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Energy consumed 48,210 MWh",
    "Total energy consumed | 1,234,000 GJ",
    "Key figures Scope 1 emissions 12,345 tCO2e Energy consumed 48,210 MWh Renewable "
    "electricity 31%",
    "In 2023 the Group's energy consumed was 652,000 GJ.",
])
def test_energy_consumed_label_before_its_figure(text: str) -> None:
    assert points(text).get("I03.1") == 1.0


@pytest.mark.parametrize("text", [
    "Energy consumed per unit of product 0.42 MWh/t",  # an intensity
    "Energy consumed by our customers' vehicles was 2.1 TWh.",  # the customers'
])
def test_energy_consumed_that_is_no_total_of_ours(text: str) -> None:
    assert "I03.1" not in points(text)


# ---- 3. SASB one-code rows ---------------------------------------------------------------------

@pytest.mark.parametrize("text, point", [
    ("EM-CM-110a.1 | Gross global Scope 1 emissions | 12,345 tCO2e", "I11.1"),
    ("RT-CH-130a.1 | Total energy consumed | 1,234,000 GJ", "I03.1"),
    ("TC-SI-130a.1 Total energy consumed, percentage grid electricity 48,210 GJ, 62%", "I03.1"),
])
def test_a_sasb_row_with_the_companys_value_is_data(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0


@pytest.mark.parametrize("text", [
    "EM-CM-110a.1 | Gross global Scope 1 emissions | Page 34",
    "EM-CM-110a.1 Gross global Scope 1 emissions, percentage covered under emissions-limiting "
    "regulations p. 34",
    "RT-CH-130a.1 | Total energy consumed | Climate section, p. 18",
    "IF-EU-110a.1 | Gross global Scope 1 emissions | 第34页",
])
def test_a_sasb_row_pointing_to_a_page_is_navigation(text: str) -> None:
    assert points(text) == {}


def test_a_sasb_code_cited_in_a_sentence_stays_prose() -> None:
    found = points("We report against SASB metric EM-CM-110a.1: gross Scope 1 emissions "
                   "were 12,345 tCO2e.")
    assert found.get("I11.1") == 1.0


def _index_table(rows: list[list[str]]) -> Document:
    t = Table(rows=rows)
    return Document(path="s15.pdf", sha256="0" * 64, kind="pdf", pages=[Page(
        number=1, text="SASB Index\n" + t.as_text(),
        passages=[Passage(page=1, index=0, text="SASB Index"),
                  Passage(page=1, index=1, text=t.as_text(), table=t)])])


def test_index_table_rows_with_values_are_read_pointers_are_not() -> None:
    best = _best(_index_table([
        ["Code", "Metric", "Data"],
        ["EM-CM-110a.1", "Gross global Scope 1 emissions", "12,345 tCO2e"],
        ["EM-CM-110a.2", "Discussion of strategy to manage Scope 1 emissions", "p. 34"],
        ["EM-CM-130a.1", "Total energy consumed", "1,234,000 GJ"],
        ["EM-CM-150a.1", "Amount of waste generated", "p. 41"],
    ]))
    assert best.get("I11.1") == 1.0 and best.get("I03.1") == 1.0
    assert "I02.3" not in best  # its row only points to a page


def test_index_table_of_page_references_stays_navigation() -> None:
    best = _best(_index_table([
        ["Code", "Metric", "Reference"],
        ["EM-CM-110a.1", "Gross global Scope 1 emissions", "p. 30"],
        ["EM-CM-110a.2", "Discussion of strategy to manage Scope 1 emissions", "p. 34"],
        ["EM-CM-130a.1", "Total energy consumed", "p. 36"],
    ]))
    assert best == {}
