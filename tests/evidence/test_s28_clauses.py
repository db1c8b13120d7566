"""Session 28 (clauses): misreadings of blind rounds 38-40 and the session-27 label sweep, fixed
by kind. Sentences written for these tests (none copied from a report or from the corpus).

- A plan whose plan word stands outside the sentence (docs/judging.md §3.8): the items of a list
  led in by a plan ("将重点做好以下工作：一是…；二是…；三是…", "下一步工作计划：（一）…",
  "Next year we will: (a) …; (b) …", "计划如下：1. … 2. …"), in one passage or over the passages
  after the lead-in; a dated roadmap phase after the report year ("2026—2030年：…", "第二阶段
  （2026-2030年）…", "Phase 2 (2026-2030): …"), and a target share inside one. A past-year list
  and a phase that is over keep their reading.
- A clause going on from a government's plan ("省政府发布…方案，提出2030年前实现碳达峰") is the
  government's (§2.3 background).
- English customers' savings are theirs (I09.3), no own saving (I03.4, I08.3; §3.7); customers'
  and shippers' CO2 per unit is theirs, no own I11.4 figure.
- A part read as the whole: an emissions word qualified by one scope ("二氧化碳排放量（范围一）",
  "Scope 1 GHG emissions") is no I11.4 total; a product's footprint assessed, or consumers'
  taste for low-carbon products, is no low-carbon product offered (I09.2).
"""

from __future__ import annotations

import pytest

from evidence.tagged import best_ratings, pages_document, points_of

# -- 1. plans outside the sentence ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2024年，公司将重点做好以下工作：一是扩大屋顶光伏装机规模；二是推进锅炉煤改气，降低燃煤消耗；三是完善碳排放数据管理制度。",
     {"I07.3": 0.5, "I12.4": 0, "I13.1": 0}),
    ("下一步工作计划：（一）建设屋顶分布式光伏；（二）开展首次碳盘查；（三）制定碳排放管理办法。",
     {"I07.3": 0.5, "I13.1": 0}),
    ("计划如下：1. 采购绿色电力；2. 实施空压机节能改造，年节电200万千瓦时。",
     {"I03.4": 0.5, "I08.3": 0.5}),
    ("明年重点工作安排：一是推进余热发电项目建设。二是开展温室气体盘查，建立碳排放统计台账。",
     {"I13.1": 0, "I12.4": 0}),
    ("集团下一阶段的工作重点包括：其一，实施窑炉余热回收改造，年节约标准煤8,000吨；其二，建立碳排放管理制度。",
     {"I03.4": 0.5, "I07.3": 0.5}),
    ("Next year we will: (a) install rooftop solar at two plants; (b) retrofit the compressed-air system, saving 1.2 GWh "
     "of electricity a year; (c) set up a carbon data management system.",
     {"I03.4": 0.5, "I08.3": 0.5, "I12.4": 0}),
])
def test_items_after_a_plan_lead_in_are_plans(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年，公司完成以下工作：一是建成屋顶光伏电站；二是实施空压机节能改造，年节电200万千瓦时；三是完善碳排放数据管理制度。",
     {"I03.4": 1, "I07.3": 1}),
    ("公司已完成以下准备工作：建成碳排放数据管理平台；完成首次碳盘查。", {"I13.1": 0.5}),
    ("Last year we completed the following: (a) retrofitted the compressed-air system, saving 1.2 GWh of "
     "electricity; (b) replaced diesel forklifts with electric ones.", {"I03.4": 1}),
    # a colon with no plan before it leads in no plan
    ("节能成效：实施空压机节能改造，年节电200万千瓦时；推广LED照明，年节电30万千瓦时。", {"I03.4": 1}),
])
def test_a_done_list_keeps_its_reading(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


def test_a_plan_list_goes_on_over_passages() -> None:
    doc = pages_document([
        "下一步工作计划：",
        "（一）实施空压机节能改造，预期年节电200万千瓦时。",
        "（二）建立碳排放数据管理制度，明确各单位职责。",
        "公司2023年完成锅炉余热回收改造，年节约标准煤1,200吨。",
    ])
    best = best_ratings(doc)
    assert best.get("I07.3", 0) == 0.5  # only the planned rule
    assert best.get("I03.4") == 1  # the done retrofit after the list


def test_a_list_ends_at_a_passage_without_an_item_mark() -> None:
    doc = pages_document([
        "2024年重点工作计划：",
        "公司制定了《碳排放管理办法》，明确各单位碳排放统计职责。",
    ])
    assert best_ratings(doc).get("I07.3") == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("2026—2030年：扩大绿电使用，以碳汇抵消剩余排放。", {"I08.2": 0.5, "I08.6": 0.5}),
    ("第二阶段（2026-2030年）实现锅炉全部电气化，可再生电力占比达到60%。", {"I03.5": 0, "I08.3": 0.5}),
    ("《零碳路线图》将减排分为两步：2023—2025年为“能效与绿电”阶段，完成各基地光伏全覆盖，可再生电力占比达到50%；"
     "2026—2030年为“深度脱碳”阶段，推动涂装工序电气化。", {"I03.5": 0.5, "I08.2": 0.5, "I08.1": 1}),
    ("Phase 2 (2026-2030): phase out coal boilers and buy green electricity for all sites.", {"I08.2": 0.5}),
    ("2026–2030: electrify all kilns and buy renewable electricity for every plant.", {"I08.2": 0.5}),
])
def test_a_future_roadmap_phase_is_a_plan(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("第一阶段（2021-2023年）已完成全部燃煤锅炉淘汰，屋顶光伏装机达到20兆瓦。", {"I08.2": 1}),
    ("Phase 1 (2020-2022): we replaced coal boilers with heat pumps and installed 20 MW of rooftop solar.",
     {"I08.2": 1}),
])
def test_a_phase_that_is_over_stays_done(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("省政府发布碳达峰实施方案，提出2030年前实现碳达峰。", {"I06.1": 0, "I06.2": 0}),
    ("公司所在地市政府印发《碳达峰实施方案》，明确到2025年单位GDP二氧化碳排放下降18%。", {"I06.3": 0}),
    ("The provincial government issued its carbon peaking plan, which sets peaking before 2030.", {"I06.2": 0}),
    # the company's own plan, or the company named in the clause after the government's, is its own
    ("公司发布碳达峰实施方案，提出2028年前实现运营碳达峰。", {"I06.1": 1, "I06.2": 1}),
    ("省政府发布碳达峰实施方案后，公司提出2028年前实现运营碳达峰。", {"I06.2": 1}),
])
def test_a_clause_going_on_from_a_governments_plan_is_its(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


# -- 2. customers' savings and intensity in English -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Our customers saved 12 GWh of electricity with our energy-management service in 2023.",
     {"I03.4": 0, "I09.3": 1}),
    ("We helped clients cut 40,000 tCO2e in 2023 through our logistics optimisation platform.",
     {"I03.4": 0, "I09.3": 1}),
    ("Customers using our heat pumps saved 86 GWh of energy in 2023.", {"I03.4": 0, "I08.3": 0}),
    ("Clients of our energy-management service reduced their electricity use by 9.6 GWh in 2023.", {"I03.4": 0}),
    ("客户使用公司能源管理服务全年节约用电1.2亿千瓦时。", {"I03.4": 0}),
    # the company's own saving stays
    ("We saved 12 GWh of electricity at our plants in 2023 through LED retrofits.", {"I03.4": 1}),
    ("We provide services to our customers and saved 12 GWh of electricity at our plants in 2023.", {"I03.4": 1}),
])
def test_customers_savings_are_theirs(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Customers' CO2 per TEU fell to 52 kg in 2023 on our optimised routes.", {"I11.4": 0}),
    ("Shippers' emissions per container were 0.41 t CO2e on average in 2023.", {"I11.4": 0}),
    ("货主每标准箱二氧化碳排放降至52千克。", {"I11.4": 0}),
    ("Our CO2 per TEU fell to 52 kg in 2023.", {"I11.4": 1}),
    ("公司每标准箱二氧化碳排放为52千克。", {"I11.4": 1}),
])
def test_customers_intensity_is_no_own_figure(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


# -- 3. a part read as the whole --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("船舶二氧化碳排放量（范围一）为1,346.8万吨。", {"I11.4": 0, "I11.1": 1}),
    ("范围一温室气体排放量为12,600吨二氧化碳当量。", {"I11.4": 0, "I11.1": 1}),
    ("CO2 emissions (Scope 1) were 18,420 tCO2e in 2023.", {"I11.4": 0, "I11.1": 1}),
    ("Scope 1 GHG emissions were 18,420 tCO2e in 2023.", {"I11.4": 0, "I11.1": 1}),
    ("GHG emissions (Scope 2, market-based) were 7,420 tCO2e in 2023.", {"I11.4": 0, "I11.2": 1}),
    # a total stays one
    ("温室气体排放总量（范围一和范围二）为2.1万吨。", {"I11.4": 1}),
    ("Total GHG emissions (Scope 1 and 2) were 21,000 tCO2e.", {"I11.4": 1}),
    ("2023年船队温室气体排放总量约1,349.7万吨二氧化碳当量。", {"I11.4": 1}),
])
def test_an_emissions_word_of_one_scope_is_no_total(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("公司完成主销啤酒的产品碳足迹评价，每瓶全生命周期排放约352克二氧化碳当量。", {"I09.2": 0}),
    ("主要转型风险为包装材料碳成本上升和消费者对低碳产品的偏好变化。", {"I09.2": 0}),
    ("Transition risks include rising carbon costs and changing consumer preferences for low-carbon products.",
     {"I09.2": 0}),
    # a low-carbon product, a green-design product or a footprint certificate is one
    ("公司3个产品获得绿色设计产品认证，并完成热轧卷板的产品碳足迹评价。", {"I09.2": 1}),
    ("公司推出3款低碳产品，全年销售12万吨。", {"I09.2": 1}),
    ("公司主销瓶装水获得产品碳足迹认证证书。", {"I09.2": 1}),
])
def test_a_footprint_assessed_is_no_low_carbon_product(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected
