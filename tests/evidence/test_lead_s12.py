"""Probes by the lead in session 12 (issue #12, precision), written fresh for these tests:
a scope 3 category named with its amount but without the words "scope 3"; a scope 3 figure
read as the company's total; other governments' and regions' goals in English read as the
company's commitment; loans to others' solar and wind farms read as the company's own energy
structure. Each case that loses a point has a neighbour that keeps it."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "2023年员工商务差旅（航空）产生碳排放1,860吨二氧化碳当量。",
    "员工通勤产生的温室气体排放约640吨二氧化碳当量。",
    "下游运输和配送环节排放量为5.2万吨二氧化碳当量。",
    "Business travel by air generated 1,860 tCO2e in 2023.",
    "Emissions from employee commuting were estimated at 640 tCO2e.",
    "Use of sold products accounted for 3.4 million tCO2e, by far our largest source.",
])
def test_a_scope_3_category_with_its_amount_is_scope_3(text: str) -> None:
    got = points(text)
    assert got.get("I11.3") == 1.0
    assert "I08.4" not in got  # value-chain data, not an office measure


@pytest.mark.parametrize("text", [
    "公司通过视频会议减少差旅排放。",
    "We cut business travel by 30% with video conferencing.",
])
def test_a_category_without_an_amount_is_no_scope_3_figure(text: str) -> None:
    assert "I11.3" not in points(text)


@pytest.mark.parametrize(("text", "total"), [
    ("2023年范围三温室气体排放为41.2万吨二氧化碳当量。", 0.0),
    ("范围3碳排放量为8,600吨二氧化碳当量，主要来自外购原材料。", 0.0),
    ("Scope 3 GHG emissions were 412,000 tCO2e.", 0.0),
    # the company's total beside its scope 3 share keeps the total
    ("2023年公司温室气体排放总量为12.6万吨二氧化碳当量，其中范围三排放2.1万吨。", 1.0),
    ("Our total GHG emissions were 126,000 tCO2e, of which Scope 3 accounted for 21,000 tCO2e.",
     1.0),
])
def test_scope_3_alone_is_no_total(text: str, total: float) -> None:
    got = points(text)
    assert got.get("I11.3") == 1.0
    assert got.get("I11.4", 0.0) == total


@pytest.mark.parametrize("text", [
    "Hong Kong's Climate Action Plan 2050 sets out the city's aim to achieve carbon neutrality "
    "before 2050.",
    "The EU aims to be climate-neutral by 2050.",
    "The HKSAR Government has set a target of carbon neutrality before 2050.",
    "The provincial government plans to peak carbon emissions before 2030.",
])
def test_other_governments_goals_are_background(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got and "I06.2" not in got


def test_the_companys_own_goal_beside_a_citys_keeps_its_points() -> None:
    got = points("We aim to reach carbon neutrality in our own operations by 2050, ahead of the "
                 "city's 2050 goal.")
    assert got.get("I06.1") == 1.0 and got.get("I06.2") == 1.0


@pytest.mark.parametrize("text", [
    "We provided loans to 12 solar farms with a combined capacity of 1.2 GW.",
    "We financed 12 wind farms in Inner Mongolia with a combined capacity of 900 MW.",
    "Through project financing for 8 solar plants we supported 600 MW of new capacity.",
])
def test_loans_to_others_farms_are_not_own_energy(text: str) -> None:
    assert "I08.2" not in points(text)


@pytest.mark.parametrize("text", [
    "We financed our rooftop solar project through a green loan.",
    "Our plants in the region installed 3.2 MW of rooftop solar in 2023.",
])
def test_own_solar_keeps_its_point(text: str) -> None:
    assert points(text).get("I08.2", 0.0) > 0


# (the judging guide, session 12: a risk process names no risk; a risk with its kind does)
@pytest.mark.parametrize(("text", "risk", "opportunity"), [
    ("公司识别气候相关风险与机遇，并将其纳入全面风险管理体系。", 0.5, 0.5),
    ("董事会每年审阅一次气候变化相关风险和机遇的评估结果。", 0.5, 0.5),
    ("We identify and assess climate-related risks and opportunities every year.", 0.5, 0.5),
])
def test_a_risk_process_is_a_mention(text: str, risk: float, opportunity: float) -> None:
    got = points(text)
    assert got.get("I13.2") == risk
    assert got.get("I13.3") == opportunity


@pytest.mark.parametrize("text", [
    "台风和暴雨是在管物业面临的主要气候相关实体风险，可能造成地下车库水浸。",
    "转型风险方面，全国碳市场配额逐步收紧，公司履约成本可能上升。",
    "气候相关风险：更严格的建筑能耗标准要求提高，可能增加改造支出。",
    "Flooding and typhoons are the main physical risks to our coastal warehouses.",
    "A key transition risk is a rising carbon price under the national emissions trading scheme.",
])
def test_a_risk_with_its_kind_is_disclosed(text: str) -> None:
    assert points(text).get("I13.2") == 1.0


@pytest.mark.parametrize("text", [
    "气候机遇方面，工商业用户绿色电力交易需求快速增长，为公司新能源项目带来稳定收益。",
    "Climate-related opportunities include rising demand for heat pumps and building retrofits.",
])
def test_a_named_climate_opportunity_is_disclosed(text: str) -> None:
    assert points(text).get("I13.3") == 1.0


# (the lead's audit of the blind stage round's documents, seed 1213: a bank's green loans that
# flow to wind, solar and water-saving projects are its clients' energy and water)
def test_green_loans_flowing_to_projects_are_clients_energy_and_water() -> None:
    got = points("截至2023年末，本行绿色贷款余额186.4亿元，较年初增长34.7%，主要投向风电、光伏、"
                 "污水处理和农业节水灌溉项目。")
    assert "I08.2" not in got and "I04.1" not in got
    assert got.get("I15.4") == 1.0


def test_own_water_and_capacity_keep_their_points() -> None:
    assert points("本行总行大楼全年用水量4.2万立方米。").get("I04.1") == 1.0
    assert points("公司新增风电、光伏装机容量148万千瓦，清洁能源装机占比提升至31.6%。").get("I08.2") == 1.0
